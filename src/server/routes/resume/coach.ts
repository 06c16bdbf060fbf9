import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BulletCoachingSchema, coachBullet } from '../../../core/resume/bullet-coach.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema } from '../../errors.js';

const BulletSchema = z.strictObject({
  text: z
    .string({ error: 'must be the bullet as text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(1000, { error: 'must be at most 1000 characters (a bullet is one or two lines)' }),
});

/** The bullet coach of `mlpath coach-bullet`, for the resume editor's inline feedback. */
export const resumeCoachRoutes: FastifyPluginAsyncZod<RouteContext> = async (app) => {
  app.post(
    '/resume/coach-bullet',
    {
      schema: {
        tags: ['resume'],
        description:
          'Scores one resume bullet (0–100, weak/fair/strong), lists the elements it has and lacks, and suggests a stronger shape with placeholders instead of invented numbers.',
        body: BulletSchema,
        response: { 200: BulletCoachingSchema, 400: ErrorBodySchema },
      },
    },
    async (request) => coachBullet(request.body.text),
  );
};
