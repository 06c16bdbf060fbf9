import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestDatabase, createTestDataDir, testEngine } from '../../test/database.js';
import { projectRoot } from '../paths.js';

/**
 * The CLI as users run it, for tests: a bundled JavaScript file in a child process, on a fresh
 * database of the engine the test project runs (an embedded data directory, or a PostgreSQL
 * database). Call once at the top of a test file; it builds and cleans up around the file.
 */

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Cli {
  /** Runs `mlpath ARGS` and resolves with its exit code and output. */
  mlpath(args: string[], options?: { stdin?: string; env?: Record<string, string> }): Promise<Run>;
  /** Writes a file in the scratch folder (the child's working directory) and returns its path. */
  file(name: string, content: string): string;
  /** The scratch folder the child runs in. */
  readonly scratch: string;
  /** How the child reaches the database (MLPATH_DATA_DIR or DATABASE_URL). */
  databaseEnv(): Record<string, string>;
}

export function cliUnderTest(): Cli {
  const outdir = join(
    projectRoot(),
    'dist',
    'cli-test',
    `${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  const bundle = join(outdir, 'mlpath.js');
  const scratch = mkdtempSync(join(tmpdir(), 'mlpath-cli-files-'));
  let databaseEnv: Record<string, string> = {};
  let cleanup: () => Promise<void> = async () => {};

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', outdir], {
      cwd: projectRoot(),
    });
    if (testEngine() === 'pglite') {
      const { dataDir, remove } = await createTestDataDir();
      databaseEnv = { MLPATH_DATA_DIR: dataDir };
      cleanup = async () => remove();
    } else {
      const database = await createTestDatabase();
      databaseEnv = database.env;
      cleanup = () => database.close();
    }
  });

  afterAll(async () => {
    await cleanup();
    rmSync(outdir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  return {
    scratch,
    databaseEnv: () => databaseEnv,
    file(name, content) {
      const path = join(scratch, name);
      writeFileSync(path, content);
      return path;
    },
    mlpath(args, options = {}) {
      return new Promise((resolve) => {
        const child = execFile(
          process.execPath,
          [bundle, ...args],
          {
            cwd: scratch,
            // UTC like the tests themselves, so "today" is the same day on both sides.
            env: {
              PATH: process.env.PATH ?? '',
              HOME: scratch,
              TZ: 'UTC',
              ...databaseEnv,
              ...options.env,
            },
            timeout: 60_000,
          },
          (error, stdout, stderr) =>
            resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
        );
        child.stdin?.end(options.stdin ?? '');
      });
    },
  };
}

/** Bad input: exit 2 and exactly one line on stderr, never a stack trace. */
export function expectUsageError(run: Run, text: string | RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(text);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

/** A successful run's stdout as JSON, failing the test with stderr when it did not succeed. */
export function jsonOf<T = unknown>(run: Run): T {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
}
