/** Small hand-written inputs for the coach's tests (imports the shipped catalog: tests only). */
import { loadCatalog } from '../../catalog/index.js';
import { addDays } from '../plan/dates.js';
import { buildPlan } from '../plan/planner.js';
import type { Plan } from '../plan/schema.js';
import type { Profile } from '../profile.js';
import type { Progress, TimeEntry } from '../progress/types.js';
import type { CoachContext } from './types.js';

export const catalog = loadCatalog();
/** The 4-week window ending today runs from Oct 26 to Nov 22. */
export const TODAY = '2026-11-22';

export const baseProfile: Profile = {
  background: 'some-programming',
  skills: { python: 1, sql: 0, math: 1, git: 1, ml: 0, deployment: 0 },
  hoursPerWeek: 10,
  track: 'applied',
  startDate: '2026-06-01',
};

const plans = new Map<string, Plan>();
/** The plan for a profile, built once per profile. */
export function planFor(profile: Profile): Plan {
  const key = JSON.stringify(profile);
  let plan = plans.get(key);
  if (!plan) {
    plan = buildPlan({ profile, catalog, today: TODAY });
    plans.set(key, plan);
  }
  return plan;
}

export const emptyProgress = (): Progress => ({
  timeEntries: [],
  skillStates: [],
  projectStates: [],
  evidence: [],
  networking: [],
});

/** `days` days before TODAY. */
export const ago = (days: number): string => addDays(TODAY, -days);

export function entry(
  date: string,
  hours: number,
  mode: TimeEntry['mode'] = 'build',
  targetId = 'python',
  targetKind: TimeEntry['targetKind'] = 'skill',
): TimeEntry {
  return { date, minutes: Math.round(hours * 60), mode, targetId, targetKind };
}

export function contextWith(
  progress: Partial<Progress> = {},
  overrides: Partial<CoachContext> = {},
): CoachContext {
  const profile = overrides.profile ?? baseProfile;
  return {
    profile,
    plan: planFor(profile),
    progress: { ...emptyProgress(), ...progress },
    today: TODAY,
    catalog,
    ...overrides,
  };
}
