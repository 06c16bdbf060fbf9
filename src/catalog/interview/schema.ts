import { z } from 'zod';
import type { SPECIALIZATIONS } from '../../core/profile.js';

/**
 * The interview catalog: question cards, the rounds of a typical applied-ML loop, offer and
 * negotiation guidance with salary bands, and growth goals after the first job. Written as data in
 * this folder, validated once by `loadInterviewCatalog()`.
 */
const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a lowercase kebab-case id' });
const prose = z.string().trim().min(20, { error: 'must be at least 20 characters of text' });
const point = z.string().trim().min(8, { error: 'must be at least 8 characters of text' });

export const INTERVIEW_TOPICS = [
  'python',
  'sql',
  'practical-ml',
  'metrics',
  'evaluation',
  'deep-learning',
  'nlp-llm',
  'computer-vision',
  'time-series',
  'recommender',
  'tabular',
  'deployment-mlops',
  'system-design',
  'behavioral',
] as const;
export type InterviewTopic = (typeof INTERVIEW_TOPICS)[number];

/** The specialization topics, keyed to the profile's specializations, for filtering a deck. */
export const TOPIC_SPECIALIZATION = {
  'nlp-llm': 'nlp',
  'computer-vision': 'computer-vision',
  'time-series': 'time-series',
  recommender: 'recsys',
  tabular: 'tabular',
} as const satisfies Partial<Record<InterviewTopic, (typeof SPECIALIZATIONS)[number]>>;

/** The rounds of a typical loop, in the order a candidate meets them. */
export const ROUNDS = [
  'recruiter-screen',
  'technical-screen',
  'take-home',
  'system-design',
  'behavioral',
  'onsite',
] as const;
export type Round = (typeof ROUNDS)[number];

export const LEVELS = ['entry', 'mid', 'senior'] as const;
export type Level = (typeof LEVELS)[number];

/** The parts of an ML system design answer, in the order an interviewer expects to hear them. */
export const DESIGN_SECTIONS = [
  'requirements',
  'data',
  'features',
  'model',
  'offline-evaluation',
  'online-evaluation',
  'serving',
  'monitoring',
  'iteration',
] as const;
export type DesignSection = (typeof DESIGN_SECTIONS)[number];

/** The parts of a STAR story; behavioral answers are outlined along them. */
export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;

export const InterviewCardSchema = z.strictObject({
  /** Stable: review states are stored under it. */
  id: kebabId,
  topic: z.enum(INTERVIEW_TOPICS),
  /** The rounds this card prepares for. */
  rounds: z.array(z.enum(ROUNDS)).min(1),
  /** The lowest level at which interviewers commonly ask it. */
  level: z.enum(LEVELS),
  prompt: z.string().trim().min(10),
  /** A short model answer: a few sentences, or a list of points. */
  answer: z.union([prose, z.array(point).min(2).max(10)]),
  /** For system-design cards: the model answer's outline, one entry per section. */
  outline: z
    .array(z.strictObject({ section: z.enum(DESIGN_SECTIONS), points: z.array(point).min(1) }))
    .optional(),
  /** Catalog skills the card exercises. */
  skills: z.array(kebabId).optional(),
  tags: z.array(kebabId).optional(),
});
export type InterviewCard = z.infer<typeof InterviewCardSchema>;

export const RoundSchema = z.strictObject({
  id: z.enum(ROUNDS),
  title: z.string().trim().min(3),
  description: prose,
  /** Typical length as people say it ("30–45 minutes", "a few hours over 3–7 days"). */
  typicalLength: z.string().trim().min(3),
  /** The same in minutes of interview or work time, for sorting and planning. */
  minutes: z.strictObject({ min: z.number().int().positive(), max: z.number().int().positive() }),
  assesses: z.array(point).min(2),
  checklist: z.array(point).min(4).max(8),
});
export type RoundInfo = z.infer<typeof RoundSchema>;

export const SourceSchema = z.strictObject({
  title: z.string().trim().min(5),
  publisher: z.string().trim().min(2),
  year: z.number().int().min(2000).max(2100),
});

export const SalaryBandSchema = z.strictObject({
  level: z.enum(LEVELS),
  /** The title the source uses for the level. */
  label: z.string().trim().min(3),
  /** Yearly amounts in minor units (cents) of the bands' currency. */
  low: z.number().int().positive(),
  high: z.number().int().positive(),
});
export type SalaryBand = z.infer<typeof SalaryBandSchema>;

export const NegotiationItemSchema = z.strictObject({
  id: kebabId,
  item: z.string().trim().min(10),
  why: prose,
});

export const OffersCatalogSchema = z.strictObject({
  bands: z.strictObject({
    currency: z.string().regex(/^[A-Z]{3}$/),
    /** What the amounts cover: total compensation (base, bonus, equity) or base pay alone. */
    basis: z.enum(['total-compensation', 'base']),
    region: z.string().trim().min(2),
    source: SourceSchema,
    caveat: prose,
    levels: z.array(SalaryBandSchema).length(LEVELS.length),
  }),
  negotiation: z.array(NegotiationItemSchema).min(5),
});
export type OffersCatalog = z.infer<typeof OffersCatalogSchema>;

export const GROWTH_STAGES = ['years-1-2', 'years-3-5', 'years-5-plus'] as const;
export type GrowthStageId = (typeof GROWTH_STAGES)[number];

export const GrowthGoalSchema = z.strictObject({
  id: kebabId,
  title: z.string().trim().min(5),
  why: prose,
  /** What "done" looks like, so progress can be checked rather than felt. */
  signal: prose,
});

export const GrowthStageSchema = z.strictObject({
  id: z.enum(GROWTH_STAGES),
  title: z.string().trim().min(3),
  /** Completed years in the job when the stage starts (0, 2, 5) and ends (exclusive; null: open). */
  fromYear: z.number().int().min(0),
  toYear: z.number().int().positive().nullable(),
  focus: prose,
  goals: z.array(GrowthGoalSchema).min(3).max(8),
});
export type GrowthStage = z.infer<typeof GrowthStageSchema>;

export const GrowthCatalogSchema = z.strictObject({
  source: SourceSchema,
  stages: z.array(GrowthStageSchema).length(GROWTH_STAGES.length),
});
export type GrowthCatalog = z.infer<typeof GrowthCatalogSchema>;

export const InterviewCatalogSchema = z.strictObject({
  cards: z.array(InterviewCardSchema).min(160),
  rounds: z.array(RoundSchema).length(ROUNDS.length),
  offers: OffersCatalogSchema,
  growth: GrowthCatalogSchema,
});
export type InterviewCatalog = z.infer<typeof InterviewCatalogSchema>;
export type InterviewCatalogInput = z.input<typeof InterviewCatalogSchema>;
