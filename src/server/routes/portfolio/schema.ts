import { z } from 'zod';
import { READINESS_IDS } from '../../../core/portfolio/readiness.js';
import {
  PORTFOLIO_STATUSES,
  PortfolioProjectInputSchema,
  PortfolioProjectPatchSchema,
} from '../../../core/portfolio/records.js';
import { BulletCoachingSchema } from '../../../core/resume/bullet-coach.js';

export {
  PortfolioProjectInputSchema as PortfolioCreateSchema,
  PortfolioProjectPatchSchema as PortfolioPatchSchema,
};

/** A stored project as the API answers it; optional fields are absent, never null. */
export const PortfolioProjectSchema = z.object({
  id: z.string(),
  catalogProjectId: z.string().optional(),
  title: z.string(),
  status: z.enum(PORTFOLIO_STATUSES),
  repositoryUrl: z.string().optional(),
  localPath: z.string().optional(),
  deployedUrl: z.string().optional(),
  dataset: z.string().optional(),
  datasetSize: z.string().optional(),
  metric: z.string().optional(),
  baselineValue: z.string().optional(),
  resultValue: z.string().optional(),
  evaluationSize: z.string().optional(),
  evaluationMethod: z.string().optional(),
  writeupUrl: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const DraftsSchema = z.object({
  bullet: z.object({
    text: z.string().describe('the bullet, with [placeholders] where a field is empty'),
    placeholders: z.array(z.string()),
    coachedText: z
      .string()
      .describe('what was coached: the bullet without the clauses that still hold placeholders'),
    coaching: BulletCoachingSchema,
  }),
  star: z.object({
    situation: z.string(),
    task: z.string(),
    action: z.string(),
    result: z.string(),
    placeholders: z.array(z.string()),
  }),
});

export const ReadinessSchema = z.object({
  items: z.array(
    z.object({
      id: z.enum(READINESS_IDS),
      label: z.string(),
      why: z.string(),
      priority: z.number().int(),
      required: z.boolean(),
      target: z.object({ min: z.number().int(), max: z.number().int().optional() }),
      targetText: z.string(),
      actual: z.number().int(),
      met: z.boolean(),
    }),
  ),
  requiredMet: z.number().int(),
  requiredTotal: z.number().int(),
  ready: z.boolean(),
  nextStep: z.object({ id: z.enum(READINESS_IDS), text: z.string() }).nullable(),
});

export type PortfolioCreateReq = z.infer<typeof PortfolioProjectInputSchema>;
export type PortfolioPatchReq = z.infer<typeof PortfolioProjectPatchSchema>;
