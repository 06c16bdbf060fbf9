import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../catalog/index.js';
import { addDays, daysBetween } from '../plan/dates.js';
import { buildPlan } from '../plan/planner.js';
import type { Profile } from '../profile.js';
import type { Progress, TimeEntry } from '../progress/types.js';
import { forecast, plannerProgress } from './forecast.js';

const catalog = loadCatalog();
const TODAY = '2026-11-23';
const profile: Profile = {
  background: 'some-programming',
  skills: { python: 1, sql: 0, math: 1, git: 1, ml: 0, deployment: 0 },
  hoursPerWeek: 10,
  track: 'applied',
  startDate: '2026-06-01',
};

const progressOf = (progress: Partial<Progress> = {}): Progress => ({
  timeEntries: [],
  skillStates: [],
  projectStates: [],
  evidence: [],
  networking: [],
  ...progress,
});
const entry = (daysAgo: number, minutes: number): TimeEntry => ({
  date: addDays(TODAY, -daysAgo),
  minutes,
  targetKind: 'skill',
  targetId: 'python',
  mode: 'build',
});
/** The plan from today at some weekly hours, as the forecast should build it. */
const planAt = (hoursPerWeek: number, progress = progressOf()) =>
  buildPlan({
    profile: { ...profile, startDate: TODAY, hoursPerWeek },
    catalog,
    today: TODAY,
    progress: plannerProgress(progress),
  }).estimate.firstOfferDate;

describe('forecast', () => {
  it('falls back to the planned hours without data', () => {
    const result = forecast({ profile, catalog, progress: progressOf(), today: TODAY });
    expect(result.basis).toBe('planned');
    expect(result.velocity).toEqual({ hoursPerWeek: 0, sd: 0, weeksObserved: 0 });
    expect(result.pace).toEqual({ p50: 10, p80: 10 });
    expect(result.firstOfferDate).toEqual(planAt(10));
    expect(result.target).toBeUndefined();
  });

  it('needs two observed weeks', () => {
    const oneWeek = forecast({
      profile,
      catalog,
      progress: progressOf({ timeEntries: [entry(3, 1200)] }),
      today: TODAY,
    });
    expect(oneWeek.basis).toBe('planned');
    expect(oneWeek.velocity.weeksObserved).toBe(1);
    const twoWeeks = forecast({
      profile,
      catalog,
      progress: progressOf({ timeEntries: [entry(3, 1200), entry(9, 1200)] }),
      today: TODAY,
    });
    expect(twoWeeks.basis).toBe('observed');
    expect(twoWeeks.pace).toEqual({ p50: 20, p80: 20 });
  });

  it('re-plans from today at a steady observed pace', () => {
    const steady = progressOf({
      timeEntries: Array.from({ length: 8 }, (_, week) => entry(7 * week + 2, 300)),
    });
    const result = forecast({ profile, catalog, progress: steady, today: TODAY });
    expect(result.basis).toBe('observed');
    expect(result.velocity).toEqual({ hoursPerWeek: 5, sd: 0, weeksObserved: 8 });
    expect(result.pace).toEqual({ p50: 5, p80: 5 });
    expect(result.firstOfferDate).toEqual(planAt(5));
  });

  it('takes the P80 from the slow pace when the weeks vary', () => {
    // The velocity.test fixture: 6, 0, 3 and 9 hours; velocity 4.24, slow pace 1.96.
    const varying = progressOf({
      timeEntries: [entry(1, 240), entry(7, 120), entry(18, 180), entry(28, 540)],
    });
    const result = forecast({ profile, catalog, progress: varying, today: TODAY });
    expect(result.pace).toEqual({ p50: 4.24, p80: 1.96 });
    const at = planAt(4.24);
    const slow = planAt(1.96);
    expect(result.firstOfferDate.p50).toBe(at.p50);
    expect(result.firstOfferDate.p80).toBe(slow.p50 > at.p80 ? slow.p50 : at.p80);
    expect(result.firstOfferDate.p80 > at.p80).toBe(true);
  });

  it('floors the pace at 1 hour a week', () => {
    const stopped = progressOf({ timeEntries: [entry(60, 30)] });
    const result = forecast({ profile, catalog, progress: stopped, today: TODAY });
    expect(result.velocity.hoursPerWeek).toBe(0);
    expect(result.pace).toEqual({ p50: 1, p80: 1 });
  });

  it('plans only the skills that are not done or skipped', () => {
    const steady = Array.from({ length: 8 }, (_, week) => entry(7 * week + 2, 600));
    const done = progressOf({
      timeEntries: steady,
      skillStates: ['python', 'numpy', 'pandas', 'sql', 'git', 'command-line'].map((skillId) => ({
        skillId,
        status: 'done',
        changedOn: '2026-10-01',
      })),
    });
    const before = forecast({
      profile,
      catalog,
      progress: progressOf({ timeEntries: steady }),
      today: TODAY,
    });
    const after = forecast({ profile, catalog, progress: done, today: TODAY });
    expect(after.firstOfferDate.p50 < before.firstOfferDate.p50).toBe(true);
    expect(after.firstOfferDate).toEqual(planAt(10, done));
  });

  it('compares the P50 with the target date', () => {
    const steady = progressOf({
      timeEntries: Array.from({ length: 8 }, (_, week) => entry(7 * week + 2, 600)),
    });
    const late = forecast({
      profile: { ...profile, targetDate: '2027-06-30' },
      catalog,
      progress: steady,
      today: TODAY,
    });
    expect(late.target).toEqual({
      date: '2027-06-30',
      daysLate: daysBetween('2027-06-30', late.firstOfferDate.p50),
    });
    expect(late.target?.daysLate).toBeGreaterThan(0);
    const early = forecast({
      profile: { ...profile, targetDate: '2040-01-01' },
      catalog,
      progress: steady,
      today: TODAY,
    });
    expect(early.target?.daysLate).toBeLessThan(0);
  });

  // Up to a hundred plans: generous time on a loaded machine.
  it('never gives a later date for more logged hours', { timeout: 30_000 }, () => {
    // Eight weeks of minutes, the oldest never empty so the observed weeks stay the same.
    const weekly = fc.array(fc.integer({ min: 0, max: 1800 }), { minLength: 8, maxLength: 8 });
    const progressFrom = (minutes: number[]) =>
      progressOf({
        timeEntries: minutes.map((total, week) =>
          entry(7 * week + 3, week === 7 ? total + 60 : total),
        ),
      });
    fc.assert(
      fc.property(
        weekly,
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 30, max: 1200 }),
        (minutes, week, extra) => {
          const before = forecast({
            profile,
            catalog,
            progress: progressFrom(minutes),
            today: TODAY,
          });
          const more = minutes.map((value, index) => (index === week ? value + extra : value));
          const after = forecast({ profile, catalog, progress: progressFrom(more), today: TODAY });
          expect(after.firstOfferDate.p50 <= before.firstOfferDate.p50).toBe(true);
          expect(after.firstOfferDate.p80 <= before.firstOfferDate.p80).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('plannerProgress', () => {
  it('maps the latest state of each skill and project and leaves todo out', () => {
    expect(
      plannerProgress(
        progressOf({
          skillStates: [
            { skillId: 'python', status: 'learning', changedOn: '2026-09-01' },
            { skillId: 'python', status: 'done', changedOn: '2026-10-01' },
            { skillId: 'sql', status: 'skipped', changedOn: '2026-10-01', reason: 'known' },
            { skillId: 'git', status: 'todo', changedOn: '2026-10-01' },
            { skillId: 'pandas', status: 'learning', changedOn: '2026-10-05' },
          ],
          projectStates: [
            { projectId: 'tabular-baseline', status: 'shipped', startedOn: '2026-09-01' },
            { projectId: 'api-service', status: 'todo' },
            { projectId: 'cv-app', status: 'in-progress', startedOn: '2026-10-01' },
          ],
        }),
      ),
    ).toEqual({
      skills: { python: 'done', sql: 'skipped', pandas: 'learning' },
      projects: { 'tabular-baseline': 'shipped', 'cv-app': 'in-progress' },
      addedSkills: [],
    });
  });
});
