import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BackupConflictError,
  BackupResponseSchema,
  exportBackup,
  InvalidBackupError,
  importBackup,
} from '../../../db/backup.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, HttpError } from '../../errors.js';
import { signedInUser } from '../../session.js';

const ImportQuery = z.strictObject({
  replace: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .optional()
    .transform((value) => value === 'true'),
});

/** A versioned JSON of everything the user owns, and its lossless restore. */
export const backupRoutes: FastifyPluginAsyncZod<RouteContext> = async (
  app,
  { database, importBodyLimit },
) => {
  app.get(
    '/export',
    { schema: { tags: ['backup'], response: { 200: BackupResponseSchema } } },
    async (request, reply) => {
      const backup = await exportBackup(database.db, signedInUser(request).id);
      reply.header(
        'content-disposition',
        `attachment; filename="mlpath-backup-${backup.exportedAt.slice(0, 10)}.json"`,
      );
      return backup;
    },
  );

  app.post(
    '/import',
    {
      bodyLimit: importBodyLimit,
      schema: {
        tags: ['backup'],
        description:
          'Restores a backup from GET /api/export. Refuses (409) an account that holds data unless replace=true.',
        querystring: ImportQuery,
        // The backup is validated by the import itself, so one place owns its rules.
        body: z.unknown(),
        response: {
          200: BackupResponseSchema,
          400: ErrorBodySchema,
          409: ErrorBodySchema,
          413: ErrorBodySchema,
        },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      try {
        await importBackup(database.db, userId, request.body, { replace: request.query.replace });
      } catch (error) {
        if (error instanceof InvalidBackupError)
          throw new HttpError(400, 'the backup is invalid', error.issues);
        if (error instanceof BackupConflictError) throw new HttpError(409, error.message);
        throw error;
      }
      return exportBackup(database.db, userId);
    },
  );
};
