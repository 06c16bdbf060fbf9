import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkCredentials,
  createSession,
  deleteAccount,
  MIN_PASSWORD_LENGTH,
  setPassword,
} from '../../../db/accounts.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, HttpError } from '../../errors.js';
import { clearSessionCookie, setSessionCookie, signedInUser } from '../../session.js';

const DeleteAccountSchema = z.strictObject({
  password: z.string({ error: 'is required' }).min(1, { error: 'is required' }).max(1000),
});

const ChangePasswordSchema = z.strictObject({
  currentPassword: z.string({ error: 'is required' }).min(1, { error: 'is required' }).max(1000),
  newPassword: z
    .string({ error: 'is required' })
    .min(MIN_PASSWORD_LENGTH, { error: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(1000, { error: 'must be at most 1000 characters' }),
});

/** Deleting the account and changing its password; both ask for the current password again. */
export const accountRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  const { db } = database;

  const confirmPassword = async (email: string, password: string) => {
    if (!(await checkCredentials(db, email, password))) {
      throw new HttpError(403, 'the password is wrong', [
        { path: 'password', message: 'is wrong' },
      ]);
    }
  };

  app.delete(
    '/account',
    {
      schema: {
        tags: ['account'],
        description:
          'Deletes the account and everything it owns. Asks for the password as confirmation.',
        body: DeleteAccountSchema,
        response: { 204: z.null(), 400: ErrorBodySchema, 403: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      await confirmPassword(user.email, request.body.password);
      await deleteAccount(db, user.id);
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/account/password',
    {
      schema: {
        tags: ['account'],
        description: 'Changes the password and signs out every other session.',
        body: ChangePasswordSchema,
        response: { 204: z.null(), 400: ErrorBodySchema, 403: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      await confirmPassword(user.email, request.body.currentPassword);
      await setPassword(db, user.id, request.body.newPassword);
      setSessionCookie(
        request,
        reply,
        await createSession(db, user.id, request.headers['user-agent']),
      );
      return reply.code(204).send(null);
    },
  );
};
