import { z } from 'zod';
import { loadInterviewCatalog } from '../../catalog/interview/index.js';
import { LEVELS } from '../../catalog/interview/schema.js';
import { daysBetween } from '../plan/dates.js';
import { isIsoDate } from '../profile.js';
import {
  type BandOrigin,
  type BandOverride,
  type CatalogBands,
  type EffectiveBands,
  effectiveBands,
} from './bands.js';

/** The salary band for a level from the offers catalog, re-exported for the offers area. */
export { bandFor } from '../../catalog/interview/index.js';

/**
 * Side-by-side comparison of job offers. Amounts are integers in minor units (cents) of the offer's
 * currency, so sums are exact; offers in different currencies are never converted, only compared
 * within their own currency.
 */

/** Largest amount accepted: keeps every sum of an offer's parts a safe integer. */
export const MAX_AMOUNT = 1_000_000_000_000_00;

const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
const amount = z
  .number({ error: 'must be a whole amount in minor units (cents)' })
  .int({ error: 'must be a whole amount in minor units (cents)' })
  .min(0, { error: 'must not be negative' })
  .max(MAX_AMOUNT, { error: 'is too large' });

export const OfferInputSchema = z.strictObject({
  company: text(200),
  role: text(200),
  level: z.enum(LEVELS, { error: `must be one of: ${LEVELS.join(', ')}` }),
  location: text(200),
  /** ISO 4217 code, such as USD or EUR. */
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be a three-letter currency code' }),
  /** Yearly base salary. */
  base: amount,
  /** Yearly target bonus. */
  bonus: amount.default(0),
  /** Equity value vesting per year. */
  equityPerYear: amount.default(0),
  /** One-off sign-on bonus, paid in the first year only. */
  signOn: amount.default(0),
  benefits: z.string().trim().max(2000, { error: 'must be at most 2000 characters' }).optional(),
  /** Last day to answer, YYYY-MM-DD. */
  deadline: z
    .string()
    .refine(isIsoDate, { error: 'must be a real date written as YYYY-MM-DD' })
    .optional(),
  /** The day the offer came, YYYY-MM-DD; an acceptance cannot be dated before it. */
  receivedOn: z
    .string()
    .refine(isIsoDate, { error: 'must be a real date written as YYYY-MM-DD' })
    .optional(),
});
export type OfferInput = z.input<typeof OfferInputSchema>;
export type Offer = z.output<typeof OfferInputSchema>;

export interface BandCheck {
  level: Offer['level'];
  label: string;
  low: number;
  high: number;
  currency: string;
  basis: CatalogBands['basis'];
  /** The article's figures, or the person's own edit of them. */
  origin: BandOrigin;
  /** The offer's amount on the band's basis: steady-state total for total-compensation bands, else base. */
  compared: number;
  /** True when `compared` is under the band's low end. */
  below: boolean;
}

export interface ComparedOffer {
  /** Position in the input, so callers can map results back. */
  index: number;
  company: string;
  role: string;
  level: Offer['level'];
  currency: string;
  /** Base + bonus + equity + sign-on. */
  firstYearTotal: number;
  /** Base + bonus + equity: every year after the first. */
  steadyStateTotal: number;
  /** Difference from the best offer in the same currency (0 for the best, negative otherwise). */
  firstYearVsBest: number;
  steadyStateVsBest: number;
  bestFirstYear: boolean;
  bestSteadyState: boolean;
  /** Null when the offer's currency is not the currency of its level's band (no conversion). */
  band: BandCheck | null;
  deadline: string | null;
  /** Days from `today` to the deadline (negative when past); null without both. */
  daysToDeadline: number | null;
}

export interface OfferComparison {
  offers: ComparedOffer[];
  /** Distinct currencies, in order of first appearance. */
  currencies: string[];
  /** Set when offers use several currencies: totals are compared only within each currency. */
  currencyNote: string | null;
  /** The bands' source and caveat, to show next to any band flag. */
  bandSource: { title: string; year: number; caveat: string };
  /** The bands the offers were checked against: the article's, with the person's edits. */
  bands: EffectiveBands;
}

/**
 * Compares offers: first-year and steady-state totals, the gap to the best offer in the same
 * currency, a salary-band check per level (against the person's edit of the band when there is
 * one), and days left to each deadline when `today` is given.
 */
export function compareOffers(
  offers: readonly Offer[],
  options: { today?: string; bands?: CatalogBands; overrides?: readonly BandOverride[] } = {},
): OfferComparison {
  const bands = effectiveBands(
    options.bands ?? loadInterviewCatalog().offers.bands,
    options.overrides,
  );
  const totals = offers.map((offer) => {
    const steadyStateTotal = offer.base + offer.bonus + offer.equityPerYear;
    return { steadyStateTotal, firstYearTotal: steadyStateTotal + offer.signOn };
  });
  const best = new Map<string, { firstYear: number; steadyState: number }>();
  for (const [index, offer] of offers.entries()) {
    const total = totals[index];
    if (!total) continue;
    const current = best.get(offer.currency);
    best.set(offer.currency, {
      firstYear: Math.max(current?.firstYear ?? 0, total.firstYearTotal),
      steadyState: Math.max(current?.steadyState ?? 0, total.steadyStateTotal),
    });
  }
  const currencies = [...best.keys()];

  const compared = offers.map((offer, index): ComparedOffer => {
    const { firstYearTotal, steadyStateTotal } = totals[index] ?? {
      firstYearTotal: 0,
      steadyStateTotal: 0,
    };
    const top = best.get(offer.currency) ?? { firstYear: 0, steadyState: 0 };
    const band = bands.levels.find((entry) => entry.level === offer.level);
    const comparedAmount = bands.basis === 'total-compensation' ? steadyStateTotal : offer.base;
    return {
      index,
      company: offer.company,
      role: offer.role,
      level: offer.level,
      currency: offer.currency,
      firstYearTotal,
      steadyStateTotal,
      firstYearVsBest: firstYearTotal - top.firstYear,
      steadyStateVsBest: steadyStateTotal - top.steadyState,
      bestFirstYear: firstYearTotal === top.firstYear,
      bestSteadyState: steadyStateTotal === top.steadyState,
      band:
        band && offer.currency === band.currency
          ? {
              level: band.level,
              label: band.label,
              low: band.low,
              high: band.high,
              currency: band.currency,
              basis: bands.basis,
              origin: band.origin,
              compared: comparedAmount,
              below: comparedAmount < band.low,
            }
          : null,
      deadline: offer.deadline ?? null,
      daysToDeadline:
        offer.deadline && options.today ? daysBetween(options.today, offer.deadline) : null,
    };
  });

  return {
    offers: compared,
    currencies,
    currencyNote:
      currencies.length > 1
        ? `These offers are in ${currencies.join(', ')}. Totals are compared only between offers in the same currency; nothing is converted, so weigh exchange rates and living costs yourself.`
        : null,
    bandSource: { title: bands.source.title, year: bands.source.year, caveat: bands.caveat },
    bands,
  };
}
