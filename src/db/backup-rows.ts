import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type AnyPgColumn, getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Database } from './client.js';
import { users } from './schema.js';

/**
 * Backups of plain row tables, derived from their Drizzle definitions: every column except the
 * row's own id, its owner and its timestamps is carried as is (null columns left out), and a
 * foreign key to another backed-up table becomes `<column>Ref`, the position of the referenced
 * row in that table's array. Rows are listed in a canonical order (by their content), so an
 * export, an import into another account and a second export give the same document even though
 * every id is new.
 */
export interface RowTable {
  table: PgTable & { userId: AnyPgColumn };
  /** Stricter checks than the column types for some columns (enums, JSON documents). */
  columns?: Record<string, z.ZodType>;
  /** A rule across columns of one row (a range's low end not above its high end). */
  refine?: { check: (row: Record<string, unknown>) => boolean; path: string; message: string };
}

const SKIPPED = new Set(['userId', 'createdAt', 'updatedAt']);

interface ColumnInfo {
  /** The property name in Drizzle (camelCase). */
  key: string;
  column: AnyPgColumn;
  /** The backed-up table a foreign key points to. */
  target?: string;
}

interface TableInfo {
  name: string;
  spec: RowTable;
  idKey: string | null;
  columns: ColumnInfo[];
  /** Column keys that together are unique per user (the primary key without user_id). */
  uniqueKeys: string[];
  schema: z.ZodType<Record<string, unknown>>;
}

function zodForColumn(column: AnyPgColumn): z.ZodType {
  switch (column.columnType) {
    case 'PgText':
      return z.string({ error: 'must be text' }).max(200_000, { error: 'is too long' });
    case 'PgInteger':
    case 'PgBigInt53':
      return z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' });
    case 'PgReal':
    case 'PgDoublePrecision':
      return z.number({ error: 'must be a number' });
    case 'PgBoolean':
      return z.boolean({ error: 'must be true or false' });
    case 'PgTimestamp':
      return z.iso.datetime({ offset: true, error: 'must be an ISO date and time' });
    case 'PgJsonb':
      return z.json();
    default:
      throw new Error(`backup: no rule for column type ${column.columnType}`);
  }
}

function describe(name: string, spec: RowTable, backedUp: ReadonlySet<string>): TableInfo {
  const config = getTableConfig(spec.table);
  const byColumnName = new Map<string, string>();
  for (const [key, column] of Object.entries(spec.table as unknown as Record<string, unknown>)) {
    if (column && typeof column === 'object' && 'columnType' in column) {
      byColumnName.set((column as AnyPgColumn).name, key);
    }
  }
  const targets = new Map<string, string>();
  for (const foreignKey of config.foreignKeys) {
    const reference = foreignKey.reference();
    const target = getTableConfig(reference.foreignTable).name;
    if (target === getTableConfig(users).name) continue;
    if (!backedUp.has(target))
      throw new Error(`backup: ${name} refers to ${target}, not backed up`);
    for (const column of reference.columns) targets.set(column.name, target);
  }
  const columns: ColumnInfo[] = [];
  let idKey: string | null = null;
  for (const column of config.columns) {
    const key = byColumnName.get(column.name) as string;
    if (SKIPPED.has(key)) continue;
    if (column.primary && column.columnType === 'PgUUID') {
      idKey = key;
      continue;
    }
    const target = targets.get(column.name);
    columns.push({ key, column, ...(target ? { target } : {}) });
  }
  const shape: Record<string, z.ZodType> = {};
  for (const { key, column, target } of columns) {
    const base = target
      ? z.number({ error: 'must be a row position' }).int().min(0)
      : (spec.columns?.[key] ?? zodForColumn(column));
    const optional = !column.notNull || column.hasDefault;
    shape[target ? `${key}Ref` : key] = optional ? base.optional() : base;
  }
  const primaryKey = config.primaryKeys[0]?.columns.map((column) => column.name) ?? [];
  const uniqueKeys = primaryKey
    .map((columnName) => byColumnName.get(columnName) as string)
    .filter((key) => key !== 'userId');
  const keyOf = (row: Record<string, unknown>) => JSON.stringify(uniqueKeys.map((key) => row[key]));
  const { refine } = spec;
  const rows = (refine
    ? z.strictObject(shape).superRefine((row, context) => {
        if (!refine.check(row)) {
          context.addIssue({ code: 'custom', path: [refine.path], message: refine.message });
        }
      })
    : z.strictObject(shape)) as unknown as z.ZodType<Record<string, unknown>>;
  const schema = z
    .array(rows)
    .default([])
    .superRefine((list, context) => {
      // A table keyed by the user alone holds one row; others are unique on their key columns.
      if (primaryKey.length > 0 && uniqueKeys.length === 0 && list.length > 1) {
        context.addIssue({ code: 'custom', message: 'holds at most one row' });
      } else if (uniqueKeys.length > 0 && new Set(list.map(keyOf)).size !== list.length) {
        context.addIssue({
          code: 'custom',
          message: `lists a ${uniqueKeys.join(' + ')} more than once`,
        });
      }
    }) as unknown as z.ZodType<Record<string, unknown>>;
  return { name, spec, idKey, columns, uniqueKeys, schema };
}

/** Parents before children, so every reference points at rows already placed. */
function inDependencyOrder(infos: TableInfo[]): TableInfo[] {
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  let remaining = [...infos];
  while (remaining.length > 0) {
    const ready = remaining.filter((info) =>
      info.columns.every(
        (column) => !column.target || placed.has(column.target) || column.target === info.name,
      ),
    );
    if (ready.length === 0) throw new Error('backup: foreign keys form a cycle');
    for (const info of ready) {
      ordered.push(info);
      placed.add(info.name);
    }
    remaining = remaining.filter((info) => !placed.has(info.name));
  }
  return ordered;
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );

export function rowTables(specs: Record<string, RowTable>) {
  const names = new Set(Object.keys(specs));
  const infos = inDependencyOrder(
    Object.entries(specs).map(([name, spec]) => describe(name, spec, names)),
  );

  /** Zod schemas of each table's rows, keyed by table name, for the backup's `data`. */
  const schemas = Object.fromEntries(infos.map((info) => [info.name, info.schema]));

  /** Every `<column>Ref` must point inside its table's array. */
  function referenceProblems(data: Record<string, Record<string, unknown>[]>) {
    const problems: { path: string; message: string }[] = [];
    for (const info of infos) {
      for (const [index, row] of (data[info.name] ?? []).entries()) {
        for (const { key, target } of info.columns) {
          const ref = row[`${key}Ref`];
          if (target && typeof ref === 'number' && ref >= (data[target]?.length ?? 0)) {
            problems.push({
              path: `backup.data.${info.name}.${index}.${key}Ref`,
              message: `points past the end of ${target}`,
            });
          }
        }
      }
    }
    return problems;
  }

  async function exportRows(db: Database, userId: string) {
    const positions = new Map<string, Map<string, number>>();
    const result: Record<string, Record<string, unknown>[]> = {};
    for (const info of infos) {
      const { table } = info.spec;
      const rows = (await db.select().from(table).where(eq(table.userId, userId))) as Record<
        string,
        unknown
      >[];
      const entries = rows.map((row) => {
        const content: Record<string, unknown> = {};
        for (const { key, target } of info.columns) {
          const value = row[key];
          if (value === null || value === undefined) continue;
          if (target) content[`${key}Ref`] = positions.get(target)?.get(value as string);
          else content[key] = value instanceof Date ? value.toISOString() : value;
        }
        return { id: info.idKey ? (row[info.idKey] as string) : null, content };
      });
      entries.sort((a, b) => stable(a.content).localeCompare(stable(b.content)));
      positions.set(
        info.name,
        new Map(entries.flatMap((entry, index) => (entry.id ? [[entry.id, index]] : []))),
      );
      result[info.name] = entries.map((entry) => entry.content);
    }
    return result;
  }

  /** Inserts validated rows (see `schemas` and `referenceProblems`) with new ids. */
  async function importRows(
    db: Database,
    userId: string,
    data: Record<string, Record<string, unknown>[]>,
  ): Promise<void> {
    const ids = new Map<string, string[]>();
    for (const info of infos) {
      const rows = data[info.name] ?? [];
      const newIds = rows.map(() => randomUUID());
      ids.set(info.name, newIds);
      if (rows.length === 0) continue;
      const values = rows.map((row, index) => {
        const value: Record<string, unknown> = { userId };
        if (info.idKey) value[info.idKey] = newIds[index];
        for (const { key, column, target } of info.columns) {
          if (target) {
            const ref = row[`${key}Ref`];
            value[key] = typeof ref === 'number' ? (ids.get(target)?.[ref] ?? null) : null;
          } else if (row[key] !== undefined) {
            value[key] =
              column.columnType === 'PgTimestamp' ? new Date(row[key] as string) : row[key];
          }
        }
        return value;
      });
      for (let start = 0; start < values.length; start += 500) {
        await db.insert(info.spec.table).values(values.slice(start, start + 500) as never);
      }
    }
  }

  /** What each table's backup rows hold, for tests that generate them. */
  const describeTables = () =>
    infos.map(({ name, columns, uniqueKeys, idKey, spec }) => ({
      name,
      hasId: idKey !== null,
      uniqueKeys,
      /** A cross-column rule the generated rows must also keep. */
      refine: spec.refine?.check,
      columns: columns.map(({ key, column, target }) => ({
        key,
        type: column.columnType,
        required: column.notNull && !column.hasDefault,
        ...(target ? { target } : {}),
      })),
    }));

  return {
    schemas,
    referenceProblems,
    exportRows,
    importRows,
    describeTables,
    names: infos.map((info) => info.name),
  };
}
