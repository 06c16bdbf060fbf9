import { fromMinor, minorDigits, toMinor } from '../../core/money';
import type { FieldErrors } from '../ui/forms';
import type { Band, BandInput, Offer, OfferInput } from './api';

/** The offer form as typed: money in major units (dollars), as text. */
export interface OfferDraft {
  company: string;
  role: string;
  level: 'entry' | 'mid' | 'senior';
  location: string;
  currency: string;
  base: string;
  bonus: string;
  equityPerYear: string;
  signOn: string;
  benefits: string;
  deadline: string;
  receivedOn: string;
}

export const MONEY_FIELDS = ['base', 'bonus', 'equityPerYear', 'signOn'] as const;
export type MoneyField = (typeof MONEY_FIELDS)[number];

export const FIELD_LABELS: Record<keyof OfferDraft, string> = {
  company: 'Company',
  role: 'Role',
  level: 'Level',
  location: 'Location',
  currency: 'Currency',
  base: 'Base salary per year',
  bonus: 'Target bonus per year',
  equityPerYear: 'Equity vesting per year',
  signOn: 'Sign-on bonus (once)',
  benefits: 'Benefits and notes',
  deadline: 'Answer by',
  receivedOn: 'Offer came on',
};

export const emptyDraft = (): OfferDraft => ({
  company: '',
  role: '',
  level: 'entry',
  location: '',
  currency: 'USD',
  base: '',
  bonus: '0',
  equityPerYear: '0',
  signOn: '0',
  benefits: '',
  deadline: '',
  receivedOn: '',
});

/** A saved offer back into the form, amounts in major units. */
export const draftOf = (offer: Offer): OfferDraft => ({
  company: offer.company,
  role: offer.role,
  level: offer.level,
  location: offer.location,
  currency: offer.currency,
  base: fromMinor(offer.base, offer.currency),
  bonus: fromMinor(offer.bonus, offer.currency),
  equityPerYear: fromMinor(offer.equityPerYear, offer.currency),
  signOn: fromMinor(offer.signOn, offer.currency),
  benefits: offer.benefits ?? '',
  deadline: offer.deadline ?? '',
  receivedOn: offer.receivedOn ?? '',
});

/**
 * Checks the draft the way the server will and turns it into the API's input (minor units). Returns
 * the errors by field instead when something is wrong; the server still has the last word.
 */
export function readDraft(
  draft: OfferDraft,
): { ok: true; input: OfferInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  for (const field of ['company', 'role', 'location'] as const) {
    if (!draft[field].trim()) errors[field] = `${FIELD_LABELS[field]} is needed.`;
  }
  const currency = draft.currency.trim().toUpperCase();
  const digits = minorDigits(currency);
  if (digits === null) errors.currency = 'Currency must be a three-letter code such as USD or EUR.';
  const amounts: Partial<Record<MoneyField, number>> = {};
  for (const field of MONEY_FIELDS) {
    if (digits === null) break;
    const value = toMinor(draft[field] || (field === 'base' ? '' : '0'), currency);
    if (value === null) {
      errors[field] =
        `${FIELD_LABELS[field]} must be an amount of 0 or more, with at most ${digits} decimal ${digits === 1 ? 'place' : 'places'}.`;
    } else amounts[field] = value;
  }
  for (const field of ['deadline', 'receivedOn'] as const) {
    if (draft[field] && !/^\d{4}-\d{2}-\d{2}$/.test(draft[field])) {
      errors[field] = `${FIELD_LABELS[field]} must be a date.`;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const benefits = draft.benefits.trim();
  return {
    ok: true,
    input: {
      company: draft.company.trim(),
      role: draft.role.trim(),
      level: draft.level,
      location: draft.location.trim(),
      currency,
      base: amounts.base ?? 0,
      bonus: amounts.bonus ?? 0,
      equityPerYear: amounts.equityPerYear ?? 0,
      signOn: amounts.signOn ?? 0,
      ...(benefits ? { benefits } : {}),
      ...(draft.deadline ? { deadline: draft.deadline } : {}),
      ...(draft.receivedOn ? { receivedOn: draft.receivedOn } : {}),
    },
  };
}

/** A signed gap to the best offer: "—" for the best, else "−$4,000". */
export function gapText(minor: number, format: (value: number) => string): string {
  if (minor === 0) return '—';
  return `${minor < 0 ? '−' : '+'}${format(Math.abs(minor))}`;
}

/** A salary band's form as typed: amounts in major units, as text. */
export interface BandDraft {
  low: string;
  high: string;
  currency: string;
  note: string;
}

export const BAND_LABELS: Record<keyof BandDraft, string> = {
  low: 'Low end per year',
  high: 'High end per year',
  currency: 'Currency',
  note: 'Where these figures come from',
};

/** Largest band end the server takes, in minor units (src/core/offers/bands.ts). */
const MAX_BAND_MINOR = 10_000_000_000;

/** The band's current figures back into the form, amounts in major units. */
export const bandDraftOf = (band: Band): BandDraft => ({
  low: fromMinor(band.low, band.currency),
  high: fromMinor(band.high, band.currency),
  currency: band.currency,
  note: band.note ?? '',
});

/**
 * Checks a band draft the way the server will (amounts of 0 or more, the low end not above the
 * high end) and turns it into the API's input in minor units, or the errors by field.
 */
export function readBandDraft(
  draft: BandDraft,
): { ok: true; input: BandInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const currency = draft.currency.trim().toUpperCase();
  const digits = minorDigits(currency);
  if (digits === null) errors.currency = 'Currency must be a three-letter code such as USD or EUR.';
  const amounts: Partial<Record<'low' | 'high', number>> = {};
  for (const field of ['low', 'high'] as const) {
    if (digits === null) break;
    const value = toMinor(draft[field], currency);
    if (value === null) {
      errors[field] =
        `${BAND_LABELS[field]} must be an amount of 0 or more, with at most ${digits} decimal ${digits === 1 ? 'place' : 'places'}.`;
    } else if (value > MAX_BAND_MINOR) {
      errors[field] = `${BAND_LABELS[field]} is far larger than any salary; check the zeros.`;
    } else amounts[field] = value;
  }
  const { low, high } = amounts;
  if (low !== undefined && high !== undefined && low > high) {
    errors.high = 'High end must not be below the low end.';
  }
  const note = draft.note.trim();
  if (note.length > 500) errors.note = `${BAND_LABELS.note} must be at most 500 characters.`;
  if (Object.keys(errors).length > 0 || low === undefined || high === undefined) {
    return { ok: false, errors };
  }
  return { ok: true, input: { low, high, currency, ...(note ? { note } : {}) } };
}

/**
 * The days an acceptance may be dated: up to today on the server's calendar (UTC), from the day
 * the offer came when known. The suggested day is the reader's own today, unless their time zone
 * is already a day ahead of the server's.
 */
export function acceptDayBounds(
  now: Date,
  receivedOn?: string,
): { min: string | undefined; max: string; suggested: string } {
  const utcToday = now.toISOString().slice(0, 10);
  const pad = (value: number) => String(value).padStart(2, '0');
  const local = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const suggested = local < utcToday ? local : utcToday;
  return {
    min: receivedOn,
    max: utcToday,
    suggested: receivedOn && suggested < receivedOn ? receivedOn : suggested,
  };
}

/** Why `day` cannot be the acceptance day, in the reader's words; null when it can. */
export function acceptDayError(
  day: string,
  bounds: { min: string | undefined; max: string },
  formatDay: (iso: string) => string,
): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return 'Choose the day you accepted.';
  if (day > bounds.max) return 'The day you accepted cannot be in the future.';
  if (bounds.min && day < bounds.min) {
    return `The day you accepted cannot be before the offer came (${formatDay(bounds.min)}).`;
  }
  return null;
}
