import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RepoReportSchema } from '../../core/portfolio/schema.js';
import {
  buildGoodRepo,
  buildNotebookDump,
  removeFolder,
  scratchFolder,
} from '../../repo/test-repo.js';
import { main } from '../main.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process (the command needs no database), capturing its output. */
async function mlpath(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const previous = process.exitCode;
  process.exitCode = 0;
  try {
    await main(['node', 'mlpath', ...args]);
    return { code: Number(process.exitCode ?? 0), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = previous;
  }
}

let good: string;
let dump: string;
let plain: string;
beforeAll(() => {
  good = buildGoodRepo();
  dump = buildNotebookDump();
  plain = scratchFolder();
});
afterAll(() => {
  for (const folder of [good, dump, plain]) removeFolder(folder);
});

describe('mlpath check-repo', () => {
  it('prints exactly one contract JSON document, the same twice', async () => {
    const first = await mlpath(['check-repo', dump, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('');
    const report = RepoReportSchema.parse(JSON.parse(first.stdout));
    expect(report.checks.map((check) => check.id)).toEqual([
      'readme',
      'readme-results',
      'setup-instructions',
      'tests',
      'ci',
      'dockerfile',
      'dependencies-pinned',
      'license',
      'not-notebooks-only',
      'commit-history',
      'deployment-link',
      'evaluation-method',
    ]);
    for (const check of report.checks) expect(Boolean(check.fix)).toBe(!check.pass);
    expect(report.score).toBeLessThan(20);
    expect((await mlpath(['check-repo', dump, '--json'])).stdout).toBe(first.stdout);
  });

  it('prints a readable report with ✓/✗ lines and the score', async () => {
    const run = await mlpath(['check-repo', good]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^✓ readme-results\s+\+16\s+README\.md line \d+, table: /m);
    expect(run.stdout).toMatch(/^Score: 100\/100$/m);
    expect(run.stdout).not.toMatch(/✗/);
  });

  it.each([
    ['a folder that is not a repository', () => plain, /is not a git repository/],
    ['a missing path', () => join(plain, 'missing'), /missing: no such folder$/],
  ])('refuses %s with exit 2 and one line', async (_name, path, message) => {
    const run = await mlpath(['check-repo', path(), '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^mlpath: /);
    expect(lines[0]).toMatch(message);
  });
});
