import { describe, expect, it } from 'vitest';
import type { Forecast } from '../forecast/forecast.js';
import { addDays } from '../plan/dates.js';
import { deadlineUnreachable } from './rules/deadline-unreachable.js';
import { fundamentalsSkipped } from './rules/fundamentals-skipped.js';
import { isolation } from './rules/isolation.js';
import { noDeployment } from './rules/no-deployment.js';
import { noProjectShipped } from './rules/no-project-shipped.js';
import { noWriting } from './rules/no-writing.js';
import { perfectionism } from './rules/perfectionism.js';
import { researchTarget } from './rules/research-target.js';
import { tutorialHell } from './rules/tutorial-hell.js';
import { unfinishedResources } from './rules/unfinished-resources.js';
import { ago, baseProfile, contextWith, entry, TODAY } from './test-fixtures.js';
import type { Alert } from './types.js';

const fired = (alert: Alert | null): Alert => {
  expect(alert).not.toBeNull();
  return alert as Alert;
};

describe('tutorial-hell', () => {
  it('fires above 30% theory over the last 4 weeks, with the numbers and dates', () => {
    const alert = fired(
      tutorialHell.check(
        contextWith({
          timeEntries: [
            entry('2026-10-26', 8, 'theory'),
            entry('2026-11-10', 6, 'theory'),
            entry('2026-11-22', 17, 'build'),
          ],
        }),
      ),
    );
    expect(alert.id).toBe('tutorial-hell');
    expect(alert.severity).toBe('warning');
    expect(alert.evidence).toBe(
      'Theory was 45% of your 31 hours over the last 4 weeks (Oct 26 – Nov 22).',
    );
    // 14 theory hours are 30% of 46.7 hours: 16 more hours of building.
    expect(alert.action).toContain('next 16 hours on building only');
    expect(alert.action).toContain(
      ', on “First model: clean messy data and beat a naive baseline”,',
    );
  });

  it('does not fire at exactly 30%, and fires just above', () => {
    const at = (theoryMinutes: number) =>
      tutorialHell.check(
        contextWith({
          timeEntries: [
            { ...entry(ago(1), 0, 'theory'), minutes: theoryMinutes },
            { ...entry(ago(2), 0, 'build'), minutes: 600 - theoryMinutes },
          ],
        }),
      );
    expect(at(180)).toBeNull();
    expect(at(181)).not.toBeNull();
  });

  it('needs 5 hours in the window', () => {
    const allTheory = (minutes: number) =>
      tutorialHell.check(
        contextWith({ timeEntries: [{ ...entry(ago(3), 0, 'theory'), minutes }] }),
      );
    expect(allTheory(299)).toBeNull();
    expect(fired(allTheory(300)).severity).toBe('critical');
  });

  it('ignores entries before the window and after today', () => {
    const alert = tutorialHell.check(
      contextWith({
        timeEntries: [
          entry(ago(28), 40, 'theory'),
          entry(addDays(TODAY, 1), 40, 'theory'),
          entry(ago(27), 10, 'build'),
        ],
      }),
    );
    expect(alert).toBeNull();
  });
});

describe('unfinished-resources', () => {
  const learning = (ids: string[]) =>
    ids.map((skillId, index) => ({
      skillId,
      status: 'learning' as const,
      changedOn: ago(60 - index),
    }));
  const four = ['numpy', 'pandas', 'statistics', 'ml-foundations'];

  it('fires with 4 skills learning and none done in 6 weeks', () => {
    const alert = fired(
      unfinishedResources.check(
        contextWith({
          skillStates: [
            ...learning(four),
            { skillId: 'python', status: 'done', changedOn: ago(42) },
          ],
          timeEntries: [entry(ago(3), 2, 'build', 'pandas'), entry(ago(4), 1, 'build', 'numpy')],
        }),
      ),
    );
    expect(alert.evidence).toBe(
      '4 skills are in progress (NumPy arrays and vectorised code, pandas data wrangling, Statistics for data work and 1 more) and none was finished since Oct 12; the last one you finished was Python programming basics, on Oct 11, 2026.',
    );
    // The skill with the most logged hours is the one to finish.
    expect(alert.action).toMatch(
      /^Finish pandas data wrangling before you open anything else\. Done means: /,
    );
  });

  it('does not fire with 3 learning, or with a skill done within 6 weeks', () => {
    expect(
      unfinishedResources.check(contextWith({ skillStates: learning(four.slice(0, 3)) })),
    ).toBeNull();
    expect(
      unfinishedResources.check(
        contextWith({
          skillStates: [
            ...learning(four),
            { skillId: 'python', status: 'done', changedOn: ago(41) },
          ],
        }),
      ),
    ).toBeNull();
  });

  it('says so when nothing was ever finished', () => {
    const alert = fired(unfinishedResources.check(contextWith({ skillStates: learning(four) })));
    expect(alert.evidence).toContain('no skill is marked done yet');
  });
});

describe('no-project-shipped', () => {
  it('fires 8 weeks after the first entry with nothing shipped', () => {
    const alert = fired(
      noProjectShipped.check(contextWith({ timeEntries: [entry(ago(56), 3), entry(ago(1), 2)] })),
    );
    expect(alert.evidence).toBe(
      'You started logging on Sep 27, 2026, 8 weeks ago, and have 5 hours logged, but no project is marked shipped.',
    );
    expect(alert.action).toContain(
      'Start “First model: clean messy data and beat a naive baseline”',
    );
  });

  it('does not fire a day earlier, or once a project is shipped', () => {
    expect(noProjectShipped.check(contextWith({ timeEntries: [entry(ago(55), 3)] }))).toBeNull();
    expect(
      noProjectShipped.check(
        contextWith({
          timeEntries: [entry(ago(100), 3)],
          projectStates: [
            { projectId: 'first-model-baseline', status: 'shipped', shippedOn: ago(5) },
          ],
        }),
      ),
    ).toBeNull();
  });

  it('asks to cut and publish the project in progress', () => {
    const alert = fired(
      noProjectShipped.check(
        contextWith({
          timeEntries: [entry(ago(70), 3)],
          projectStates: [
            { projectId: 'first-model-baseline', status: 'in-progress', startedOn: ago(30) },
          ],
        }),
      ),
    );
    expect(alert.evidence).toContain('is in progress since Oct 23, 2026');
    expect(alert.action).toMatch(/^Cut “First model: .*” down to what already works .* by Nov 29;/);
  });
});

describe('no-deployment', () => {
  it('fires 26 weeks after the first entry without a deployed URL', () => {
    const alert = fired(
      noDeployment.check(
        contextWith({
          timeEntries: [entry(ago(182), 2)],
          projectStates: [
            { projectId: 'first-model-baseline', status: 'shipped', shippedOn: ago(60) },
          ],
        }),
      ),
    );
    expect(alert.evidence).toBe(
      'It has been 26 weeks since your first logged session on May 24, 2026, and no deployed URL is recorded. You have shipped 1 project, but none is live.',
    );
    expect(alert.action).toMatch(/^Wrap “First model: /);
  });

  it('does not fire a day earlier or with deployed-url evidence', () => {
    expect(noDeployment.check(contextWith({ timeEntries: [entry(ago(181), 2)] }))).toBeNull();
    expect(
      noDeployment.check(
        contextWith({
          timeEntries: [entry(ago(300), 2)],
          evidence: [
            {
              targetKind: 'project',
              targetId: 'first-model-baseline',
              type: 'deployed-url',
              url: 'https://example.org/app',
              date: ago(10),
            },
          ],
        }),
      ),
    ).toBeNull();
  });
});

describe('no-writing', () => {
  it('fires 26 weeks after the first entry without a blog post', () => {
    const alert = fired(noWriting.check(contextWith({ timeEntries: [entry(ago(200), 2)] })));
    expect(alert.severity).toBe('info');
    expect(alert.evidence).toContain('28 weeks since your first logged session on May 6, 2026');
    expect(alert.action).toMatch(/^By Dec 6, 2026, publish a write-up/);
  });

  it('does not fire before 26 weeks or with a blog post', () => {
    expect(noWriting.check(contextWith({ timeEntries: [entry(ago(181), 2)] }))).toBeNull();
    expect(
      noWriting.check(
        contextWith({
          timeEntries: [entry(ago(300), 2)],
          evidence: [
            {
              targetKind: 'skill',
              targetId: 'pandas',
              type: 'blog-post',
              url: 'https://example.org/post',
              date: ago(100),
            },
          ],
        }),
      ),
    ).toBeNull();
  });
});

describe('perfectionism', () => {
  // first-model-baseline: 40 catalog hours; weeks 34–36 of the fixture plan (3 weeks).
  const inProgress = (startedOn: string, hours: number) =>
    contextWith({
      projectStates: [{ projectId: 'first-model-baseline', status: 'in-progress', startedOn }],
      timeEntries:
        hours > 0 ? [entry(ago(2), hours, 'build', 'first-model-baseline', 'project')] : [],
    });

  it('fires past 1.5× the catalog hours', () => {
    expect(perfectionism.check(inProgress(ago(10), 60))).toBeNull();
    const alert = fired(perfectionism.check(inProgress(ago(10), 61)));
    expect(alert.evidence).toBe(
      'You have logged 61 hours on “First model: clean messy data and beat a naive baseline”, 52% more than its estimate of 40 hours.',
    );
    expect(alert.action).toMatch(/as it stands by Nov 29:/);
  });

  it('fires when open more than twice the planned weeks', () => {
    expect(perfectionism.check(inProgress(ago(42), 0))).toBeNull();
    const alert = fired(perfectionism.check(inProgress(ago(43), 0)));
    expect(alert.evidence).toBe(
      '“First model: clean messy data and beat a naive baseline” has been open since Oct 10, 2026, 6.1 weeks against 3 planned.',
    );
  });

  it('ignores projects that are not in progress', () => {
    const context = inProgress(ago(100), 200);
    context.progress.projectStates = [
      { projectId: 'first-model-baseline', status: 'shipped', startedOn: ago(100) },
    ];
    expect(perfectionism.check(context)).toBeNull();
  });
});

describe('isolation', () => {
  it('fires after 4 weeks of activity without networking', () => {
    const alert = fired(isolation.check(contextWith({ timeEntries: [entry(ago(28), 1)] })));
    expect(alert.severity).toBe('info');
    expect(alert.evidence).toBe(
      'You have been at it since Oct 25, 2026 (4 weeks) and have not logged any networking yet.',
    );
    expect(alert.action).toMatch(/^By Nov 29, message one person/);
  });

  it('waits for 4 weeks of history', () => {
    expect(isolation.check(contextWith({ timeEntries: [entry(ago(27), 1)] }))).toBeNull();
  });

  it('counts 4 weeks from the last networking activity', () => {
    const withLast = (days: number) =>
      isolation.check(
        contextWith({
          timeEntries: [entry(ago(100), 1)],
          networking: [{ date: ago(days), kind: 'meetup' }],
        }),
      );
    expect(withLast(27)).toBeNull();
    const alert = fired(withLast(60));
    expect(alert.severity).toBe('warning');
    expect(alert.evidence).toBe(
      'Your last networking activity was a meetup on Sep 23, 2026, 8 weeks ago.',
    );
  });
});

describe('research-target', () => {
  it('fires on the research track without a PhD', () => {
    const research = { ...baseProfile, track: 'research' as const };
    expect(fired(researchTarget.check(contextWith({}, { profile: research }))).evidence).toBe(
      'Your profile is set to the research track and no education level set.',
    );
    expect(
      fired(
        researchTarget.check(contextWith({}, { profile: { ...research, education: 'master' } })),
      ).evidence,
    ).toBe("Your profile is set to the research track and a master's degree.");
    expect(
      researchTarget.check(contextWith({}, { profile: { ...research, education: 'phd' } })),
    ).toBeNull();
    expect(researchTarget.check(contextWith())).toBeNull();
  });
});

describe('fundamentals-skipped', () => {
  const pytorch = { skillId: 'pytorch', status: 'learning' as const, changedOn: ago(3) };

  it('fires when an ML skill is started before Python, SQL and Git', () => {
    const alert = fired(fundamentalsSkipped.check(contextWith({ skillStates: [pytorch] })));
    expect(alert.evidence).toBe(
      'You have started PyTorch fundamentals, while Python programming basics (basic in your profile), SQL querying (none in your profile) and Git and GitHub (basic in your profile) are not done yet.',
    );
    expect(alert.action).toBe(
      'Give your next study sessions to Python programming basics (about 45 hours at your level) before more PyTorch fundamentals, and mark it done once you pass its proof.',
    );
  });

  it('counts a done skill or a working level as there', () => {
    const alert = fired(
      fundamentalsSkipped.check(
        contextWith(
          {
            skillStates: [
              pytorch,
              { skillId: 'sql', status: 'done', changedOn: ago(20) },
              { skillId: 'git', status: 'learning', changedOn: ago(20) },
            ],
          },
          { profile: { ...baseProfile, skills: { ...baseProfile.skills, python: 2 } } },
        ),
      ),
    );
    expect(alert.evidence).toContain(
      'while Git and GitHub (basic in your profile, in progress) is not done',
    );
  });

  it('does not fire with solid foundations or without ML skills', () => {
    const solid = {
      ...baseProfile,
      skills: { ...baseProfile.skills, python: 2 as const, sql: 3 as const, git: 2 as const },
    };
    expect(
      fundamentalsSkipped.check(contextWith({ skillStates: [pytorch] }, { profile: solid })),
    ).toBeNull();
    expect(
      fundamentalsSkipped.check(
        contextWith({
          skillStates: [
            pytorch,
            ...['python', 'sql', 'git'].map((skillId) => ({
              skillId,
              status: 'done' as const,
              changedOn: ago(30),
            })),
          ],
        }),
      ),
    ).toBeNull();
    expect(
      fundamentalsSkipped.check(
        contextWith({
          skillStates: [{ skillId: 'pandas', status: 'learning', changedOn: ago(3) }],
        }),
      ),
    ).toBeNull();
  });
});

describe('deadline-unreachable', () => {
  /** 5 hours in each of the last 8 full weeks. */
  const steady = Array.from({ length: 8 }, (_, week) => entry(ago(7 * week + 3), 5));

  it('fires when the P50 at the logged pace is after the target', () => {
    const profile = { ...baseProfile, targetDate: '2027-12-31' };
    const alert = fired(
      deadlineUnreachable.check(contextWith({ timeEntries: steady }, { profile })),
    );
    expect(alert.evidence).toMatch(
      /^You averaged 5 hours a week over the last 8 weeks \(recent weeks weigh more\); at that pace the median first offer is .+, [\d.]+ months after your target of Dec 31, 2027\.$/,
    );
    expect(alert.severity).toBe('critical');
    expect(alert.action).toMatch(/^(Block \d+ hours a week|Move your target date)/);
  });

  it('does not fire when the target is met, without a target, or without observed weeks', () => {
    const far = { ...baseProfile, targetDate: '2045-01-01' };
    expect(
      deadlineUnreachable.check(contextWith({ timeEntries: steady }, { profile: far })),
    ).toBeNull();
    expect(deadlineUnreachable.check(contextWith({ timeEntries: steady }))).toBeNull();
    const near = { ...baseProfile, targetDate: '2027-01-31' };
    expect(
      deadlineUnreachable.check(
        contextWith({ timeEntries: [entry(ago(3), 5)] }, { profile: near }),
      ),
    ).toBeNull();
  });

  it('uses the forecast it is given', () => {
    const profile = { ...baseProfile, targetDate: '2027-06-30' };
    const given: Forecast = {
      velocity: { hoursPerWeek: 30, sd: 2, weeksObserved: 8 },
      pace: { p50: 30, p80: 28 },
      firstOfferDate: { p50: '2027-07-30', p80: '2027-10-01' },
      target: { date: '2027-06-30', daysLate: 30 },
      basis: 'observed',
    };
    const alert = fired(deadlineUnreachable.check(contextWith({}, { profile, forecast: given })));
    expect(alert.severity).toBe('warning');
    expect(alert.evidence).toBe(
      'You averaged 30 hours a week over the last 8 weeks (recent weeks weigh more); at that pace the median first offer is Jul 30, 2027, 30 days after your target of Jun 30, 2027.',
    );
  });
});
