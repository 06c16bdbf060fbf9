import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayUtc } from '../../../clock.js';
import {
  DismissalInputSchema,
  EvidenceInputSchema,
  NoteInputSchema,
  ProjectStateInputSchema,
  RunwayInputSchema,
} from '../../../core/progress/schema.js';
import { PROJECT_STATES } from '../../../core/progress/types.js';
import {
  addEvidence,
  deleteEvidence,
  getRunway,
  listDismissals,
  listEvidence,
  listNotes,
  listProjectStates,
  saveDismissal,
  saveNote,
  saveRunway,
  setProjectState,
} from '../../../db/records.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, notFound } from '../../errors.js';
import { deleteOwnedRoute } from '../../owned-routes.js';
import { signedInUser } from '../../session.js';
import { requireCatalogTarget } from './targets.js';

const ProjectStateSchema = z.object({
  projectId: z.string(),
  status: z.enum(PROJECT_STATES),
  startedOn: z.string().optional(),
  shippedOn: z.string().optional(),
});
const EvidenceSchema = EvidenceInputSchema.extend({ id: z.string() });

/** Project states, evidence links, notes, coach dismissals and the money runway. */
export const recordRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  const { db } = database;

  app.get(
    '/progress/projects',
    { schema: { tags: ['progress'], response: { 200: z.array(ProjectStateSchema) } } },
    async (request) => listProjectStates(db, signedInUser(request).id),
  );

  app.put(
    '/progress/projects',
    {
      schema: {
        tags: ['progress'],
        body: ProjectStateInputSchema,
        response: { 200: ProjectStateSchema, 400: ErrorBodySchema },
      },
    },
    async (request) => {
      requireCatalogTarget('project', request.body.projectId, 'projectId');
      return setProjectState(db, signedInUser(request).id, request.body, todayUtc());
    },
  );

  app.get(
    '/evidence',
    { schema: { tags: ['progress'], response: { 200: z.array(EvidenceSchema) } } },
    async (request) => listEvidence(db, signedInUser(request).id),
  );

  app.post(
    '/evidence',
    {
      schema: {
        tags: ['progress'],
        description:
          'A link that proves work: repository, commit, deployed URL, certificate, blog post, Kaggle.',
        body: EvidenceInputSchema,
        response: { 201: EvidenceSchema, 400: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      requireCatalogTarget(request.body.targetKind, request.body.targetId, 'targetId');
      const [link] = await addEvidence(db, signedInUser(request).id, [request.body]);
      if (!link) throw new Error('evidence insert returned no row');
      return reply.code(201).send(link);
    },
  );

  deleteOwnedRoute(app, {
    path: '/evidence',
    tags: ['progress'],
    what: 'evidence link',
    remove: (userId, id) => deleteEvidence(db, userId, id),
  });

  app.get(
    '/notes',
    { schema: { tags: ['progress'], response: { 200: z.array(NoteInputSchema) } } },
    async (request) => listNotes(db, signedInUser(request).id),
  );

  app.put(
    '/notes',
    {
      schema: {
        tags: ['progress'],
        description: 'Saves the Markdown note of a skill or project; an empty body deletes it.',
        body: NoteInputSchema,
        response: { 204: z.null(), 400: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      requireCatalogTarget(request.body.targetKind, request.body.targetId, 'targetId');
      await saveNote(db, signedInUser(request).id, request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/coach/dismissals',
    { schema: { tags: ['progress'], response: { 200: z.array(DismissalInputSchema) } } },
    async (request) => listDismissals(db, signedInUser(request).id),
  );

  app.put(
    '/coach/dismissals',
    {
      schema: {
        tags: ['progress'],
        description: 'Dismisses a coach alert for good, or snoozes it until a date.',
        body: DismissalInputSchema,
        response: { 204: z.null(), 400: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      await saveDismissal(db, signedInUser(request).id, request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/runway',
    { schema: { tags: ['progress'], response: { 200: RunwayInputSchema, 404: ErrorBodySchema } } },
    async (request) => {
      const runway = await getRunway(db, signedInUser(request).id);
      if (!runway) throw notFound('runway');
      return runway;
    },
  );

  app.put(
    '/runway',
    {
      schema: {
        tags: ['progress'],
        description:
          'Savings, expenses, income, learning budget and emergency fund, in minor units of one currency.',
        body: RunwayInputSchema,
        response: { 200: RunwayInputSchema, 400: ErrorBodySchema },
      },
    },
    async (request) => saveRunway(db, signedInUser(request).id, request.body),
  );
};
