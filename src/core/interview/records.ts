import { z } from 'zod';
import {
  INTERVIEW_TOPICS,
  loadInterviewCatalog,
  ROUNDS,
  type Round,
} from '../../catalog/interview/index.js';
import { isIsoDate } from '../profile.js';
import { SrsStateSchema } from './srs.js';

/**
 * What a user writes in the interview area — own cards, STAR stories, planned rounds — and the
 * review rows a backup carries. Checked here once, for the API, the CLI and backups alike.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const USER_CARD_PREFIX = 'user:';

/** The review id of a user-written card: `user:<uuid>`, never mistaken for a catalog id. */
export const userCardId = (uuid: string): string => `${USER_CARD_PREFIX}${uuid}`;

/** The uuid behind a user card id (`user:<uuid>` or the bare uuid), or null for any other id. */
export function userCardUuid(id: string): string | null {
  const raw = id.startsWith(USER_CARD_PREFIX) ? id.slice(USER_CARD_PREFIX.length) : id;
  return UUID.test(raw) ? raw.toLowerCase() : null;
}

/** One checklist item of a round, with the id `checklistDone` stores (`<round>-<n>`, from 1). */
export interface ChecklistItem {
  id: string;
  text: string;
}

/** The checklist of a round as stored ids and texts, in the catalog's order. */
export function roundChecklist(round: Round): ChecklistItem[] {
  const info = loadInterviewCatalog().rounds.find((entry) => entry.id === round);
  return (info?.checklist ?? []).map((text, index) => ({ id: `${round}-${index + 1}`, text }));
}

const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });
const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .refine(isIsoDate, { error: 'must be a real date written as YYYY-MM-DD' });
const uuid = z
  .string({ error: 'must be an id' })
  .regex(UUID, { error: 'must be the id of one of your records' });
const cardId = z
  .string({ error: 'must be a card id' })
  .min(1, { error: 'must be a card id' })
  .max(100, { error: 'must be at most 100 characters' });

export const UserCardInputSchema = z.strictObject({
  topic: oneOf(INTERVIEW_TOPICS),
  rounds: z
    .array(oneOf(ROUNDS), { error: 'must be a list of rounds' })
    .min(1, { error: 'pick at least one round' })
    .refine((rounds) => new Set(rounds).size === rounds.length, {
      error: 'must not list a round twice',
    }),
  prompt: text(1000),
  answer: text(5000),
});
export type UserCardInput = z.output<typeof UserCardInputSchema>;

export const StarStoryInputSchema = z.strictObject({
  title: text(200),
  situation: text(2000),
  task: text(2000),
  action: text(4000),
  result: text(2000),
  /** The portfolio project the story is about, when it is one. */
  projectId: uuid.optional(),
  /** Cards (mostly behavioral) the story answers. */
  cardIds: z
    .array(cardId, { error: 'must be a list of card ids' })
    .max(30, { error: 'must list at most 30 cards' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'must not list a card twice' }),
});
export type StarStoryInput = z.output<typeof StarStoryInputSchema>;

export const InterviewRoundInputSchema = z
  .strictObject({
    /** The application the round belongs to; a round may be planned before one is saved. */
    applicationId: uuid.optional(),
    round: oneOf(ROUNDS),
    scheduledOn: isoDate.optional(),
    /** Ids of the round's checklist items that are done (`roundChecklist`). */
    checklistDone: z
      .array(z.string({ error: 'must be a checklist item id' }).max(100), {
        error: 'must be a list of checklist item ids',
      })
      .max(20, { error: 'must list at most 20 items' }),
    notes: z
      .string({ error: 'must be text' })
      .trim()
      .max(4000, { error: 'must be at most 4000 characters' })
      .optional(),
  })
  .superRefine((input, context) => {
    const known = new Set(roundChecklist(input.round).map((item) => item.id));
    const unknown = input.checklistDone.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['checklistDone'],
        message: `not on the ${input.round} checklist: ${unknown.join(', ')}`,
      });
    }
    if (new Set(input.checklistDone).size !== input.checklistDone.length) {
      context.addIssue({
        code: 'custom',
        path: ['checklistDone'],
        message: 'must not list an item twice',
      });
    }
  });
export type InterviewRoundInput = z.output<typeof InterviewRoundInputSchema>;

/** A review as a backup stores it. */
export const CardReviewRowSchema = z.strictObject({
  cardId,
  grade: z
    .number({ error: 'must be a grade from 1 to 4' })
    .int({ error: 'must be a grade from 1 to 4' })
    .min(1, { error: 'must be a grade from 1 to 4' })
    .max(4, { error: 'must be a grade from 1 to 4' }),
  reviewedAt: z.iso.datetime({ error: 'must be an ISO timestamp in UTC (…Z)' }),
});
export type CardReviewRow = z.output<typeof CardReviewRowSchema>;

/** A card's memory state as a backup stores it; its due time is `state.due`. */
export const CardStateRowSchema = z.strictObject({ cardId, state: SrsStateSchema });
export type CardStateRow = z.output<typeof CardStateRowSchema>;
