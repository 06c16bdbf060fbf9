import type {
  Background,
  Education,
  Profile,
  ProfileInput,
  SkillArea,
  SkillLevel,
  Specialization,
  Track,
} from '../api/types';
import type { FieldErrors } from '../ui/forms';
import {
  areaCopy,
  BACKGROUND_ORDER,
  MAX_DOMAIN_LENGTH,
  MAX_HOURS,
  MIN_HOURS,
  SKILL_AREAS,
} from './options';

/** The quiz's answers as the form holds them: strings for inputs, null for "not chosen yet". */
export interface Draft {
  background: Background | null;
  education: Education | '';
  skills: Record<SkillArea, SkillLevel | null>;
  hoursPerWeek: string;
  startDate: string;
  targetDate: string;
  domain: string;
  track: Track;
  specialization: Specialization | 'auto';
}

export interface StepInfo {
  /** The step's heading. */
  title: string;
  /** The short name in the progress list. */
  short: string;
  /** The answer paths the step asks for, in the order of the page. */
  fields: string[];
}

export const STEPS: StepInfo[] = [
  { title: 'Where you are coming from', short: 'Background', fields: ['background', 'education'] },
  {
    title: 'What you can do today',
    short: 'Skills',
    fields: SKILL_AREAS.map((area) => `skills.${area}`),
  },
  {
    title: 'How much time you have',
    short: 'Time',
    fields: ['hoursPerWeek', 'startDate', 'targetDate'],
  },
  {
    title: 'Where you want to go',
    short: 'Direction',
    fields: ['domain', 'track', 'specialization'],
  },
  { title: 'Check and save', short: 'Review', fields: [] },
];

/** The names of the answers, for messages built from the server's issues. */
export const FIELD_LABELS: Record<string, string> = {
  background: 'Background',
  education: 'Education',
  hoursPerWeek: 'Hours per week',
  startDate: 'Start date',
  targetDate: 'Target date',
  domain: 'Domain',
  track: 'Track',
  specialization: 'Specialization',
  ...Object.fromEntries(
    SKILL_AREAS.map((area) => [`skills.${area}`, `${areaCopy(area).label} level`]),
  ),
};

/** The id of the control an answer path is entered in (the first radio of a group). */
export function fieldId(path: string): string {
  if (path === 'background') return `intake-background-${BACKGROUND_ORDER[0]}`;
  if (path === 'track') return 'intake-track-applied';
  if (path === 'specialization') return 'intake-specialization-auto';
  if (path.startsWith('skills.')) return `intake-skills-${path.slice(7)}-0`;
  return `intake-${path}`;
}

/** The step that asks for an answer path; -1 for paths no step shows. */
export function stepOf(path: string): number {
  return STEPS.findIndex((step) => step.fields.includes(path));
}

/** Today in the person's own time zone, as YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyDraft(): Draft {
  return {
    background: null,
    education: '',
    skills: { python: null, sql: null, math: null, git: null, ml: null, deployment: null },
    hoursPerWeek: '',
    startDate: today(),
    targetDate: '',
    domain: '',
    track: 'applied',
    specialization: 'auto',
  };
}

export function draftFromProfile(profile: Profile): Draft {
  return {
    background: profile.background,
    education: profile.education ?? '',
    skills: { ...profile.skills },
    hoursPerWeek: String(profile.hoursPerWeek),
    startDate: profile.startDate ?? '',
    targetDate: profile.targetDate ?? '',
    domain: profile.domain ?? '',
    track: profile.track,
    specialization: profile.specialization ?? 'auto',
  };
}

/** True for a real calendar day written as YYYY-MM-DD (rejects 2027-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The mirror of the server's rules for one step, worded for the person filling it in. */
export function validateStep(step: number, draft: Draft): FieldErrors {
  const errors: FieldErrors = {};
  if (step === 0) {
    if (!draft.background) errors.background = 'Choose the background closest to yours.';
  }
  if (step === 1) {
    for (const area of SKILL_AREAS) {
      if (draft.skills[area] === null)
        errors[`skills.${area}`] = `Choose your level in ${areaCopy(area).label}.`;
    }
  }
  if (step === 2) {
    const raw = draft.hoursPerWeek.trim();
    const hours = Number(raw);
    if (!raw) errors.hoursPerWeek = 'Enter how many hours a week you can spend, from 1 to 80.';
    else if (!Number.isFinite(hours) || hours < MIN_HOURS || hours > MAX_HOURS)
      errors.hoursPerWeek = 'Hours per week must be a number from 1 to 80.';
    if (draft.startDate && !isIsoDate(draft.startDate))
      errors.startDate = 'Enter the start date as a real day, or leave it empty.';
    if (draft.targetDate && !isIsoDate(draft.targetDate))
      errors.targetDate = 'Enter the target date as a real day, or leave it empty.';
    else if (
      draft.targetDate &&
      draft.startDate &&
      isIsoDate(draft.startDate) &&
      draft.targetDate <= draft.startDate
    )
      errors.targetDate = 'The target date must be after the start date.';
  }
  if (step === 3) {
    if (draft.domain.trim().length > MAX_DOMAIN_LENGTH)
      errors.domain = `Keep the domain to ${MAX_DOMAIN_LENGTH} characters or fewer.`;
  }
  return errors;
}

/** Every step's problems at once, for the final check before saving. */
export function validateAll(draft: Draft): FieldErrors {
  return Object.assign({}, ...STEPS.map((_, index) => validateStep(index, draft)));
}

/** The body of `PUT /api/profile`. Call only on a draft that passed `validateAll`. */
export function toProfileInput(draft: Draft): ProfileInput {
  if (!draft.background) throw new Error('the draft has no background');
  const skills: Partial<Record<SkillArea, SkillLevel>> = {};
  for (const area of SKILL_AREAS) {
    const level = draft.skills[area];
    if (level !== null) skills[area] = level;
  }
  const input: ProfileInput = {
    background: draft.background,
    skills,
    hoursPerWeek: Number(draft.hoursPerWeek.trim()),
    track: draft.track,
  };
  const domain = draft.domain.trim();
  if (domain) input.domain = domain;
  if (draft.startDate) input.startDate = draft.startDate;
  if (draft.targetDate) input.targetDate = draft.targetDate;
  if (draft.specialization !== 'auto') input.specialization = draft.specialization;
  if (draft.education) input.education = draft.education;
  return input;
}
