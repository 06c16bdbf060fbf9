import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayUtc } from '../../../clock.js';
import { exportCsv, MAX_CSV_CHARS, previewImport } from '../../../core/pipeline/csv.js';
import { buildFunnel } from '../../../core/pipeline/funnel.js';
import {
  ApplicationInputSchema,
  ApplicationPatchSchema,
  ChecklistUpdateSchema,
  CompanyInputSchema,
  CompanyPatchSchema,
  ContactInputSchema,
  ContactPatchSchema,
  isChecklistItem,
  PROFILE_CHECKLIST,
  StageChangeSchema,
} from '../../../core/pipeline/records.js';
import { dueReminders } from '../../../core/pipeline/reminders.js';
import {
  addApplication,
  addCompany,
  addContact,
  deleteApplication,
  deleteCompany,
  deleteContact,
  ForeignReferenceError,
  getApplication,
  importApplications,
  listApplications,
  listChecklist,
  listCompanies,
  listContacts,
  listStageEvents,
  moveApplication,
  setChecklistItem,
  updateApplication,
  updateCompany,
  updateContact,
} from '../../../db/pipeline.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, HttpError, notFound } from '../../errors.js';
import { deleteOwnedRoute, patchOwnedRoute } from '../../owned-routes.js';
import { IdParams, isUuid } from '../../params.js';
import { signedInUser } from '../../session.js';
import {
  ApplicationDetailSchema,
  ApplicationSchema,
  ChecklistParams,
  ChecklistSchema,
  CompanySchema,
  ContactSchema,
  FunnelSchema,
  ImportBodySchema,
  ImportPreviewBodySchema,
  ImportPreviewSchema,
  ReminderSchema,
} from './schema.js';

const TAGS = ['pipeline'];
/** A CSV of the largest accepted size, as a JSON string with some escaping to spare. */
const IMPORT_BODY_LIMIT = MAX_CSV_CHARS * 2 + 64 * 1024;

/** A company or analysis id of another user reads as a field error, like any bad value. */
async function checked<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ForeignReferenceError) {
      throw new HttpError(400, 'the request is invalid', [
        { path: error.path, message: error.message },
      ]);
    }
    throw error;
  }
}

/** Applications, companies, contacts and the public-profile checklist. */
export const pipelineRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  const { db } = database;

  // ——— Applications ———

  app.get(
    '/applications',
    { schema: { tags: TAGS, response: { 200: z.array(ApplicationSchema) } } },
    async (request) => listApplications(db, signedInUser(request).id),
  );

  app.post(
    '/applications',
    {
      schema: {
        tags: TAGS,
        description:
          'Saves an application; its stage is the first row of its history, dated today. companyId and analysisId must be your own.',
        body: ApplicationInputSchema,
        response: { 201: ApplicationDetailSchema, 400: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const saved = await checked(
        addApplication(db, signedInUser(request).id, request.body, todayUtc()),
      );
      return reply.code(201).send(saved);
    },
  );

  app.get(
    '/applications/funnel',
    {
      schema: {
        tags: TAGS,
        description:
          'How many applications reached each stage, the conversion of each step, the results per source (referral, cold…) and the median days to a first answer.',
        response: { 200: FunnelSchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const [applications, history] = await Promise.all([
        listApplications(db, userId),
        listStageEvents(db, userId),
      ]);
      return buildFunnel(applications, history);
    },
  );

  app.get(
    '/applications.csv',
    {
      schema: {
        tags: TAGS,
        description:
          'Every application as CSV (Company, Role, Link, Stage, Source, Date Applied, Next Action, Next Action Date, Notes); it imports back as it is.',
        response: { 200: z.string().describe('text/csv') },
      },
    },
    async (request, reply) => {
      const rows = await listApplications(db, signedInUser(request).id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mlpath-applications.csv"')
        .send(exportCsv(rows));
    },
  );

  app.post(
    '/applications/import/preview',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: TAGS,
        description:
          'Reads a CSV from another tracker or a spreadsheet without saving anything: its columns, the column mapping (guessed from the headers when not given), the rows as they would be saved and the problems per row.',
        body: ImportPreviewBodySchema,
        response: { 200: ImportPreviewSchema, 400: ErrorBodySchema },
      },
    },
    async (request) => previewImport(request.body.csv, request.body.mapping),
  );

  app.post(
    '/applications/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: TAGS,
        description:
          'Imports every row of the CSV through the mapping, in one transaction: when any row has a problem, nothing is saved and the answer lists the problems per row.',
        body: ImportBodySchema,
        response: {
          201: z.object({ imported: z.number().int() }),
          400: ErrorBodySchema,
          413: ErrorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const preview = previewImport(request.body.csv, request.body.mapping);
      if (preview.errors.length > 0) {
        const count = preview.errors.length;
        throw new HttpError(
          400,
          `nothing was imported: ${count} problem${count === 1 ? '' : 's'} to fix first`,
          preview.errors.map((issue) => ({
            path: issue.row === 0 ? `mapping.${issue.field}` : `rows.${issue.row}.${issue.field}`,
            message: issue.message,
          })),
        );
      }
      const imported = await importApplications(
        db,
        signedInUser(request).id,
        preview.rows,
        todayUtc(),
      );
      return reply.code(201).send({ imported });
    },
  );

  const application = async (userId: string, id: string) => {
    const found = isUuid(id) ? await getApplication(db, userId, id) : null;
    if (!found) throw notFound('application');
    return found;
  };

  app.get(
    '/applications/:id',
    {
      schema: {
        tags: TAGS,
        params: IdParams,
        response: { 200: ApplicationDetailSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => application(signedInUser(request).id, request.params.id),
  );

  patchOwnedRoute(app, {
    path: '/applications',
    tags: TAGS,
    description:
      'Changes the fields given; null clears an optional one. A new stage joins the history, dated today.',
    what: 'application',
    body: ApplicationPatchSchema,
    response: ApplicationDetailSchema,
    update: (userId, id, patch) => checked(updateApplication(db, userId, id, patch, todayUtc())),
  });

  app.post(
    '/applications/:id/stage',
    {
      schema: {
        tags: TAGS,
        description:
          'Moves the application to a stage, dated `on` (today when left out); the move joins its history. Moving to the stage it is in changes nothing.',
        params: IdParams,
        body: StageChangeSchema,
        response: { 200: ApplicationDetailSchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { stage, on } = request.body;
      const moved = isUuid(id)
        ? await moveApplication(db, signedInUser(request).id, id, stage, on ?? todayUtc())
        : null;
      if (!moved) throw notFound('application');
      return moved;
    },
  );

  deleteOwnedRoute(app, {
    path: '/applications',
    tags: TAGS,
    what: 'application',
    remove: (userId, id) => deleteApplication(db, userId, id),
  });

  // ——— Companies ———

  app.get(
    '/companies',
    { schema: { tags: TAGS, response: { 200: z.array(CompanySchema) } } },
    async (request) => listCompanies(db, signedInUser(request).id),
  );

  app.post(
    '/companies',
    {
      schema: {
        tags: TAGS,
        description:
          'A company you are targeting: its tier (1 most selective – 4), how well it hires career switchers, its industry.',
        body: CompanyInputSchema,
        response: { 201: CompanySchema, 400: ErrorBodySchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addCompany(db, signedInUser(request).id, request.body)),
  );

  patchOwnedRoute(app, {
    path: '/companies',
    tags: TAGS,
    what: 'company',
    body: CompanyPatchSchema,
    response: CompanySchema,
    update: (userId, id, patch) => updateCompany(db, userId, id, patch),
  });

  deleteOwnedRoute(app, {
    path: '/companies',
    tags: TAGS,
    description: 'Applications and contacts at the company keep its name and lose the link.',
    what: 'company',
    remove: (userId, id) => deleteCompany(db, userId, id),
  });

  // ——— Contacts ———

  app.get(
    '/contacts',
    { schema: { tags: TAGS, response: { 200: z.array(ContactSchema) } } },
    async (request) => listContacts(db, signedInUser(request).id),
  );

  app.post(
    '/contacts',
    {
      schema: {
        tags: TAGS,
        description:
          'Someone in your network: how you met, when you last spoke and plan to speak again, and whether a referral was asked for or given.',
        body: ContactInputSchema,
        response: { 201: ContactSchema, 400: ErrorBodySchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await checked(addContact(db, signedInUser(request).id, request.body))),
  );

  patchOwnedRoute(app, {
    path: '/contacts',
    tags: TAGS,
    what: 'contact',
    body: ContactPatchSchema,
    response: ContactSchema,
    update: (userId, id, patch) => checked(updateContact(db, userId, id, patch)),
  });

  deleteOwnedRoute(app, {
    path: '/contacts',
    tags: TAGS,
    what: 'contact',
    remove: (userId, id) => deleteContact(db, userId, id),
  });

  // ——— Public-profile checklist and reminders ———

  const checklist = async (userId: string) => {
    const done = new Map(
      (await listChecklist(db, userId)).map((row) => [row.itemId, row.doneOn] as const),
    );
    const items = PROFILE_CHECKLIST.map((item) => {
      const doneOn = done.get(item.id);
      return { ...item, done: doneOn !== undefined, ...(doneOn ? { doneOn } : {}) };
    });
    return { items, done: items.filter((item) => item.done).length, total: items.length };
  };

  app.get(
    '/profile-checklist',
    {
      schema: {
        tags: TAGS,
        description:
          'The public profile a hiring manager checks after the resume — LinkedIn, GitHub, writing — and which items you have done.',
        response: { 200: ChecklistSchema },
      },
    },
    async (request) => checklist(signedInUser(request).id),
  );

  app.put(
    '/profile-checklist/:itemId',
    {
      schema: {
        tags: TAGS,
        description: 'Ticks a checklist item (keeping the day it was first done) or clears it.',
        params: ChecklistParams,
        body: ChecklistUpdateSchema,
        response: { 200: ChecklistSchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const { itemId } = request.params;
      if (!isChecklistItem(itemId)) throw notFound('checklist item');
      const userId = signedInUser(request).id;
      await setChecklistItem(db, userId, itemId, request.body.done, todayUtc());
      return checklist(userId);
    },
  );

  app.get(
    '/reminders',
    {
      schema: {
        tags: TAGS,
        description:
          'What is due in the next 7 days or overdue: next actions, contacts to get back to, and follow-ups for applications with no answer 14 days after applying.',
        response: { 200: z.array(ReminderSchema) },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const [applications, history, people] = await Promise.all([
        listApplications(db, userId),
        listStageEvents(db, userId),
        listContacts(db, userId),
      ]);
      return dueReminders({ applications, history, contacts: people, today: todayUtc() });
    },
  );
};
