import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { type DatabaseHandle, openPostgres, wrapPglite } from '../src/db/client.js';
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

/** A fresh, migrated database of the engine this test project runs on; close() discards it. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (testEngine() === 'pglite') {
    pgliteTemplate ??= new Blob([readFileSync(inject('pgliteTemplate'))]);
    return wrapPglite(new PGlite({ loadDataDir: pgliteTemplate }));
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
  const handle = openPostgres(withDatabaseName(url, name), 5);
  return {
    ...handle,
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
