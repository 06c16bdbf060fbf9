import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CheckinInputSchema } from '../../../core/progress/schema.js';
import { listCheckins, saveCheckin } from '../../../db/checkins.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema } from '../../errors.js';
import { signedInUser } from '../../session.js';

const CheckinSchema = z.object({
  weekStart: z.string(),
  wentWell: z.string(),
  blockers: z.string(),
  nextFocus: z.string(),
});

/** The weekly check-in: a short reflection per week, newest first. */
export const checkinRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  app.get(
    '/checkins',
    { schema: { tags: ['progress'], response: { 200: z.array(CheckinSchema) } } },
    async (request) => listCheckins(database.db, signedInUser(request).id),
  );

  app.put(
    '/checkins',
    {
      schema: {
        tags: ['progress'],
        description:
          'Saves the check-in of one week (a Monday); saving the week again replaces it.',
        body: CheckinInputSchema,
        response: { 200: CheckinSchema, 400: ErrorBodySchema },
      },
    },
    async (request) => saveCheckin(database.db, signedInUser(request).id, request.body),
  );
};
