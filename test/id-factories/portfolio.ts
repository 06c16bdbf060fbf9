import type { FastifyInstance } from 'fastify';
import type { TestUser } from '../app.js';

/**
 * A portfolio project owned by `owner`, with a local folder that does not exist: an intruder
 * must get 404 before the check-repo route ever looks at the path.
 */
async function savedProject(app: FastifyInstance, owner: TestUser): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/portfolio/projects',
    headers: { cookie: owner.cookie },
    payload: {
      title: 'Churn prediction',
      status: 'building',
      localPath: '/nonexistent/mlpath-security-suite',
      metric: 'recall',
      baselineValue: '64%',
    },
  });
  if (response.statusCode !== 201) throw new Error(`project not saved: ${response.body}`);
  return response.json<{ id: string }>().id;
}

/** Portfolio routes with ids; PATCH has a body, so the suite expects 400 for `{}` there. */
export const idFactories: Record<
  string,
  (app: FastifyInstance, owner: TestUser) => Promise<string>
> = {
  'GET /api/portfolio/projects/:id': savedProject,
  'PATCH /api/portfolio/projects/:id': savedProject,
  'DELETE /api/portfolio/projects/:id': savedProject,
  'GET /api/portfolio/projects/:id/drafts': savedProject,
  'POST /api/portfolio/projects/:id/check-repo': savedProject,
};
