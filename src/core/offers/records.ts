import { z } from 'zod';
import { loadInterviewCatalog } from '../../catalog/interview/index.js';
import { isIsoDate } from '../profile.js';
import { OfferInputSchema } from './compare.js';

/**
 * Offers and growth goals as stored and as written to backups: the offer a person typed, plus the
 * links and dates the app adds (the application it came from, the negotiation steps done, the day
 * it was accepted). Checklist and goal ids must exist in the interview catalog, so a backup cannot
 * bring back a step nobody can see.
 */

const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .refine(isIsoDate, { error: 'must be a real date written as YYYY-MM-DD' });

/** True for an id of the negotiation checklist. */
export const isNegotiationItem = (id: string): boolean =>
  loadInterviewCatalog().offers.negotiation.some((item) => item.id === id);

/** True for the id of a goal in any growth stage. */
export const isGrowthGoal = (id: string): boolean =>
  loadInterviewCatalog().growth.stages.some((stage) => stage.goals.some((goal) => goal.id === id));

/** Checklist item id → the day it was done. */
export const NegotiationSchema = z.record(z.string(), isoDate).superRefine((record, context) => {
  for (const id of Object.keys(record)) {
    if (!isNegotiationItem(id)) {
      context.addIssue({
        code: 'custom',
        path: [id],
        message: 'is not an item of the negotiation checklist',
      });
    }
  }
});

export const OfferRowSchema = OfferInputSchema.extend({
  /** The application in the pipeline this offer answers, when the person linked one. */
  applicationId: z.uuid({ error: 'must be the id of an application' }).optional(),
  negotiation: NegotiationSchema.default({}),
  /** Set on the one offer the person accepted; it starts growth mode. */
  acceptedOn: isoDate.optional(),
});
export type OfferRow = z.output<typeof OfferRowSchema>;
export type OfferRowInput = z.input<typeof OfferRowSchema>;

/** The body of an acceptance with a chosen day; without one the day is today. */
export const AcceptanceSchema = z.strictObject({
  /** The day the person said yes, YYYY-MM-DD. */
  on: isoDate,
});

/**
 * Why `on` cannot be the day an offer was accepted, or null when it can: an acceptance is recorded
 * once it happened, so never after `today`, and never before the day the offer came when that day
 * is known.
 */
export function acceptanceDayProblem(
  on: string,
  context: { today: string; receivedOn?: string | null },
): string | null {
  if (!isIsoDate(on)) return 'must be a real date written as YYYY-MM-DD';
  if (on > context.today) return `must not be after today (${context.today})`;
  if (context.receivedOn && on < context.receivedOn) {
    return `must not be before the day the offer came (${context.receivedOn})`;
  }
  return null;
}

export const GrowthGoalRowSchema = z.strictObject({
  goalId: z
    .string({ error: 'must be a growth goal id' })
    .refine(isGrowthGoal, { error: 'is not a goal of any growth stage' }),
  doneOn: isoDate,
});
export type GrowthGoalRow = z.output<typeof GrowthGoalRowSchema>;
