import { z } from 'zod';
import { BandOverrideInputSchema } from '../../../core/offers/bands.js';
import { OfferInputSchema } from '../../../core/offers/compare.js';
import {
  AcceptanceSchema,
  NegotiationSchema,
  OfferRowSchema,
} from '../../../core/offers/records.js';

const fields = OfferInputSchema.shape;
const applicationId = z.uuid({ error: 'must be the id of one of your applications' });

/** A new offer: amounts in minor units (cents) of its own currency; optionally linked to an application. */
export const OfferCreateSchema = OfferInputSchema.extend({
  applicationId: applicationId.optional(),
});
export type OfferCreateReq = z.output<typeof OfferCreateSchema>;

/** Any of the offer's fields; null clears an optional one. At least one field. */
export const OfferUpdateSchema = z
  .strictObject({
    company: fields.company.optional(),
    role: fields.role.optional(),
    level: fields.level.optional(),
    location: fields.location.optional(),
    currency: fields.currency.optional(),
    base: fields.base.optional(),
    bonus: fields.base.optional(),
    equityPerYear: fields.base.optional(),
    signOn: fields.base.optional(),
    benefits: fields.benefits.unwrap().nullable().optional(),
    deadline: fields.deadline.unwrap().nullable().optional(),
    receivedOn: fields.receivedOn.unwrap().nullable().optional(),
    applicationId: applicationId.nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: 'give at least one field to change' });
export type OfferUpdateReq = z.output<typeof OfferUpdateSchema>;

export const OfferSchema = OfferRowSchema.extend({
  id: z.string(),
  negotiation: NegotiationSchema,
});

/** `:id` of an offer and `:itemId` of a negotiation checklist item. */
export const NegotiationParams = z.strictObject({
  id: z.string().max(100),
  itemId: z.string().max(100),
});
export const DoneSchema = z.strictObject({
  done: z.boolean({ error: 'must be true or false' }),
});
export const GoalParams = z.strictObject({ goalId: z.string().max(100) });

/**
 * The day to record an acceptance on. The body is optional (Fastify gives null for none): without
 * one the acceptance is dated today and an offer already accepted keeps its day. An empty object
 * is refused, so a client that meant to send a day learns it did not.
 */
export const AcceptBodySchema = AcceptanceSchema.nullish();

/** `:level` of a salary band: entry, mid or senior. */
export const BandParams = z.strictObject({ level: z.string().max(100) });

/** The person's figures for one level; `currency` defaults to the article's (USD). */
export const BandUpdateSchema = BandOverrideInputSchema;
export type BandUpdateReq = z.output<typeof BandUpdateSchema>;

/** The bands as the person sees them: the article's figures with their edits in place. */
export const BandsSchema = z
  .object({
    currency: z.string().describe('the article’s currency; an edited level has its own'),
    basis: z.string(),
    region: z.string(),
    levels: z.array(
      z.object({
        level: z.string(),
        label: z.string(),
        low: z.number().int(),
        high: z.number().int(),
        currency: z.string(),
        origin: z.enum(['article', 'mine']).describe('the article’s figures or the person’s own'),
        article: z.object({
          low: z.number().int(),
          high: z.number().int(),
          currency: z.string(),
        }),
        note: z.string().nullable(),
        changedOn: z.string().nullable(),
      }),
    ),
    source: z.object({ title: z.string(), publisher: z.string(), year: z.number().int() }),
    caveat: z.string(),
  })
  .describe(
    'salary bands by level: US figures of one article, with its caveat, and the person’s own figures where they changed them',
  );
export type BandsRes = z.output<typeof BandsSchema>;

const BandSchema = z.object({
  level: z.string(),
  label: z.string(),
  low: z.number().int(),
  high: z.number().int(),
  currency: z.string(),
  basis: z.string(),
  origin: z.enum(['article', 'mine']),
  compared: z.number().int(),
  below: z.boolean(),
});

export const ComparisonSchema = z.object({
  offers: z.array(
    z.object({
      id: z.string(),
      company: z.string(),
      role: z.string(),
      level: z.string(),
      currency: z.string(),
      firstYearTotal: z.number().int(),
      steadyStateTotal: z.number().int(),
      firstYearVsBest: z.number().int(),
      steadyStateVsBest: z.number().int(),
      bestFirstYear: z.boolean(),
      bestSteadyState: z.boolean(),
      band: BandSchema.nullable(),
      deadline: z.string().nullable(),
      daysToDeadline: z.number().int().nullable(),
      accepted: z.boolean(),
    }),
  ),
  currencies: z.array(z.string()),
  currencyNote: z.string().nullable(),
  bands: BandsSchema,
});

export const ChecklistSchema = z.array(
  z.object({ id: z.string(), item: z.string(), why: z.string() }),
);

const GoalSchema = z.object({
  id: z.string(),
  title: z.string(),
  why: z.string(),
  signal: z.string(),
  done: z.boolean(),
  doneOn: z.string().nullable(),
});

export const GrowthSchema = z.object({
  mode: z.enum(['growth']).nullable().describe('null until an offer is accepted'),
  offer: z
    .object({ id: z.string(), company: z.string(), role: z.string(), acceptedOn: z.string() })
    .nullable(),
  growth: z
    .object({
      started: z.boolean(),
      daysInJob: z.number().int(),
      completedYears: z.number().int(),
      stage: z.object({
        id: z.string(),
        title: z.string(),
        focus: z.string(),
        startsOn: z.string(),
        endsOn: z.string().nullable(),
        daysLeft: z.number().int().nullable(),
      }),
      goals: z.array(GoalSchema),
      progress: z.object({ done: z.number().int(), total: z.number().int(), percent: z.number() }),
      next: z.object({ id: z.string(), title: z.string(), startsOn: z.string() }).nullable(),
    })
    .nullable(),
});
export type GrowthRes = z.output<typeof GrowthSchema>;
