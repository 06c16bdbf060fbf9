/**
 * A portfolio project as the user records it: what it is, where it lives, and the numbers that
 * make it worth a resume line (dataset, metric, baseline, result, evaluation set). Numbers are
 * kept as the user typed them ("12,000 rows", "0.81 recall", "64%"): we never compute with them,
 * only quote them.
 */
import { z } from 'zod';

export const PORTFOLIO_STATUSES = ['idea', 'building', 'shipped', 'paused'] as const;
export type PortfolioStatus = (typeof PORTFOLIO_STATUSES)[number];

const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty (leave the field out instead)' })
    .max(max, { error: `must be at most ${max} characters` });

/** Only web addresses: a `javascript:` or `data:` link must never reach an href. */
const webUrl = z
  .string({ error: 'must be a web address' })
  .trim()
  .max(2000, { error: 'must be at most 2000 characters' })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { error: 'must be an http or https address, such as https://github.com/you/project' },
  );

/** Absolute on POSIX (`/home/…`) or Windows (`C:\…`, `C:/…`, `\\server\share`). */
const ABSOLUTE_PATH = /^(?:\/|[A-Za-z]:[\\/]|\\\\)/;

/** A folder on the machine that runs mlpath: absolute, so it never depends on the server's cwd. */
const localPath = z
  .string({ error: 'must be a folder path' })
  .trim()
  .max(4096, { error: 'must be at most 4096 characters' })
  .refine((value) => !value.includes('\0'), { error: 'must not contain a NUL character' })
  .refine((value) => ABSOLUTE_PATH.test(value), {
    error: 'must be an absolute folder path, such as /home/you/projects/churn',
  });

const catalogId = z
  .string({ error: 'must be a catalog project id' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a lowercase kebab-case catalog id' })
  .max(100, { error: 'must be at most 100 characters' });

/** Optional fields of a portfolio project, each documented where the form asks for it. */
const optionalFields = {
  /** The catalog project this one started from (the plan's tailored projects), if any. */
  catalogProjectId: catalogId,
  repositoryUrl: webUrl,
  /** Where the repository sits on this machine, for the repository check. */
  localPath,
  deployedUrl: webUrl,
  /** What the data is ("customer check-ins from a gym chain"). */
  dataset: text(300),
  /** How much of it ("12,000 rows"); a bare number is read as examples. */
  datasetSize: text(100),
  /** The metric that matters ("recall on the churn class"). */
  metric: text(200),
  baselineValue: text(100),
  resultValue: text(100),
  /** Size of the held-out set the result was measured on ("2,400 rows"). */
  evaluationSize: text(100),
  /** How it was measured ("time-based split", "5-fold cross-validation"). */
  evaluationMethod: text(300),
  /** A write-up of the project (blog post, article). */
  writeupUrl: webUrl,
};
type OptionalField = keyof typeof optionalFields;
export const OPTIONAL_FIELDS = Object.keys(optionalFields) as OptionalField[];

const title = text(200);
const status = z.enum(PORTFOLIO_STATUSES, {
  error: `must be one of: ${PORTFOLIO_STATUSES.join(', ')}`,
});

const mapFields = <T extends z.ZodType>(wrap: (schema: z.ZodType) => T) =>
  Object.fromEntries(
    Object.entries(optionalFields).map(([key, schema]) => [key, wrap(schema)]),
  ) as Record<OptionalField, T>;

/** A new project: title and status, everything else may be left out. */
export const PortfolioProjectInputSchema = z.strictObject({
  title,
  status,
  ...(mapFields((schema) => schema.optional()) as {
    [K in OptionalField]: z.ZodOptional<(typeof optionalFields)[K]>;
  }),
});

/**
 * A change to a project: any of the fields; `null` clears an optional one. Title and status can
 * be changed but not cleared.
 */
export const PortfolioProjectPatchSchema = z
  .strictObject({
    title: title.optional(),
    status: status.optional(),
    ...(mapFields((schema) => schema.nullable().optional()) as {
      [K in OptionalField]: z.ZodOptional<z.ZodNullable<(typeof optionalFields)[K]>>;
    }),
  })
  .refine((patch) => Object.keys(patch).length > 0, {
    error: 'give at least one field to change',
  });

export type PortfolioProjectInput = z.output<typeof PortfolioProjectInputSchema>;
export type PortfolioProjectPatch = z.output<typeof PortfolioProjectPatchSchema>;

/** A stored project as the API presents it. */
export interface PortfolioProject extends PortfolioProjectInput {
  id: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** True when the project has a metric with both a baseline and a result. */
export const hasBaselineComparison = (
  project: Pick<PortfolioProjectInput, 'metric' | 'baselineValue' | 'resultValue'>,
): boolean => Boolean(project.metric && project.baselineValue && project.resultValue);
