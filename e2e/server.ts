import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { wrapPglite } from '../src/db/client.js';
import { projectRoot } from '../src/paths.js';
import { buildApp } from '../src/server/app.js';

export interface TestServer {
  /** The origin the app listens on, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

export interface TestServerOptions {
  signup?: 'open' | 'closed';
}

/**
 * `MLPATH_E2E_LATENCY=300` holds every API request up to that many milliseconds (a random share
 * before the handler, another after it), so the browser tests meet the slow, reordered answers
 * of a busy machine on every run instead of once in a while: a test that asserts before the page
 * caught up, or a page that shows stale data meanwhile, then fails every time.
 */
const latencyMs = Number(process.env.MLPATH_E2E_LATENCY ?? 0);
const pause = () =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.random() * (latencyMs / 2)));

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** A build nobody started a server on for this long is removed. */
const STALE_BUILD_MS = 60 * 60_000;

/**
 * The web app built from the sources as they are now, in a folder of its own under
 * `dist/e2e-web/` (named after the newest source change), built first when missing, so the browser
 * tests never run against a stale bundle. A folder is never rebuilt in place: another test run in
 * the same checkout (or the next file of this one, after an edit) builds a new one instead of
 * emptying the folder a running server serves pages from — which broke pages midway as chunks
 * disappeared.
 */
export function ensureWebBuild(): string {
  const root = projectRoot();
  const builds = join(root, 'dist/e2e-web');
  const sources = [join(root, 'src/web'), join(root, 'vite.config.ts')].filter(existsSync);
  const webRoot = join(builds, String(Math.round(Math.max(...sources.map(newestMtime)))));
  if (existsSync(join(webRoot, 'index.html'))) {
    // Marks it in use, so the clean-up below leaves it to the runs that serve it.
    const now = new Date();
    utimesSync(webRoot, now, now);
    return webRoot;
  }

  mkdirSync(builds, { recursive: true });
  for (const name of readdirSync(builds)) {
    const path = join(builds, name);
    if (Date.now() - statSync(path).mtimeMs > STALE_BUILD_MS) {
      rmSync(path, { recursive: true, force: true });
    }
  }
  const building = mkdtempSync(join(builds, '.building-'));
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--logLevel', 'warn', '--outDir', building, '--emptyOutDir'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0 || !existsSync(join(building, 'index.html'))) {
    rmSync(building, { recursive: true, force: true });
    throw new Error(`the web build failed (exit ${result.status ?? result.signal})`);
  }
  try {
    renameSync(building, webRoot);
  } catch (error) {
    // Another run built the same sources first: use its folder.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(join(webRoot, 'index.html'))) throw error;
  }
  return webRoot;
}

/** The whole app on a random localhost port with a fresh in-memory database. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const webRoot = ensureWebBuild();
  const client = new PGlite();
  const database = wrapPglite(client);
  await database.migrate();
  const app = await buildApp({
    database,
    webRoot,
    ...(options.signup ? { signup: options.signup } : {}),
  });
  if (latencyMs > 0) {
    app.addHook('onRequest', async (request) => {
      if (request.url.startsWith('/api/')) await pause();
    });
    app.addHook('onSend', async (request) => {
      if (request.url.startsWith('/api/')) await pause();
    });
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
