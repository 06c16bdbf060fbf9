import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { migrationsFolder } from '../paths.js';
import { lockDataDir } from './lock.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** The one database type the rest of the code sees, whichever engine runs underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'embedded' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Applies the committed migrations that have not run yet. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL URL; without it the embedded database in `dataDir` is used. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Connections to the PostgreSQL server (node-postgres' default, 10, when left out). */
  poolSize?: number;
}

/** The only place that decides between the embedded PGlite and a PostgreSQL server. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize);
  mkdirSync(options.dataDir, { recursive: true });
  const release = lockDataDir(options.dataDir);
  try {
    const client = await PGlite.create(join(options.dataDir, 'pgdata'));
    return wrapPglite(client, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** Sees every SQL statement Drizzle sends (tests count the queries of one request with it). */
export type QueryListener = (sql: string) => void;

const loggerOf = (onQuery?: QueryListener) =>
  onQuery ? { logger: { logQuery: (sql: string) => onQuery(sql) } } : {};

export function openPostgres(
  databaseUrl: string,
  poolSize = 10,
  onQuery?: QueryListener,
): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema, ...loggerOf(onQuery) }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    migrate: async () => migratePg(db as never, { migrationsFolder: migrationsFolder() }),
    close: () => pool.end(),
  };
}

/** Wraps an open PGlite (a data directory, or an in-memory copy in tests). */
export function wrapPglite(
  client: PGlite,
  onClose: () => void = () => {},
  onQuery?: QueryListener,
): DatabaseHandle {
  const db = drizzlePglite(client, { schema, ...loggerOf(onQuery) }) as unknown as Database;
  return {
    db,
    kind: 'embedded',
    migrate: async () => migratePglite(db as never, { migrationsFolder: migrationsFolder() }),
    close: async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        onClose();
      }
    },
  };
}
