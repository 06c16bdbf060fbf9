import { z } from 'zod';
import { CHECK_IDS } from './repo-checks.js';

/** The JSON document of `mlpath check-repo --json` (the contract), for tests and clients. */
export const RepoReportSchema = z.strictObject({
  score: z.int().min(0).max(100),
  checks: z.array(
    z.strictObject({
      id: z.enum(CHECK_IDS),
      pass: z.boolean(),
      weight: z.int().min(0).max(100),
      detail: z.string().min(1),
      fix: z.string().min(1).optional(),
    }),
  ),
});
