import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { wrapPglite } from '../src/db/client.js';
import { adminPool, templateDatabaseName, withDatabaseName } from './postgres.js';

/**
 * Migrates one database per run and hands its copy to every test file: an initdb costs ~3 s,
 * a copy of a migrated PGlite ~0.7 s, a PostgreSQL `CREATE DATABASE … TEMPLATE` far less.
 */
export default async function setup(project: TestProject) {
  const engine = project.config.env?.MLPATH_TEST_DB ?? 'pglite';
  if (engine === 'postgres') return setupPostgres(project);

  const dir = mkdtempSync(join(tmpdir(), 'mlpath-test-'));
  const client = new PGlite();
  const handle = wrapPglite(client);
  await handle.migrate();
  const dump = await client.dumpDataDir('none');
  const templatePath = join(dir, 'template.tar');
  writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('pgliteTemplate', templatePath);
  return () => rmSync(dir, { recursive: true, force: true });
}

async function setupPostgres(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('the postgres test project needs DATABASE_URL');
  const pool = adminPool(url);
  const template = templateDatabaseName();
  await pool.query(`DROP DATABASE IF EXISTS ${template}`);
  await pool.query(`CREATE DATABASE ${template}`);
  const { openPostgres } = await import('../src/db/client.js');
  const handle = openPostgres(withDatabaseName(url, template), 2);
  await handle.migrate();
  await handle.close();
  project.provide('postgresTemplate', template);
  project.provide('postgresUrl', url);
  return async () => {
    // Drops the template and any copy a crashed test file left behind.
    const { rows } = await pool.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${template.replace(/_tpl$/, '')}%`],
    );
    for (const { datname } of rows)
      await pool.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await pool.end();
  };
}
