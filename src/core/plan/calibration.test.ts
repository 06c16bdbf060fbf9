import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validProfileArbitrary } from '../../../test/arbitraries.js';
import { loadCatalog } from '../../catalog/index.js';
import { type Profile, parseProfile } from '../profile.js';
import { buildPlan } from './planner.js';
import { PlanSchema } from './schema.js';

const catalog = loadCatalog();
const TODAY = '2027-01-04';

const profileOf = (input: unknown): Profile => {
  const result = parseProfile(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};
const months = (input: unknown) =>
  buildPlan({ profile: profileOf(input), catalog, today: TODAY }).estimate.totalMonths;

/** The seeds' timelines (2026 article), at about 15 hours a week. */
describe('timelines calibrated to the seed articles', () => {
  it('no programming: a first offer in 18–30 months (P50)', () => {
    const total = months({ background: 'no-programming', hoursPerWeek: 15 });
    expect(total.p50).toBeGreaterThanOrEqual(18);
    expect(total.p50).toBeLessThanOrEqual(30);
  });

  it('production Python: 9–15 months (P50)', () => {
    const total = months({
      background: 'software-engineer',
      hoursPerWeek: 15,
      skills: { python: 3, git: 3, sql: 2, deployment: 1, math: 1 },
    });
    expect(total.p50).toBeGreaterThanOrEqual(9);
    expect(total.p50).toBeLessThanOrEqual(15);
  });

  it('a typical switcher with some programming: 12–18 months (P50)', () => {
    const total = months({
      background: 'some-programming',
      hoursPerWeek: 15,
      skills: { python: 2, sql: 2, git: 1, math: 1 },
    });
    expect(total.p50).toBeGreaterThanOrEqual(12);
    expect(total.p50).toBeLessThanOrEqual(18);
  });

  it('never under 12 months from zero programming, whatever the hours', () => {
    for (const hoursPerWeek of [20, 40, 60, 80]) {
      expect(months({ background: 'no-programming', hoursPerWeek }).p50).toBeGreaterThanOrEqual(12);
    }
  });

  it('orders the three starting points as the seeds do', () => {
    const zero = months({ background: 'no-programming', hoursPerWeek: 15 }).p50;
    const some = months({
      background: 'some-programming',
      hoursPerWeek: 15,
      skills: { python: 2, sql: 2, git: 1, math: 1 },
    }).p50;
    const production = months({
      background: 'software-engineer',
      hoursPerWeek: 15,
      skills: { python: 3, git: 3, sql: 2, deployment: 1, math: 1 },
    }).p50;
    expect(zero).toBeGreaterThan(some);
    expect(some).toBeGreaterThan(production);
  });
});

describe('the shipped catalog under random profiles', () => {
  it('keeps the contract invariants', () => {
    fc.assert(
      fc.property(validProfileArbitrary.map(profileOf), (profile) => {
        const plan = buildPlan({ profile, catalog, today: TODAY });
        PlanSchema.parse(plan);
        const items = plan.weeks.flatMap((week) => week.items);
        const total = items.reduce((sum, item) => sum + item.hours, 0);
        const build = items
          .filter((item) => item.mode === 'build')
          .reduce((sum, item) => sum + item.hours, 0);
        expect(build / total).toBeGreaterThanOrEqual(0.7);
        for (const week of plan.weeks) expect(week.hours).toBeLessThanOrEqual(profile.hoursPerWeek);
        expect(plan.projects.filter((project) => project.deployed).length).toBeGreaterThanOrEqual(
          2,
        );
        const byId = new Map(plan.skills.map((skill) => [skill.id, skill]));
        for (const skill of plan.skills) {
          for (const id of skill.prerequisites) {
            const before = byId.get(id)?.lastWeek;
            if (skill.firstWeek !== null && before != null)
              expect(skill.firstWeek).toBeGreaterThan(before);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('never gives a later first offer for more hours or a higher level', () => {
    const plan = (profile: Profile) =>
      buildPlan({ profile, catalog, today: TODAY }).estimate.firstOfferDate;
    fc.assert(
      fc.property(
        validProfileArbitrary.map(profileOf),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('python', 'sql', 'math', 'git', 'ml', 'deployment' as const),
        (profile, extra, area) => {
          const base = plan(profile);
          const moreHours = plan({
            ...profile,
            hoursPerWeek: Math.min(80, profile.hoursPerWeek + extra),
          });
          expect(moreHours.p50 <= base.p50 && moreHours.p80 <= base.p80).toBe(true);
          if (profile.skills[area] < 3) {
            const skills = { ...profile.skills, [area]: profile.skills[area] + 1 };
            const higher = plan({ ...profile, skills });
            expect(higher.p50 <= base.p50 && higher.p80 <= base.p80).toBe(true);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('tailors projects to the prior-career domain and picks a specialization from it', () => {
    const plan = buildPlan({
      profile: profileOf({
        background: 'other-technical',
        hoursPerWeek: 12,
        domain: 'Warehouse and supply chain operations',
      }),
      catalog,
      today: TODAY,
    });
    expect(plan.specialization.id).toBe('time-series');
    expect(plan.specialization.reason).toMatch(/Logistics/i);
    expect(plan.projects.every((project) => project.domain === 'logistics')).toBe(true);
  });

  it('fits the 90-day sprint to the level: a beginner ends with a first model, not an interview', () => {
    const beginner = buildPlan({
      profile: profileOf({ background: 'no-programming', hoursPerWeek: 10 }),
      catalog,
      today: TODAY,
    });
    expect(beginner.sprint.map((block) => block.level)).toEqual([
      'beginner',
      'beginner',
      'beginner',
    ]);
    expect(beginner.sprint.at(-1)?.goals.join(' ')).not.toMatch(/interview/i);
    expect(beginner.sprint.map((block) => block.weeks)).toEqual([
      { first: 1, last: 5 },
      { first: 5, last: 9 },
      { first: 9, last: 13 },
    ]);
  });

  it('keeps done and skipped skills out of the weeks when re-planning', () => {
    const profile = profileOf({
      background: 'data-analyst',
      hoursPerWeek: 15,
      skills: { python: 1, sql: 2 },
    });
    const before = buildPlan({ profile, catalog, today: TODAY });
    const first = before.skills.find((skill) => skill.status === 'planned');
    if (!first) throw new Error('nothing planned');
    const after = buildPlan({
      profile,
      catalog,
      today: TODAY,
      progress: { skills: { [first.id]: 'done' } },
    });
    const replanned = after.skills.find((skill) => skill.id === first.id);
    expect(replanned).toMatchObject({ status: 'done', firstWeek: null, lastWeek: null, hours: 0 });
    expect(
      after.weeks
        .flatMap((week) => week.items)
        .some((item) => item.kind === 'skill' && item.id === first.id),
    ).toBe(false);
    expect(after.estimate.firstOfferDate.p50 <= before.estimate.firstOfferDate.p50).toBe(true);
  });

  it('gives a holiday week zero hours without breaking the plan', () => {
    const profile = profileOf({
      background: 'data-analyst',
      hoursPerWeek: 15,
      startDate: '2027-01-04',
    });
    const plan = buildPlan({
      profile,
      catalog,
      today: TODAY,
      exceptions: [{ date: '2027-01-13', hours: 0 }],
    });
    expect(plan.weeks[1]).toMatchObject({ index: 2, hours: 0, items: [] });
  });
});

describe('warnings apply only where they should', () => {
  const warningIds = (input: unknown) =>
    buildPlan({ profile: profileOf(input), catalog, today: TODAY }).warnings.map(
      (warning) => warning.id,
    );

  it('none for a realistic applied profile', () => {
    expect(
      warningIds({
        background: 'software-engineer',
        hoursPerWeek: 15,
        startDate: '2027-01-04',
        targetDate: '2029-01-04',
        skills: { python: 3 },
      }),
    ).toEqual([]);
  });

  it('deadline-infeasible says by how much and what would make it feasible', () => {
    const plan = buildPlan({
      profile: profileOf({
        background: 'some-programming',
        hoursPerWeek: 10,
        startDate: '2027-01-04',
        targetDate: '2028-03-01',
        skills: { python: 2 },
      }),
      catalog,
      today: TODAY,
    });
    const warning = plan.warnings.find((item) => item.id === 'deadline-infeasible');
    expect(warning?.message).toMatch(/\d+(\.\d)? months before/);
    expect(warning?.message).toMatch(/about \d+ hours a week|No weekly hours reach it/);
    const hours = Number(/about (\d+) hours a week/.exec(warning?.message ?? '')?.[1]);
    if (hours) {
      const faster = buildPlan({
        profile: profileOf({
          background: 'some-programming',
          hoursPerWeek: hours,
          startDate: '2027-01-04',
          targetDate: '2028-03-01',
          skills: { python: 2 },
        }),
        catalog,
        today: TODAY,
      });
      expect(faster.warnings.map((item) => item.id)).not.toContain('deadline-infeasible');
    }
  });

  it('research-track unless the person has a PhD', () => {
    expect(
      warningIds({
        background: 'academic',
        hoursPerWeek: 15,
        track: 'research',
        education: 'master',
      }),
    ).toContain('research-track');
    expect(
      warningIds({ background: 'academic', hoursPerWeek: 15, track: 'research', education: 'phd' }),
    ).not.toContain('research-track');
  });

  it('low-hours under 8 hours a week', () => {
    expect(warningIds({ background: 'academic', hoursPerWeek: 5 })).toContain('low-hours');
    expect(warningIds({ background: 'academic', hoursPerWeek: 8 })).not.toContain('low-hours');
  });

  it('unrealistic-compression for a 6-month deadline from zero programming', () => {
    const ids = warningIds({
      background: 'no-programming',
      hoursPerWeek: 40,
      startDate: '2027-01-04',
      targetDate: '2027-07-04',
    });
    expect(ids).toContain('unrealistic-compression');
    expect(ids).toContain('deadline-infeasible');
    expect(
      warningIds({
        background: 'software-engineer',
        hoursPerWeek: 40,
        startDate: '2027-01-04',
        targetDate: '2027-07-04',
        skills: { python: 3 },
      }),
    ).not.toContain('unrealistic-compression');
  });
});
