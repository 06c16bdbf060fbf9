/**
 * One server process of `npm run bench`, forked by `run.ts` with its role as the argument, so
 * that the load generator and each server have an event loop, heap and JIT of their own:
 * - `baseline`: a bare Fastify 5 route returning a constant JSON;
 * - `embedded`: the real app on an in-memory PGlite;
 * - `postgres`: the real app on the PostgreSQL database in BENCH_DATABASE_URL.
 * An app gets one signed-in user with a saved profile and two years of synthetic history. Everything listens on 127.0.0.1 only.
 */
import { PGlite } from '@electric-sql/pglite';
import Fastify, { type FastifyInstance } from 'fastify';
import { todayUtc } from '../src/clock.js';
import { readConfig } from '../src/config.js';
import { createAccount, createSession } from '../src/db/accounts.js';
import { type DatabaseHandle, openPostgres, wrapPglite } from '../src/db/client.js';
import { dashboardFor } from '../src/db/dashboard.js';
import { saveProfile } from '../src/db/profiles.js';
import { buildApp } from '../src/server/app.js';
import { SESSION_COOKIE } from '../src/server/session.js';
import { insertSyntheticHistory, syntheticHistory } from '../test/synthetic-history.js';
import {
  type AppTarget,
  BASELINE_BODY,
  BASELINE_PATH,
  BENCH_PROFILE,
  type BenchDatabase,
  type DriverMessage,
  type ServerMessage,
} from './protocol.js';

const HOST = '127.0.0.1';
const closers: (() => Promise<void>)[] = [];

function send(message: ServerMessage): void {
  process.send?.(message);
}

async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: HOST });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return address.port;
}

async function startBaseline(): Promise<number> {
  const app = Fastify({ logger: false });
  app.get(BASELINE_PATH, async () => BASELINE_BODY);
  closers.push(() => app.close());
  return listen(app);
}

async function startApp(database: BenchDatabase, handle: DatabaseHandle): Promise<AppTarget> {
  closers.push(() => handle.close());
  await handle.migrate();
  const account = await createAccount(handle.db, 'bench@example.com', 'bench-password-1234');
  const session = await createSession(handle.db, account.id, 'mlpath-bench');
  const profile = await saveProfile(handle.db, account.id, BENCH_PROFILE);
  const today = todayUtc();
  const history = syntheticHistory(today);
  await insertSyntheticHistory(handle.db, account.id, history);
  // What a dashboard read costs when the cache cannot answer (the first read after a write).
  const coldMs: number[] = [];
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    await dashboardFor(handle.db, account.id, today);
    coldMs.push(performance.now() - started);
  }
  coldMs.sort((a, b) => a - b);
  const app = await buildApp({ database: handle, webRoot: null });
  // Closed before the database it uses (closers run in reverse order).
  closers.push(() => app.close());
  const port = await listen(app);
  return {
    database,
    port,
    cookie: `${SESSION_COOKIE}=${session.token}`,
    account,
    profile,
    history: {
      timeEntries: history.timeEntries.length,
      skillStates: history.skillStates.length,
      projectStates: history.projectStates.length,
      networking: history.networking.length,
    },
    dashboardColdMedianMs: Math.round((coldMs[3] ?? 0) * 10) / 10,
  };
}

let stopping: Promise<never> | undefined;
/** Closes the servers, then the databases, once; later calls wait for the first. */
function stop(code: number): Promise<never> {
  stopping ??= (async () => {
    let exitCode = code;
    for (const close of closers.reverse()) {
      try {
        await close();
      } catch (error) {
        console.error('bench server: cleanup failed:', error);
        exitCode ||= 1;
      }
    }
    process.exit(exitCode);
  })();
  return stopping;
}

process.on('message', (message: DriverMessage) => {
  if (message.type === 'stop') void stop(0);
});
// The driver went away (crashed or killed): do not linger.
process.on('disconnect', () => void stop(1));

async function start(role: string | undefined): Promise<{ port: number; app: AppTarget | null }> {
  switch (role) {
    case 'baseline':
      return { port: await startBaseline(), app: null };
    case 'embedded': {
      const app = await startApp('embedded', wrapPglite(new PGlite()));
      return { port: app.port, app };
    }
    case 'postgres': {
      const url = process.env.BENCH_DATABASE_URL;
      if (!url) throw new Error('the postgres server process needs BENCH_DATABASE_URL');
      const { poolSize } = readConfig({ MLPATH_DB_POOL_SIZE: process.env.MLPATH_DB_POOL_SIZE });
      const app = await startApp('postgres', openPostgres(url, poolSize));
      return { port: app.port, app };
    }
    default:
      throw new Error(`unknown server role "${role}"`);
  }
}

try {
  if (!process.send) throw new Error('bench/server must be started by bench/run (needs IPC)');
  const { port, app } = await start(process.argv[2]);
  send({ type: 'ready', pid: process.pid, port, app });
} catch (error) {
  send({
    type: 'error',
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  await stop(1);
}
