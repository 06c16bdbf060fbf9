import type { FastifyInstance } from 'fastify';
import type { TestUser } from '../app.js';

/** A saved job analysis owned by `owner`: what the resume's keyword match is measured against. */
async function savedAnalysis(app: FastifyInstance, owner: TestUser): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/jobs/analyses',
    headers: { cookie: owner.cookie },
    payload: { text: 'ML Engineer\nRequirements: Python, SQL, Docker, PyTorch' },
  });
  if (response.statusCode !== 201) throw new Error(`analysis not saved: ${response.body}`);
  return response.json<{ id: string }>().id;
}

export const idFactories: Record<
  string,
  (app: FastifyInstance, owner: TestUser) => Promise<string>
> = {
  'GET /api/resume/match/:analysisId': savedAnalysis,
};
