import { z } from 'zod';
import { isIsoDate } from '../profile.js';
import { MODES, NETWORKING_KINDS, SKILL_STATES, TIME_TARGETS } from './types.js';

const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .refine(isIsoDate, { error: 'must be a real date written as YYYY-MM-DD' });
const catalogId = z
  .string({ error: 'must be a catalog id' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a lowercase kebab-case catalog id' })
  .max(100);
const note = z
  .string({ error: 'must be text' })
  .trim()
  .max(2000, { error: 'must be at most 2000 characters' });
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });

/** Up to a full day in one entry; whole minutes. */
export const MAX_MINUTES = 24 * 60;

export const TimeEntryInputSchema = z.strictObject({
  date: isoDate,
  minutes: z
    .number({ error: `must be a whole number of minutes from 1 to ${MAX_MINUTES}` })
    .int({ error: `must be a whole number of minutes from 1 to ${MAX_MINUTES}` })
    .min(1, { error: `must be a whole number of minutes from 1 to ${MAX_MINUTES}` })
    .max(MAX_MINUTES, { error: `must be a whole number of minutes from 1 to ${MAX_MINUTES}` }),
  targetKind: oneOf(TIME_TARGETS),
  targetId: catalogId,
  mode: oneOf(MODES),
  note: note.optional(),
});

export const SkillStateInputSchema = z.strictObject({
  skillId: catalogId,
  status: oneOf(SKILL_STATES),
  reason: note.optional(),
});

export const NetworkingInputSchema = z.strictObject({
  date: isoDate,
  kind: oneOf(NETWORKING_KINDS),
  note: note.optional(),
});

export type TimeEntryInput = z.output<typeof TimeEntryInputSchema>;
export type SkillStateInput = z.output<typeof SkillStateInputSchema>;
export type NetworkingInput = z.output<typeof NetworkingInputSchema>;

/**
 * Reads a duration as people type it: `90m`, `1.5h`, `1h30m`, `2h`, or plain minutes (`45`).
 * Returns whole minutes, or null when the text is not a duration.
 */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const match = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+)m(?:in)?)?$/.exec(trimmed);
  if (!match || (!match[1] && !match[2])) return null;
  return Math.round(Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0));
}
