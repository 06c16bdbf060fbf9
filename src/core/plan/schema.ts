import { z } from 'zod';
import { NormalizedProfileSchema } from '../profile.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const range = z.object({ p50: z.number(), p80: z.number() });

export const PLAN_ITEM_KINDS = ['skill', 'project', 'job-search', 'review'] as const;
export const MODES = ['build', 'theory'] as const;
export const SKILL_STATUSES = ['planned', 'learning', 'done', 'skipped'] as const;

export const PlanItemSchema = z.object({
  kind: z.enum(PLAN_ITEM_KINDS),
  id: z.string(),
  title: z.string(),
  hours: z.number(),
  mode: z.enum(MODES),
});

export const PlanWeekSchema = z.object({
  index: z.number().int(),
  start: isoDate,
  hours: z.number(),
  items: z.array(PlanItemSchema),
});

/** The plan JSON of the contract (`mlpath plan --json`, `GET /api/plan`); extra fields are additions. */
export const PlanSchema = z.object({
  profile: NormalizedProfileSchema,
  estimate: z.object({
    learningMonths: range,
    jobSearchMonths: range,
    totalMonths: range,
    firstOfferDate: z.object({ p50: isoDate, p80: isoDate }),
    /** How the estimate was made, in plain words. */
    method: z.string(),
  }),
  phases: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      start: isoDate,
      end: isoDate,
      skills: z.array(z.string()),
    }),
  ),
  weeks: z.array(PlanWeekSchema),
  specialization: z.object({ id: z.string(), reason: z.string() }),
  skills: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      hours: z.number(),
      prerequisites: z.array(z.string()),
      firstWeek: z.number().int().nullable(),
      lastWeek: z.number().int().nullable(),
      status: z.enum(SKILL_STATUSES),
    }),
  ),
  projects: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      domain: z.string(),
      skills: z.array(z.string()),
      deployed: z.boolean(),
      startWeek: z.number().int(),
      endWeek: z.number().int(),
      hours: z.number(),
      summary: z.string(),
      data: z.string(),
      deliverables: z.array(z.string()),
    }),
  ),
  milestones: z.array(
    z.object({ id: z.string(), title: z.string(), week: z.number().int(), date: isoDate }),
  ),
  sprint: z.array(
    z.object({
      days: z.string(),
      title: z.string(),
      level: z.enum(['beginner', 'intermediate', 'advanced']),
      weeks: z.object({ first: z.number().int(), last: z.number().int() }),
      goals: z.array(z.string()),
      focus: z.array(z.string()),
    }),
  ),
  warnings: z.array(z.object({ id: z.string(), message: z.string() })),
});

export type Plan = z.infer<typeof PlanSchema>;
export type PlanItem = z.infer<typeof PlanItemSchema>;
export type PlanWeek = z.infer<typeof PlanWeekSchema>;
export type SkillStatus = (typeof SKILL_STATUSES)[number];
