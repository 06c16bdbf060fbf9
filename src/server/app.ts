import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, {
  type FastifyInstance,
  type FastifyServerOptions,
  type RouteOptions,
} from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { DatabaseHandle } from '../db/client.js';
import { DEFAULT_LOGIN_LIMIT, type LoginLimit } from '../db/login-attempts.js';
import type { RouteContext } from './context.js';
import { errorBody, HttpError } from './errors.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerSecurity } from './plugins/security.js';
import { publicRoutes, userRoutes } from './routes/index.js';
import { requireSession } from './session.js';

export interface AppOptions {
  database: DatabaseHandle;
  signup?: Config['signup'];
  trustProxy?: boolean;
  loginLimit?: LoginLimit;
  logger?: FastifyServerOptions['logger'];
  /** The built single-page app to serve, or null for an API-only server (tests, `npm run dev`). */
  webRoot?: string | null;
}

/** One registered route, as the security suite walks them. */
export interface RouteInfo {
  method: string;
  url: string;
  /** `session` for every route registered in the user scope. */
  auth: 'session' | 'public';
  hasBody: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteInfo[];
  }
  interface FastifyContextConfig {
    auth?: RouteInfo['auth'];
  }
}

const BODY_LIMIT = 256 * 1024;
const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

/**
 * Builds the whole application. Plugins load in a fixed order: external ones, then our hooks,
 * then routes; the server keeps no state between requests beyond the database.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'mlpath API',
        version: '1',
        description: 'Every route except health, instance and auth needs the session cookie.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(cookie);
  await registerSecurity(app);
  app.decorateRequest('account', null);

  // Hooks of the user scope mark their routes after this root hook has run, so the table is
  // read from the route options when asked for rather than copied now.
  const registered: { method: string; route: RouteOptions }[] = [];
  app.decorate('routeTable', {
    getter: () =>
      registered.map(({ method, route }) => ({
        method,
        url: route.url,
        auth: route.config?.auth ?? 'public',
        hasBody: route.schema?.body !== undefined,
      })),
  });
  app.addHook('onRoute', (route) => {
    for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
      registered.push({ method, route });
    }
  });

  // A route without a body schema takes no body: a stray payload is refused rather than ignored.
  app.addHook('preValidation', async (request) => {
    if (request.body !== undefined && !request.routeOptions.schema?.body) {
      throw new HttpError(400, 'this endpoint takes no request body');
    }
  });

  const context: RouteContext = {
    database: options.database,
    signup: options.signup ?? 'open',
    loginLimit: options.loginLimit ?? DEFAULT_LOGIN_LIMIT,
    importBodyLimit: IMPORT_BODY_LIMIT,
  };

  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, async () => api.swagger());
      for (const routes of publicRoutes) await api.register(routes, context);
      await api.register(async (scoped) => {
        scoped.addHook('onRoute', (route) => {
          route.config = Object.assign(route.config ?? {}, { auth: 'session' as const });
        });
        scoped.addHook('onRequest', requireSession(options.database.db));
        for (const routes of userRoutes) await scoped.register(routes, context);
      });
      api.all('/*', { schema: { hide: true } }, async (request, reply) =>
        reply.code(404).send(errorBody(`no route ${request.method} ${request.url.split('?')[0]}`)),
      );
    },
    { prefix: '/api' },
  );

  if (options.webRoot && existsSync(join(options.webRoot, 'index.html'))) {
    await serveWebApp(app, options.webRoot);
  }
  return app;
}

/** Serves the built SPA: hashed assets cached for a year, pre-compressed, index.html for routes. */
async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webRoot,
    preCompressed: true,
    wildcard: false,
    index: false,
    // Our setHeaders decides caching; the plugin's own Cache-Control would override it.
    cacheControl: false,
    setHeaders(res, path) {
      res.setHeader(
        'cache-control',
        path.includes(`${join(webRoot, 'assets')}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) {
      return reply.code(404).type('text/plain').send('not found');
    }
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  });
}
