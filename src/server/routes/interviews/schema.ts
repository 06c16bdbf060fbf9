import { z } from 'zod';
import {
  DESIGN_SECTIONS,
  INTERVIEW_TOPICS,
  LEVELS,
  ROUNDS,
} from '../../../catalog/interview/index.js';
import { CODING_TOPICS, DIFFICULTIES } from '../../../core/interview/coding.js';
import {
  InterviewRoundInputSchema,
  StarStoryInputSchema,
} from '../../../core/interview/records.js';
import { SRS_STATES } from '../../../core/interview/srs.js';

/** Request and response shapes of the interview routes; responses list their fields explicitly. */

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });

export const CardsQuerySchema = z.strictObject({
  topic: oneOf(INTERVIEW_TOPICS).optional(),
  round: oneOf(ROUNDS).optional(),
});

export const TopicQuerySchema = z.strictObject({ topic: oneOf(INTERVIEW_TOPICS).optional() });

/** Where a card stands for the user; absent on a card never reviewed. */
export const CardReviewStateSchema = z.object({
  state: z.enum(SRS_STATES),
  due: z.string(),
  reps: z.number().int(),
  lapses: z.number().int(),
  lastReview: z.string().nullable(),
  dueNow: z.boolean(),
});

export const CardSchema = z.object({
  /** A catalog id, or `user:<uuid>` for the user's own card. */
  id: z.string(),
  source: z.enum(['catalog', 'user']),
  topic: z.enum(INTERVIEW_TOPICS),
  rounds: z.array(z.enum(ROUNDS)),
  /** Catalog cards only: the lowest level at which it is commonly asked. */
  level: z.enum(LEVELS).optional(),
  prompt: z.string(),
  answer: z.union([z.string(), z.array(z.string())]),
  outline: z
    .array(z.object({ section: z.enum(DESIGN_SECTIONS), points: z.array(z.string()) }))
    .optional(),
  review: CardReviewStateSchema.optional(),
});
export type CardBody = z.infer<typeof CardSchema>;

export const ReviewInputSchema = z.strictObject({
  cardId: z
    .string({ error: 'must be a card id' })
    .min(1, { error: 'must be a card id' })
    .max(100, { error: 'must be at most 100 characters' }),
  grade: z
    .number({ error: 'must be 1 (again), 2 (hard), 3 (good) or 4 (easy)' })
    .int({ error: 'must be 1 (again), 2 (hard), 3 (good) or 4 (easy)' })
    .min(1, { error: 'must be 1 (again), 2 (hard), 3 (good) or 4 (easy)' })
    .max(4, { error: 'must be 1 (again), 2 (hard), 3 (good) or 4 (easy)' }),
});

const CountsSchema = z.object({ due: z.number().int(), new: z.number().int() });

export const NextCardSchema = z.object({
  card: CardSchema.nullable(),
  /** When each grade would bring the card back, for the grade buttons. */
  preview: z.array(z.object({ grade: z.number().int(), due: z.string() })),
  /** What is left to study now (this card included), in the topic when one was chosen. */
  remaining: CountsSchema,
  /** When the next reviewed card comes due, once nothing is left now. */
  nextDue: z.string().nullable(),
});

export const ReviewResultSchema = z.object({
  cardId: z.string(),
  grade: z.number().int(),
  review: CardReviewStateSchema,
});

export const StatsSchema = z.object({
  topics: z.array(
    z.object({
      topic: z.enum(INTERVIEW_TOPICS),
      due: z.number().int(),
      new: z.number().int(),
      total: z.number().int(),
    }),
  ),
  totals: z.object({ due: z.number().int(), new: z.number().int(), total: z.number().int() }),
  retention: z.array(
    z.object({
      weekStart: z.string(),
      reviews: z.number().int(),
      recalled: z.number().int(),
      rate: z.number().nullable(),
    }),
  ),
  /** Weeks the retention series covers at most. */
  retentionWeeks: z.number().int(),
  reviews: z.number().int(),
  reviewsToday: z.number().int(),
});

export const RoundInfoSchema = z.object({
  id: z.enum(ROUNDS),
  title: z.string(),
  description: z.string(),
  typicalLength: z.string(),
  assesses: z.array(z.string()),
  checklist: z.array(z.object({ id: z.string(), text: z.string() })),
});

export const RoundPlanSchema = z.object({
  id: z.string(),
  applicationId: z.string().optional(),
  application: z.object({ id: z.string(), company: z.string(), role: z.string() }).optional(),
  round: z.enum(ROUNDS),
  scheduledOn: z.string().optional(),
  checklistDone: z.array(z.string()),
  notes: z.string().optional(),
});
export { InterviewRoundInputSchema, StarStoryInputSchema };

export const StorySchema = z.object({
  id: z.string(),
  title: z.string(),
  situation: z.string(),
  task: z.string(),
  action: z.string(),
  result: z.string(),
  projectId: z.string().optional(),
  cardIds: z.array(z.string()),
  createdAt: z.string(),
});

export const CodingRecordSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  link: z.string().optional(),
  topic: z.enum(CODING_TOPICS),
  difficulty: z.enum(DIFFICULTIES),
  date: z.string(),
  minutes: z.number().int(),
  solvedAlone: z.boolean(),
});

const share = z.object({ count: z.number().int(), share: z.number() });

export const CodingProgressSchema = z.object({
  attempts: z.number().int(),
  problems: z.number().int(),
  target: z.number().int(),
  percent: z.number().int(),
  remaining: z.number().int(),
  byTopic: z.record(z.enum(CODING_TOPICS), z.number().int()),
  byDifficulty: z.object({ easy: share, medium: share, hard: share }),
  solvedAloneShare: z.number().nullable(),
  totalMinutes: z.number().int(),
  weeklyPace: z.number(),
  paceWeeks: z.number().int(),
  eta: z.string().nullable(),
  reached: z.boolean(),
});
