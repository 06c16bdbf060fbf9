import { z } from 'zod';

/** Where the person starts from; drives how much programming the plan front-loads. */
export const BACKGROUNDS = [
  'no-programming',
  'some-programming',
  'software-engineer',
  'data-analyst',
  'data-scientist',
  'academic',
  'other-technical',
] as const;

/** The six intake areas (not catalog ids): the planner maps each to the skills it covers. */
export const SKILL_AREAS = ['python', 'sql', 'math', 'git', 'ml', 'deployment'] as const;

export const TRACKS = ['applied', 'research'] as const;
export const SPECIALIZATIONS = [
  'tabular',
  'computer-vision',
  'nlp',
  'recsys',
  'time-series',
] as const;
export const EDUCATION_LEVELS = ['none', 'bachelor', 'master', 'phd'] as const;

/** 0 none, 1 basic (tutorial level), 2 working (used in projects), 3 production (ships it). */
export const SKILL_LEVELS = [0, 1, 2, 3] as const;

export const MIN_HOURS_PER_WEEK = 1;
export const MAX_HOURS_PER_WEEK = 80;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written as YYYY-MM-DD (rejects 2027-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A real calendar date written as YYYY-MM-DD, with a message a user can act on. */
export const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .refine(isIsoDate, { error: 'must be a real date written as YYYY-MM-DD' });

const skillLevel = z
  .number({ error: 'must be a skill level from 0 to 3' })
  .int({ error: 'must be a whole number from 0 to 3' })
  .min(0, { error: 'must be a skill level from 0 to 3' })
  .max(3, { error: 'must be a skill level from 0 to 3' });

/** A message for a field that is present but wrong, and "is required" when it is missing. */
const requiredOr = (message: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? 'is required' : message;

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: requiredOr(`must be one of: ${values.join(', ')}`) });

export const SkillLevelsSchema = z.strictObject(
  Object.fromEntries(SKILL_AREAS.map((area) => [area, skillLevel.optional()])) as Record<
    (typeof SKILL_AREAS)[number],
    z.ZodOptional<typeof skillLevel>
  >,
  { error: `must be an object with levels for: ${SKILL_AREAS.join(', ')}` },
);

/** The Profile of the contract: what the intake quiz stores and what `plan` reads. */
export const ProfileSchema = z
  .strictObject(
    {
      background: oneOf(BACKGROUNDS),
      domain: z
        .string({ error: 'must be text' })
        .trim()
        .max(100, { error: 'must be at most 100 characters' })
        .optional(),
      skills: SkillLevelsSchema.optional(),
      hoursPerWeek: z
        .number({ error: requiredOr('must be a number between 1 and 80') })
        .min(MIN_HOURS_PER_WEEK, { error: 'must be a number between 1 and 80' })
        .max(MAX_HOURS_PER_WEEK, { error: 'must be a number between 1 and 80' }),
      startDate: isoDate.optional(),
      targetDate: isoDate.optional(),
      track: oneOf(TRACKS).optional(),
      specialization: oneOf(SPECIALIZATIONS).optional(),
      education: oneOf(EDUCATION_LEVELS).optional(),
    },
    { error: 'must be an object' },
  )
  .superRefine((profile, ctx) => {
    if (profile.startDate && profile.targetDate && profile.targetDate <= profile.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetDate'],
        message: 'must be after startDate',
      });
    }
  });

export type ProfileInput = z.input<typeof ProfileSchema>;
export type SkillArea = (typeof SKILL_AREAS)[number];
export type SkillLevel = 0 | 1 | 2 | 3;

/** A profile with defaults applied: every skill area present, track set, blank domain dropped. */
export interface Profile {
  background: (typeof BACKGROUNDS)[number];
  domain?: string;
  skills: Record<SkillArea, SkillLevel>;
  hoursPerWeek: number;
  startDate?: string;
  targetDate?: string;
  track: (typeof TRACKS)[number];
  specialization?: (typeof SPECIALIZATIONS)[number];
  education?: (typeof EDUCATION_LEVELS)[number];
}

export const NormalizedProfileSchema = z.strictObject({
  background: z.enum(BACKGROUNDS),
  domain: z.string().optional(),
  skills: z.strictObject(
    Object.fromEntries(SKILL_AREAS.map((area) => [area, z.number().int().min(0).max(3)])) as Record<
      SkillArea,
      z.ZodNumber
    >,
  ),
  hoursPerWeek: z.number(),
  startDate: z.string().optional(),
  targetDate: z.string().optional(),
  track: z.enum(TRACKS),
  specialization: z.enum(SPECIALIZATIONS).optional(),
  education: z.enum(EDUCATION_LEVELS).optional(),
});

/** Applies the contract's defaults: missing skill levels are 0 and the track is applied. */
export function normalizeProfile(input: z.output<typeof ProfileSchema>): Profile {
  const skills = Object.fromEntries(
    SKILL_AREAS.map((area) => [area, (input.skills?.[area] ?? 0) as SkillLevel]),
  ) as Record<SkillArea, SkillLevel>;
  const profile: Profile = {
    background: input.background,
    skills,
    hoursPerWeek: input.hoursPerWeek,
    track: input.track ?? 'applied',
  };
  if (input.domain) profile.domain = input.domain;
  if (input.startDate) profile.startDate = input.startDate;
  if (input.targetDate) profile.targetDate = input.targetDate;
  if (input.specialization) profile.specialization = input.specialization;
  if (input.education) profile.education = input.education;
  return profile;
}

export type ParseResult<T> =
  | { ok: true; value: T }
  | { ok: false; issues: { path: string; message: string }[] };

/** Validates untrusted input and returns the normalized profile or issues named by field path. */
export function parseProfile(input: unknown): ParseResult<Profile> {
  const result = ProfileSchema.safeParse(input);
  if (!result.success) return { ok: false, issues: describeIssues(result.error, 'profile') };
  return { ok: true, value: normalizeProfile(result.data) };
}

/** Turns zod issues into `{path, message}` pairs with dotted paths under a root name. */
export function describeIssues(
  error: z.ZodError,
  root: string,
): { path: string; message: string }[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const where = [root, ...issue.path.map(String)].join('.');
      return {
        path: [where, issue.keys[0]].join('.'),
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`,
      };
    }
    return { path: [root, ...issue.path.map(String)].join('.'), message: issue.message };
  });
}
