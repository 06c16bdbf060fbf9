import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { todayUtc } from '../../../clock.js';
import {
  NormalizedProfileSchema,
  normalizeProfile,
  type Profile,
  ProfileSchema,
} from '../../../core/profile.js';
import { saveProfileAndSnapshot } from '../../../db/plans.js';
import { getProfile } from '../../../db/profiles.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, notFound } from '../../errors.js';
import { UserReadCache } from '../../read-cache.js';
import { signedInUser } from '../../session.js';

/** The intake answers of the signed-in user. */
export const profileRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  // Every page load reads the profile; the session lookup already says whether it can have changed.
  const profiles = new UserReadCache<Profile>(2_000);
  app.get(
    '/profile',
    {
      schema: {
        tags: ['profile'],
        response: { 200: NormalizedProfileSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      const key = String(user.dataVersion);
      const cached = profiles.get(user.id, key);
      if (cached) return cached;
      const profile = await getProfile(database.db, user.id);
      if (!profile) throw notFound('profile');
      profiles.set(user.id, key, profile);
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
    // Every saved profile is a new plan: its estimate joins the plan history.
    async (request) =>
      saveProfileAndSnapshot(
        database.db,
        signedInUser(request).id,
        normalizeProfile(request.body),
        todayUtc(),
      ),
  );
};
