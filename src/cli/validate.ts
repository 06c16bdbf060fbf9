import type { z } from 'zod';
import { UsageError } from './errors.js';

/**
 * Checks what a command was given with the core's own schema, so the CLI accepts exactly what the
 * API accepts. The first problem becomes one line naming the flag or argument the user typed
 * (`flags` maps a field to it): `--status: must be one of: idea, building, shipped, paused`.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: Record<string, unknown>,
  flags: Record<string, string>,
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  if (!issue) throw new UsageError('the input is invalid');
  if (issue.code === 'unrecognized_keys') {
    throw new UsageError(`${issue.keys.join(', ')}: unknown field`);
  }
  const field = String(issue.path[0] ?? '');
  const name = flags[field] ?? (field || 'input');
  const missing = issue.code === 'invalid_type' && field !== '' && input[field] === undefined;
  throw new UsageError(`${name}: ${missing ? 'is required' : issue.message}`);
}

/** Drops the keys whose value is undefined, so a flag left out is a field left out. */
export const defined = <T extends Record<string, unknown>>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
