import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validProfileArbitrary } from '../../../test/arbitraries.js';
import { syntheticCatalog } from '../../../test/synthetic-catalog.js';
import { validateCatalog } from '../../catalog/validate.js';
import { type Profile, parseProfile } from '../profile.js';
import { addDays, DAYS_PER_MONTH, daysBetween } from './dates.js';
import { buildPlan, type PlannerInput } from './planner.js';
import { type Plan, PlanSchema } from './schema.js';

const catalog = validateCatalog(syntheticCatalog(70));
const TODAY = '2027-01-04';

const profileOf = (input: unknown): Profile => {
  const result = parseProfile(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

const plan = (profile: Profile, extra: Partial<PlannerInput> = {}): Plan =>
  buildPlan({ profile, catalog, today: TODAY, ...extra });

/** Valid profiles with start and target dates anywhere in a few years. */
const profiles = validProfileArbitrary.map(profileOf);

const RUNS = { numRuns: 40 };

describe('plan invariants of the contract, over random valid profiles', () => {
  it('matches the contract schema and covers the weeks from the start to the P50 offer', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const result = plan(profile);
        PlanSchema.parse(result);
        const start = profile.startDate ?? TODAY;
        expect(result.weeks[0]?.start).toBe(start);
        const last = result.weeks.at(-1);
        expect(last && last.start <= result.estimate.firstOfferDate.p50).toBe(true);
        expect(last && addDays(last.start, 7) > result.estimate.firstOfferDate.p50).toBe(true);
        result.weeks.forEach((week, index) => {
          expect(week.index).toBe(index + 1);
          expect(week.start).toBe(addDays(start, index * 7));
        });
      }),
      RUNS,
    );
  });

  it('never plans more than hoursPerWeek in a week, and items add up to the week', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        for (const week of plan(profile).weeks) {
          expect(week.hours).toBeLessThanOrEqual(profile.hoursPerWeek);
          const sum = week.items.reduce((total, item) => total + item.hours, 0);
          expect(sum).toBeCloseTo(week.hours, 9);
          for (const item of week.items) expect(item.hours).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('starts every skill after the last week of each prerequisite; done skills have no weeks', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const result = plan(profile);
        const byId = new Map(result.skills.map((skill) => [skill.id, skill]));
        for (const skill of result.skills) {
          if (skill.status === 'done' || skill.status === 'skipped') {
            expect(skill.firstWeek).toBeNull();
            expect(skill.lastWeek).toBeNull();
            continue;
          }
          expect(skill.firstWeek).not.toBeNull();
          for (const id of skill.prerequisites) {
            const prerequisite = byId.get(id);
            if (prerequisite?.lastWeek != null) {
              expect(skill.firstWeek).toBeGreaterThan(prerequisite.lastWeek);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('spends at least 70% of all hours building', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const items = plan(profile).weeks.flatMap((week) => week.items);
        const total = items.reduce((sum, item) => sum + item.hours, 0);
        const build = items
          .filter((item) => item.mode === 'build')
          .reduce((sum, item) => sum + item.hours, 0);
        expect(build / total).toBeGreaterThanOrEqual(0.7);
      }),
      RUNS,
    );
  });

  it('adds up its estimate: total = learning + job search; the offer date is start + months', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const { estimate } = plan(profile);
        const start = profile.startDate ?? TODAY;
        for (const key of ['p50'] as const) {
          expect(estimate.totalMonths[key]).toBeCloseTo(
            estimate.learningMonths[key] + estimate.jobSearchMonths[key],
            1,
          );
        }
        for (const key of ['p50', 'p80'] as const) {
          expect(estimate.firstOfferDate[key]).toBe(
            addDays(start, Math.round(estimate.totalMonths[key] * DAYS_PER_MONTH)),
          );
          expect(estimate.totalMonths[key]).toBeGreaterThan(0);
        }
        expect(estimate.totalMonths.p80).toBeGreaterThanOrEqual(estimate.totalMonths.p50);
        expect(estimate.learningMonths.p80).toBeGreaterThanOrEqual(estimate.learningMonths.p50);
      }),
      RUNS,
    );
  });

  it('derives the P50 learning time from the scheduled weeks, not from a table', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const result = plan(profile);
        // Learning ends the week before applications start; its length comes from those weeks.
        const firstSearchWeek = result.weeks.find((week) =>
          week.items.some((item) => item.kind === 'job-search'),
        );
        const lastLearning = (firstSearchWeek?.index ?? 1) - 1;
        expect(result.estimate.learningMonths.p50).toBeCloseTo(
          (lastLearning * 7) / DAYS_PER_MONTH,
          2,
        );
        for (const week of result.weeks.slice(0, lastLearning)) {
          expect(week.items.some((item) => item.kind === 'job-search')).toBe(false);
        }
        const lastWithSkills =
          result.weeks
            .filter((week) =>
              week.items.some((item) => item.kind === 'skill' || item.kind === 'project'),
            )
            .at(-1)?.index ?? 0;
        expect(result.estimate.jobSearchMonths.p50 + 0.01).toBeGreaterThanOrEqual(
          ((lastWithSkills - lastLearning) * 7) / DAYS_PER_MONTH,
        );
        const offerDays = daysBetween(
          profile.startDate ?? TODAY,
          result.estimate.firstOfferDate.p50,
        );
        expect(offerDays / DAYS_PER_MONTH).toBeCloseTo(result.estimate.totalMonths.p50, 1);
      }),
      RUNS,
    );
  });

  it('has the required milestones in date order and at least two deployed projects', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const result = plan(profile);
        const ids = result.milestones.map((milestone) => milestone.id);
        for (const id of [
          'first-model',
          'first-deployed-app',
          'portfolio-ready',
          'applications-start',
          'first-interview',
        ]) {
          expect(ids).toContain(id);
        }
        const dates = result.milestones.map((milestone) => milestone.date);
        expect(dates).toEqual([...dates].sort());
        expect(result.projects.filter((project) => project.deployed).length).toBeGreaterThanOrEqual(
          2,
        );
      }),
      RUNS,
    );
  });
});

describe('monotonicity', () => {
  it('more hours per week never gives a later first offer (P50 or P80)', () => {
    fc.assert(
      fc.property(profiles, fc.integer({ min: 1, max: 40 }), (profile, extra) => {
        const more = { ...profile, hoursPerWeek: Math.min(80, profile.hoursPerWeek + extra) };
        const before = plan(profile).estimate.firstOfferDate;
        const after = plan(more).estimate.firstOfferDate;
        expect(after.p50 <= before.p50).toBe(true);
        expect(after.p80 <= before.p80).toBe(true);
      }),
      RUNS,
    );
  });

  it('a higher prior level in any area never gives a later first offer (P50 or P80)', () => {
    fc.assert(
      fc.property(
        profiles,
        fc.constantFrom('python', 'sql', 'math', 'git', 'ml', 'deployment' as const),
        (profile, area) => {
          const level = profile.skills[area];
          if (level === 3) return;
          const higher = { ...profile, skills: { ...profile.skills, [area]: level + 1 } };
          const before = plan(profile).estimate.firstOfferDate;
          const after = plan(higher).estimate.firstOfferDate;
          expect(after.p50 <= before.p50).toBe(true);
          expect(after.p80 <= before.p80).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

describe('recorded project states', () => {
  it('a shipped or skipped project never gives a later first offer, and takes no planned hours', () => {
    fc.assert(
      fc.property(
        profiles,
        fc.constantFrom('shipped' as const, 'skipped' as const),
        (profile, state) => {
          const before = plan(profile);
          const project = before.projects[0];
          if (!project) return;
          const after = plan(profile, { progress: { projects: { [project.id]: state } } });
          expect(after.estimate.firstOfferDate.p50 <= before.estimate.firstOfferDate.p50).toBe(
            true,
          );
          expect(after.estimate.firstOfferDate.p80 <= before.estimate.firstOfferDate.p80).toBe(
            true,
          );
          const hoursOn = (p: Plan) =>
            p.weeks
              .flatMap((week) => week.items)
              .filter((item) => item.id === project.id)
              .reduce((sum, item) => sum + item.hours, 0);
          expect(hoursOn(before)).toBeGreaterThan(0);
          expect(hoursOn(after)).toBe(0);
        },
      ),
      RUNS,
    );
  });
});

describe('deterministic output', () => {
  it('gives the same plan for the same input', () => {
    const profile = profileOf({ background: 'data-analyst', hoursPerWeek: 12, domain: 'finance' });
    expect(plan(profile)).toEqual(plan(profile));
  });
});
