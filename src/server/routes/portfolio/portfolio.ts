import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayUtc } from '../../../clock.js';
import { draftProject } from '../../../core/portfolio/drafts.js';
import { portfolioReadiness } from '../../../core/portfolio/readiness.js';
import { checkRepository } from '../../../core/portfolio/repo-checks.js';
import { RepoReportSchema } from '../../../core/portfolio/schema.js';
import {
  addPortfolioProject,
  deletePortfolioProject,
  getPortfolioProject,
  listPortfolioProjects,
  updatePortfolioProject,
} from '../../../db/portfolio.js';
import { listEvidence } from '../../../db/records.js';
import { isRepoProblem, readRepository } from '../../../repo/snapshot.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, HttpError, notFound } from '../../errors.js';
import { deleteOwnedRoute, patchOwnedRoute } from '../../owned-routes.js';
import { IdParams, isUuid } from '../../params.js';
import { signedInUser } from '../../session.js';
import {
  DraftsSchema,
  PortfolioCreateSchema,
  PortfolioPatchSchema,
  PortfolioProjectSchema,
  ReadinessSchema,
} from './schema.js';

const LOOPBACK_IP = /^(?:127(?:\.\d{1,3}){3}|::1|::ffff:127(?:\.\d{1,3}){3})$/;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * True when the request comes from this machine to this machine: a loopback client address and a
 * loopback Host. The Host check refuses a page on another site that rebinds its own name to
 * 127.0.0.1, and a reverse proxy that forwards the public name; the address check refuses
 * everyone else on the network when the server listens on 0.0.0.0.
 */
export const isLocalRequest = (request: FastifyRequest): boolean =>
  LOOPBACK_IP.test(request.ip) && LOOPBACK_HOSTS.has(request.hostname.toLowerCase());

export const NOT_LOCAL_MESSAGE =
  'the repository check reads a folder on the machine that runs mlpath, so it only runs on a local install opened from that machine (http://127.0.0.1 or http://localhost); anywhere else, run `mlpath check-repo PATH` on the computer that holds the repository';

/** Portfolio projects, readiness and the repository checker. */
export const portfolioRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  const { db } = database;
  const tags = ['portfolio'];

  const find = async (userId: string, id: string) => {
    const project = isUuid(id) ? await getPortfolioProject(db, userId, id) : null;
    if (!project) throw notFound('portfolio project');
    return project;
  };

  app.get(
    '/portfolio/projects',
    { schema: { tags, response: { 200: z.array(PortfolioProjectSchema) } } },
    async (request) => listPortfolioProjects(db, signedInUser(request).id),
  );

  app.post(
    '/portfolio/projects',
    {
      schema: {
        tags,
        description:
          'Adds a portfolio project: title and status, and optionally its repository, local folder, live address, data, metric with baseline and result, evaluation set and write-up.',
        body: PortfolioCreateSchema,
        response: { 201: PortfolioProjectSchema, 400: ErrorBodySchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addPortfolioProject(db, signedInUser(request).id, request.body)),
  );

  app.get(
    '/portfolio/projects/:id',
    {
      schema: {
        tags,
        params: IdParams,
        response: { 200: PortfolioProjectSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => find(signedInUser(request).id, request.params.id),
  );

  patchOwnedRoute(app, {
    path: '/portfolio/projects',
    tags,
    description: 'Changes some fields of a project; `null` clears an optional field.',
    what: 'portfolio project',
    body: PortfolioPatchSchema,
    response: PortfolioProjectSchema,
    update: (userId, id, patch) => updatePortfolioProject(db, userId, id, patch),
  });

  deleteOwnedRoute(app, {
    path: '/portfolio/projects',
    tags,
    what: 'portfolio project',
    remove: (userId, id) => deletePortfolioProject(db, userId, id),
  });

  app.get(
    '/portfolio/projects/:id/drafts',
    {
      schema: {
        tags,
        description:
          "A resume bullet (with the bullet coach's verdict) and a STAR story drafted from the project's fields; empty fields appear as [placeholders], never as invented numbers.",
        params: IdParams,
        response: { 200: DraftsSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => draftProject(await find(signedInUser(request).id, request.params.id)),
  );

  app.get(
    '/portfolio/readiness',
    {
      schema: {
        tags,
        description:
          'The portfolio against the targets of the seed articles (3–5 end-to-end projects, 2 deployed, results against a baseline, 5–10 posts, open source, competitions) in priority order, with the one next step.',
        response: { 200: ReadinessSchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const [projects, evidence] = await Promise.all([
        listPortfolioProjects(db, userId),
        listEvidence(db, userId),
      ]);
      return portfolioReadiness(projects, evidence);
    },
  );

  app.post(
    '/portfolio/projects/:id/check-repo',
    {
      schema: {
        tags,
        description:
          "Runs the repository check (as `mlpath check-repo`) on the project's local folder. Only on a local install, for a request from the same machine: anywhere else it answers 403.",
        params: IdParams,
        response: {
          200: RepoReportSchema,
          403: ErrorBodySchema,
          404: ErrorBodySchema,
          409: ErrorBodySchema,
          422: ErrorBodySchema,
        },
      },
    },
    async (request) => {
      const project = await find(signedInUser(request).id, request.params.id);
      if (!isLocalRequest(request)) throw new HttpError(403, NOT_LOCAL_MESSAGE);
      if (!project.localPath) {
        throw new HttpError(
          409,
          'this project has no local folder yet; add the absolute path of its repository on this machine, then run the check',
        );
      }
      const snapshot = await readRepository(project.localPath);
      if (isRepoProblem(snapshot)) throw new HttpError(422, snapshot.problem);
      return checkRepository(snapshot, { today: todayUtc() });
    },
  );
};
