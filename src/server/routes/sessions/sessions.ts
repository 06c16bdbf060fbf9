import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listSessions, revokeSession } from '../../../db/accounts.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, notFound } from '../../errors.js';
import { IdParams, isUuid } from '../../params.js';
import { signedInUser } from '../../session.js';

const SessionSchema = z.object({
  id: z.string(),
  userAgent: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  current: z.boolean(),
});

/** The user's signed-in devices, each revocable. */
export const sessionRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  app.get(
    '/sessions',
    { schema: { tags: ['auth'], response: { 200: z.array(SessionSchema) } } },
    async (request) => {
      const user = signedInUser(request);
      const rows = await listSessions(database.db, user.id);
      return rows.map((row) => ({
        id: row.id,
        userAgent: row.userAgent,
        createdAt: row.createdAt.toISOString(),
        expiresAt: row.expiresAt.toISOString(),
        current: row.id === user.sessionId,
      }));
    },
  );

  app.delete(
    '/sessions/:id',
    {
      schema: {
        tags: ['auth'],
        params: IdParams,
        response: { 204: z.null(), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      // A malformed id and another user's id answer alike: the session does not exist for you.
      const { id } = request.params;
      const revoked =
        isUuid(id) && (await revokeSession(database.db, signedInUser(request).id, id));
      if (!revoked) throw notFound('session');
      return reply.code(204).send(null);
    },
  );
};
