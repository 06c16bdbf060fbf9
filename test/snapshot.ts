import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../src/db/client.js';
import * as schema from '../src/db/schema.js';

export const allTables = (): PgTable[] =>
  Object.values(schema as Record<string, unknown>).filter((value): value is PgTable =>
    is(value, PgTable),
  );

/** Every row of every table, as text: equal snapshots mean the request changed nothing. */
export async function snapshotDatabase(db: Database): Promise<string> {
  const parts: string[] = [];
  for (const table of allTables()) {
    const { name } = getTableConfig(table);
    const result = await db.execute(
      sql.raw(
        `SELECT coalesce(json_agg(t ORDER BY t::text), '[]'::json)::text AS rows FROM "${name}" t`,
      ),
    );
    const rows = (result as unknown as { rows: { rows: string }[] }).rows;
    parts.push(`${name}: ${rows[0]?.rows}`);
  }
  return parts.join('\n');
}
