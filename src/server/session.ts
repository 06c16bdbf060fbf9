import type { FastifyReply, FastifyRequest } from 'fastify';
import { findSession, type NewSession, type SessionAccount } from '../db/accounts.js';
import type { Database } from '../db/client.js';
import { HttpError } from './errors.js';

export const SESSION_COOKIE = 'mlpath_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in account, set by `requireSession` on every user route. */
    account: SessionAccount | null;
  }
}

/** HttpOnly and SameSite=Lax always; Secure whenever the request arrived over HTTPS. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  session: NewSession,
) {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}

export const sessionToken = (request: FastifyRequest): string | undefined =>
  request.cookies[SESSION_COOKIE] || undefined;

/** The onRequest hook of every user route: a valid session or 401. */
export function requireSession(db: Database) {
  return async (request: FastifyRequest) => {
    const token = sessionToken(request);
    const account = token ? await findSession(db, token) : null;
    if (!account) throw new HttpError(401, 'sign in to continue');
    request.account = account;
  };
}

/** The signed-in account of a user route (routes outside the user scope never call this). */
export function signedInUser(request: FastifyRequest): SessionAccount {
  if (!request.account) throw new HttpError(401, 'sign in to continue');
  return request.account;
}
