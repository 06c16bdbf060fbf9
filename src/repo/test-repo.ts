/**
 * Builds real git repositories in temporary folders for tests (tests only): each commit writes
 * its files and is dated with GIT_AUTHOR_DATE / GIT_COMMITTER_DATE, so a history can span weeks.
 * The user's own git configuration is kept out.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GOOD_README, MIT_LICENSE, PINNED_REQUIREMENTS } from '../core/portfolio/test-fixtures.js';

export interface FakeCommit {
  /** ISO date-time with offset, e.g. 2026-01-05T10:00:00+01:00. */
  date: string;
  files: Record<string, string>;
  message?: string;
  email?: string;
}

/** Environment for git without the user's or the system's configuration. */
export function isolatedGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('GIT_')) delete env[name];
  return {
    ...env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Ana Example',
    GIT_COMMITTER_NAME: 'Ana Example',
    GIT_AUTHOR_EMAIL: 'ana@example.com',
    GIT_COMMITTER_EMAIL: 'ana@example.com',
    ...extra,
  };
}

export function runGit(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd, env: isolatedGitEnv(env), encoding: 'utf8' });
}

/** Writes files under `root`, creating folders. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** A new folder in the system's temporary folder; remove it with `removeFolder`. */
export const scratchFolder = (prefix = 'mlpath-repo-'): string =>
  mkdtempSync(join(tmpdir(), prefix));
export const removeFolder = (path: string): void => rmSync(path, { recursive: true, force: true });

/** A git repository in a new temporary folder with the given commits, oldest first. */
export function buildRepo(commits: readonly FakeCommit[], folder = scratchFolder()): string {
  runGit(folder, ['init', '-q', '-b', 'main']);
  commits.forEach((commit, index) => {
    writeFiles(folder, commit.files);
    runGit(folder, ['add', '-A']);
    const email = commit.email ?? 'ana@example.com';
    runGit(folder, ['commit', '-q', '--allow-empty', '-m', commit.message ?? `Step ${index + 1}`], {
      GIT_AUTHOR_DATE: commit.date,
      GIT_COMMITTER_DATE: commit.date,
      GIT_AUTHOR_EMAIL: email,
      GIT_COMMITTER_EMAIL: email,
    });
  });
  return folder;
}

const notebook = (title: string) =>
  JSON.stringify({ cells: [{ cell_type: 'markdown', source: [`# ${title}`] }], nbformat: 4 });

/**
 * A portfolio project built over seven weeks: README with results, setup, demo and evaluation,
 * source package, tests, CI, Dockerfile, pinned requirements, license. It passes every check.
 */
export function buildGoodRepo(): string {
  const day = (date: string, files: Record<string, string>, message: string): FakeCommit => ({
    date,
    files,
    message,
  });
  return buildRepo([
    day(
      '2026-01-05T19:10:00+01:00',
      { 'README.md': '# Churn\n', 'notebooks/01-exploration.ipynb': notebook('EDA') },
      'Explore the check-in data',
    ),
    day(
      '2026-01-07T20:00:00+01:00',
      { 'src/churn/__init__.py': '', 'src/churn/features.py': 'def weekly(df):\n    return df\n' },
      'Weekly features',
    ),
    day(
      '2026-01-12T21:30:00+01:00',
      {
        'tests/test_features.py':
          'from churn.features import weekly\n\n\ndef test_weekly():\n    assert len(weekly([1] * 14)) == 2\n',
      },
      'Test the features',
    ),
    day(
      '2026-01-18T10:00:00+01:00',
      { 'src/churn/train.py': 'def main():\n    pass\n', 'requirements.txt': PINNED_REQUIREMENTS },
      'Train LightGBM against a logistic baseline',
    ),
    day(
      // 23:45 in Berlin is already the next day in UTC: the day counted is the author's.
      '2026-01-25T23:45:00+01:00',
      { 'src/churn/serve.py': 'app = None\n', Dockerfile: 'FROM python:3.12-slim\n' },
      'Serve predictions',
    ),
    day(
      '2026-02-01T18:00:00+01:00',
      {
        '.github/workflows/ci.yml': 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n',
        LICENSE: MIT_LICENSE,
      },
      'CI and license',
    ),
    day(
      '2026-02-15T17:00:00+01:00',
      {
        'README.md': GOOD_README,
        'tests/test_serve.py':
          'from churn.serve import app\n\n\ndef test_app():\n    assert app.title == "churn"\n',
      },
      'Write up the results',
    ),
  ]);
}

/** The classic dump: six notebooks and a stub README uploaded in one evening. */
export function buildNotebookDump(): string {
  const files: Record<string, string> = {
    'README.md': '# Titanic\n\nMy machine learning project.\n',
    'requirements.txt': 'pandas\nscikit-learn>=1.0\nmatplotlib\n',
    'helpers.py': 'def load():\n    pass\n',
  };
  for (const name of ['eda', 'cleaning', 'features', 'model', 'tuning', 'final']) {
    files[`${name}.ipynb`] = notebook(name);
  }
  return buildRepo([
    { date: '2025-11-02T21:00:00+00:00', files, message: 'Add files via upload' },
    { date: '2025-11-02T21:05:00+00:00', files: { 'README.md': '# Titanic\n\nDone.\n' } },
  ]);
}
