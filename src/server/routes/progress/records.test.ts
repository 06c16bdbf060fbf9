import { describe, expect, it } from 'vitest';
import { createTestApp, signUp } from '../../../../test/app.js';

const { app } = await createTestApp();

describe('project states', () => {
  it('set the start date when work starts and the ship date when it ships', async () => {
    const user = await signUp(app);
    const put = (status: string) =>
      app.inject({
        method: 'PUT',
        url: '/api/progress/projects',
        headers: { cookie: user.cookie },
        payload: { projectId: 'domain-flagship', status },
      });
    const started = (await put('in-progress')).json();
    expect(started).toMatchObject({ status: 'in-progress', startedOn: expect.any(String) });
    expect(started).not.toHaveProperty('shippedOn');
    const shipped = (await put('shipped')).json();
    expect(shipped).toMatchObject({
      status: 'shipped',
      startedOn: started.startedOn,
      shippedOn: expect.any(String),
    });
    const unknown = await app.inject({
      method: 'PUT',
      url: '/api/progress/projects',
      headers: { cookie: user.cookie },
      payload: { projectId: 'moon-landing', status: 'shipped' },
    });
    expect(unknown.statusCode).toBe(400);
  });
});

describe('evidence links', () => {
  it('keep web links and refuse script or data URLs', async () => {
    const user = await signUp(app);
    const post = (url: string) =>
      app.inject({
        method: 'POST',
        url: '/api/evidence',
        headers: { cookie: user.cookie },
        payload: {
          targetKind: 'project',
          targetId: 'domain-flagship',
          type: 'deployed-url',
          url,
          date: '2027-06-01',
        },
      });
    expect((await post('https://churn.example.org')).statusCode).toBe(201);
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.org',
      'not a url',
    ]) {
      const refused = await post(url);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.issues[0].path).toBe('url');
    }
    const list = await app.inject({ url: '/api/evidence', headers: { cookie: user.cookie } });
    expect(list.json()).toHaveLength(1);
  });
});

describe('notes', () => {
  it('saves one Markdown note per skill or project, kept as text, and deletes it when emptied', async () => {
    const user = await signUp(app);
    const body = '## Loader bug\n<script>alert("x")</script> fixed by **pinning** workers';
    const put = (text: string) =>
      app.inject({
        method: 'PUT',
        url: '/api/notes',
        headers: { cookie: user.cookie },
        payload: { targetKind: 'skill', targetId: 'pytorch', body: text },
      });
    expect((await put(body)).statusCode).toBe(204);
    expect(
      (await app.inject({ url: '/api/notes', headers: { cookie: user.cookie } })).json(),
    ).toEqual([{ targetKind: 'skill', targetId: 'pytorch', body }]);
    await put('   ');
    expect(
      (await app.inject({ url: '/api/notes', headers: { cookie: user.cookie } })).json(),
    ).toEqual([]);
  });
});

describe('coach dismissals', () => {
  it('dismiss for good or snooze until a date', async () => {
    const user = await signUp(app);
    for (const payload of [
      { ruleId: 'isolation' },
      { ruleId: 'tutorial-hell', until: '2027-02-01' },
    ]) {
      const response = await app.inject({
        method: 'PUT',
        url: '/api/coach/dismissals',
        headers: { cookie: user.cookie },
        payload,
      });
      expect(response.statusCode).toBe(204);
    }
    const list = await app.inject({
      url: '/api/coach/dismissals',
      headers: { cookie: user.cookie },
    });
    expect(list.json()).toEqual([
      { ruleId: 'isolation' },
      { ruleId: 'tutorial-hell', until: '2027-02-01' },
    ]);
  });
});

describe('runway', () => {
  it('answers 404 before it is set, then keeps integer minor units and the currency', async () => {
    const user = await signUp(app);
    expect(
      (await app.inject({ url: '/api/runway', headers: { cookie: user.cookie } })).statusCode,
    ).toBe(404);
    const runway = {
      currency: 'EUR',
      savings: 2_400_000,
      monthlyExpenses: 210_000,
      monthlyIncome: 80_000,
      learningBudget: 100_000,
      emergencyFundMonths: 6,
    };
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/runway',
      headers: { cookie: user.cookie },
      payload: runway,
    });
    expect(saved.json()).toEqual(runway);
    expect(
      (await app.inject({ url: '/api/runway', headers: { cookie: user.cookie } })).json(),
    ).toEqual(runway);
    for (const [field, value] of [
      ['currency', 'euro'],
      ['savings', 12.5],
      ['monthlyExpenses', -1],
      ['emergencyFundMonths', 30],
    ] as const) {
      const bad = await app.inject({
        method: 'PUT',
        url: '/api/runway',
        headers: { cookie: user.cookie },
        payload: { ...runway, [field]: value },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues[0].path).toBe(field);
    }
  });
});
