import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { deleteExpiredSessions } from '../db/accounts.js';
import { type DatabaseHandle, openDatabase } from '../db/client.js';
import { DEFAULT_LOGIN_LIMIT, pruneLoginAttempts } from '../db/login-attempts.js';
import { webDistFolder } from '../paths.js';
import { buildApp } from './app.js';

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  close(): Promise<void>;
}

/** Opens the configured database, applies migrations and listens on HOST:PORT. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openDatabase(config);
  try {
    await database.migrate();
    // Expired sessions and old failed logins are dead weight; drop them now and every hour.
    const prune = async () => {
      await deleteExpiredSessions(database.db);
      await pruneLoginAttempts(database.db, DEFAULT_LOGIN_LIMIT);
    };
    await prune();
    const pruneTimer = setInterval(() => void prune().catch(() => {}), 3600_000);
    pruneTimer.unref();
    const app = await buildApp({
      database,
      signup: config.signup,
      trustProxy: config.trustProxy,
      logger: { level: 'warn' },
      webRoot: webDistFolder(),
    });
    const address = await app.listen({ port: config.port, host: config.host });
    return {
      app,
      database,
      url: address.replace('[::1]', 'localhost'),
      close: async () => {
        clearInterval(pruneTimer);
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
