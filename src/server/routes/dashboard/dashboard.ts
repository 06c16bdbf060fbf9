import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayUtc } from '../../../clock.js';
import type { Dashboard } from '../../../core/dashboard.js';
import { PlanItemSchema, PlanSchema } from '../../../core/plan/schema.js';
import { dashboardFor } from '../../../db/dashboard.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, notFound } from '../../errors.js';
import { UserReadCache } from '../../read-cache.js';
import { signedInUser } from '../../session.js';

const AlertSchema = z.object({
  id: z.string(),
  severity: z.enum(['info', 'warning', 'critical']),
  message: z.string(),
  evidence: z.string(),
  action: z.string(),
});

const isoDate = z.string().describe('YYYY-MM-DD');
const p50p80 = z.object({ p50: isoDate, p80: isoDate });

/** `buildDashboard`'s result (src/core/dashboard.ts), in full so the OpenAPI document shows it. */
const DashboardSchema = z.object({
  today: isoDate,
  week: z
    .object({
      index: z.number().int(),
      start: isoDate,
      plannedHours: z.number(),
      items: z.array(PlanItemSchema),
      loggedHours: z.number(),
      logged: z.array(
        z.object({ targetKind: z.string(), targetId: z.string(), hours: z.number() }),
      ),
    })
    .nullable()
    .describe('The plan week that contains today, with what was logged in it'),
  burnup: z
    .array(
      z.object({
        week: z.number().int(),
        start: isoDate,
        planned: z.number(),
        actual: z.number(),
        skillsPlanned: z.number().int(),
        skillsDone: z.number().int(),
      }),
    )
    .describe('Cumulative planned and logged hours per plan week, up to the current week'),
  heatmap: z
    .array(z.object({ date: isoDate, minutes: z.number() }))
    .describe('Minutes per day over the last 365 days; days with none are left out'),
  buildShare: z.object({ share: z.number().nullable(), hours: z.number(), since: isoDate }),
  nextMilestone: PlanSchema.shape.milestones.element.nullable(),
  milestonesReached: z.array(
    z.object({ id: z.string(), title: z.string(), date: isoDate, plannedDate: isoDate.optional() }),
  ),
  forecast: z.object({
    velocity: z.object({ hoursPerWeek: z.number(), sd: z.number(), weeksObserved: z.number() }),
    pace: z.object({ p50: z.number(), p80: z.number() }),
    firstOfferDate: p50p80,
    target: z.object({ date: isoDate, daysLate: z.number() }).optional(),
    basis: z.enum(['observed', 'planned']),
  }),
  plan: z.object({
    firstOfferDate: p50p80,
    targetDate: isoDate.nullable(),
    warnings: PlanSchema.shape.warnings,
  }),
  alerts: z.array(AlertSchema),
  checkin: z.object({ weekStart: isoDate, done: z.boolean() }),
  runway: z
    .object({
      months: z.array(z.object({ month: z.string(), balance: z.number() })),
      floor: z.number(),
      runsOutOn: isoDate.nullable(),
      coversP80: z.boolean(),
      bufferMonths: z.number().nullable(),
      warning: z
        .object({
          id: z.literal('runway-short'),
          message: z.string(),
          extraMonthlyIncome: z.number().optional(),
        })
        .optional(),
      currency: z.string(),
    })
    .nullable()
    .describe('Amounts in minor units of the currency'),
  totals: z.object({
    hours: z.number(),
    entries: z.number().int(),
    skillsDone: z.number().int(),
    projectsShipped: z.number().int(),
    networking: z.number().int(),
  }),
  // The handler's typed reply checks the other direction: a Dashboard fits the schema.
}) satisfies z.ZodType<Dashboard>;

export const dashboardRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  // Building the dashboard re-plans three times; reads between two writes reuse the result, and
  // its JSON: checking the 16 KB answer against the schema and stringifying it again on every
  // read was most of what a cached read cost this process.
  const cache = new UserReadCache<{ dashboard: Dashboard; json: string }>(2_000);
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
    async (request, reply) => {
      const user = signedInUser(request);
      const today = todayUtc();
      const key = `${user.dataVersion}:${today}`;
      let entry = cache.get(user.id, key);
      if (!entry) {
        const dashboard = await dashboardFor(database.db, user.id, today);
        if (!dashboard) throw notFound('profile (answer the intake quiz first)');
        // Checked against the schema once here, as the route's own serializer would.
        entry = { dashboard, json: JSON.stringify(DashboardSchema.parse(dashboard)) };
        cache.set(user.id, key, entry);
      }
      const { json } = entry;
      reply.serializer(() => json);
      return entry.dashboard;
    },
  );
};
