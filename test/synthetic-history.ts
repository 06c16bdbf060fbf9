/**
 * Two years of a plausible learner's history, generated deterministically, for the dashboard
 * bench, the query-count test and the realistic screenshots: about 2,000 time entries, 60 skill
 * states, 10 project states, 300 networking entries, a few evidence links and a runway.
 */
import { loadCatalog } from '../src/catalog/index.js';
import { addDays } from '../src/core/plan/dates.js';
import type { Progress, RunwayInput } from '../src/core/progress/types.js';
import type { Database } from '../src/db/client.js';
import {
  evidenceLinks,
  networkingActivities,
  projectStates,
  runwaySettings,
  skillStates,
  timeEntries,
} from '../src/db/schema.js';

export interface SyntheticHistory extends Progress {
  runway: RunwayInput;
}

/** A small linear congruential generator: the same history for the same seed, everywhere. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticHistory(today: string, seed = 7): SyntheticHistory {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const catalog = loadCatalog();
  const skills = catalog.skills.slice(0, 60).map((skill) => skill.id);
  const projects = catalog.projects.slice(0, 10).map((project) => project.id);
  const start = addDays(today, -730);

  const entries: Progress['timeEntries'] = [];
  for (let day = 0; day < 730; day++) {
    const date = addDays(start, day);
    // About 2.7 entries a day on average (2,000 in two years), with quiet days.
    const count = random() < 0.1 ? 0 : 1 + Math.floor(random() * 5);
    for (let i = 0; i < count; i++) {
      const onProject = random() < 0.35;
      entries.push({
        date,
        minutes: 15 + Math.floor(random() * 8) * 15,
        targetKind: onProject ? 'project' : 'skill',
        targetId: onProject ? pick(projects) : pick(skills),
        mode: random() < 0.72 ? 'build' : 'theory',
        ...(random() < 0.3 ? { note: `session ${day}-${i}` } : {}),
      });
    }
  }

  const statuses = ['done', 'done', 'done', 'learning', 'skipped', 'todo'] as const;
  const skillStatesList: Progress['skillStates'] = skills.map((skillId, index) => {
    const status = statuses[index % statuses.length] ?? 'todo';
    return {
      skillId,
      status,
      changedOn: addDays(start, Math.floor((index / skills.length) * 700)),
      ...(status === 'skipped' ? { reason: 'covered at my previous job' } : {}),
    };
  });

  const projectStatesList: Progress['projectStates'] = projects.map((projectId, index) => {
    const startedOn = addDays(start, 60 + index * 60);
    if (index < 4)
      return { projectId, status: 'shipped', startedOn, shippedOn: addDays(startedOn, 50) };
    if (index < 6) return { projectId, status: 'in-progress', startedOn };
    return { projectId, status: 'todo' };
  });

  const networking: Progress['networking'] = Array.from({ length: 300 }, (_, index) => ({
    date: addDays(start, Math.floor((index / 300) * 730)),
    kind: pick(['coffee-chat', 'meetup', 'post', 'message'] as const),
    ...(index % 4 === 0 ? { note: `contact ${index}` } : {}),
  }));

  const evidence: Progress['evidence'] = projects.slice(0, 4).flatMap((projectId, index) => [
    {
      targetKind: 'project' as const,
      targetId: projectId,
      type: 'repository' as const,
      url: `https://github.com/example/project-${index}`,
      date: addDays(start, 100 + index * 60),
    },
    {
      targetKind: 'project' as const,
      targetId: projectId,
      type: 'deployed-url' as const,
      url: `https://project-${index}.example.com`,
      date: addDays(start, 110 + index * 60),
    },
  ]);

  return {
    timeEntries: entries,
    skillStates: skillStatesList,
    projectStates: projectStatesList,
    evidence,
    networking,
    runway: {
      currency: 'USD',
      savings: 3_200_000,
      monthlyExpenses: 320_000,
      monthlyIncome: 150_000,
      learningBudget: 120_000,
      emergencyFundMonths: 6,
    },
  };
}

/** Writes a synthetic history for one user in a few multi-row inserts. */
export async function insertSyntheticHistory(
  db: Database,
  userId: string,
  history: SyntheticHistory,
): Promise<void> {
  const chunk = <T>(rows: T[], size = 500): T[][] =>
    Array.from({ length: Math.ceil(rows.length / size) }, (_, i) =>
      rows.slice(i * size, (i + 1) * size),
    );
  for (const rows of chunk(history.timeEntries)) {
    await db.insert(timeEntries).values(rows.map((entry) => ({ userId, ...entry })));
  }
  await db.insert(skillStates).values(history.skillStates.map((state) => ({ userId, ...state })));
  await db
    .insert(projectStates)
    .values(history.projectStates.map((state) => ({ userId, ...state })));
  await db
    .insert(networkingActivities)
    .values(history.networking.map((activity) => ({ userId, ...activity })));
  await db.insert(evidenceLinks).values(history.evidence.map((link) => ({ userId, ...link })));
  await db.insert(runwaySettings).values({ userId, ...history.runway });
}
