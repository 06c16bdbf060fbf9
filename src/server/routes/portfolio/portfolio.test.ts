import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestUser } from '../../../../test/app.js';
import { RepoReportSchema } from '../../../core/portfolio/schema.js';
import {
  buildGoodRepo,
  buildNotebookDump,
  removeFolder,
  scratchFolder,
} from '../../../repo/test-repo.js';

const { app } = await createTestApp();

const folders: string[] = [];
const folder = <T extends string>(path: T): T => {
  folders.push(path);
  return path;
};
afterAll(() => {
  for (const path of folders) removeFolder(path);
});

const call = (user: TestUser, options: InjectOptions) =>
  app.inject({ ...options, headers: { cookie: user.cookie, ...options.headers } });

const CHURN = {
  title: 'Churn prediction for a gym chain',
  status: 'shipped',
  repositoryUrl: 'https://github.com/ana/churn',
  deployedUrl: 'https://churn.example.org',
  dataset: 'member check-ins',
  datasetSize: '12,000 rows',
  metric: 'recall on the churn class',
  baselineValue: '64%',
  resultValue: '81%',
  evaluationSize: '2,400 rows',
  evaluationMethod: 'time-based split',
};

async function create(user: TestUser, payload: object) {
  const response = await call(user, { method: 'POST', url: '/api/portfolio/projects', payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string } & Record<string, unknown>>();
}

describe('portfolio projects', () => {
  it('create, list, read, change, clear a field and delete', async () => {
    const user = await signUp(app);
    const created = await create(user, { ...CHURN, catalogProjectId: 'domain-flagship' });
    expect(created).toEqual({
      ...CHURN,
      catalogProjectId: 'domain-flagship',
      id: expect.any(String),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const second = await create(user, { title: 'Forecasting', status: 'idea' });
    expect(Object.keys(second).sort()).toEqual(['createdAt', 'id', 'status', 'title', 'updatedAt']);

    const list = await call(user, { method: 'GET', url: '/api/portfolio/projects' });
    expect(list.json().map((item: { title: string }) => item.title)).toEqual([
      CHURN.title,
      'Forecasting',
    ]);

    const patched = await call(user, {
      method: 'PATCH',
      url: `/api/portfolio/projects/${created.id}`,
      payload: { resultValue: '83%', deployedUrl: null, status: 'building' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ resultValue: '83%', status: 'building' });
    expect(patched.json()).not.toHaveProperty('deployedUrl');

    const read = await call(user, { method: 'GET', url: `/api/portfolio/projects/${created.id}` });
    expect(read.json()).toEqual(patched.json());

    const deleted = await call(user, {
      method: 'DELETE',
      url: `/api/portfolio/projects/${created.id}`,
    });
    expect(deleted.statusCode).toBe(204);
    const gone = await call(user, { method: 'GET', url: `/api/portfolio/projects/${created.id}` });
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toEqual({ error: { message: 'portfolio project not found' } });
  });

  it('explains each bad field, and refuses an empty change', async () => {
    const user = await signUp(app);
    const bad = await call(user, {
      method: 'POST',
      url: '/api/portfolio/projects',
      payload: {
        title: 'x',
        status: 'done',
        deployedUrl: 'javascript:alert(1)',
        localPath: 'churn',
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues).toEqual(
      expect.arrayContaining([
        { path: 'status', message: 'must be one of: idea, building, shipped, paused' },
        { path: 'deployedUrl', message: expect.stringMatching(/http or https/) },
        { path: 'localPath', message: expect.stringMatching(/absolute folder path/) },
      ]),
    );
    const project = await create(user, { title: 'x', status: 'idea' });
    const empty = await call(user, {
      method: 'PATCH',
      url: `/api/portfolio/projects/${project.id}`,
      payload: {},
    });
    expect(empty.statusCode).toBe(400);
  });

  it('answers 404 for a malformed id and for another user’s project', async () => {
    const owner = await signUp(app);
    const other = await signUp(app);
    const project = await create(owner, CHURN);
    for (const id of ['not-a-uuid', project.id]) {
      const response = await call(other, {
        method: 'GET',
        url: `/api/portfolio/projects/${id}/drafts`,
      });
      expect(response.statusCode).toBe(404);
    }
    const list = await call(other, { method: 'GET', url: '/api/portfolio/projects' });
    expect(list.json()).toEqual([]);
  });
});

describe('drafts', () => {
  it('drafts the bullet with its coaching and a STAR story from the numbers', async () => {
    const user = await signUp(app);
    const project = await create(user, CHURN);
    const response = await call(user, {
      method: 'GET',
      url: `/api/portfolio/projects/${project.id}/drafts`,
    });
    expect(response.statusCode).toBe(200);
    const { bullet, star } = response.json();
    expect(bullet.text).toContain('from 64% (baseline) to 81% on a held-out set of 2,400 rows');
    expect(bullet.placeholders).toEqual([]);
    expect(bullet.coaching.verdict).toBe('strong');
    expect(star.result).toContain('81%');
  });

  it('uses placeholders for empty fields', async () => {
    const user = await signUp(app);
    const project = await create(user, { title: 'Churn', status: 'idea', metric: 'recall' });
    const { bullet } = (
      await call(user, { method: 'GET', url: `/api/portfolio/projects/${project.id}/drafts` })
    ).json();
    expect(bullet.placeholders).toContain('[baseline]');
    expect(bullet.text).not.toMatch(/\d/);
  });
});

describe('readiness', () => {
  it('measures projects and evidence against the targets, with the next step', async () => {
    const user = await signUp(app);
    const empty = (await call(user, { method: 'GET', url: '/api/portfolio/readiness' })).json();
    expect(empty.ready).toBe(false);
    expect(empty.nextStep.id).toBe('flagship');

    await create(user, CHURN);
    for (const [type, url] of [
      ['blog-post', 'https://blog.example.org/one'],
      ['commit', 'https://github.com/scikit-learn/scikit-learn/pull/1'],
      ['commit', 'https://github.com/ana/churn/commit/abc'],
      ['kaggle', 'https://kaggle.com/competitions/x'],
    ] as const) {
      const added = await call(user, {
        method: 'POST',
        url: '/api/evidence',
        payload: { targetKind: 'skill', targetId: 'python', type, url, date: '2027-01-05' },
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    const readiness = (await call(user, { method: 'GET', url: '/api/portfolio/readiness' })).json();
    const actual = Object.fromEntries(
      readiness.items.map((item: { id: string; actual: number }) => [item.id, item.actual]),
    );
    expect(actual).toEqual({
      flagship: 1,
      repositories: 1,
      'end-to-end': 1,
      deployed: 1,
      evaluated: 1,
      writing: 1,
      'open-source': 1,
      competitions: 1,
    });
    expect(readiness.nextStep.id).toBe('end-to-end');
  });
});

describe('check-repo', () => {
  const checkRepo = (user: TestUser, id: string, extra: Partial<InjectOptions> = {}) =>
    call(user, { method: 'POST', url: `/api/portfolio/projects/${id}/check-repo`, ...extra });

  it('runs the repository checker on a real repository from a local request', async () => {
    const user = await signUp(app);
    const good = folder(buildGoodRepo());
    const project = await create(user, { ...CHURN, localPath: good });
    const response = await checkRepo(user, project.id);
    expect(response.statusCode, response.body).toBe(200);
    const report = RepoReportSchema.parse(response.json());
    expect(report.score).toBe(100);

    const dump = folder(buildNotebookDump());
    await call(user, {
      method: 'PATCH',
      url: `/api/portfolio/projects/${project.id}`,
      payload: { localPath: dump },
    });
    const weak = RepoReportSchema.parse((await checkRepo(user, project.id)).json());
    expect(weak.score).toBeLessThan(50);
    expect(weak.checks.find((check) => check.id === 'tests')).toMatchObject({
      pass: false,
      fix: expect.any(String),
    });
  });

  it('answers 403 with the reason when the request is not local', async () => {
    const user = await signUp(app);
    const project = await create(user, { ...CHURN, localPath: folder(buildGoodRepo()) });
    for (const extra of [
      { remoteAddress: '192.168.1.20' },
      { headers: { cookie: user.cookie, host: 'mlpath.example.org' } },
      // DNS rebinding: a foreign name pointed at 127.0.0.1 still carries that name as its Host.
      { headers: { cookie: user.cookie, host: 'rebind.attacker.example:3000' } },
    ]) {
      const response = await checkRepo(user, project.id, extra);
      expect(response.statusCode).toBe(403);
      expect(response.json().error.message).toMatch(/local install.*mlpath check-repo PATH/);
    }
    for (const host of ['127.0.0.1:3000', 'localhost:5173', '[::1]:3000']) {
      const response = await checkRepo(user, project.id, {
        headers: { cookie: user.cookie, host },
      });
      expect(response.statusCode, host).toBe(200);
    }
  });

  it('says what is missing: no folder, not a repository, or a folder inside one', async () => {
    const user = await signUp(app);
    const none = await create(user, { title: 'No folder', status: 'idea' });
    const noFolder = await checkRepo(user, none.id);
    expect(noFolder.statusCode).toBe(409);
    expect(noFolder.json().error.message).toMatch(/no local folder/);

    const plain = folder(scratchFolder());
    const notGit = await create(user, { title: 'Plain', status: 'idea', localPath: plain });
    const notGitResponse = await checkRepo(user, notGit.id);
    expect(notGitResponse.statusCode).toBe(422);
    expect(notGitResponse.json().error.message).toMatch(/git/);

    const good = folder(buildGoodRepo());
    mkdirSync(join(good, 'src', 'inner'), { recursive: true });
    const inner = await create(user, {
      title: 'Inner',
      status: 'idea',
      localPath: join(good, 'src'),
    });
    expect((await checkRepo(user, inner.id)).statusCode).toBe(422);
  });

  it('takes no body', async () => {
    const user = await signUp(app);
    const project = await create(user, { ...CHURN, localPath: folder(buildGoodRepo()) });
    const response = await checkRepo(user, project.id, { payload: { localPath: '/etc' } });
    expect(response.statusCode).toBe(400);
  });
});
