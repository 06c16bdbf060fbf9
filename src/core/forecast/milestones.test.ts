import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../catalog/index.js';
import { buildPlan } from '../plan/planner.js';
import type { Progress } from '../progress/types.js';
import { milestonesReached } from './milestones.js';

const catalog = loadCatalog();
const plan = buildPlan({
  profile: {
    background: 'no-programming',
    skills: { python: 0, sql: 0, math: 0, git: 0, ml: 0, deployment: 0 },
    hoursPerWeek: 10,
    track: 'applied',
  },
  catalog,
  today: '2026-01-05',
});
const plannedDate = (id: string) => plan.milestones.find((milestone) => milestone.id === id)?.date;

const progressOf = (progress: Partial<Progress> = {}): Progress => ({
  timeEntries: [],
  skillStates: [],
  projectStates: [],
  evidence: [],
  networking: [],
  ...progress,
});
const link = (type: Progress['evidence'][number]['type'], date: string) => ({
  targetKind: 'project' as const,
  targetId: 'first-model-baseline',
  type,
  url: `https://example.org/${type}/${date}`,
  date,
});

describe('milestonesReached', () => {
  it('reports nothing without data', () => {
    expect(milestonesReached({ plan, progress: progressOf(), catalog })).toEqual([]);
  });

  it('dates deployment and writing from the first evidence of each type', () => {
    const reached = milestonesReached({
      plan,
      catalog,
      progress: progressOf({
        evidence: [
          link('deployed-url', '2026-09-10'),
          link('deployed-url', '2026-08-01'),
          link('blog-post', '2026-08-20'),
          link('repository', '2026-03-01'),
        ],
      }),
    });
    expect(reached).toEqual([
      {
        id: 'first-deployed-app',
        title: 'First deployed model',
        date: '2026-08-01',
        plannedDate: plannedDate('first-deployed-app'),
      },
      {
        id: 'first-blog-post',
        title: 'First technical post published',
        date: '2026-08-20',
        plannedDate: plannedDate('first-blog-post'),
      },
    ]);
  });

  it('counts a shipped project as the first project and the first model', () => {
    const reached = milestonesReached({
      plan,
      catalog,
      progress: progressOf({
        projectStates: [
          { projectId: 'first-model-baseline', status: 'shipped', shippedOn: '2026-07-15' },
          { projectId: 'tabular-risk-service', status: 'in-progress', startedOn: '2026-07-20' },
        ],
      }),
    });
    expect(reached.map((milestone) => [milestone.id, milestone.date])).toEqual([
      ['first-model', '2026-07-15'],
      ['first-project-shipped', '2026-07-15'],
    ]);
  });

  it('dates the first model from an ML skill done before any project', () => {
    const progress = progressOf({
      skillStates: [
        { skillId: 'scikit-learn', status: 'done', changedOn: '2026-05-02' },
        { skillId: 'pandas', status: 'done', changedOn: '2026-03-01' },
        { skillId: 'ml-foundations', status: 'learning', changedOn: '2026-04-01' },
      ],
      projectStates: [{ projectId: 'first-model-baseline', status: 'shipped' }],
      timeEntries: [
        {
          date: '2026-06-30',
          minutes: 90,
          targetKind: 'project',
          targetId: 'first-model-baseline',
          mode: 'build',
        },
      ],
    });
    expect(
      milestonesReached({ plan, catalog, progress }).map((milestone) => [
        milestone.id,
        milestone.date,
      ]),
    ).toEqual([
      ['first-model', '2026-05-02'],
      // No shippedOn: the last record for the project stands in.
      ['first-project-shipped', '2026-06-30'],
    ]);
    // Without the catalog the skill categories are unknown: only the project counts.
    expect(milestonesReached({ plan, progress })[0]).toMatchObject({
      id: 'first-model',
      date: '2026-06-30',
    });
  });
});
