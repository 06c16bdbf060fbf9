import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBodySchema, notFound } from './errors.js';
import { IdParams, isUuid } from './params.js';
import { signedInUser } from './session.js';

type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

interface OwnedRoute {
  /** The collection's path; the row's is `${path}/:id`. */
  path: string;
  tags: string[];
  description?: string;
  /** What the 404 names: "application", "time entry", … */
  what: string;
}

/**
 * `DELETE path/:id` of a row the signed-in user owns: 204, or 404 for an id that is malformed,
 * unknown or someone else's (the same answer, so ids of other users cannot be probed).
 */
export function deleteOwnedRoute(
  app: ZodApp,
  route: OwnedRoute & { remove: (userId: string, id: string) => Promise<boolean> },
): void {
  app.delete(
    `${route.path}/:id`,
    {
      schema: {
        tags: route.tags,
        ...(route.description ? { description: route.description } : {}),
        params: IdParams,
        response: { 204: z.null(), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!isUuid(id) || !(await route.remove(signedInUser(request).id, id))) {
        throw notFound(route.what);
      }
      return reply.code(204).send(null);
    },
  );
}

/** `PATCH path/:id` of a row the signed-in user owns: the updated row, or 404 as for delete. */
export function patchOwnedRoute<Patch extends z.ZodType, Row extends z.ZodType>(
  app: ZodApp,
  route: OwnedRoute & {
    body: Patch;
    response: Row;
    update: (userId: string, id: string, patch: z.infer<Patch>) => Promise<z.infer<Row> | null>;
  },
): void {
  // Widened so the type provider resolves concrete types here; the generics above check the
  // schemas against `update` where the route is declared.
  const body: z.ZodType = route.body;
  const response: z.ZodType = route.response;
  app.patch(
    `${route.path}/:id`,
    {
      schema: {
        tags: route.tags,
        ...(route.description ? { description: route.description } : {}),
        params: IdParams,
        body,
        response: { 200: response, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const updated = isUuid(id)
        ? await route.update(signedInUser(request).id, id, request.body as z.infer<Patch>)
        : null;
      if (!updated) throw notFound(route.what);
      return updated;
    },
  );
}
