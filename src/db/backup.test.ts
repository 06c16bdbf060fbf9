import { getTableConfig } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestUser, VALID_PROFILE } from '../../test/app.js';
import {
  checkinRowsArbitrary,
  dismissalRowsArbitrary,
  evidenceArbitrary,
  networkingArbitrary,
  noteRowsArbitrary,
  planSnapshotArbitrary,
  projectStateRowsArbitrary,
  rowTablesArbitrary,
  runwayArbitrary,
  skillStateRowsArbitrary,
  timeEntryArbitrary,
  validProfileArbitrary,
} from '../../test/arbitraries.js';
import { allTables, snapshotDatabase } from '../../test/snapshot.js';
import { BackupDataSchema, ROW_TABLES, USER_OWNED_TABLES } from './backup.js';

const { app, database } = await createTestApp();

/** The contract's equality: ids, owners, emails and timestamps set aside, array order ignored. */
const IGNORED = new Set([
  'id',
  'userId',
  'user_id',
  'email',
  'exportedAt',
  'createdAt',
  'updatedAt',
  'created_at',
  'updated_at',
]);
function comparable(value: unknown): unknown {
  if (Array.isArray(value))
    return value
      .map(comparable)
      .map((item) => JSON.stringify(item))
      .sort();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !IGNORED.has(key))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, item]) => [key, comparable(item)]),
    );
  }
  return value;
}

const exportOf = async (user: TestUser) => {
  const response = await app.inject({ url: '/api/export', headers: { cookie: user.cookie } });
  expect(response.statusCode).toBe(200);
  return response.json();
};

const importInto = (user: TestUser, backup: unknown, replace = false) =>
  app.inject({
    method: 'POST',
    url: `/api/import${replace ? '?replace=true' : ''}`,
    headers: { cookie: user.cookie },
    payload: backup as object,
  });

/** Arbitrary valid data for every table a backup carries; keyed like the backup's `data`. */
const backupDataArbitrary = fc
  .record({
    profiles: fc.array(validProfileArbitrary, { maxLength: 1 }),
    skill_states: skillStateRowsArbitrary,
    time_entries: fc.array(timeEntryArbitrary, { maxLength: 8 }),
    networking_activities: fc.array(networkingArbitrary, { maxLength: 5 }),
    project_states: projectStateRowsArbitrary,
    evidence_links: fc.array(evidenceArbitrary, { maxLength: 4 }),
    notes: noteRowsArbitrary,
    coach_dismissals: dismissalRowsArbitrary,
    runway_settings: fc.array(runwayArbitrary, { maxLength: 1 }),
    plan_snapshots: fc.array(planSnapshotArbitrary, { maxLength: 3 }),
    weekly_checkins: checkinRowsArbitrary,
  })
  .chain((data) =>
    rowTablesArbitrary(ROW_TABLES.describeTables()).map((rows) => ({ ...data, ...rows })),
  );

describe('user-owned tables', () => {
  it('are exactly the tables with a user_id column, each either backed up or excluded with a reason', () => {
    const withUserId = allTables()
      .filter((table) => getTableConfig(table).columns.some((column) => column.name === 'user_id'))
      .map((table) => getTableConfig(table).name)
      .sort();
    expect(Object.keys(USER_OWNED_TABLES).sort()).toEqual(withUserId);
    for (const [name, entry] of Object.entries(USER_OWNED_TABLES)) {
      expect(getTableConfig(entry.table).name).toBe(name);
      if (!entry.backup)
        expect(entry.why, `${name} needs a reason to stay out of backups`).toBeTruthy();
    }
  });

  it('every backed-up table has a key in the backup data and in the generated test data', () => {
    const backedUp = Object.entries(USER_OWNED_TABLES)
      .filter(([, entry]) => entry.backup)
      .map(([name]) => name)
      .sort();
    expect(Object.keys(BackupDataSchema.shape).sort()).toEqual(backedUp);
    const sample = fc.sample(backupDataArbitrary, 1)[0] ?? {};
    expect(Object.keys(sample).sort()).toEqual(backedUp);
  });

  it('each has a user_id foreign key to users that cascades, and an index starting with user_id', async () => {
    for (const [name, { table }] of Object.entries(USER_OWNED_TABLES)) {
      const config = getTableConfig(table);
      const foreignKey = config.foreignKeys.find((key) =>
        key.reference().columns.some((column) => column.name === 'user_id'),
      );
      expect(foreignKey?.onDelete, name).toBe('cascade');
      const indexed =
        config.indexes.some(
          (index) => (index.config.columns[0] as { name?: string })?.name === 'user_id',
        ) ||
        config.columns.some((column) => column.name === 'user_id' && column.primary) ||
        config.primaryKeys.some((key) => key.columns[0]?.name === 'user_id');
      expect(indexed, `${name} needs an index on user_id`).toBe(true);
    }
  });
});

describe('export and import', () => {
  it('exports a versioned document of everything the user owns', async () => {
    const user = await signUp(app);
    await app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: VALID_PROFILE,
    });
    const response = await app.inject({ url: '/api/export', headers: { cookie: user.cookie } });
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="mlpath-backup-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const backup = response.json();
    expect(backup).toMatchObject({
      format: 'mlpath-backup',
      version: 1,
      data: { profiles: [{ domain: 'logistics' }] },
    });
    expect(Number.isNaN(Date.parse(backup.exportedAt))).toBe(false);
  });

  it('round-trips arbitrary valid data: export → import into an empty account → export is equal', async () => {
    await fc.assert(
      fc.asyncProperty(backupDataArbitrary, async (data) => {
        const source = await signUp(app);
        const target = await signUp(app);
        const backup = {
          format: 'mlpath-backup',
          version: 1,
          exportedAt: new Date().toISOString(),
          data,
        };
        expect((await importInto(source, backup)).statusCode).toBe(200);
        const exported = await exportOf(source);
        expect(exported.data.profiles).toHaveLength(data.profiles.length);
        expect(exported.data.time_entries).toHaveLength(data.time_entries.length);
        expect(exported.data.skill_states).toHaveLength(data.skill_states.length);
        const restored = await importInto(target, exported);
        expect(restored.statusCode).toBe(200);
        expect(comparable(await exportOf(target))).toEqual(comparable(exported));
      }),
      // Each run signs up twice and moves every table four times: a handful of runs is minutes.
      { numRuns: 15 },
    );
  }, 180_000);

  it('refuses to import over existing data with 409 unless replace=true', async () => {
    const user = await signUp(app);
    await app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: VALID_PROFILE,
    });
    const backup = {
      format: 'mlpath-backup',
      version: 1,
      exportedAt: '2027-01-01T00:00:00.000Z',
      data: { profiles: [{ background: 'academic', hoursPerWeek: 30 }] },
    };
    const before = await snapshotDatabase(database.db);
    const conflict = await importInto(user, backup);
    expect(conflict.statusCode).toBe(409);
    expect(await snapshotDatabase(database.db)).toBe(before);
    const replaced = await importInto(user, backup, true);
    expect(replaced.statusCode).toBe(200);
    expect((await exportOf(user)).data.profiles).toEqual([
      {
        background: 'academic',
        hoursPerWeek: 30,
        track: 'applied',
        skills: { python: 0, sql: 0, math: 0, git: 0, ml: 0, deployment: 0 },
      },
    ]);
  });

  it('replace with an empty backup clears the data', async () => {
    const user = await signUp(app);
    await app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: VALID_PROFILE,
    });
    const empty = {
      format: 'mlpath-backup',
      version: 1,
      exportedAt: '2027-01-01T00:00:00Z',
      data: { profiles: [] },
    };
    expect((await importInto(user, empty, true)).statusCode).toBe(200);
    expect(
      (await app.inject({ url: '/api/profile', headers: { cookie: user.cookie } })).statusCode,
    ).toBe(404);
  });

  it.each([
    [{ format: 'other', version: 1, exportedAt: 'x', data: { profiles: [] } }, 'backup.format'],
    [
      { format: 'mlpath-backup', version: 2, exportedAt: 'x', data: { profiles: [] } },
      'backup.version',
    ],
    [
      {
        format: 'mlpath-backup',
        version: 1,
        exportedAt: 'x',
        data: { profiles: [{ background: 'academic' }] },
      },
      'backup.data.profiles.0.hoursPerWeek',
    ],
    [
      { format: 'mlpath-backup', version: 1, exportedAt: 'x', data: { profiles: [], journal: [] } },
      'backup.data.journal',
    ],
    [
      {
        format: 'mlpath-backup',
        version: 1,
        exportedAt: 'x',
        data: {
          profiles: [],
          skill_states: [
            { skillId: 'python', status: 'done', changedOn: '2027-01-01' },
            { skillId: 'python', status: 'learning', changedOn: '2027-01-02' },
          ],
        },
      },
      'backup.data.skill_states',
    ],
    [
      {
        format: 'mlpath-backup',
        version: 1,
        exportedAt: 'x',
        data: {
          profiles: [],
          time_entries: [
            {
              date: '2027-01-01',
              minutes: 0,
              targetKind: 'skill',
              targetId: 'python',
              mode: 'build',
            },
          ],
        },
      },
      'backup.data.time_entries.0.minutes',
    ],
  ])('answers 400 to an invalid backup and changes nothing (%#)', async (backup, path) => {
    const user = await signUp(app);
    await app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: VALID_PROFILE,
    });
    const before = await snapshotDatabase(database.db);
    const response = await importInto(user, backup, true);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe(path);
    expect(await snapshotDatabase(database.db)).toBe(before);
  });
});
