import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NormalizedProfileSchema, normalizeProfile, ProfileSchema } from '../../../core/profile.js';
import { getProfile, saveProfile } from '../../../db/profiles.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, notFound } from '../../errors.js';
import { signedInUser } from '../../session.js';

/** The intake answers of the signed-in user. */
export const profileRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  app.get(
    '/profile',
    {
      schema: {
        tags: ['profile'],
        response: { 200: NormalizedProfileSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const profile = await getProfile(database.db, signedInUser(request).id);
      if (!profile) throw notFound('profile');
      return profile;
    },
  );

  app.put(
    '/profile',
    {
      schema: {
        tags: ['profile'],
        body: ProfileSchema,
        response: { 200: NormalizedProfileSchema, 400: ErrorBodySchema },
      },
    },
    async (request) =>
      saveProfile(database.db, signedInUser(request).id, normalizeProfile(request.body)),
  );
};
