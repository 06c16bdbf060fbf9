import { describe, expect, it } from 'vitest';
import {
  acceptDayBounds,
  acceptDayError,
  bandDraftOf,
  draftOf,
  emptyDraft,
  gapText,
  readBandDraft,
  readDraft,
} from './form';

const filled = {
  ...emptyDraft(),
  company: ' Acme Health ',
  role: 'ML Engineer',
  location: 'Austin, TX',
  base: '140,000',
  bonus: '14000.50',
  signOn: '',
};

describe('readDraft', () => {
  it('turns major units into minor units and drops empty optional fields', () => {
    expect(readDraft(filled)).toEqual({
      ok: true,
      input: {
        company: 'Acme Health',
        role: 'ML Engineer',
        level: 'entry',
        location: 'Austin, TX',
        currency: 'USD',
        base: 14_000_000,
        bonus: 1_400_050,
        equityPerYear: 0,
        signOn: 0,
      },
    });
  });

  it('uses the currency’s own minor digits', () => {
    const result = readDraft({ ...filled, currency: 'jpy', base: '8000000', bonus: '0' });
    expect(result).toMatchObject({ ok: true, input: { currency: 'JPY', base: 8_000_000 } });
  });

  it('names every field that is wrong', () => {
    const result = readDraft({ ...emptyDraft(), base: '12.345', currency: 'US' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['company', 'currency', 'location', 'role']);
    const money = readDraft({ ...filled, base: '12.345', signOn: '-5' });
    expect(money.ok ? [] : Object.keys(money.errors)).toEqual(['base', 'signOn']);
  });

  it('keeps the day the offer came and refuses a non-date', () => {
    expect(readDraft({ ...filled, receivedOn: '2027-03-01' })).toMatchObject({
      ok: true,
      input: { receivedOn: '2027-03-01' },
    });
    const bad = readDraft({ ...filled, receivedOn: 'last week' });
    expect(bad.ok ? {} : bad.errors).toEqual({ receivedOn: 'Offer came on must be a date.' });
  });

  it('round-trips a saved offer', () => {
    const result = readDraft({ ...filled, receivedOn: '2027-03-01' });
    if (!result.ok) throw new Error('draft refused');
    const saved = { id: 'x', negotiation: {}, ...result.input } as Parameters<typeof draftOf>[0];
    expect(readDraft(draftOf(saved))).toEqual(result);
  });
});

describe('gapText', () => {
  it('shows a dash for the best offer and a signed amount otherwise', () => {
    const format = (value: number) => `$${value / 100}`;
    expect(gapText(0, format)).toBe('—');
    expect(gapText(-400_000, format)).toBe('−$4000');
  });
});

describe('readBandDraft', () => {
  const draft = { low: '60,000', high: '75000', currency: 'eur', note: '  Berlin survey ' };

  it('turns major units into minor units, upper-cases the currency and trims the note', () => {
    expect(readBandDraft(draft)).toEqual({
      ok: true,
      input: { low: 6_000_000, high: 7_500_000, currency: 'EUR', note: 'Berlin survey' },
    });
    expect(readBandDraft({ ...draft, note: ' ', high: '60000' })).toEqual({
      ok: true,
      input: { low: 6_000_000, high: 6_000_000, currency: 'EUR' },
    });
  });

  it('refuses a low end above the high end, on the high end', () => {
    expect(readBandDraft({ ...draft, low: '80000' })).toEqual({
      ok: false,
      errors: { high: 'High end must not be below the low end.' },
    });
  });

  it('names negative, empty, huge and badly written amounts and a bad currency', () => {
    const errors = (change: object) => {
      const result = readBandDraft({ ...draft, ...change });
      return result.ok ? {} : result.errors;
    };
    expect(Object.keys(errors({ low: '-1', high: '' }))).toEqual(['low', 'high']);
    expect(errors({ high: '999999999999' }).high).toMatch(/far larger than any salary/);
    expect(errors({ low: '1.234' }).low).toMatch(/at most 2 decimal places/);
    expect(Object.keys(errors({ currency: 'euro' }))).toEqual(['currency']);
    expect(Object.keys(errors({ note: 'x'.repeat(501) }))).toEqual(['note']);
  });

  it('round-trips a band', () => {
    const band = {
      level: 'entry',
      label: 'Entry',
      low: 12_000_000,
      high: 14_000_050,
      currency: 'USD',
      origin: 'mine' as const,
      article: { low: 15_000_000, high: 20_000_000, currency: 'USD' },
      note: 'Austin',
      changedOn: '2027-01-01',
    };
    expect(readBandDraft(bandDraftOf(band))).toEqual({
      ok: true,
      input: { low: 12_000_000, high: 14_000_050, currency: 'USD', note: 'Austin' },
    });
  });
});

describe('the acceptance day', () => {
  it('suggests the reader’s today, never past the server’s (UTC) today', () => {
    // 22:00 on 9 March in New York is already 10 March in UTC: suggest the 9th, allow the 10th.
    const evening = new Date('2027-03-10T03:00:00Z');
    const bounds = acceptDayBounds(evening);
    expect(bounds.max).toBe('2027-03-10');
    expect(bounds.suggested <= bounds.max).toBe(true);
    expect(bounds.min).toBeUndefined();
  });

  it('starts no earlier than the day the offer came', () => {
    const bounds = acceptDayBounds(new Date('2027-03-10T12:00:00Z'), '2027-03-01');
    expect(bounds).toMatchObject({ min: '2027-03-01', max: '2027-03-10' });
    const received = acceptDayBounds(new Date('2027-03-10T12:00:00Z'), '2027-03-10');
    expect(received.suggested).toBe('2027-03-10');
  });

  it('explains a day in the future, before the offer came, or missing', () => {
    const bounds = { min: '2027-03-01', max: '2027-03-10' };
    const format = (iso: string) => `<${iso}>`;
    expect(acceptDayError('2027-03-05', bounds, format)).toBeNull();
    expect(acceptDayError('2027-03-11', bounds, format)).toMatch(/cannot be in the future/);
    expect(acceptDayError('2027-02-28', bounds, format)).toBe(
      'The day you accepted cannot be before the offer came (<2027-03-01>).',
    );
    expect(acceptDayError('', bounds, format)).toBe('Choose the day you accepted.');
  });
});
