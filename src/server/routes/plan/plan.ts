import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadCatalog } from '../../../catalog/index.js';
import { todayUtc } from '../../../clock.js';
import { plannerProgress } from '../../../core/forecast/index.js';
import { planToIcs } from '../../../core/plan/ics.js';
import { planToMarkdown } from '../../../core/plan/markdown.js';
import { buildPlan } from '../../../core/plan/planner.js';
import { PlanSchema } from '../../../core/plan/schema.js';
import { getProfile } from '../../../db/profiles.js';
import { listSkillStates } from '../../../db/progress.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, notFound } from '../../errors.js';
import { signedInUser } from '../../session.js';

/** The plan of the signed-in user's stored profile, as JSON, iCalendar and Markdown. */
export const planRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  const planFor = async (request: FastifyRequest) => {
    const userId = signedInUser(request).id;
    const profile = await getProfile(database.db, userId);
    if (!profile) throw notFound('profile (answer the intake quiz first)');
    // Recorded skill states make this a re-plan: done and skipped skills are not planned again.
    const progress = plannerProgress({ skillStates: await listSkillStates(database.db, userId) });
    return buildPlan({
      profile,
      catalog: loadCatalog(),
      today: todayUtc(),
      progress,
    });
  };

  app.get(
    '/plan',
    { schema: { tags: ['plan'], response: { 200: PlanSchema, 404: ErrorBodySchema } } },
    async (request) => planFor(request),
  );

  app.get(
    '/plan.ics',
    {
      schema: {
        tags: ['plan'],
        description: 'The plan as an iCalendar file: milestones and weekly study blocks.',
        response: { 200: z.string().describe('text/calendar'), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const ics = planToIcs(await planFor(request));
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mlpath-plan.ics"')
        .send(ics);
    },
  );

  app.get(
    '/plan.md',
    {
      schema: {
        tags: ['plan'],
        description: 'The plan as Markdown.',
        response: { 200: z.string().describe('text/markdown'), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const markdown = planToMarkdown(await planFor(request));
      return reply
        .type('text/markdown; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mlpath-plan.md"')
        .send(markdown);
    },
  );
};
