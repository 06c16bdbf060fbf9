import type { FastifyInstance } from 'fastify';
import type { TestUser } from '../app.js';

type IdFactory = (app: FastifyInstance, owner: TestUser) => Promise<string>;

async function created(
  app: FastifyInstance,
  owner: TestUser,
  url: string,
  payload: object,
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url,
    headers: { cookie: owner.cookie },
    payload,
  });
  if (response.statusCode !== 201) throw new Error(`${url} answered ${response.body}`);
  return response.json<{ id: string }>().id;
}

const application: IdFactory = (app, owner) =>
  created(app, owner, '/api/applications', {
    company: 'Northwind Freight',
    role: 'ML Engineer',
    source: 'referral',
    stage: 'applied',
  });
const company: IdFactory = (app, owner) =>
  created(app, owner, '/api/companies', { name: 'Northwind Freight', tier: 3 });
const contact: IdFactory = (app, owner) =>
  created(app, owner, '/api/contacts', { name: 'Sam Rivera', referral: 'asked' });

/** The checklist's ids are the same for everyone; the owner ticks one so it holds data. */
const checklistItem: IdFactory = async (app, owner) => {
  await app.inject({
    method: 'PUT',
    url: '/api/profile-checklist/github-pinned',
    headers: { cookie: owner.cookie },
    payload: { done: true },
  });
  return 'github-pinned';
};

/** Test-data factories for the pipeline's routes with ids (see README.md). */
export const idFactories: Record<string, IdFactory> = {
  'GET /api/applications/:id': application,
  'PATCH /api/applications/:id': application,
  'DELETE /api/applications/:id': application,
  'POST /api/applications/:id/stage': application,
  'PATCH /api/companies/:id': company,
  'DELETE /api/companies/:id': company,
  'PATCH /api/contacts/:id': contact,
  'DELETE /api/contacts/:id': contact,
  'PUT /api/profile-checklist/:itemId': checklistItem,
};
