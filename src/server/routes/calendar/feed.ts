import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayUtc } from '../../../clock.js';
import { planToIcs } from '../../../core/plan/ics.js';
import { calendarFeedOwner } from '../../../db/calendar-feeds.js';
import { currentPlan } from '../../../db/plans.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, notFound } from '../../errors.js';

const FeedParams = z.object({
  file: z.string().describe('the secret token from POST /api/calendar-feed, with or without .ics'),
});

/**
 * The subscription itself. Calendar apps fetch it without a cookie, so the secret in the address
 * is the only credential: public, and every failure looks the same (404).
 */
export const calendarFeedPublicRoutes: FastifyPluginAsyncZod<RouteContext> = async (
  app,
  { database },
) => {
  app.get(
    '/calendar/:file',
    {
      schema: {
        tags: ['plan'],
        params: FeedParams,
        response: { 200: z.string().describe('text/calendar'), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const token = request.params.file.replace(/\.ics$/, '');
      const userId = /^[A-Za-z0-9_-]{43}$/.test(token)
        ? await calendarFeedOwner(database.db, token)
        : null;
      const plan = userId ? await currentPlan(database.db, userId, todayUtc()) : null;
      if (!plan) throw notFound('calendar');
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=900')
        .send(planToIcs(plan));
    },
  );
};
