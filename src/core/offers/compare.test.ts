import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandFor,
  compareOffers,
  type Offer,
  type OfferInput,
  OfferInputSchema,
} from './compare.js';

/** Dollars to cents. */
const usd = (dollars: number) => dollars * 100;

/** A valid parsed offer with defaults, to override what a test is about. */
const buildOffer = (overrides: Partial<OfferInput> = {}): Offer =>
  OfferInputSchema.parse({
    company: 'Acme Health',
    role: 'ML Engineer',
    level: 'entry',
    location: 'Austin, TX',
    currency: 'USD',
    base: usd(140_000),
    bonus: usd(14_000),
    equityPerYear: usd(10_000),
    signOn: usd(15_000),
    deadline: '2026-06-12',
    ...overrides,
  });

describe('OfferInputSchema', () => {
  it('defaults missing bonus, equity and sign-on to 0', () => {
    const offer = OfferInputSchema.parse({
      company: 'A',
      role: 'MLE',
      level: 'mid',
      location: 'Remote',
      currency: 'EUR',
      base: 7_000_000,
    });
    expect(offer).toMatchObject({ bonus: 0, equityPerYear: 0, signOn: 0 });
  });

  it('rejects fractional or negative amounts, bad currencies, levels and dates', () => {
    const bad: Partial<Record<keyof OfferInput, unknown>>[] = [
      { base: 100.5 },
      { bonus: -1 },
      { currency: 'usd' },
      { currency: 'DOLLARS' },
      { level: 'staff' },
      { deadline: '2026-13-01' },
      { receivedOn: '2026-02-30' },
      { company: '  ' },
    ];
    for (const change of bad) {
      const input = { ...buildOffer(), ...change };
      expect(OfferInputSchema.safeParse(input).success, JSON.stringify(change)).toBe(false);
    }
    expect(OfferInputSchema.safeParse({ ...buildOffer(), stock: 1 }).success).toBe(false);
  });
});

describe('compareOffers', () => {
  it('separates first-year and steady-state totals and finds the best of each', () => {
    const offers = [
      buildOffer(), // 164k steady, 179k first year
      buildOffer({ company: 'Beta', signOn: 0, base: usd(150_000) }), // 174k both
      buildOffer({ company: 'Gamma', signOn: usd(40_000), equityPerYear: 0 }), // 154k, 194k
    ];
    const result = compareOffers(offers, { today: '2026-06-01' });
    expect(
      result.offers.map((offer) => [
        offer.company,
        offer.firstYearTotal / 100,
        offer.steadyStateTotal / 100,
        offer.firstYearVsBest / 100,
        offer.steadyStateVsBest / 100,
      ]),
    ).toEqual([
      ['Acme Health', 179_000, 164_000, -15_000, -10_000],
      ['Beta', 174_000, 174_000, -20_000, 0],
      ['Gamma', 194_000, 154_000, 0, -20_000],
    ]);
    expect(result.offers.map((offer) => [offer.bestFirstYear, offer.bestSteadyState])).toEqual([
      [false, false],
      [false, true],
      [true, false],
    ]);
    expect(result.offers[0]?.daysToDeadline).toBe(11);
    expect(result.currencyNote).toBeNull();
    expect(result.currencies).toEqual(['USD']);
  });

  it('compares only within a currency and says so', () => {
    const result = compareOffers([
      buildOffer(),
      buildOffer({ company: 'Euro AG', currency: 'EUR', base: 8_000_000, bonus: 0, signOn: 0 }),
    ]);
    expect(result.currencies).toEqual(['USD', 'EUR']);
    expect(result.currencyNote).toMatch(/USD, EUR/);
    expect(result.offers.every((offer) => offer.bestFirstYear && offer.bestSteadyState)).toBe(true);
    expect(result.offers[1]?.band).toBeNull();
  });

  it('checks the band on its basis: total compensation against the level’s low end', () => {
    const entry = bandFor('entry');
    expect(entry).toMatchObject({
      currency: 'USD',
      basis: 'total-compensation',
      low: usd(150_000),
    });
    const [fair, low] = compareOffers([
      buildOffer(), // 164k total: inside the 150–200k entry band although base is 140k
      buildOffer({ base: usd(120_000), bonus: 0, equityPerYear: usd(5_000) }), // 125k
    ]).offers;
    expect(fair?.band).toMatchObject({ compared: usd(164_000), below: false, label: entry.label });
    expect(low?.band).toMatchObject({ compared: usd(125_000), below: true });
  });

  it('checks the base when the bands are base-pay bands', () => {
    const { source, caveat } = bandFor('entry');
    const baseBands = {
      currency: 'USD',
      basis: 'base' as const,
      region: 'US',
      source,
      caveat,
      levels: [
        { level: 'entry' as const, label: 'Entry', low: usd(150_000), high: usd(180_000) },
        { level: 'mid' as const, label: 'Mid', low: usd(180_000), high: usd(220_000) },
        { level: 'senior' as const, label: 'Senior', low: usd(220_000), high: usd(300_000) },
      ],
    };
    const [offer] = compareOffers([buildOffer()], { bands: baseBands }).offers;
    expect(offer?.band).toMatchObject({ basis: 'base', compared: usd(140_000), below: true });
  });

  it('checks against the person’s edit of a band and says whose figures they are', () => {
    const [edited, untouched] = compareOffers(
      [buildOffer(), buildOffer({ level: 'mid', base: usd(170_000) })],
      {
        overrides: [
          {
            level: 'entry',
            low: usd(170_000),
            high: usd(190_000),
            currency: 'USD',
            changedOn: '2026-11-01',
          },
        ],
      },
    ).offers;
    // 164k total: inside the article's entry band, under the person's own.
    expect(edited?.band).toMatchObject({ origin: 'mine', low: usd(170_000), below: true });
    expect(untouched?.band).toMatchObject({ origin: 'article', low: usd(200_000), below: true });
  });

  it('checks an offer in another currency once its level’s band is in that currency', () => {
    const euro = buildOffer({ company: 'Kiel AI', currency: 'EUR', base: 6_500_000, bonus: 0 });
    expect(compareOffers([euro]).offers[0]?.band).toBeNull();
    const result = compareOffers([euro, buildOffer({ currency: 'USD' })], {
      overrides: [
        {
          level: 'entry',
          low: 6_000_000,
          high: 8_000_000,
          currency: 'EUR',
          changedOn: '2026-11-01',
        },
      ],
    });
    expect(result.offers[0]?.band).toMatchObject({
      currency: 'EUR',
      origin: 'mine',
      compared: 6_500_000 + usd(10_000),
      below: false,
    });
    // The USD offer at the same level no longer has a band in its currency.
    expect(result.offers[1]?.band).toBeNull();
    expect(result.bands.levels[0]).toMatchObject({ currency: 'EUR', origin: 'mine' });
  });

  it('cites the bands’ source and caveat', () => {
    const { bandSource } = compareOffers([]);
    expect(bandSource.year).toBe(2025);
    expect(bandSource.caveat).toMatch(/total-compensation/);
  });

  it('is empty for no offers and reports no deadline without today', () => {
    expect(compareOffers([]).offers).toEqual([]);
    expect(compareOffers([buildOffer()]).offers[0]?.daysToDeadline).toBeNull();
  });

  it('keeps totals exact and every gap to the best at or below zero (property)', () => {
    const money = fc.integer({ min: 0, max: 1_000_000_00 });
    const offer = fc.record({
      currency: fc.constantFrom('USD', 'EUR', 'GBP'),
      base: money,
      bonus: money,
      equityPerYear: money,
      signOn: money,
    });
    fc.assert(
      fc.property(fc.array(offer, { maxLength: 8 }), (list) => {
        const offers = list.map((parts) => buildOffer(parts));
        const result = compareOffers(offers);
        for (const [index, compared] of result.offers.entries()) {
          const input = offers[index];
          if (!input) throw new Error('missing offer');
          expect(compared.steadyStateTotal).toBe(input.base + input.bonus + input.equityPerYear);
          expect(compared.firstYearTotal - compared.steadyStateTotal).toBe(input.signOn);
          expect(compared.firstYearVsBest).toBeLessThanOrEqual(0);
          expect(compared.steadyStateVsBest).toBeLessThanOrEqual(0);
        }
        for (const currency of result.currencies) {
          const group = result.offers.filter((compared) => compared.currency === currency);
          expect(group.some((compared) => compared.bestFirstYear)).toBe(true);
          expect(group.some((compared) => compared.bestSteadyState)).toBe(true);
        }
        expect(result.currencyNote === null).toBe(result.currencies.length <= 1);
      }),
    );
  });
});
