import { z } from 'zod';
import { isIsoDate } from '../profile.js';
import {
  EVIDENCE_TYPES,
  MODES,
  NETWORKING_KINDS,
  PROJECT_STATES,
  SKILL_STATES,
  TIME_TARGETS,
} from './types.js';

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

export const ProjectStateInputSchema = z.strictObject({
  projectId: catalogId,
  status: oneOf(PROJECT_STATES),
});

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
    { error: 'must be an http or https address' },
  );

export const EvidenceInputSchema = z.strictObject({
  targetKind: oneOf(TIME_TARGETS),
  targetId: catalogId,
  type: oneOf(EVIDENCE_TYPES),
  url: webUrl,
  date: isoDate,
});

export const NoteInputSchema = z.strictObject({
  targetKind: oneOf(TIME_TARGETS),
  targetId: catalogId,
  /** Markdown; an empty body deletes the note. */
  body: z
    .string({ error: 'must be text' })
    .max(20_000, { error: 'must be at most 20000 characters' }),
});

export const DismissalInputSchema = z.strictObject({
  ruleId: catalogId,
  /** Snooze until this date; without it the alert is dismissed for good. */
  until: isoDate.optional(),
});

const minorUnits = z
  .number({ error: 'must be a whole amount in minor units (cents)' })
  .int({ error: 'must be a whole amount in minor units (cents)' })
  .min(0, { error: 'must not be negative' })
  .max(1e13, { error: 'is too large' });

export const RunwayInputSchema = z.strictObject({
  currency: z
    .string({ error: 'must be a three-letter currency code' })
    .regex(/^[A-Z]{3}$/, { error: 'must be a three-letter currency code such as USD or EUR' }),
  savings: minorUnits,
  monthlyExpenses: minorUnits,
  monthlyIncome: minorUnits,
  learningBudget: minorUnits,
  emergencyFundMonths: z
    .number({ error: 'must be a whole number of months from 0 to 24' })
    .int({ error: 'must be a whole number of months from 0 to 24' })
    .min(0, { error: 'must be a whole number of months from 0 to 24' })
    .max(24, { error: 'must be a whole number of months from 0 to 24' }),
});

export type ProjectStateInput = z.output<typeof ProjectStateInputSchema>;
export type EvidenceInput = z.output<typeof EvidenceInputSchema>;
export type NoteInput = z.output<typeof NoteInputSchema>;
export type DismissalInput = z.output<typeof DismissalInputSchema>;

const reflection = z
  .string({ error: 'must be text' })
  .trim()
  .max(1000, { error: 'must be at most 1000 characters' });

/** The weekly check-in: three short answers about the week that starts on `weekStart`. */
export const CheckinInputSchema = z
  .strictObject({
    weekStart: isoDate.refine((date) => new Date(`${date}T00:00:00Z`).getUTCDay() === 1, {
      error: 'must be a Monday (the first day of the week)',
    }),
    wentWell: reflection,
    blockers: reflection,
    nextFocus: reflection,
  })
  .refine((checkin) => `${checkin.wentWell}${checkin.blockers}${checkin.nextFocus}` !== '', {
    error: 'answer one of the three questions (or more)',
    path: ['wentWell'],
  });
export type CheckinInput = z.output<typeof CheckinInputSchema>;
