import { z } from 'zod';
import { LEVELS, type Level, type OffersCatalog } from '../../catalog/interview/schema.js';
import { isIsoDate } from '../profile.js';

/**
 * Salary bands as a person sees them: the article's figures per level, replaced level by level by
 * the person's own (their city, a salary survey they trust). Only the edits are stored; a reset
 * removes the edit and the article's figures show again. The source and caveat always stay
 * attached, since the article's bands remain the reference.
 */

/** The catalog's bands: one article's US figures. */
export type CatalogBands = OffersCatalog['bands'];

/**
 * Largest band end accepted, in minor units: 10 billion — $100 million a year in cents, and
 * still room for currencies without minor units (yen, won). Anything above is a typo.
 */
export const MAX_BAND_AMOUNT = 10_000_000_000;

const bandAmount = z
  .number({ error: 'must be a whole amount in minor units (cents)' })
  .int({ error: 'must be a whole amount in minor units (cents)' })
  .min(0, { error: 'must not be negative' })
  .max(MAX_BAND_AMOUNT, {
    error: `must be at most ${MAX_BAND_AMOUNT.toLocaleString('en-US')} in minor units (cents)`,
  });

const currency = z
  .string({ error: 'must be a three-letter currency code' })
  .regex(/^[A-Z]{3}$/, { error: 'must be a three-letter currency code' });

const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .refine(isIsoDate, { error: 'must be a real date written as YYYY-MM-DD' });

export const LevelSchema = z.enum(LEVELS, { error: `must be one of: ${LEVELS.join(', ')}` });

/** True for a level the bands have (entry, mid, senior). */
export const isLevel = (level: string): level is Level =>
  (LEVELS as readonly string[]).includes(level);

/** The low end may equal the high end (a single figure), never exceed it. */
const lowNotAboveHigh = (band: { low: number; high: number }, context: z.RefinementCtx) => {
  if (band.low > band.high) {
    context.addIssue({
      code: 'custom',
      path: ['high'],
      message: 'must not be below the low end',
    });
  }
};

/**
 * The person's figures for one level: yearly amounts in minor units on the bands' basis, the
 * currency (the article's when left out) and an optional note on where they come from.
 */
export const BandOverrideInputSchema = z
  .strictObject({
    low: bandAmount,
    high: bandAmount,
    currency: currency.optional(),
    note: z
      .string({ error: 'must be text' })
      .trim()
      .max(500, { error: 'must be at most 500 characters' })
      .optional(),
  })
  .superRefine(lowNotAboveHigh);
export type BandOverrideInput = z.input<typeof BandOverrideInputSchema>;

/** An edit as stored and as written to backups. */
export const BandOverrideSchema = z
  .strictObject({
    level: LevelSchema,
    low: bandAmount,
    high: bandAmount,
    currency,
    note: z.string().trim().min(1).max(500).optional(),
    /** The day the person last changed the figures. */
    changedOn: isoDate,
  })
  .superRefine(lowNotAboveHigh);
export type BandOverride = z.output<typeof BandOverrideSchema>;

/** The stored edit for `level` from the parsed input, dated `today`. */
export function bandOverride(
  level: Level,
  input: z.output<typeof BandOverrideInputSchema>,
  today: string,
  bands: CatalogBands,
): BandOverride {
  return {
    level,
    low: input.low,
    high: input.high,
    currency: input.currency ?? bands.currency,
    ...(input.note ? { note: input.note } : {}),
    changedOn: today,
  };
}

/** Where a band's figures come from: the article's, or the person's own edit. */
export type BandOrigin = 'article' | 'mine';

export interface EffectiveBand {
  level: Level;
  /** The title the article uses for the level. */
  label: string;
  low: number;
  high: number;
  currency: string;
  origin: BandOrigin;
  /** The article's figures for the level: shown beside an edit, and what a reset brings back. */
  article: { low: number; high: number; currency: string };
  /** The person's note on their figures; null for the article's. */
  note: string | null;
  /** When the person last changed the figures; null for the article's. */
  changedOn: string | null;
}

export interface EffectiveBands {
  /** The article's currency; a level's own currency may differ once edited. */
  currency: string;
  basis: CatalogBands['basis'];
  region: string;
  source: CatalogBands['source'];
  caveat: string;
  levels: EffectiveBand[];
}

/** The bands with the person's edits in place of the article's figures, level by level. */
export function effectiveBands(
  bands: CatalogBands,
  overrides: readonly BandOverride[] = [],
): EffectiveBands {
  const edits = new Map(overrides.map((edit) => [edit.level, edit]));
  return {
    currency: bands.currency,
    basis: bands.basis,
    region: bands.region,
    source: bands.source,
    caveat: bands.caveat,
    levels: bands.levels.map((band): EffectiveBand => {
      const article = { low: band.low, high: band.high, currency: bands.currency };
      const edit = edits.get(band.level);
      if (!edit) {
        return {
          level: band.level,
          label: band.label,
          ...article,
          origin: 'article',
          article,
          note: null,
          changedOn: null,
        };
      }
      return {
        level: band.level,
        label: band.label,
        low: edit.low,
        high: edit.high,
        currency: edit.currency,
        origin: 'mine',
        article,
        note: edit.note ?? null,
        changedOn: edit.changedOn,
      };
    }),
  };
}
