import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createCalendarFeed,
  getCalendarFeed,
  revokeCalendarFeed,
} from '../../../db/calendar-feeds.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, notFound } from '../../errors.js';
import { signedInUser } from '../../session.js';

const FeedStatusSchema = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
});
const NewFeedSchema = z.object({
  url: z.string().describe('the secret subscription address; shown this once'),
  createdAt: z.string(),
});

/** Where this request reached the app, so the feed address works from the user's calendar. */
const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/**
 * The private calendar subscription: a secret address that serves the current plan as
 * iCalendar, so a calendar app follows every re-plan. Only a hash of the address is kept, so it
 * is shown once; making a new one or revoking stops the old one.
 */
export const calendarFeedRoutes: FastifyPluginAsyncZod<RouteContext> = async (
  app,
  { database },
) => {
  app.get(
    '/calendar-feed',
    { schema: { tags: ['plan'], response: { 200: FeedStatusSchema } } },
    async (request) => {
      const feed = await getCalendarFeed(database.db, signedInUser(request).id);
      return { active: feed !== null, createdAt: feed?.createdAt.toISOString() ?? null };
    },
  );

  app.post(
    '/calendar-feed',
    {
      schema: {
        tags: ['plan'],
        description: 'Makes a new secret subscription address; an earlier one stops working.',
        response: { 201: NewFeedSchema },
      },
    },
    async (request, reply) => {
      const feed = await createCalendarFeed(database.db, signedInUser(request).id);
      return reply.code(201).send({
        url: `${originOf(request)}/api/calendar/${feed.token}.ics`,
        createdAt: feed.createdAt.toISOString(),
      });
    },
  );

  app.delete(
    '/calendar-feed',
    { schema: { tags: ['plan'], response: { 204: z.null(), 404: ErrorBodySchema } } },
    async (request, reply) => {
      const revoked = await revokeCalendarFeed(database.db, signedInUser(request).id);
      if (!revoked) throw notFound('calendar feed');
      return reply.code(204).send(null);
    },
  );
};
