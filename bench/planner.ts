import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../src/catalog/index.js';
import type { Catalog } from '../src/catalog/schema.js';
import { validateCatalog } from '../src/catalog/validate.js';
import { buildPlan, type PlannerInput, schedulePlan } from '../src/core/plan/planner.js';
import { parseProfile } from '../src/core/profile.js';
import { projectRoot } from '../src/paths.js';
import { syntheticCatalog } from '../test/synthetic-catalog.js';

const PROFILE_INPUT = {
  background: 'some-programming',
  domain: 'retail',
  skills: { python: 1, sql: 1, git: 1 },
  hoursPerWeek: 15,
  startDate: '2027-01-04',
};

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median wall time of `work` in ms, after a few warm-up calls. */
function timeMedian(work: () => void, runs: number): number {
  for (let warm = 0; warm < 3; warm++) work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

export interface PlannerBench {
  shipped: { skills: number; scheduleMs: number; planWithP80Ms: number };
  synthetic: { skills: number; scheduleMs: number; growth: number | null }[];
  cli: { nodeMs: number; planJsonMs: number; ratio: number; runs: number };
  goals: Record<string, { value: number; goal: number; met: boolean }>;
}

/**
 * The planner in this process on the shipped catalog and on synthetic catalogs (about four
 * prerequisites per skill), and the whole `mlpath plan --json` process against `node -e 0`.
 */
export function benchPlanner(): PlannerBench {
  const parsed = parseProfile(PROFILE_INPUT);
  if (!parsed.ok) throw new Error('bench profile is invalid');
  const input = (catalog: Catalog): PlannerInput => ({
    profile: parsed.value,
    catalog,
    today: '2027-01-04',
  });

  const shippedCatalog = loadCatalog();
  const shipped = {
    skills: shippedCatalog.skills.length,
    scheduleMs: timeMedian(() => schedulePlan(input(shippedCatalog)), 200),
    planWithP80Ms: timeMedian(() => buildPlan(input(shippedCatalog)), 30),
  };

  const synthetic: PlannerBench['synthetic'] = [];
  for (const size of [500, 1000, 2000, 4000]) {
    const catalog = validateCatalog(syntheticCatalog(size, 4));
    const scheduleMs = timeMedian(() => schedulePlan(input(catalog)), 11);
    const previous = synthetic.at(-1);
    synthetic.push({
      skills: size,
      scheduleMs,
      growth: previous ? scheduleMs / previous.scheduleMs : null,
    });
  }

  const dir = mkdtempSync(join(tmpdir(), 'mlpath-bench-plan-'));
  const profileFile = join(dir, 'profile.json');
  writeFileSync(profileFile, JSON.stringify(PROFILE_INPUT));
  const cliEntry = join(projectRoot(), 'dist', 'cli', 'mlpath.js');
  const runs = 15;
  const nodeSamples: number[] = [];
  const planSamples: number[] = [];
  const timeProcess = (args: string[]) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const elapsed = performance.now() - started;
    if (result.status !== 0)
      throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    return elapsed;
  };
  for (let run = 0; run < runs + 2; run++) {
    // Alternate the two so machine noise hits both alike; the first two rounds warm the disk cache.
    const node = timeProcess(['-e', '0']);
    const plan = timeProcess([cliEntry, 'plan', '--profile', profileFile, '--json']);
    if (run >= 2) {
      nodeSamples.push(node);
      planSamples.push(plan);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const cli = { nodeMs: median(nodeSamples), planJsonMs: median(planSamples), runs, ratio: 0 };
  cli.ratio = cli.planJsonMs / cli.nodeMs;

  const at2000 = synthetic.find((row) => row.skills === 2000)?.scheduleMs ?? Number.NaN;
  const goals = {
    'schedule, shipped catalog (ms)': { value: shipped.scheduleMs, goal: 5 },
    'schedule + P50/P80, shipped catalog (ms)': { value: shipped.planWithP80Ms, goal: 50 },
    'schedule, 2,000 skills (ms)': { value: at2000, goal: 100 },
    'mlpath plan --json ÷ node -e 0': { value: cli.ratio, goal: 4 },
  };
  return {
    shipped,
    synthetic,
    cli,
    goals: Object.fromEntries(
      Object.entries(goals).map(([name, { value, goal }]) => [
        name,
        { value, goal, met: value <= goal },
      ]),
    ),
  };
}

export function printPlannerBench(result: PlannerBench): void {
  const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
  console.log('\nplanner (in this process, median):');
  console.log(
    `  shipped catalog, ${result.shipped.skills} skills: schedule ${ms(result.shipped.scheduleMs)} ms, with P50/P80 ${ms(result.shipped.planWithP80Ms)} ms`,
  );
  for (const row of result.synthetic) {
    console.log(
      `  synthetic ${String(row.skills).padStart(4)} skills: schedule ${ms(row.scheduleMs).padStart(7)} ms${row.growth ? `  (×${row.growth.toFixed(2)} for ×2 skills)` : ''}`,
    );
  }
  console.log(
    `  whole process: node -e 0 ${ms(result.cli.nodeMs)} ms, mlpath plan --json ${ms(result.cli.planJsonMs)} ms → ratio ${result.cli.ratio.toFixed(2)} (median of ${result.cli.runs}, alternated)`,
  );
  for (const [name, goal] of Object.entries(result.goals)) {
    console.log(`  ${goal.met ? 'met ' : 'MISS'} ${name}: ${ms(goal.value)} (goal ≤ ${goal.goal})`);
  }
}
