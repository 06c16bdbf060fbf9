import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { countUsers } from '../../../db/accounts.js';
import type { RouteContext } from '../../context.js';

export const HealthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['embedded', 'postgres']),
});

export const InstanceSchema = z.object({
  hasUsers: z
    .boolean()
    .describe('false on a fresh instance, where the app offers to create the first account'),
  signupOpen: z.boolean(),
});

/** Public routes that tell a client what this instance is. */
export const healthRoutes: FastifyPluginAsyncZod<RouteContext> = async (
  app,
  { database, signup },
) => {
  app.get(
    '/health',
    { schema: { tags: ['instance'], response: { 200: HealthSchema } } },
    async () => {
      await database.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: database.kind };
    },
  );

  app.get(
    '/instance',
    { schema: { tags: ['instance'], response: { 200: InstanceSchema } } },
    async () => {
      const hasUsers = (await countUsers(database.db)) > 0;
      return { hasUsers, signupOpen: signup === 'open' || !hasUsers };
    },
  );
};
