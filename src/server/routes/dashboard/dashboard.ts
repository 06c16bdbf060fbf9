import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayUtc } from '../../../clock.js';
import { dashboardFor } from '../../../db/dashboard.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, notFound } from '../../errors.js';
import { signedInUser } from '../../session.js';

const AlertSchema = z.object({
  id: z.string(),
  severity: z.enum(['info', 'warning', 'critical']),
  message: z.string(),
  evidence: z.string(),
  action: z.string(),
});

/** The top level of `buildDashboard`'s result; its parts are documented in src/core/dashboard.ts. */
const DashboardSchema = z.object({
  today: z.string(),
  week: z.unknown(),
  burnup: z.array(z.unknown()),
  heatmap: z.array(z.object({ date: z.string(), minutes: z.number() })),
  buildShare: z.object({ share: z.number().nullable(), hours: z.number(), since: z.string() }),
  nextMilestone: z.unknown(),
  milestonesReached: z.array(z.unknown()),
  forecast: z.unknown(),
  plan: z.unknown(),
  alerts: z.array(AlertSchema),
  runway: z.unknown(),
  totals: z.object({
    hours: z.number(),
    entries: z.number(),
    skillsDone: z.number(),
    projectsShipped: z.number(),
    networking: z.number(),
  }),
});

export const dashboardRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  app.get(
    '/dashboard',
    {
      schema: {
        tags: ['progress'],
        description:
          'This week against the plan, burn-up, a year of daily minutes, build share, forecast at the observed pace, coach alerts, milestones and runway.',
        response: { 200: DashboardSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const dashboard = await dashboardFor(database.db, signedInUser(request).id, todayUtc());
      if (!dashboard) throw notFound('profile (answer the intake quiz first)');
      return dashboard;
    },
  );
};
