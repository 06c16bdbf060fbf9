import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import type { DatabaseHandle } from '../src/db/client.js';
import type { LoginLimit } from '../src/db/login-attempts.js';
import { type AppOptions, buildApp } from '../src/server/app.js';
import { SESSION_COOKIE } from '../src/server/session.js';
import { createTestDatabase } from './database.js';

/** Limits high enough that suites signing up many users never trip them. */
export const RELAXED_LOGIN_LIMIT: LoginLimit = {
  windowMs: 60_000,
  maxPerEmail: 1000,
  maxPerIp: 1000,
};

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
}

/**
 * One app and one fresh database for a test file, closed after the file. Options let a test
 * build a second app on the same database.
 */
export async function createTestApp(options: Partial<AppOptions> = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const app = await buildApp({ loginLimit: RELAXED_LOGIN_LIMIT, ...options, database });
  afterAll(async () => {
    await app.close();
    if (!options.database) await database.close();
  });
  return { app, database };
}

let counter = 0;
export const uniqueEmail = (label = 'user') => `${label}-${process.pid}-${++counter}@example.test`;

export const TEST_PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  email: string;
  cookie: string;
}

/** The `name=value` pair of the session cookie a response set. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((item) => item.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`no session cookie in ${response.statusCode} response`);
  return `${SESSION_COOKIE}=${cookie.value}`;
}

export async function signUp(app: FastifyInstance, email = uniqueEmail()): Promise<TestUser> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    payload: { email, password: TEST_PASSWORD },
  });
  if (response.statusCode !== 201) throw new Error(`signup failed: ${response.body}`);
  return { ...response.json<{ id: string; email: string }>(), cookie: sessionCookieOf(response) };
}

export const VALID_PROFILE = {
  background: 'data-analyst',
  domain: 'logistics',
  skills: { python: 1, sql: 3, math: 1, git: 0, ml: 0, deployment: 0 },
  hoursPerWeek: 12,
  startDate: '2027-01-04',
  targetDate: '2028-03-01',
  track: 'applied',
  education: 'bachelor',
} as const;
