import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import {
  type DatabaseHandle,
  openPostgres,
  type QueryListener,
  wrapPglite,
} from '../src/db/client.js';
import { adminPool, withDatabaseName } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
    postgresUrl: string;
  }
}

export const testEngine = (): 'pglite' | 'postgres' =>
  process.env.MLPATH_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

let pgliteTemplate: Blob | undefined;

export interface TestDatabase extends DatabaseHandle {
  /** How a child process (the CLI) reaches this database: a data directory or a URL. */
  env: Record<string, string>;
}

/** A fresh, migrated database of the engine this test project runs on; close() discards it. */
export async function createTestDatabase(onQuery?: QueryListener): Promise<TestDatabase> {
  if (testEngine() === 'pglite') {
    pgliteTemplate ??= new Blob([readFileSync(inject('pgliteTemplate'))]);
    const client = new PGlite({ loadDataDir: pgliteTemplate });
    return { ...wrapPglite(client, undefined, onQuery), env: {} };
  }
  const url = inject('postgresUrl');
  const template = inject('postgresTemplate');
  const name = `${template.replace(/_tpl$/, '')}_${randomBytes(4).toString('hex')}`;
  const admin = adminPool(url);
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const databaseUrl = withDatabaseName(url, name);
  const handle = openPostgres(databaseUrl, 5, onQuery);
  return {
    ...handle,
    env: { DATABASE_URL: databaseUrl },
    close: async () => {
      await handle.close();
      const drop = adminPool(url);
      try {
        await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await drop.end();
      }
    },
  };
}

/**
 * A migrated embedded data directory on disk, for a CLI child process. It is written by a PGlite
 * that is closed again, so the child is the only process using it.
 */
export async function createTestDataDir(): Promise<{ dataDir: string; remove(): void }> {
  pgliteTemplate ??= new Blob([readFileSync(inject('pgliteTemplate'))]);
  const dataDir = mkdtempSync(join(tmpdir(), 'mlpath-cli-'));
  const client = new PGlite(join(dataDir, 'pgdata'), { loadDataDir: pgliteTemplate });
  await client.waitReady;
  await client.close();
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}
