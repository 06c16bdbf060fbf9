/**
 * Reads a local git repository into a `RepoSnapshot` for the portfolio check. Read-only and
 * offline: it runs only git commands that never write (rev-parse, ls-files, log), with optional
 * locks off, and reads a few files with size caps. Three git processes in all, whatever the
 * length of the history.
 *
 * Decisions:
 * - PATH must be the top level of a work tree. A folder inside a repository is refused with the
 *   top level named, rather than silently checking the enclosing repository (a home folder under
 *   git would otherwise be checked as if it were the project). Bare repositories are refused too.
 * - Files are the tracked ones (`git ls-files`: committed or staged), as a visitor of the hosted
 *   repository sees them; untracked files do not count until they are added. Contents are read
 *   from the working tree, so an edited README is judged as it is now.
 * - Commits are those reachable from HEAD, newest first, at most `MAX_COMMITS`.
 */
import { execFile } from 'node:child_process';
import { open, realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { findLicense, findReadme, manifestsToRead, testsToRead } from '../core/portfolio/files.js';
import type { CommitInfo, RepoSnapshot, TextFile } from '../core/portfolio/snapshot.js';

export type { RepoSnapshot } from '../core/portfolio/snapshot.js';

/** Why a path cannot be checked, in one line for the user. */
export interface RepoProblem {
  problem: string;
}

export const isRepoProblem = (value: RepoSnapshot | RepoProblem): value is RepoProblem =>
  'problem' in value;

/** Size caps (bytes): a README is prose, a license only needs its first lines to be named. */
export const README_CAP = 200 * 1024;
export const LICENSE_CAP = 8 * 1024;
export const MANIFEST_CAP = 256 * 1024;
export const TEST_SOURCE_CAP = 32 * 1024;
/** The newest commits read at most; far beyond any portfolio project. */
export const MAX_COMMITS = 100_000;

/**
 * Variables that would point git at another repository or index than the one at PATH; dropped so
 * that the user's shell (or a git hook running mlpath) cannot redirect the check.
 */
const REDIRECTING_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_PREFIX',
];

function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of REDIRECTING_VARIABLES) delete env[name];
  return {
    ...env,
    // Never take the index lock to refresh stat data: the check must not write to the repository.
    GIT_OPTIONAL_LOCKS: '0',
    GIT_TERMINAL_PROMPT: '0',
    // English messages, so that the few errors recognised below are recognised everywhere.
    LC_ALL: 'C',
    LANGUAGE: 'C',
  };
}

/**
 * Options that keep a repository's own configuration from running programs during a read: no
 * file-system monitor hook, no signature verification (gpg), no pager.
 */
const SAFE_OPTIONS = ['--no-pager', '-c', 'core.fsmonitor=false', '-c', 'log.showSignature=false'];

class GitError extends Error {
  constructor(
    readonly stderr: string,
    readonly stdout: string,
    readonly missing: boolean,
  ) {
    super(stderr.split('\n')[0] || 'git failed');
  }
}

function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'git',
      [...SAFE_OPTIONS, '-C', cwd, ...args],
      { env: gitEnvironment(), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolvePromise(stdout);
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        reject(new GitError(String(stderr ?? '').trim(), String(stdout ?? ''), missing));
      },
    );
  });
}

/** The first line of git's message without "fatal: ". */
const gitMessage = (error: GitError) =>
  error.stderr
    .split('\n')
    .find((line) => /^(fatal|error): /.test(line))
    ?.replace(/^(fatal|error): /, '') ?? error.message;

/**
 * Finds the work tree at `path` and reads its snapshot, or says in one line why it cannot: no such
 * path, not a folder, not a repository, a bare repository, a folder inside a repository, a
 * repository git refuses to open for another owner, or git missing.
 */
export async function readRepository(path: string): Promise<RepoSnapshot | RepoProblem> {
  const absolute = resolve(path);
  try {
    const info = await stat(absolute);
    if (!info.isDirectory()) return { problem: `${path} is a file, not a repository folder` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problem:
        code === 'ENOENT' || code === 'ENOTDIR'
          ? `${path}: no such folder`
          : `${path}: cannot be read (${code ?? 'unknown error'})`,
    };
  }

  let layout: string[];
  try {
    layout = (
      await git(absolute, [
        'rev-parse',
        '--is-bare-repository',
        '--is-inside-work-tree',
        '--is-shallow-repository',
        '--show-toplevel',
      ])
    ).split('\n');
  } catch (error) {
    // Outside a work tree --show-toplevel fails after the answers before it are printed.
    if (error instanceof GitError && /must be run in a work tree/.test(error.stderr)) {
      return error.stdout.startsWith('true')
        ? { problem: `${path} is a bare git repository; check a clone of it` }
        : { problem: `${path} is inside a .git folder, not a work tree; pass the project folder` };
    }
    return gitProblem(path, error);
  }
  const [, , shallow, top = ''] = layout;
  const [here, root] = await Promise.all([realpath(absolute), realpath(top)]);
  if (here !== root) {
    return {
      problem: `${path} is inside the git repository ${root}; pass the repository's top folder`,
    };
  }

  let listing: string;
  let log: string;
  try {
    [listing, log] = await Promise.all([
      git(root, ['ls-files', '-z', '--full-name']),
      readLog(root),
    ]);
  } catch (error) {
    return gitProblem(path, error);
  }
  const files = listing
    .split('\0')
    .filter((file) => file !== '')
    .sort();
  const unique = [...new Set(files)]; // unmerged paths appear once per conflict stage

  const readmePath = findReadme(unique);
  const licensePath = findLicense(unique);
  const [readme, license, manifests, testSources] = await Promise.all([
    readmePath ? readText(root, readmePath, README_CAP) : null,
    licensePath ? readText(root, licensePath, LICENSE_CAP) : null,
    Promise.all(manifestsToRead(unique).map((file) => readText(root, file, MANIFEST_CAP))),
    Promise.all(testsToRead(unique).map((file) => readText(root, file, TEST_SOURCE_CAP))),
  ]);
  return {
    files: unique,
    readme,
    license,
    manifests: manifests.filter((file): file is TextFile => file !== null),
    testSources: testSources.filter((file): file is TextFile => file !== null),
    commits: parseLog(log),
    shallow: shallow === 'true',
  };
}

/** The log of HEAD, one commit a line; empty before the first commit. */
async function readLog(root: string): Promise<string> {
  try {
    return await git(root, [
      'log',
      `--max-count=${MAX_COMMITS}`,
      '--date=short',
      '--format=%at%x09%ad%x09%aE',
      'HEAD',
      '--',
    ]);
  } catch (error) {
    if (
      error instanceof GitError &&
      /unknown revision|bad revision|bad default revision|does not have any commits/i.test(
        error.stderr,
      )
    ) {
      return '';
    }
    throw error;
  }
}

/** Lines of `%at<TAB>%ad<TAB>%aE` (author time, author's day, author email). */
export function parseLog(log: string): CommitInfo[] {
  const commits: CommitInfo[] = [];
  for (const line of log.split('\n')) {
    if (line === '') continue;
    const [time, day, author] = line.split('\t');
    const seconds = Number(time);
    if (!Number.isFinite(seconds) || !day) continue;
    commits.push({ time: seconds, day, author: (author ?? '').toLowerCase() });
  }
  return commits;
}

function gitProblem(path: string, error: unknown): RepoProblem {
  if (!(error instanceof GitError)) throw error;
  if (error.missing) return { problem: 'git is not installed or not on PATH; check-repo needs it' };
  if (/not a git repository/i.test(error.stderr)) {
    return { problem: `${path} is not a git repository (no .git folder here or above it)` };
  }
  if (/dubious ownership/i.test(error.stderr)) {
    return {
      problem: `git refuses to read ${path}: it belongs to another user (see git config safe.directory)`,
    };
  }
  return { problem: `git cannot read ${path}: ${gitMessage(error)}` };
}

/**
 * The beginning of a tracked file, up to `cap` bytes, from the working tree. Null when it is
 * missing (deleted but not staged), not a regular file (a submodule), or a link that leaves the
 * repository.
 */
async function readText(root: string, path: string, cap: number): Promise<TextFile | null> {
  const full = join(root, path);
  try {
    const real = await realpath(full);
    if (real !== root && !real.startsWith(root + sep)) return null;
    const handle = await open(real, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) return null;
      const buffer = Buffer.alloc(Math.min(info.size, cap + 1));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      const truncated = bytesRead > cap;
      const bytes = buffer.subarray(0, Math.min(bytesRead, cap));
      return { path, text: bytes.toString('utf8').replace(/^\uFEFF/, ''), truncated };
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}
