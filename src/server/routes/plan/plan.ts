import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayUtc } from '../../../clock.js';
import { PlanSnapshotSchema } from '../../../core/plan/history.js';
import { planToIcs } from '../../../core/plan/ics.js';
import { planToMarkdown } from '../../../core/plan/markdown.js';
import { type Plan, PlanSchema } from '../../../core/plan/schema.js';
import { MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK } from '../../../core/profile.js';
import { listPlanSnapshots } from '../../../db/plan-history.js';
import { currentPlan, replanFromToday } from '../../../db/plans.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, notFound } from '../../errors.js';
import { UserReadCache } from '../../read-cache.js';
import { signedInUser } from '../../session.js';

const hoursError = `must be a number of hours from ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK}`;
const ReplanSchema = z.strictObject({
  hoursPerWeek: z
    .number({ error: hoursError })
    .min(MIN_HOURS_PER_WEEK, { error: hoursError })
    .max(MAX_HOURS_PER_WEEK, { error: hoursError }),
});

/** The plan of the signed-in user's stored profile, as JSON, iCalendar and Markdown. */
export const planRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  // Every page of the app reads the plan, and making it (with P50/P80) takes milliseconds of
  // CPU: keep it until the user's next write or the next day, with its JSON once asked for.
  const cache = new UserReadCache<{ plan: Plan; json?: string }>(2_000);
  const cachedPlan = async (request: FastifyRequest) => {
    const user = signedInUser(request);
    const today = todayUtc();
    const key = `${user.dataVersion}:${today}`;
    let entry = cache.get(user.id, key);
    if (!entry) {
      const plan = await currentPlan(database.db, user.id, today);
      if (!plan) throw notFound('profile (answer the intake quiz first)');
      entry = { plan };
      cache.set(user.id, key, entry);
    }
    return entry;
  };
  const planFor = async (request: FastifyRequest) => (await cachedPlan(request)).plan;

  app.post(
    '/plan/replan',
    {
      schema: {
        tags: ['plan'],
        description:
          'Starts the plan again today at the given weekly hours, leaving out what is done or skipped; the new estimate joins the plan history.',
        body: ReplanSchema,
        response: { 200: PlanSchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const plan = await replanFromToday(
        database.db,
        signedInUser(request).id,
        todayUtc(),
        request.body.hoursPerWeek,
      );
      if (!plan) throw notFound('profile (answer the intake quiz first)');
      return plan;
    },
  );

  app.get(
    '/plan/history',
    {
      schema: {
        tags: ['plan'],
        description:
          'The estimate of every plan made so far (intake, profile edits, re-plans), oldest first.',
        response: { 200: z.array(PlanSnapshotSchema) },
      },
    },
    async (request) => listPlanSnapshots(database.db, signedInUser(request).id),
  );

  app.get(
    '/plan',
    { schema: { tags: ['plan'], response: { 200: PlanSchema, 404: ErrorBodySchema } } },
    async (request, reply) => {
      const entry = await cachedPlan(request);
      // Checked against the schema once, as the route's own serializer would on every read.
      entry.json ??= JSON.stringify(PlanSchema.parse(entry.plan));
      const { json } = entry;
      reply.serializer(() => json);
      return entry.plan;
    },
  );

  app.get(
    '/plan.ics',
    {
      schema: {
        tags: ['plan'],
        description: 'The plan as an iCalendar file: milestones and weekly study blocks.',
        response: { 200: z.string().describe('text/calendar'), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const ics = planToIcs(await planFor(request));
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mlpath-plan.ics"')
        .send(ics);
    },
  );

  app.get(
    '/plan.md',
    {
      schema: {
        tags: ['plan'],
        description: 'The plan as Markdown.',
        response: { 200: z.string().describe('text/markdown'), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const markdown = planToMarkdown(await planFor(request));
      return reply
        .type('text/markdown; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mlpath-plan.md"')
        .send(markdown);
    },
  );
};
