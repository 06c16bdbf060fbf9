import { z } from 'zod';
import { BulletCoachingSchema } from '../../../core/resume/bullet-coach.js';
import { CoverLetterSchema } from '../../../core/resume/cover-letter.js';
import { ResumeSchema } from '../../../core/resume/schema.js';

export { CoverLetterSchema, ResumeSchema };

/** `?replace=true` lets a JSON Resume import overwrite the saved resume (as `POST /api/import`). */
export const ImportQuerySchema = z.strictObject({
  replace: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .optional()
    .transform((value) => value === 'true'),
});

export const ImportResultSchema = z.object({
  resume: ResumeSchema,
  ignored: z
    .array(z.string())
    .describe('JSON Resume content with no place in the resume (volunteering, a 4th project…)'),
});

/** `:analysisId` of a saved job analysis; any text, so a malformed id answers 404 like a foreign one. */
export const MatchParamsSchema = z.strictObject({ analysisId: z.string().max(100) });

export const MatchSchema = z.object({
  analysisId: z.string(),
  title: z.string(),
  company: z.string().optional(),
  score: z.number().int().min(0).max(100),
  matched: z.object({ required: z.array(z.string()), preferred: z.array(z.string()) }),
  missing: z.object({ required: z.array(z.string()), preferred: z.array(z.string()) }),
  found: z.array(z.string()).describe('every catalog id the resume names'),
});

export const ResumeCheckSchema = z.object({
  id: z.string(),
  pass: z.boolean(),
  message: z.string(),
  items: z.array(z.string()).optional(),
});

export const ChecksSchema = z.object({
  checks: z.array(ResumeCheckSchema),
  bullets: z.array(
    z.object({
      section: z.enum(['projects', 'experience']),
      owner: z.string(),
      index: z.number().int(),
      text: z.string(),
      coaching: BulletCoachingSchema,
    }),
  ),
});

/** What a cover-letter draft is built from: a saved analysis and the company's name, both optional. */
export const DraftBodySchema = z.strictObject(
  {
    analysisId: z.string({ error: 'must be the id of a saved job analysis' }).max(100).optional(),
    company: z
      .string({ error: 'must be text' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(200, { error: 'must be at most 200 characters' })
      .optional(),
  },
  { error: 'must be an object' },
);
export type DraftBody = z.infer<typeof DraftBodySchema>;
