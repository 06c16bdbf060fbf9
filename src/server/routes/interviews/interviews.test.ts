import { describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestUser } from '../../../../test/app.js';
import { loadInterviewCatalog } from '../../../catalog/interview/index.js';
import { gradeCard, newCardState } from '../../../core/interview/srs.js';
import { applications, cardStates, portfolioProjects } from '../../../db/schema.js';

const { app, database } = await createTestApp();

const call = async (
  user: TestUser,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
) =>
  app.inject({
    method,
    url,
    headers: { cookie: user.cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const OWN_CARD = {
  topic: 'sql',
  rounds: ['technical-screen'],
  prompt: 'How do you keep the latest row per customer?',
  answer: 'ROW_NUMBER() over the customer ordered by time descending; keep row 1.',
};

const STORY = {
  title: 'Catching late shipments early',
  situation: 'Late shipments were noticed a day after the fact.',
  task: 'Flag them on the morning they go wrong.',
  action: 'Built a daily model on carrier scans and a short alert email.',
  result: 'Most late shipments were flagged before noon.',
  cardIds: [] as string[],
};

describe('cards', () => {
  it('lists catalog and own cards, filtered by topic and round', async () => {
    const user = await signUp(app);
    const created = await call(user, 'POST', '/api/interviews/cards', OWN_CARD);
    expect(created.statusCode).toBe(201);
    const own = created.json();
    expect(own).toMatchObject({
      id: expect.stringMatching(/^user:/),
      source: 'user',
      topic: 'sql',
    });

    const all = (await call(user, 'GET', '/api/interviews/cards')).json();
    expect(all).toHaveLength(loadInterviewCatalog().cards.length + 1);
    expect(all[0].id).toBe(own.id);

    const sql = (await call(user, 'GET', '/api/interviews/cards?topic=sql')).json();
    expect(sql.every((card: { topic: string }) => card.topic === 'sql')).toBe(true);
    const takeHome = (await call(user, 'GET', '/api/interviews/cards?round=take-home')).json();
    expect(takeHome.every((card: { rounds: string[] }) => card.rounds.includes('take-home'))).toBe(
      true,
    );
    expect((await call(user, 'GET', '/api/interviews/cards?topic=cooking')).statusCode).toBe(400);
  });

  it('edits and deletes own cards only; catalog cards are read-only', async () => {
    const user = await signUp(app);
    const other = await signUp(app);
    const own = (await call(user, 'POST', '/api/interviews/cards', OWN_CARD)).json();
    const url = `/api/interviews/cards/${encodeURIComponent(own.id)}`;
    const edited = await call(user, 'PATCH', url, { ...OWN_CARD, topic: 'python' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ id: own.id, topic: 'python' });

    expect((await call(other, 'PATCH', url, OWN_CARD)).statusCode).toBe(404);
    expect(
      (await call(user, 'PATCH', '/api/interviews/cards/sql-join-types', OWN_CARD)).statusCode,
    ).toBe(404);
    expect((await call(user, 'DELETE', '/api/interviews/cards/sql-join-types')).statusCode).toBe(
      404,
    );
    const bad = await call(user, 'POST', '/api/interviews/cards', { ...OWN_CARD, rounds: [] });
    expect(bad.json().error.issues[0]).toEqual({
      path: 'rounds',
      message: 'pick at least one round',
    });

    await call(user, 'POST', '/api/interviews/review', { cardId: own.id, grade: 3 });
    expect((await call(user, 'DELETE', url)).statusCode).toBe(204);
    expect((await call(user, 'DELETE', url)).statusCode).toBe(404);
    const stats = (await call(user, 'GET', '/api/interviews/stats')).json();
    expect(stats.totals.total).toBe(loadInterviewCatalog().cards.length);
    expect(stats.reviews).toBe(0);
  });
});

describe('review', () => {
  it('offers own new cards first, then catalog cards by level, and counts down', async () => {
    const user = await signUp(app);
    const first = (await call(user, 'GET', '/api/interviews/review/next?topic=sql')).json();
    const entrySql = loadInterviewCatalog().cards.filter(
      (card) => card.topic === 'sql' && card.level === 'entry',
    );
    expect(first.card.id).toBe(entrySql[0]?.id);
    expect(first.card.review).toBeUndefined();
    expect(first.preview.map((item: { grade: number }) => item.grade)).toEqual([1, 2, 3, 4]);
    const before = first.remaining.new;

    const graded = await call(user, 'POST', '/api/interviews/review', {
      cardId: first.card.id,
      grade: 3,
    });
    expect(graded.statusCode).toBe(200);
    expect(graded.json().review).toMatchObject({ reps: 1, dueNow: false });

    const second = (await call(user, 'GET', '/api/interviews/review/next?topic=sql')).json();
    expect(second.card.id).not.toBe(first.card.id);
    expect(second.remaining.new).toBe(before - 1);

    const own = (await call(user, 'POST', '/api/interviews/cards', OWN_CARD)).json();
    const third = (await call(user, 'GET', '/api/interviews/review/next?topic=sql')).json();
    expect(third.card.id).toBe(own.id);
  });

  it('answers 400 for an unknown card or grade', async () => {
    const user = await signUp(app);
    const other = await signUp(app);
    const foreign = (await call(other, 'POST', '/api/interviews/cards', OWN_CARD)).json();
    for (const cardId of ['no-such-card', foreign.id, 'user:not-a-uuid']) {
      const response = await call(user, 'POST', '/api/interviews/review', { cardId, grade: 3 });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues[0].path).toBe('cardId');
    }
    const grade = await call(user, 'POST', '/api/interviews/review', {
      cardId: 'sql-join-types',
      grade: 5,
    });
    expect(grade.json().error.issues[0]).toEqual({
      path: 'grade',
      message: 'must be 1 (again), 2 (hard), 3 (good) or 4 (easy)',
    });
  });

  it('serves the card due longest ago before new ones, and ignores retired cards', async () => {
    const user = await signUp(app);
    const now = Date.now();
    const reviewed = (cardId: string, daysAgo: number) => {
      const at = new Date(now - (daysAgo + 30) * 86_400_000);
      const { state } = gradeCard(newCardState(at), 3, at);
      const due = new Date(now - daysAgo * 86_400_000);
      return {
        userId: user.id,
        cardId,
        state: { ...state, due: due.toISOString() },
        dueAt: due,
      };
    };
    await database.db
      .insert(cardStates)
      .values([
        reviewed('sql-where-vs-having', 2),
        reviewed('python-list-vs-tuple', 1),
        reviewed('retired-card', 9),
      ]);
    const next = (await call(user, 'GET', '/api/interviews/review/next')).json();
    expect(next.card.id).toBe('sql-where-vs-having');
    expect(next.card.review).toMatchObject({ reps: 1, dueNow: true });
    expect(next.remaining.due).toBe(2);
    const python = (await call(user, 'GET', '/api/interviews/review/next?topic=python')).json();
    expect(python.card.id).toBe('python-list-vs-tuple');
  });

  it('keeps both reviews when two tabs grade the same card at once', async () => {
    const user = await signUp(app);
    const results = await Promise.all(
      [3, 1].map((grade) =>
        call(user, 'POST', '/api/interviews/review', { cardId: 'sql-join-types', grade }),
      ),
    );
    expect(results.map((response) => response.statusCode)).toEqual([200, 200]);
    const stats = (await call(user, 'GET', '/api/interviews/stats')).json();
    expect(stats.reviews).toBe(2);
    expect(stats.reviewsToday).toBe(2);
    const card = (await call(user, 'GET', '/api/interviews/cards?topic=sql'))
      .json()
      .find((item: { id: string }) => item.id === 'sql-join-types');
    expect(card.review.reps).toBe(2);
  });

  it('reports due counts per topic and the retention series', async () => {
    const user = await signUp(app);
    const empty = (await call(user, 'GET', '/api/interviews/stats')).json();
    expect(empty.retention).toEqual([]);
    const sqlBefore = empty.topics.find((row: { topic: string }) => row.topic === 'sql');
    await call(user, 'POST', '/api/interviews/review', { cardId: 'sql-join-types', grade: 1 });
    await call(user, 'POST', '/api/interviews/review', { cardId: 'sql-where-vs-having', grade: 4 });
    const stats = (await call(user, 'GET', '/api/interviews/stats')).json();
    const sql = stats.topics.find((row: { topic: string }) => row.topic === 'sql');
    expect(sql).toEqual({ ...sqlBefore, new: sqlBefore.new - 2 });
    expect(stats.retention.at(-1)).toMatchObject({ reviews: 2, recalled: 1, rate: 0.5 });
    expect(stats.topics).toHaveLength(14);
  });
});

describe('rounds and round plans', () => {
  it('lists the six rounds with checklist ids', async () => {
    const user = await signUp(app);
    const rounds = (await call(user, 'GET', '/api/interviews/rounds')).json();
    expect(rounds.map((round: { id: string }) => round.id)).toEqual([
      'recruiter-screen',
      'technical-screen',
      'take-home',
      'system-design',
      'behavioral',
      'onsite',
    ]);
    expect(rounds[0].checklist[0]).toEqual({
      id: 'recruiter-screen-1',
      text: expect.any(String),
    });
  });

  it('plans a round for an own application, ticks the checklist, refuses foreign links', async () => {
    const user = await signUp(app);
    const other = await signUp(app);
    const [mine, theirs] = await database.db
      .insert(applications)
      .values([
        {
          userId: user.id,
          company: 'Acme Freight',
          role: 'ML engineer',
          source: 'referral',
          stage: 'interviewing',
        },
        {
          userId: other.id,
          company: 'Other Co',
          role: 'ML engineer',
          source: 'job-board',
          stage: 'applied',
        },
      ])
      .returning({ id: applications.id });
    const plan = {
      applicationId: mine?.id,
      round: 'technical-screen',
      scheduledOn: '2027-03-02',
      checklistDone: [],
    };
    const created = await call(user, 'POST', '/api/interviews/round-plans', plan);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      application: { company: 'Acme Freight', role: 'ML engineer' },
      checklistDone: [],
    });
    const url = `/api/interviews/round-plans/${created.json().id}`;
    const ticked = await call(user, 'PATCH', url, {
      ...plan,
      checklistDone: ['technical-screen-1', 'technical-screen-3'],
      notes: 'Ask about the team',
    });
    expect(ticked.json()).toMatchObject({
      checklistDone: ['technical-screen-1', 'technical-screen-3'],
      notes: 'Ask about the team',
    });
    const foreign = await call(user, 'POST', '/api/interviews/round-plans', {
      ...plan,
      applicationId: theirs?.id,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.issues[0].path).toBe('applicationId');
    const wrongItem = await call(user, 'PATCH', url, { ...plan, checklistDone: ['onsite-1'] });
    expect(wrongItem.statusCode).toBe(400);
    expect((await call(other, 'DELETE', url)).statusCode).toBe(404);
    const list = (await call(user, 'GET', '/api/interviews/round-plans')).json();
    expect(list).toHaveLength(1);
    expect((await call(user, 'DELETE', url)).statusCode).toBe(204);
  });
});

describe('STAR stories', () => {
  it('link own projects and known cards only', async () => {
    const user = await signUp(app);
    const other = await signUp(app);
    const [project, foreignProject] = await database.db
      .insert(portfolioProjects)
      .values([
        { userId: user.id, title: 'Shipment delay model', status: 'shipped' },
        { userId: other.id, title: 'Not mine', status: 'shipped' },
      ])
      .returning({ id: portfolioProjects.id });
    const behavioral = loadInterviewCatalog().cards.find((card) => card.topic === 'behavioral');
    const created = await call(user, 'POST', '/api/interviews/stories', {
      ...STORY,
      projectId: project?.id,
      cardIds: [behavioral?.id],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ projectId: project?.id, cardIds: [behavioral?.id] });

    const bad = await call(user, 'POST', '/api/interviews/stories', {
      ...STORY,
      projectId: foreignProject?.id,
      cardIds: ['no-such-card'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'projectId',
      'cardIds',
    ]);

    const url = `/api/interviews/stories/${created.json().id}`;
    const edited = await call(user, 'PATCH', url, { ...STORY, title: 'Late shipments, caught' });
    expect(edited.json()).toMatchObject({ title: 'Late shipments, caught', cardIds: [] });
    expect(edited.json()).not.toHaveProperty('projectId');
    expect((await call(other, 'PATCH', url, STORY)).statusCode).toBe(404);
    expect((await call(user, 'GET', '/api/interviews/stories')).json()).toHaveLength(1);
    expect((await call(user, 'DELETE', url)).statusCode).toBe(204);
    expect((await call(user, 'GET', '/api/interviews/stories')).json()).toEqual([]);
  });
});

describe('coding practice', () => {
  it('logs problems and counts distinct ones toward 200', async () => {
    const user = await signUp(app);
    const today = new Date().toISOString().slice(0, 10);
    const entry = {
      name: 'Two Sum',
      topic: 'hashing',
      difficulty: 'easy',
      date: today,
      minutes: 15,
      solvedAlone: true,
    };
    expect((await call(user, 'POST', '/api/coding-practice', entry)).statusCode).toBe(201);
    expect((await call(user, 'POST', '/api/coding-practice', entry)).statusCode).toBe(201);
    const link = await call(user, 'POST', '/api/coding-practice', {
      ...entry,
      name: undefined,
      link: 'https://leetcode.com/problems/merge-intervals/',
      topic: 'arrays',
      difficulty: 'medium',
    });
    expect(link.statusCode).toBe(201);
    const progress = (await call(user, 'GET', '/api/coding-practice/progress')).json();
    expect(progress).toMatchObject({ attempts: 3, problems: 2, target: 200, remaining: 198 });
    expect(progress.byTopic).toMatchObject({ hashing: 1, arrays: 1, graphs: 0 });
    const unnamed = await call(user, 'POST', '/api/coding-practice', { ...entry, name: undefined });
    expect(unnamed.json().error.issues[0]).toEqual({
      path: 'name',
      message: 'needs a name or a link',
    });
    const list = (await call(user, 'GET', '/api/coding-practice')).json();
    expect(list).toHaveLength(3);
    expect((await call(user, 'DELETE', `/api/coding-practice/${list[0].id}`)).statusCode).toBe(204);
    expect((await call(user, 'DELETE', '/api/coding-practice/nope')).statusCode).toBe(404);
  });
});
