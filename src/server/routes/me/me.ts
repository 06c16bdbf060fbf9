import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../context.js';
import { signedInUser } from '../../session.js';
import { AccountSchema } from '../auth/schema.js';

export const meRoutes: FastifyPluginAsyncZod<RouteContext> = async (app) => {
  app.get(
    '/me',
    { schema: { tags: ['auth'], response: { 200: AccountSchema } } },
    async (request) => {
      const { id, email } = signedInUser(request);
      return { id, email };
    },
  );
};
