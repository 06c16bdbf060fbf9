import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadInterviewCatalog } from '../../catalog/interview/index.js';
import {
  type BandOverride,
  BandOverrideInputSchema,
  BandOverrideSchema,
  bandOverride,
  effectiveBands,
  isLevel,
  MAX_BAND_AMOUNT,
} from './bands.js';

const catalogBands = () => loadInterviewCatalog().offers.bands;

/** Whole units to minor units. */
const minor = (units: number) => units * 100;

const berlin: BandOverride = {
  level: 'entry',
  low: minor(60_000),
  high: minor(75_000),
  currency: 'EUR',
  note: 'Berlin, 2026 survey',
  changedOn: '2026-11-20',
};

describe('BandOverrideInputSchema', () => {
  const issues = (input: unknown) =>
    BandOverrideInputSchema.safeParse(input).error?.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));

  it('accepts a range, a single figure and zero, with or without currency and note', () => {
    expect(issues({ low: minor(90_000), high: minor(120_000) })).toBeUndefined();
    expect(issues({ low: minor(100_000), high: minor(100_000), currency: 'GBP' })).toBeUndefined();
    expect(issues({ low: 0, high: 0, note: '  my city  ' })).toBeUndefined();
    expect(BandOverrideInputSchema.parse({ low: 0, high: 1, note: '  my city  ' }).note).toBe(
      'my city',
    );
  });

  it('refuses a low end above the high end on the high end, naming the rule', () => {
    expect(issues({ low: minor(200_000), high: minor(150_000) })).toEqual([
      { path: 'high', message: 'must not be below the low end' },
    ]);
  });

  it('refuses negative, fractional, huge or missing amounts and unknown keys', () => {
    expect(issues({ low: -1, high: 10 })).toEqual([
      { path: 'low', message: 'must not be negative' },
    ]);
    expect(issues({ low: 10.5, high: 20 })?.[0]?.path).toBe('low');
    expect(issues({ low: 0, high: MAX_BAND_AMOUNT + 1 })).toEqual([
      { path: 'high', message: 'must be at most 10,000,000,000 in minor units (cents)' },
    ]);
    expect(issues({ low: '100', high: 200 })?.[0]?.path).toBe('low');
    expect(issues({ high: 200 })?.[0]?.path).toBe('low');
    expect(issues({ low: 1, high: 2, currency: 'eur' })?.[0]?.path).toBe('currency');
    expect(issues({ low: 1, high: 2, note: 'x'.repeat(501) })?.[0]?.path).toBe('note');
    expect(issues({ low: 1, high: 2, level: 'entry' })?.[0]?.message).toMatch(/unrecognized/i);
  });

  it('accepts exactly the ranges with 0 ≤ low ≤ high ≤ the maximum (property)', () => {
    const amount = fc.integer({ min: -10, max: MAX_BAND_AMOUNT + 10 });
    fc.assert(
      fc.property(amount, amount, (low, high) => {
        const valid = low >= 0 && high <= MAX_BAND_AMOUNT && low <= high;
        expect(BandOverrideInputSchema.safeParse({ low, high }).success).toBe(valid);
      }),
    );
  });
});

describe('isLevel', () => {
  it('knows the three levels only', () => {
    expect(['entry', 'mid', 'senior', 'staff', 'Entry', ''].map(isLevel)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('bandOverride', () => {
  it('dates the edit and takes the article’s currency when none is given', () => {
    const input = BandOverrideInputSchema.parse({ low: 1, high: 2, note: '' });
    expect(bandOverride('mid', input, '2026-11-23', catalogBands())).toEqual({
      level: 'mid',
      low: 1,
      high: 2,
      currency: 'USD',
      changedOn: '2026-11-23',
    });
    const row = bandOverride(
      'entry',
      { ...input, currency: 'EUR', note: 'Berlin' },
      '2026-11-23',
      catalogBands(),
    );
    expect(BandOverrideSchema.parse(row)).toEqual(row);
  });
});

describe('effectiveBands', () => {
  it('shows the article’s figures when nothing is edited, with the source and caveat', () => {
    const bands = effectiveBands(catalogBands());
    expect(bands.levels.map((band) => [band.level, band.origin, band.currency])).toEqual([
      ['entry', 'article', 'USD'],
      ['mid', 'article', 'USD'],
      ['senior', 'article', 'USD'],
    ]);
    for (const band of bands.levels) {
      expect(band.article).toEqual({ low: band.low, high: band.high, currency: 'USD' });
      expect(band.note).toBeNull();
      expect(band.changedOn).toBeNull();
    }
    expect(bands.caveat).toBe(catalogBands().caveat);
    expect(bands.source).toEqual(catalogBands().source);
  });

  it('puts an edit in place of its level only, keeping the article’s figures beside it', () => {
    const bands = effectiveBands(catalogBands(), [berlin]);
    const [entry, mid] = bands.levels;
    expect(entry).toEqual({
      level: 'entry',
      label: 'Entry-level ML Engineer',
      low: minor(60_000),
      high: minor(75_000),
      currency: 'EUR',
      origin: 'mine',
      article: { low: minor(150_000), high: minor(200_000), currency: 'USD' },
      note: 'Berlin, 2026 survey',
      changedOn: '2026-11-20',
    });
    expect(mid?.origin).toBe('article');
    expect(bands.currency).toBe('USD');
  });

  it('always lists every level once, whatever the edits (property)', () => {
    const edit = fc.record({
      level: fc.constantFrom('entry' as const, 'mid' as const, 'senior' as const),
      low: fc.integer({ min: 0, max: 1000 }),
      high: fc.integer({ min: 1000, max: 2000 }),
      currency: fc.constantFrom('USD', 'EUR'),
      changedOn: fc.constant('2026-01-01'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(edit, { selector: (row) => row.level }), (edits) => {
        const bands = effectiveBands(catalogBands(), edits);
        expect(bands.levels.map((band) => band.level)).toEqual(['entry', 'mid', 'senior']);
        for (const band of bands.levels) {
          const mine = edits.find((row) => row.level === band.level);
          expect(band.origin).toBe(mine ? 'mine' : 'article');
          expect([band.low, band.high]).toEqual(
            mine ? [mine.low, mine.high] : [band.article.low, band.article.high],
          );
        }
      }),
    );
  });
});
