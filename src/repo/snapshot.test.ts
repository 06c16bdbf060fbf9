import { mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRepository } from '../core/portfolio/repo-checks.js';
import type { RepoSnapshot } from '../core/portfolio/snapshot.js';
import {
  isRepoProblem,
  parseLog,
  README_CAP,
  type RepoProblem,
  readRepository,
} from './snapshot.js';
import {
  buildGoodRepo,
  buildNotebookDump,
  buildRepo,
  removeFolder,
  runGit,
  scratchFolder,
  writeFiles,
} from './test-repo.js';

const folders: string[] = [];
const track = (folder: string) => {
  folders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of folders) removeFolder(folder);
});

async function snapshotOf(path: string): Promise<RepoSnapshot> {
  const result = await readRepository(path);
  if (isRepoProblem(result)) throw new Error(result.problem);
  return result;
}
async function problemOf(path: string): Promise<string> {
  const result = await readRepository(path);
  if (!isRepoProblem(result)) throw new Error(`expected a problem for ${path}`);
  return (result as RepoProblem).problem;
}

/** Every file under .git with its size and modification time: proof that nothing was written. */
function gitFolderState(root: string): string[] {
  const entries: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const info = statSync(path);
        entries.push(`${relative(root, path)} ${info.size} ${info.mtimeMs}`);
      }
    }
  };
  walk(join(root, '.git'));
  return entries.sort();
}

describe('readRepository on a well-built project', () => {
  let good: string;
  beforeAll(() => {
    good = track(buildGoodRepo());
  });

  it('collects tracked files, README, license, manifests and every commit', async () => {
    const snapshot = await snapshotOf(good);
    expect(snapshot.files).toContain('src/churn/train.py');
    expect(snapshot.files).toEqual([...snapshot.files].sort());
    expect(snapshot.readme?.path).toBe('README.md');
    expect(snapshot.readme?.text).toMatch(/^# Churn prediction/);
    expect(snapshot.license).toMatchObject({ path: 'LICENSE', truncated: false });
    expect(snapshot.manifests.map((file) => file.path)).toEqual(['requirements.txt']);
    expect(snapshot.commits).toHaveLength(7);
    expect(snapshot.commits[0]?.day).toBe('2026-02-15');
    // Committed at 23:45 in UTC+1: the author's day, not the UTC one.
    expect(snapshot.commits.map((commit) => commit.day)).toContain('2026-01-25');
    expect(snapshot.commits.every((commit) => commit.author === 'ana@example.com')).toBe(true);
    expect(snapshot.shallow).toBe(false);
  });

  it('scores 100', async () => {
    const report = checkRepository(await snapshotOf(good));
    expect(report.checks.filter((check) => !check.pass)).toEqual([]);
    expect(report.score).toBe(100);
  });

  it('writes nothing into the repository, even with a stale index', async () => {
    // Touching a tracked file makes the index's stat data stale: a refresh would rewrite it.
    writeFileSync(join(good, 'src/churn/serve.py'), 'app = None\n');
    const before = gitFolderState(good);
    await snapshotOf(good);
    expect(gitFolderState(good)).toEqual(before);
  });

  it('counts staged files but not untracked ones, and reads the README from the working tree', async () => {
    const folder = track(buildGoodRepo());
    writeFiles(folder, { 'untracked.py': 'x = 1\n', 'staged.py': 'y = 2\n' });
    runGit(folder, ['add', 'staged.py']);
    writeFileSync(join(folder, 'README.md'), '# Rewritten\n');
    const snapshot = await snapshotOf(folder);
    expect(snapshot.files).toContain('staged.py');
    expect(snapshot.files).not.toContain('untracked.py');
    expect(snapshot.readme?.text).toBe('# Rewritten\n');
  });

  it('sees a shallow clone as shallow', async () => {
    const clone = track(scratchFolder());
    runGit(clone, ['clone', '-q', '--depth', '1', `file://${good}`, 'copy']);
    const snapshot = await snapshotOf(join(clone, 'copy'));
    expect(snapshot.shallow).toBe(true);
    expect(snapshot.commits).toHaveLength(1);
    const history = checkRepository(snapshot).checks.find((check) => check.id === 'commit-history');
    expect(history?.fix).toMatch(/--unshallow/);
  });
});

describe('readRepository on weak projects', () => {
  it('scores a notebook dump low, for the right reasons', async () => {
    const report = checkRepository(await snapshotOf(track(buildNotebookDump())));
    const failing = report.checks.filter((check) => !check.pass).map((check) => check.id);
    expect(report.score).toBeLessThanOrEqual(10);
    expect(failing).toEqual(
      expect.arrayContaining([
        'readme',
        'readme-results',
        'tests',
        'dependencies-pinned',
        'not-notebooks-only',
        'commit-history',
        'deployment-link',
      ]),
    );
  });

  it('reads an empty repository (no commits yet)', async () => {
    const folder = track(scratchFolder());
    runGit(folder, ['init', '-q']);
    const snapshot = await snapshotOf(folder);
    expect(snapshot).toEqual({
      files: [],
      readme: null,
      license: null,
      manifests: [],
      testSources: [],
      commits: [],
      shallow: false,
    });
    expect(checkRepository(snapshot).score).toBe(0);
  });

  it('caps the README and skips links that leave the repository', async () => {
    const outside = track(scratchFolder());
    writeFileSync(join(outside, 'secret.txt'), 'private');
    const folder = track(scratchFolder());
    writeFiles(folder, { 'README.md': `# Big\n\n${'word '.repeat(60_000)}` });
    symlinkSync(join(outside, 'secret.txt'), join(folder, 'LICENSE'));
    buildRepo([{ date: '2026-01-05T10:00:00+00:00', files: {} }], folder);
    const snapshot = await snapshotOf(folder);
    expect(snapshot.readme?.truncated).toBe(true);
    expect(snapshot.readme?.text.length).toBe(README_CAP);
    expect(snapshot.files).toContain('LICENSE');
    expect(snapshot.license).toBeNull();
  });

  it('ignores GIT_DIR and GIT_WORK_TREE set in the environment', async () => {
    const dump = track(buildNotebookDump());
    const good = track(buildGoodRepo());
    const saved = { dir: process.env.GIT_DIR, tree: process.env.GIT_WORK_TREE };
    process.env.GIT_DIR = join(dump, '.git');
    process.env.GIT_WORK_TREE = dump;
    try {
      expect((await snapshotOf(good)).readme?.text).toMatch(/^# Churn prediction/);
    } finally {
      if (saved.dir === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved.dir;
      if (saved.tree === undefined) delete process.env.GIT_WORK_TREE;
      else process.env.GIT_WORK_TREE = saved.tree;
    }
  });
});

describe('paths that cannot be checked', () => {
  it('refuses a missing path, a file, a plain folder, a subfolder, a .git folder and a bare repository', async () => {
    const plain = track(scratchFolder());
    writeFileSync(join(plain, 'notes.txt'), 'hi');
    expect(await problemOf(join(plain, 'nope'))).toMatch(/nope: no such folder$/);
    expect(await problemOf(join(plain, 'notes.txt'))).toMatch(
      /notes\.txt is a file, not a repository folder$/,
    );
    expect(await problemOf(plain)).toMatch(
      /is not a git repository \(no \.git folder here or above it\)$/,
    );

    const repo = track(buildNotebookDump());
    mkdirSync(join(repo, 'sub'));
    expect(await problemOf(join(repo, 'sub'))).toMatch(
      /sub is inside the git repository .+; pass the repository's top folder$/,
    );
    expect(await problemOf(join(repo, '.git'))).toMatch(
      /is inside a \.git folder, not a work tree/,
    );

    const bare = track(scratchFolder());
    runGit(bare, ['init', '-q', '--bare']);
    expect(await problemOf(bare)).toMatch(/is a bare git repository; check a clone of it$/);
  });
});

describe('parseLog', () => {
  it('reads time, day and a lowercased author; skips malformed lines', () => {
    expect(parseLog('1767614400\t2026-01-05\tAna@Example.com\n\ngarbage\n')).toEqual([
      { time: 1_767_614_400, day: '2026-01-05', author: 'ana@example.com' },
    ]);
  });
});
