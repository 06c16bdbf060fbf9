import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { VALID_PROFILE } from '../../test/app.js';
import { testEngine } from '../../test/database.js';
import { PlanSchema } from '../core/plan/schema.js';
import { checkCredentials } from '../db/accounts.js';
import { openDatabase } from '../db/client.js';
import { cliUnderTest, expectUsageError } from './testing.js';

/** The CLI is tested as users run it: a bundled JavaScript file in a child process. */
const { mlpath, file, scratch, databaseEnv } = cliUnderTest();

describe('mlpath plan', () => {
  it.each([
    ['/dev/null', /profile: \/dev\/null is empty/],
    ['missing.json', /missing\.json: no such file/],
  ])('rejects %s with exit 2', async (path, message) => {
    expectUsageError(await mlpath(['plan', '--profile', path, '--json']), message);
  });

  it.each([
    ['not json', 'not json {', /is not valid JSON/],
    ['a list', '[1]', /^mlpath: profile: must be an object$/],
    [
      'hours out of range',
      '{"background":"academic","hoursPerWeek":100}',
      /^mlpath: profile\.hoursPerWeek: must be a number between 1 and 80$/,
    ],
    [
      'an unknown key',
      '{"background":"academic","hoursPerWeek":10,"hoursperweek":3}',
      /profile\.hoursperweek: unknown field/,
    ],
    [
      'a bad skill level',
      '{"background":"academic","hoursPerWeek":10,"skills":{"git":7}}',
      /profile\.skills\.git: must be a skill level from 0 to 3/,
    ],
  ])('rejects %s with exit 2 naming the field', async (_name, content, message) => {
    expectUsageError(
      await mlpath(['plan', '--profile', file('profile.json', content), '--json']),
      message,
    );
  });

  it('reads the profile from stdin with -', async () => {
    expectUsageError(
      await mlpath(['plan', '--profile', '-'], { stdin: '{"hoursPerWeek":5}' }),
      /profile\.background: is required/,
    );
  });

  it('prints the contract plan with --json, the same twice, writing nothing', async () => {
    const profile = file('ok.json', JSON.stringify(VALID_PROFILE));
    const before = readdirSync(scratch).sort();
    const first = await mlpath(['plan', '--profile', profile, '--json']);
    expect(first.code, first.stderr).toBe(0);
    const plan = PlanSchema.parse(JSON.parse(first.stdout));
    expect(plan.profile).toEqual(VALID_PROFILE);
    expect(plan.weeks[0]?.start).toBe(VALID_PROFILE.startDate);
    expect((await mlpath(['plan', '--profile', profile, '--json'])).stdout).toBe(first.stdout);
    expect(readdirSync(scratch).sort()).toEqual(before);
  });

  it('exports iCalendar that an independent parser reads: one event per milestone, unique UIDs', async () => {
    const json = JSON.parse(
      (
        await mlpath([
          'plan',
          '--profile',
          file('ok.json', JSON.stringify(VALID_PROFILE)),
          '--json',
        ])
      ).stdout,
    );
    const run = await mlpath([
      'plan',
      '--profile',
      file('ok.json', JSON.stringify(VALID_PROFILE)),
      '--format',
      'ics',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(run.stdout));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    const uids = events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const milestone of json.milestones) {
      const event = events.find((item) => item.summary === milestone.title);
      expect(event?.startDate.toString()).toBe(milestone.date);
      expect(event?.startDate.isDate).toBe(true);
    }
    expect(events.filter((event) => event.summary.startsWith('Study week')).length).toBeGreaterThan(
      10,
    );
    const stamps = calendar
      .getAllSubcomponents('vevent')
      .map((event) => event.getFirstPropertyValue('dtstamp')?.toString());
    expect(new Set(stamps)).toEqual(new Set([`${VALID_PROFILE.startDate}T00:00:00Z`]));
  });

  it('exports Markdown and a readable summary', async () => {
    const profile = file('ok.json', JSON.stringify(VALID_PROFILE));
    const markdown = await mlpath(['plan', '--profile', profile, '--format', 'md']);
    expect(markdown.stdout).toMatch(/^# Your mlpath plan/);
    for (const heading of [
      '## Estimate',
      '## Phases',
      '## Projects',
      '## Milestones',
      '## Weeks',
    ]) {
      expect(markdown.stdout).toContain(heading);
    }
    const summary = await mlpath(['plan', '--profile', profile]);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toMatch(
      /First offer \(P50 \/ P80\): \d{4}-\d{2}-\d{2} \/ \d{4}-\d{2}-\d{2}/,
    );
    expectUsageError(
      await mlpath(['plan', '--profile', profile, '--json', '--format', 'md']),
      /pick one/,
    );
    expectUsageError(await mlpath(['plan', '--profile', profile, '--format', 'pdf']), /--format/);
  });

  it('exits 2 on an unknown option or command', async () => {
    expectUsageError(
      await mlpath(['plan', '--profile', '/dev/null', '--colour']),
      /unknown option '--colour'/,
    );
    expectUsageError(await mlpath(['fly']), /unknown command 'fly'/);
  });
});

describe('the pure analyzers through the built bundle', () => {
  it('analyze-jd, coach-bullet and check-repo print one JSON document or exit 2 with one line', async () => {
    const posting = file(
      'posting.md',
      '# ML Engineer\n## Requirements\n- 2+ years of Python and SQL\n- Docker\n## Nice to have\n- PyTorch\n',
    );
    const analysis = await mlpath(['analyze-jd', posting, '--json']);
    expect(analysis.code, analysis.stderr).toBe(0);
    expect(JSON.parse(analysis.stdout)).toMatchObject({
      kind: 'applied',
      yearsRequired: 2,
      skills: { preferred: ['pytorch'] },
    });
    expectUsageError(await mlpath(['analyze-jd', file('empty.txt', ''), '--json']), /empty/);
    expectUsageError(await mlpath(['analyze-jd', join(scratch, 'missing.txt')]), /missing\.txt/);

    const bullet = await mlpath(['coach-bullet', 'Worked on machine learning models', '--json']);
    expect(bullet.code, bullet.stderr).toBe(0);
    expect(JSON.parse(bullet.stdout)).toMatchObject({ verdict: 'weak' });
    const fromStdin = await mlpath(['coach-bullet', '-', '--json'], { stdin: 'Built an API' });
    expect(JSON.parse(fromStdin.stdout).verdict).toBe('weak');

    expectUsageError(await mlpath(['check-repo', scratch, '--json']), /git/);
  });
});

describe('help', () => {
  it.each([
    [[]],
    [['serve']],
    [['export']],
    [['import']],
    [['profile', 'show']],
    [['user', 'reset-password']],
    [['plan']],
    [['projects']],
    [['projects', 'add']],
    [['projects', 'set']],
    [['cards', 'due']],
    [['review']],
    [['practice', 'log']],
    [['offers', 'add']],
  ])('mlpath %j --help exits 0 with usage', async (args) => {
    const run = await mlpath([...args, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: mlpath/);
  });
});

describe('accounts, profile and backups on the database', () => {
  const backup = (profile: object) =>
    JSON.stringify({
      format: 'mlpath-backup',
      version: 1,
      exportedAt: '2027-01-01T00:00:00Z',
      data: { profiles: [profile] },
    });

  it('runs migrate, creates an account and reports that it has no profile yet', async () => {
    expect((await mlpath(['migrate'])).code).toBe(0);
    const created = await mlpath(
      ['user', 'create', '--email', 'ada@example.test', '--password-stdin'],
      {
        stdin: 'a long enough password\n',
      },
    );
    expect(created.code, created.stderr).toBe(0);
    expectUsageError(await mlpath(['profile', 'show']), /has not saved a profile yet/);
    expectUsageError(
      await mlpath(['user', 'create', '--email', 'ada@example.test', '--password-stdin'], {
        stdin: 'another long password',
      }),
      /already exists/,
    );
  });

  it('imports a backup, shows the profile, exports the same data, and refuses to overwrite without --replace', async () => {
    const imported = await mlpath(['import', file('in.json', backup(VALID_PROFILE))]);
    expect(imported.code, imported.stderr).toBe(0);
    const shown = await mlpath(['profile', 'show', '--json']);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toEqual(VALID_PROFILE);
    const human = await mlpath(['profile', 'show']);
    expect(human.stdout).toContain('logistics');
    expect(human.stdout).toMatch(/sql\s+production/);

    const out = join(scratch, 'out.json');
    expect((await mlpath(['export', out])).code).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8'));
    expect(exported).toMatchObject({
      format: 'mlpath-backup',
      version: 1,
      data: { profiles: [VALID_PROFILE] },
    });
    const stdout = await mlpath(['export', '-']);
    expect(JSON.parse(stdout.stdout).data).toEqual(exported.data);

    expectUsageError(await mlpath(['import', out]), /already holds data; add --replace/);
    const replaced = await mlpath([
      'import',
      file('new.json', backup({ background: 'academic', hoursPerWeek: 40 })),
      '--replace',
    ]);
    expect(replaced.code).toBe(0);
    expect(JSON.parse((await mlpath(['profile', 'show', '--json'])).stdout).hoursPerWeek).toBe(40);
  });

  it('rejects an invalid backup with exit 2 naming the field, and keeps the data', async () => {
    const run = await mlpath([
      'import',
      file('bad.json', backup({ background: 'academic', hoursPerWeek: 0 })),
      '--replace',
    ]);
    expectUsageError(
      run,
      /backup\.data\.profiles\.0\.hoursPerWeek: must be a number between 1 and 80/,
    );
    expect(JSON.parse((await mlpath(['profile', 'show', '--json'])).stdout).hoursPerWeek).toBe(40);
  });

  it('asks for --email once there are several accounts', async () => {
    await mlpath(['user', 'create', '--email', 'grace@example.test']);
    expectUsageError(
      await mlpath(['profile', 'show']),
      /--email: required, this instance has 2 accounts/,
    );
    expectUsageError(
      await mlpath(['export', '-', '--email', 'nobody@example.test']),
      /no account with the email/,
    );
    const list = await mlpath(['user', 'list', '--json']);
    expect(JSON.parse(list.stdout).map((account: { email: string }) => account.email)).toEqual([
      'ada@example.test',
      'grace@example.test',
    ]);
  });

  it('logs study time against catalog skills and projects, and refuses bad input with exit 2', async () => {
    const ada = ['--email', 'ada@example.test'];
    const logged = await mlpath([
      'log',
      '1h30m',
      'py',
      '--note',
      'typing practice',
      '--date',
      '2027-03-02',
      ...ada,
    ]);
    expect(logged.code, logged.stderr).toBe(0);
    expect(logged.stdout).toMatch(/logged 90 min of build on .+ \(2027-03-02\)/);
    const theory = await mlpath([
      'log',
      '45',
      'domain-flagship',
      '--theory',
      '--date',
      '2027-03-03',
      '--json',
      ...ada,
    ]);
    expect(JSON.parse(theory.stdout)).toMatchObject({
      minutes: 45,
      targetKind: 'project',
      targetId: 'domain-flagship',
      mode: 'theory',
    });
    expectUsageError(
      await mlpath(['log', 'ninety', 'python', ...ada]),
      /duration: "ninety" is not a duration/,
    );
    expectUsageError(
      await mlpath(['log', '30m', 'astrology', ...ada]),
      /target: no skill or project "astrology"/,
    );
    expectUsageError(
      await mlpath(['log', '30m', 'python', '--date', '2027-02-30', ...ada]),
      /date: must be a real date/,
    );
    expectUsageError(
      await mlpath(['log', '25h', 'python', ...ada]),
      /minutes: must be a whole number of minutes/,
    );
    expectUsageError(
      await mlpath(['log', '30m', 'python', '--build', '--theory', ...ada]),
      /pick one/,
    );
    const exported = JSON.parse((await mlpath(['export', '-', ...ada])).stdout);
    expect(exported.data.time_entries).toEqual([
      {
        date: '2027-03-02',
        minutes: 90,
        targetKind: 'skill',
        targetId: 'python',
        mode: 'build',
        note: 'typing practice',
      },
      {
        date: '2027-03-03',
        minutes: 45,
        targetKind: 'project',
        targetId: 'domain-flagship',
        mode: 'theory',
      },
    ]);
  });

  it('prints the status: pace, forecast and totals, as text and JSON', async () => {
    const ada = ['--email', 'ada@example.test'];
    const json = await mlpath(['status', '--json', ...ada]);
    expect(json.code, json.stderr).toBe(0);
    const status = JSON.parse(json.stdout);
    expect(status.totals).toMatchObject({ entries: 2, hours: 2.25 });
    expect(status.forecast.firstOfferDate.p50).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const text = await mlpath(['status', ...ada]);
    expect(text.stdout).toContain(
      `first offer (P50 / P80)   ${status.forecast.firstOfferDate.p50}`,
    );
    expectUsageError(
      await mlpath(['status', '--email', 'grace@example.test']),
      /has not saved a profile yet/,
    );
  });

  it('re-plans from today and saves a weekly check-in, refusing bad input with exit 2', async () => {
    const ada = ['--email', 'ada@example.test'];
    const replanned = await mlpath(['replan', '--hours', '30', '--json', ...ada]);
    expect(replanned.code, replanned.stderr).toBe(0);
    const plan = JSON.parse(replanned.stdout);
    expect(plan.profile.hoursPerWeek).toBe(30);
    expect(plan.profile.startDate).toBe(plan.weeks[0].start);
    expectUsageError(await mlpath(['replan', '--hours', 'lots', ...ada]), /--hours: must be/);

    const status = JSON.parse((await mlpath(['status', '--json', ...ada])).stdout);
    expect(status.checkin.done).toBe(false);
    expect((await mlpath(['status', ...ada])).stdout).toContain('mlpath checkin');
    expectUsageError(
      await mlpath(['checkin', ...ada]),
      /--well: answer one of the three questions/,
    );
    const monday = status.checkin.weekStart;
    expectUsageError(
      await mlpath(['checkin', '--week', '2027-01-05', '--well', 'x', ...ada]),
      /--week: must be a Monday/,
    );
    const saved = await mlpath(['checkin', '--well', 'shipped the API', '--next', 'tests', ...ada]);
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toContain(monday);
    expect(JSON.parse((await mlpath(['status', '--json', ...ada])).stdout).checkin.done).toBe(true);
  });

  it('resets a password for the operator, printing a new one that works', async () => {
    const run = await mlpath(['user', 'reset-password', '--email', 'ADA@example.test']);
    expect(run.code, run.stderr).toBe(0);
    const password = /new password: (\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(10);
    const handle = await openDatabase({
      databaseUrl: databaseEnv().DATABASE_URL,
      dataDir: databaseEnv().MLPATH_DATA_DIR ?? '',
    });
    try {
      expect(await checkCredentials(handle.db, 'ada@example.test', password)).not.toBeNull();
      expect(
        await checkCredentials(handle.db, 'ada@example.test', 'a long enough password'),
      ).toBeNull();
    } finally {
      await handle.close();
    }
  });
});

describe.runIf(testEngine() === 'pglite')('the embedded database has one writer', () => {
  it('exits 2 with a clear message while another process holds the data directory', async () => {
    const dataDir = databaseEnv().MLPATH_DATA_DIR ?? '';
    writeFileSync(join(dataDir, 'mlpath.lock'), String(process.ppid));
    try {
      expectUsageError(
        await mlpath(['export', '-']),
        /in use by another mlpath process \(pid \d+\)/,
      );
      expectUsageError(await mlpath(['serve', '--port', '0']), /in use by another mlpath process/);
    } finally {
      rmSync(join(dataDir, 'mlpath.lock'));
    }
  });
});
