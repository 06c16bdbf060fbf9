import type { FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { DatabaseHandle } from '../db/client.js';
import type { LoginLimit } from '../db/login-attempts.js';

/** What every routes folder receives: the database and the instance settings. */
export interface RouteContext {
  database: DatabaseHandle;
  signup: Config['signup'];
  loginLimit: LoginLimit;
  /** Largest accepted backup for import, in bytes. */
  importBodyLimit: number;
}

export type RoutesPlugin = FastifyPluginAsyncZod<RouteContext> | FastifyPluginAsync<RouteContext>;
