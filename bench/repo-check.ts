/**
 * `check-repo` on a long history: a repository of 5,000 commits and about 1,000 files, built in
 * one `git fast-import` process (seconds, where 5,000 `git commit` calls would take minutes),
 * then `readRepository` + `checkRepository` timed in this process.
 */
import { execFileSync } from 'node:child_process';
import { checkRepository } from '../src/core/portfolio/repo-checks.js';
import {
  GOOD_README,
  MIT_LICENSE,
  PINNED_REQUIREMENTS,
} from '../src/core/portfolio/test-fixtures.js';
import { isRepoProblem, readRepository } from '../src/repo/snapshot.js';
import { isolatedGitEnv, removeFolder, scratchFolder } from '../src/repo/test-repo.js';

const COMMITS = 5_000;
const MODULES = 900;
const TESTS = 60;
const RUNS = 15;
/** 2024-01-01T09:00:00Z; the history then spans about two years. */
const START = 1_704_099_600;
const STEP_SECONDS = Math.round((2 * 365 * 86_400) / COMMITS);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** A fast-import stream: one commit with the whole project, then one small change a commit. */
function history(): Buffer {
  const parts: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const file = (path: string, content: string) => `M 644 inline ${path}\n${data(content)}`;
  // Modules in 30 folders: each commit then rewrites three small trees, not one of 900 entries.
  const module = (index: number) => `src/churn/part_${index % 30}/module_${index}.py`;
  for (let index = 0; index < COMMITS; index++) {
    const time = START + index * STEP_SECONDS;
    const who = `Ana Example <ana@example.com> ${time} +0100`;
    parts.push(`commit refs/heads/main\nauthor ${who}\ncommitter ${who}\n`);
    if (index === 0) {
      parts.push(data('Start the churn project'));
      parts.push(
        file('README.md', GOOD_README),
        file('LICENSE', MIT_LICENSE),
        file('requirements.txt', PINNED_REQUIREMENTS),
        file('Dockerfile', 'FROM python:3.12-slim\n'),
        file('.github/workflows/ci.yml', 'on: push\n'),
      );
      for (let index = 0; index < MODULES; index++) {
        parts.push(file(module(index), `VALUE = ${index}\n`));
      }
      for (let test = 0; test < TESTS; test++) {
        parts.push(
          file(
            `tests/test_${test}.py`,
            `from churn.m${test} import VALUE\n\n\ndef test_it():\n    assert VALUE == ${test}\n`,
          ),
        );
      }
      for (let notebook = 0; notebook < 5; notebook++) {
        parts.push(file(`notebooks/${notebook}.ipynb`, '{"cells": []}\n'));
      }
    } else {
      parts.push(data(`Change ${index}`));
      parts.push(file(module(index % MODULES), `VALUE = ${index}\n`));
    }
  }
  return Buffer.from(parts.join(''));
}

export interface RepoCheckBench {
  commits: number;
  files: number;
  score: number;
  buildMs: number;
  readMs: number;
  checkMs: number;
  totalMs: number;
  runs: number;
  goals: Record<string, { value: number; goal: number; met: boolean }>;
}

/** Builds the repository, times reading and checking it (median of `RUNS`), removes it. */
export async function benchRepoCheck(): Promise<RepoCheckBench> {
  const folder = scratchFolder('mlpath-bench-repo-');
  try {
    const env = isolatedGitEnv();
    const git = (args: string[], input?: Buffer) =>
      execFileSync('git', args, { cwd: folder, env, input, maxBuffer: 64 * 1024 * 1024 });
    const built = performance.now();
    git(['init', '-q', '-b', 'main']);
    git(['fast-import', '--quiet'], history());
    git(['reset', '-q', '--hard']);
    const buildMs = performance.now() - built;

    const readSamples: number[] = [];
    const checkSamples: number[] = [];
    const totalSamples: number[] = [];
    let commits = 0;
    let files = 0;
    let score = 0;
    for (let run = 0; run < RUNS + 2; run++) {
      const started = performance.now();
      const snapshot = await readRepository(folder);
      const read = performance.now();
      if (isRepoProblem(snapshot)) throw new Error(`bench repository: ${snapshot.problem}`);
      const report = checkRepository(snapshot);
      const done = performance.now();
      if (run < 2) continue; // warm-up: disk cache, JIT
      readSamples.push(read - started);
      checkSamples.push(done - read);
      totalSamples.push(done - started);
      commits = snapshot.commits.length;
      files = snapshot.files.length;
      score = report.score;
    }
    if (commits !== COMMITS) throw new Error(`bench repository has ${commits} commits`);
    const totalMs = median(totalSamples);
    const checkMs = median(checkSamples);
    const goals = {
      'read + check, 5,000 commits (ms)': { value: totalMs, goal: 300 },
      'check alone (ms)': { value: checkMs, goal: 20 },
    };
    return {
      commits,
      files,
      score,
      buildMs,
      readMs: median(readSamples),
      checkMs,
      totalMs,
      runs: RUNS,
      goals: Object.fromEntries(
        Object.entries(goals).map(([name, { value, goal }]) => [
          name,
          { value, goal, met: value <= goal },
        ]),
      ),
    };
  } finally {
    removeFolder(folder);
  }
}

export function printRepoCheckBench(result: RepoCheckBench): void {
  const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
  console.log('\ncheck-repo (in this process, median):');
  console.log(
    `  repository of ${result.commits} commits and ${result.files} files, built with git fast-import in ${ms(result.buildMs)} ms (score ${result.score})`,
  );
  console.log(
    `  readRepository ${ms(result.readMs)} ms + checkRepository ${ms(result.checkMs)} ms = ${ms(result.totalMs)} ms (median of ${result.runs})`,
  );
  for (const [name, goal] of Object.entries(result.goals)) {
    console.log(`  ${goal.met ? 'met ' : 'MISS'} ${name}: ${ms(goal.value)} (goal ≤ ${goal.goal})`);
  }
}
