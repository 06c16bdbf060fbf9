import { z } from 'zod';
import { isIsoDate } from '../profile.js';

import { FIT_IDS, REFERRAL_STATES, SOURCES, STAGES } from './vocabulary.js';

/** The zod schemas every write of applications, companies and contacts passes. */

export * from './vocabulary.js';

// ---------------------------------------------------------------------------------------------
// Input schemas.

/** "must be an object" for a wrong type; zod's own message (unknown keys…) otherwise. */
export const objectError = (issue: { code: string }) =>
  issue.code === 'invalid_type' ? 'must be an object' : undefined;

const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .refine(isIsoDate, { error: 'must be a real date written as YYYY-MM-DD' });

/** A message for a field that is present but wrong, and "is required" when it is missing. */
const requiredOr = (message: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? 'is required' : message;

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: requiredOr(`must be one of: ${values.join(', ')}`) });

const name = (what: string, max = 200) =>
  z
    .string({ error: requiredOr(`must be the ${what} as text`) })
    .trim()
    .min(1, { error: `must not be empty (give the ${what})` })
    .max(max, { error: `must be at most ${max} characters` });

const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, { error: `must be at most ${max} characters` });

const uuid = (what: string) =>
  z
    .string({ error: `must be the id of ${what}` })
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
      error: `must be the id of ${what}`,
    });

/** Only web addresses: a `javascript:` or `data:` link must never reach an href. */
export const webUrl = z
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

const NOTES_MAX = 5000;

export const CompanyInputSchema = z.strictObject(
  {
    name: name('company name'),
    tier: z
      .number({ error: 'must be a tier from 1 to 4' })
      .int({ error: 'must be a tier from 1 to 4' })
      .min(1, { error: 'must be a tier from 1 to 4' })
      .max(4, { error: 'must be a tier from 1 to 4' })
      .optional(),
    fit: oneOf(FIT_IDS).optional(),
    industry: text(100).optional(),
    notes: text(NOTES_MAX).optional(),
  },
  { error: objectError },
);

export const ApplicationInputSchema = z.strictObject(
  {
    company: name('company name'),
    companyId: uuid('one of your companies').optional(),
    role: name('role'),
    link: webUrl.optional(),
    analysisId: uuid('one of your saved job analyses').optional(),
    source: oneOf(SOURCES),
    stage: oneOf(STAGES),
    nextAction: text(300).optional(),
    nextActionOn: isoDate.optional(),
    notes: text(NOTES_MAX).optional(),
  },
  { error: objectError },
);

export const ContactInputSchema = z.strictObject(
  {
    name: name('contact’s name'),
    companyId: uuid('one of your companies').optional(),
    howMet: text(300).optional(),
    lastContactOn: isoDate.optional(),
    nextContactOn: isoDate.optional(),
    referral: oneOf(REFERRAL_STATES),
    notes: text(NOTES_MAX).optional(),
  },
  { error: objectError },
);

/**
 * A partial update: only the fields given change; `null` clears an optional field. An empty
 * object is refused, so a request always says what to change.
 */
function patchOf<T extends z.ZodRawShape, R extends keyof T & string>(
  shape: T,
  required: readonly R[],
): z.ZodType<{
  [K in keyof T]?: K extends R ? NonNullable<z.output<T[K]>> : z.output<T[K]> | null;
}> {
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => {
      const inner = (schema instanceof z.ZodOptional ? schema.unwrap() : schema) as z.ZodType;
      return [
        key,
        (required as readonly string[]).includes(key)
          ? inner.optional()
          : inner.nullable().optional(),
      ];
    }),
  );
  return z
    .strictObject(fields, { error: objectError })
    .refine((body) => Object.keys(body).length > 0, {
      error: 'give at least one field to change',
    }) as never;
}

export const CompanyPatchSchema = patchOf(CompanyInputSchema.shape, ['name']);
export const ApplicationPatchSchema = patchOf(ApplicationInputSchema.shape, [
  'company',
  'role',
  'source',
  'stage',
]);
export const ContactPatchSchema = patchOf(ContactInputSchema.shape, ['name', 'referral']);

/** Moves an application; `on` is the day it happened (today when left out). */
export const StageChangeSchema = z.strictObject(
  { stage: oneOf(STAGES), on: isoDate.optional() },
  { error: objectError },
);

export const ChecklistUpdateSchema = z.strictObject(
  { done: z.boolean({ error: requiredOr('must be true or false') }) },
  { error: objectError },
);

export type CompanyInput = z.output<typeof CompanyInputSchema>;
export type CompanyPatch = z.output<typeof CompanyPatchSchema>;
export type ApplicationInput = z.output<typeof ApplicationInputSchema>;
export type ApplicationPatch = z.output<typeof ApplicationPatchSchema>;
export type ContactInput = z.output<typeof ContactInputSchema>;
export type ContactPatch = z.output<typeof ContactPatchSchema>;
export type StageChange = z.output<typeof StageChangeSchema>;
