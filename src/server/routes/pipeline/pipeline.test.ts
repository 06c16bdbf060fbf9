import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestUser } from '../../../../test/app.js';
import { snapshotDatabase } from '../../../../test/snapshot.js';
import { todayUtc } from '../../../clock.js';

const { app, database } = await createTestApp();

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../../core/pipeline/fixtures', name), 'utf8');

const call = (
  user: TestUser,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) =>
  app.inject({
    method,
    url,
    headers: { cookie: user.cookie },
    ...(payload === undefined ? {} : { payload }),
  });

const NEW_APPLICATION = {
  company: 'Northwind Freight',
  role: 'ML Engineer',
  source: 'referral',
  stage: 'applied',
  link: 'https://jobs.example.com/ml',
} as const;

async function addApplication(user: TestUser, extra: object = {}) {
  const response = await call(user, 'POST', '/api/applications', { ...NEW_APPLICATION, ...extra });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; stage: string; history: { stage: string }[] }>();
}

describe('applications', () => {
  it('creates, lists, reads, updates and deletes an application with its history', async () => {
    const user = await signUp(app);
    const created = await addApplication(user, { nextAction: 'Ask Priya', notes: 'Routing' });
    const today = todayUtc();
    expect(created).toMatchObject({
      company: 'Northwind Freight',
      stage: 'applied',
      appliedOn: today,
      stageOn: today,
      nextAction: 'Ask Priya',
      history: [{ stage: 'applied', changedOn: today }],
    });
    expect(created).not.toHaveProperty('userId');

    const list = await call(user, 'GET', '/api/applications');
    expect(list.json()).toHaveLength(1);

    const patched = await call(user, 'PATCH', `/api/applications/${created.id}`, {
      notes: null,
      nextActionOn: '2027-01-20',
      stage: 'screen',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).not.toHaveProperty('notes');
    expect(patched.json()).toMatchObject({ nextActionOn: '2027-01-20', stage: 'screen' });
    expect(patched.json().history.map((row: { stage: string }) => row.stage)).toEqual([
      'applied',
      'screen',
    ]);

    const read = await call(user, 'GET', `/api/applications/${created.id}`);
    expect(read.json()).toMatchObject({ stage: 'screen', nextActionOn: '2027-01-20' });

    expect((await call(user, 'DELETE', `/api/applications/${created.id}`)).statusCode).toBe(204);
    expect((await call(user, 'GET', `/api/applications/${created.id}`)).statusCode).toBe(404);
    expect((await call(user, 'DELETE', `/api/applications/${created.id}`)).statusCode).toBe(404);
  });

  it('moves an application, dated, and records only real moves', async () => {
    const user = await signUp(app);
    const { id } = await addApplication(user);
    const move = (body: object) => call(user, 'POST', `/api/applications/${id}/stage`, body);
    expect((await move({ stage: 'screen', on: '2027-02-01' })).json()).toMatchObject({
      stage: 'screen',
      stageOn: '2027-02-01',
    });
    await move({ stage: 'screen' });
    const final = (await move({ stage: 'technical', on: '2027-02-10' })).json();
    expect(final.history.map((row: { stage: string; changedOn: string }) => row.stage)).toEqual([
      'applied',
      'screen',
      'technical',
    ]);
    const bad = await move({ stage: 'interview' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0]).toMatchObject({ path: 'stage' });
  });

  it('keeps every stage row when two tabs move the same application at once', async () => {
    const user = await signUp(app);
    const { id } = await addApplication(user);
    // All different from each other and from 'applied', so whatever order the requests land in,
    // each one is a real move.
    const stages = ['screen', 'technical', 'onsite', 'offer', 'rejected', 'withdrawn'];
    const responses = await Promise.all(
      stages.map((stage) => call(user, 'POST', `/api/applications/${id}/stage`, { stage })),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(stages.map(() => 200));
    const detail = (await call(user, 'GET', `/api/applications/${id}`)).json();
    // Each request saw the stage the previous one left and left its own row, in commit order.
    expect(detail.history).toHaveLength(1 + stages.length);
    expect(detail.stage).toBe(detail.history.at(-1).stage);
  });

  it('refuses a company or analysis of another user as a field error, writing nothing', async () => {
    const owner = await signUp(app);
    const intruder = await signUp(app);
    const company = await call(owner, 'POST', '/api/companies', { name: 'Contoso' });
    const before = await snapshotDatabase(database.db);
    for (const extra of [
      { companyId: company.json().id },
      { analysisId: '00000000-0000-4000-8000-000000000000' },
    ]) {
      const response = await call(intruder, 'POST', '/api/applications', {
        ...NEW_APPLICATION,
        ...extra,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues[0].path).toBe(Object.keys(extra)[0]);
    }
    expect(await snapshotDatabase(database.db)).toBe(before);

    const own = await addApplication(intruder);
    const patch = await call(intruder, 'PATCH', `/api/applications/${own.id}`, {
      companyId: company.json().id,
    });
    expect(patch.statusCode).toBe(400);
    // The owner's own company works.
    const linked = await addApplication(owner, { companyId: company.json().id });
    expect(linked).toMatchObject({ companyId: company.json().id });
  });

  it('answers 404 for ids that are malformed or not the user’s', async () => {
    const user = await signUp(app);
    const other = await signUp(app);
    const { id } = await addApplication(other);
    for (const target of [id, 'nope', '00000000-0000-4000-8000-000000000000']) {
      expect((await call(user, 'GET', `/api/applications/${target}`)).statusCode).toBe(404);
      expect(
        (await call(user, 'POST', `/api/applications/${target}/stage`, { stage: 'offer' }))
          .statusCode,
      ).toBe(404);
      expect(
        (await call(user, 'PATCH', `/api/applications/${target}`, { role: 'x' })).statusCode,
      ).toBe(404);
    }
    expect((await call(other, 'GET', `/api/applications/${id}`)).json().stage).toBe('applied');
  });
});

describe('the funnel and reminders', () => {
  it('counts stages and sources, and lists what is due', async () => {
    const user = await signUp(app);
    const referral = await addApplication(user, { nextActionOn: '2020-01-01', nextAction: 'Call' });
    await call(user, 'POST', `/api/applications/${referral.id}/stage`, { stage: 'screen' });
    await addApplication(user, { source: 'cold', company: 'Contoso' });
    await addApplication(user, { source: 'cold', company: 'Fabrikam', stage: 'saved' });
    const funnel = (await call(user, 'GET', '/api/applications/funnel')).json();
    expect(funnel.total).toBe(3);
    expect(funnel.steps.find((step: { stage: string }) => step.stage === 'applied').reached).toBe(
      2,
    );
    expect(funnel.bySource.find((item: { source: string }) => item.source === 'referral')).toEqual(
      expect.objectContaining({ applied: 1, responded: 1, responseRate: 1 }),
    );
    expect(funnel.medianDaysToResponse).toBe(0);

    await call(user, 'POST', '/api/contacts', {
      name: 'Priya',
      referral: 'asked',
      nextContactOn: todayUtc(),
    });
    const reminders = (await call(user, 'GET', '/api/reminders')).json();
    expect(reminders.map((item: { kind: string; overdue: boolean }) => item.kind)).toEqual([
      'next-action',
      'contact',
    ]);
    expect(reminders[0]).toMatchObject({ applicationId: referral.id, overdue: true });
  });
});

describe('CSV import and export', () => {
  it('previews with a guessed mapping, imports all rows with history, and exports them', async () => {
    const user = await signUp(app);
    await call(user, 'POST', '/api/companies', { name: 'northwind freight', tier: 3 });
    const csv = fixture('tracker-export.csv');
    const preview = await call(user, 'POST', '/api/applications/import/preview', { csv });
    expect(preview.statusCode, preview.body).toBe(200);
    const { mapping, rows, errors, columns } = preview.json();
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(5);
    expect(columns).toContain('Job Title');
    expect((await call(user, 'GET', '/api/applications')).json()).toEqual([]);

    const imported = await call(user, 'POST', '/api/applications/import', { csv, mapping });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toEqual({ imported: 5 });
    const list = (await call(user, 'GET', '/api/applications')).json();
    const northwind = list.find(
      (item: { company: string }) => item.company === 'Northwind Freight',
    );
    expect(northwind).toMatchObject({ appliedOn: '2027-01-15', stage: 'applied' });
    expect(northwind.companyId).toBeDefined();

    const exported = await call(user, 'GET', '/api/applications.csv');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    expect(exported.headers['content-disposition']).toMatch(/attachment/);
    expect(exported.body).toContain('Northwind Freight');
    expect(exported.body).toContain('\'=HYPERLINK(""x"")');
    const again = await call(user, 'POST', '/api/applications/import/preview', {
      csv: exported.body,
    });
    expect(again.json().errors).toEqual([]);
    expect(again.json().rows).toHaveLength(5);
  });

  it('writes nothing when one row has a problem, and lists every problem', async () => {
    const user = await signUp(app);
    const csv = fixture('spreadsheet-with-problems.csv');
    const { mapping } = (
      await call(user, 'POST', '/api/applications/import/preview', { csv })
    ).json();
    const before = await snapshotDatabase(database.db);
    const response = await call(user, 'POST', '/api/applications/import', { csv, mapping });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/nothing was imported: 4 problems/);
    expect(response.json().error.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'rows.1.stage',
      'rows.2.role',
      'rows.3.appliedOn',
      'rows.3.link',
    ]);
    expect(await snapshotDatabase(database.db)).toBe(before);

    const missing = await call(user, 'POST', '/api/applications/import', {
      csv,
      mapping: { company: 'Employer', role: 'Nope' },
    });
    expect(missing.json().error.issues).toEqual([
      { path: 'mapping.role', message: 'the file has no column named "Nope"' },
    ]);
  });
});

describe('companies and contacts', () => {
  it('saves, edits and deletes them; deleting a company unlinks its applications', async () => {
    const user = await signUp(app);
    const company = (
      await call(user, 'POST', '/api/companies', {
        name: 'Contoso Health',
        tier: 3,
        fit: 'domain-vertical',
        industry: 'Healthcare',
      })
    ).json();
    expect(company).toMatchObject({ tier: 3, fit: 'domain-vertical' });
    const edited = await call(user, 'PATCH', `/api/companies/${company.id}`, {
      industry: null,
      tier: 2,
    });
    expect(edited.json()).toEqual({
      id: company.id,
      name: 'Contoso Health',
      tier: 2,
      fit: 'domain-vertical',
    });
    expect(
      (await call(user, 'PATCH', `/api/companies/${company.id}`, { tier: 9 })).statusCode,
    ).toBe(400);

    const application = await addApplication(user, { companyId: company.id });
    const contact = (
      await call(user, 'POST', '/api/contacts', {
        name: 'Priya',
        companyId: company.id,
        howMet: 'Former colleague',
        referral: 'asked',
      })
    ).json();
    const given = await call(user, 'PATCH', `/api/contacts/${contact.id}`, { referral: 'given' });
    expect(given.json()).toMatchObject({ referral: 'given', howMet: 'Former colleague' });
    expect((await call(user, 'GET', '/api/contacts')).json()).toHaveLength(1);

    expect((await call(user, 'DELETE', `/api/companies/${company.id}`)).statusCode).toBe(204);
    const after = (await call(user, 'GET', `/api/applications/${application.id}`)).json();
    expect(after.companyId).toBeUndefined();
    expect(after.company).toBe('Northwind Freight');
    expect((await call(user, 'GET', '/api/contacts')).json()[0].companyId).toBeUndefined();
    expect((await call(user, 'DELETE', `/api/contacts/${contact.id}`)).statusCode).toBe(204);
    expect((await call(user, 'GET', '/api/companies')).json()).toEqual([]);
  });
});

describe('the profile checklist', () => {
  it('lists the items and ticks them per user', async () => {
    const user = await signUp(app);
    const other = await signUp(app);
    const initial = (await call(user, 'GET', '/api/profile-checklist')).json();
    expect(initial.done).toBe(0);
    expect(initial.total).toBeGreaterThanOrEqual(8);
    expect(initial.items[0]).toMatchObject({ id: 'linkedin-headline', done: false });

    const ticked = await call(user, 'PUT', '/api/profile-checklist/github-pinned', { done: true });
    expect(ticked.statusCode).toBe(200);
    expect(ticked.json().done).toBe(1);
    expect(
      ticked.json().items.find((item: { id: string }) => item.id === 'github-pinned'),
    ).toMatchObject({ done: true, doneOn: todayUtc() });
    expect((await call(other, 'GET', '/api/profile-checklist')).json().done).toBe(0);

    const cleared = await call(user, 'PUT', '/api/profile-checklist/github-pinned', {
      done: false,
    });
    expect(cleared.json().done).toBe(0);
    expect(
      (await call(user, 'PUT', '/api/profile-checklist/no-such-item', { done: true })).statusCode,
    ).toBe(404);
  });
});
