import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkCredentials,
  countUsers,
  createAccount,
  createSession,
  EmailTakenError,
  normalizeEmail,
  revokeSessionByToken,
} from '../../../db/accounts.js';
import { loginRetryAfter, recordLoginFailure } from '../../../db/login-attempts.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, HttpError } from '../../errors.js';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../../session.js';
import { AccountSchema, CredentialsSchema, SignupSchema } from './schema.js';

const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  409: ErrorBodySchema,
  429: ErrorBodySchema,
};

/** Signup, login and logout: the routes that work without a session. */
export const authRoutes: FastifyPluginAsyncZod<RouteContext> = async (
  app,
  { database, signup, loginLimit },
) => {
  const { db } = database;

  app.post(
    '/auth/signup',
    { schema: { tags: ['auth'], body: SignupSchema, response: { 201: AccountSchema, ...errors } } },
    async (request, reply) => {
      if (signup === 'closed' && (await countUsers(db)) > 0) {
        throw new HttpError(
          403,
          'signup is closed on this instance; ask its operator for an account',
        );
      }
      try {
        const account = await createAccount(db, request.body.email, request.body.password);
        setSessionCookie(
          request,
          reply,
          await createSession(db, account.id, request.headers['user-agent']),
        );
        return reply.code(201).send(account);
      } catch (error) {
        if (error instanceof EmailTakenError) throw new HttpError(409, error.message);
        throw error;
      }
    },
  );

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        body: CredentialsSchema,
        response: { 200: AccountSchema, ...errors },
      },
    },
    async (request, reply) => {
      const email = normalizeEmail(request.body.email);
      const wait = await loginRetryAfter(db, email, request.ip, loginLimit);
      if (wait > 0) {
        throw new HttpError(
          429,
          `too many failed sign-ins; try again in ${Math.ceil(wait / 60)} min`,
          undefined,
          {
            'retry-after': String(wait),
          },
        );
      }
      const account = await checkCredentials(db, email, request.body.password);
      if (!account) {
        await recordLoginFailure(db, email, request.ip);
        throw new HttpError(401, 'the email or password is wrong');
      }
      setSessionCookie(
        request,
        reply,
        await createSession(db, account.id, request.headers['user-agent']),
      );
      return account;
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], response: { 204: z.null().describe('signed out') } } },
    async (request, reply) => {
      const token = sessionToken(request);
      if (token) await revokeSessionByToken(db, token);
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );
};
