import type { FastifyInstance } from 'fastify';
import type { TestUser } from '../app.js';

type IdFactory = (app: FastifyInstance, owner: TestUser) => Promise<string>;

/** POSTs a body as the owner and returns the new record's id. */
const created =
  (url: string, payload: Record<string, unknown>): IdFactory =>
  async (app, owner) => {
    const response = await app.inject({
      method: 'POST',
      url,
      headers: { cookie: owner.cookie },
      payload,
    });
    if (response.statusCode !== 201) throw new Error(`${url}: ${response.body}`);
    return response.json<{ id: string }>().id;
  };

const card = created('/api/interviews/cards', {
  topic: 'sql',
  rounds: ['technical-screen'],
  prompt: 'How would you deduplicate rows by the latest timestamp?',
  answer: 'ROW_NUMBER over the key ordered by time, keep row 1.',
});
const roundPlan = created('/api/interviews/round-plans', {
  round: 'technical-screen',
  scheduledOn: '2027-03-02',
  checklistDone: ['technical-screen-1'],
});
const story = created('/api/interviews/stories', {
  title: 'The late shipment dashboard',
  situation: 'Late shipments were found a day too late.',
  task: 'Flag them the same morning.',
  action: 'Built a daily model and a small alert.',
  result: 'Most late shipments were flagged before noon.',
  cardIds: [],
});
const coding = created('/api/coding-practice', {
  name: 'Two Sum',
  topic: 'hashing',
  difficulty: 'easy',
  date: '2027-01-05',
  minutes: 20,
  solvedAlone: true,
});

/** Test-data factories for the interview routes with ids (see README.md). */
export const idFactories: Record<string, IdFactory> = {
  'PATCH /api/interviews/cards/:id': card,
  'DELETE /api/interviews/cards/:id': card,
  'PATCH /api/interviews/round-plans/:id': roundPlan,
  'DELETE /api/interviews/round-plans/:id': roundPlan,
  'PATCH /api/interviews/stories/:id': story,
  'DELETE /api/interviews/stories/:id': story,
  'DELETE /api/coding-practice/:id': coding,
};
