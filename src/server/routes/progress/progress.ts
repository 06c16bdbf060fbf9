import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { catalogTargetProblem } from '../../../catalog/index.js';
import { todayUtc } from '../../../clock.js';
import { describeIssues, isIsoDate } from '../../../core/profile.js';
import {
  NetworkingInputSchema,
  SkillStateInputSchema,
  type TimeEntryInput,
  TimeEntryInputSchema,
} from '../../../core/progress/schema.js';
import {
  addNetworking,
  addTimeEntries,
  deleteNetworking,
  deleteTimeEntry,
  listNetworking,
  listSkillStates,
  listTimeEntries,
  setSkillState,
} from '../../../db/progress.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, HttpError, type Issue } from '../../errors.js';
import { deleteOwnedRoute } from '../../owned-routes.js';
import { signedInUser } from '../../session.js';
import { requireCatalogTarget } from './targets.js';

const TimeEntrySchema = TimeEntryInputSchema.extend({ id: z.string() });
const NetworkingSchema = NetworkingInputSchema.extend({ id: z.string() });
const SkillStateSchema = SkillStateInputSchema.extend({ changedOn: z.string() });
const RangeQuery = z.strictObject({
  from: z.string().refine(isIsoDate, { error: 'must be a date written as YYYY-MM-DD' }).optional(),
  to: z.string().refine(isIsoDate, { error: 'must be a date written as YYYY-MM-DD' }).optional(),
});

/** The columns of the time-log CSV, in order; import reads the same header. */
export const CSV_COLUMNS = ['date', 'minutes', 'targetKind', 'targetId', 'mode', 'note'] as const;

/** Skill states, the time log (with CSV export and import) and networking activities. */
export const progressRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  const { db } = database;

  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    '/progress/skills',
    { schema: { tags: ['progress'], response: { 200: z.array(SkillStateSchema) } } },
    async (request) => listSkillStates(db, signedInUser(request).id),
  );

  app.put(
    '/progress/skills',
    {
      schema: {
        tags: ['progress'],
        description: 'Sets the status of one catalog skill (todo, learning, done, skipped).',
        body: SkillStateInputSchema,
        response: { 200: SkillStateSchema, 400: ErrorBodySchema },
      },
    },
    async (request) => {
      requireCatalogTarget('skill', request.body.skillId, 'skillId');
      return setSkillState(db, signedInUser(request).id, request.body, todayUtc());
    },
  );

  app.get(
    '/time-entries',
    {
      schema: {
        tags: ['progress'],
        querystring: RangeQuery,
        response: { 200: z.array(TimeEntrySchema) },
      },
    },
    async (request) => listTimeEntries(db, signedInUser(request).id, request.query),
  );

  app.post(
    '/time-entries',
    {
      schema: {
        tags: ['progress'],
        body: TimeEntryInputSchema,
        response: { 201: TimeEntrySchema, 400: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      requireCatalogTarget(request.body.targetKind, request.body.targetId, 'targetId');
      const [entry] = await addTimeEntries(db, signedInUser(request).id, [request.body]);
      if (!entry) throw new Error('time entry insert returned no row');
      return reply.code(201).send(entry);
    },
  );

  deleteOwnedRoute(app, {
    path: '/time-entries',
    tags: ['progress'],
    what: 'time entry',
    remove: (userId, id) => deleteTimeEntry(db, userId, id),
  });

  app.get(
    '/time-entries.csv',
    {
      schema: {
        tags: ['progress'],
        description: `The whole time log as CSV with the columns ${CSV_COLUMNS.join(', ')}.`,
        response: { 200: z.string().describe('text/csv') },
      },
    },
    async (request, reply) => {
      const entries = await listTimeEntries(db, signedInUser(request).id);
      const csv = stringify(entries, { header: true, columns: [...CSV_COLUMNS] });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mlpath-time-log.csv"')
        .send(csv);
    },
  );

  app.post(
    '/time-entries/import',
    {
      schema: {
        tags: ['progress'],
        description:
          'Adds the rows of a time-log CSV (the export format). Any invalid row: 400 listing every bad row, and nothing is added.',
        body: z.string({ error: 'send the CSV as text/csv' }),
        response: { 200: z.object({ imported: z.number() }), 400: ErrorBodySchema },
      },
    },
    async (request) => {
      const entries = parseTimeLogCsv(request.body);
      await addTimeEntries(db, signedInUser(request).id, entries);
      return { imported: entries.length };
    },
  );

  app.get(
    '/networking',
    { schema: { tags: ['progress'], response: { 200: z.array(NetworkingSchema) } } },
    async (request) => listNetworking(db, signedInUser(request).id),
  );

  app.post(
    '/networking',
    {
      schema: {
        tags: ['progress'],
        body: NetworkingInputSchema,
        response: { 201: NetworkingSchema, 400: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const [activity] = await addNetworking(db, signedInUser(request).id, [request.body]);
      if (!activity) throw new Error('networking insert returned no row');
      return reply.code(201).send(activity);
    },
  );

  deleteOwnedRoute(app, {
    path: '/networking',
    tags: ['progress'],
    what: 'networking activity',
    remove: (userId, id) => deleteNetworking(db, userId, id),
  });
};

/**
 * Reads a time-log CSV with a CSV library (quotes, commas and newlines inside notes survive) and
 * validates every row; throws a 400 naming each bad row, so a partly bad file adds nothing.
 */
export function parseTimeLogCsv(text: string): TimeEntryInput[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new HttpError(400, `the CSV cannot be read: ${(error as Error).message.split('\n')[0]}`);
  }
  if (records.length === 0) throw new HttpError(400, 'the CSV has no rows');
  const header = Object.keys(records[0] ?? {});
  const missing = CSV_COLUMNS.filter((column) => column !== 'note' && !header.includes(column));
  if (missing.length > 0) {
    throw new HttpError(
      400,
      `the CSV needs the columns ${CSV_COLUMNS.join(', ')}; missing: ${missing.join(', ')}`,
    );
  }
  const issues: Issue[] = [];
  const entries: TimeEntryInput[] = [];
  records.forEach((record, index) => {
    const row = `row ${index + 2}`;
    const candidate = {
      date: record.date,
      minutes: /^\d+$/.test(record.minutes ?? '') ? Number(record.minutes) : record.minutes,
      targetKind: record.targetKind,
      targetId: record.targetId,
      mode: record.mode,
      ...(record.note ? { note: record.note } : {}),
    };
    const result = TimeEntryInputSchema.safeParse(candidate);
    if (!result.success) {
      issues.push(...describeIssues(result.error, row));
      return;
    }
    const problem = catalogTargetProblem(result.data.targetKind, result.data.targetId);
    if (problem) {
      issues.push({ path: `${row}.targetId`, message: problem });
      return;
    }
    entries.push(result.data);
  });
  if (issues.length > 0)
    throw new HttpError(
      400,
      `${issues.length} problem(s) in the CSV; nothing was imported`,
      issues,
    );
  return entries;
}
