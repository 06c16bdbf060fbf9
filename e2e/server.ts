import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * Builds the web app when `dist/web` is missing or older than its sources, so the browser tests
 * never run against a stale bundle.
 */
export function ensureWebBuild(): string {
  const root = projectRoot();
  const webRoot = join(root, 'dist/web');
  const index = join(webRoot, 'index.html');
  const sources = [join(root, 'src/web'), join(root, 'vite.config.ts')].filter(existsSync);
  const stale =
    !existsSync(index) || Math.max(...sources.map(newestMtime)) > statSync(index).mtimeMs;
  if (stale) {
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (result.status !== 0 || !existsSync(index)) {
      throw new Error(`the web build failed (exit ${result.status ?? result.signal})`);
    }
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
