import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadCatalog, resolveAlias } from '../../catalog/index.js';
import { describeIssues } from '../../core/profile.js';
import {
  CheckinInputSchema,
  parseDuration,
  TimeEntryInputSchema,
} from '../../core/progress/schema.js';
import {
  createAccount,
  EmailTakenError,
  listAccounts,
  MIN_PASSWORD_LENGTH,
  setPassword,
} from '../../db/accounts.js';
import {
  BackupConflictError,
  exportBackup,
  InvalidBackupError,
  importBackup,
} from '../../db/backup.js';
import { saveCheckin } from '../../db/checkins.js';
import { dashboardFor } from '../../db/dashboard.js';
import { replanFromToday } from '../../db/plans.js';
import { getProfile } from '../../db/profiles.js';
import { addTimeEntries } from '../../db/progress.js';
import { localToday } from '../clock.js';
import { pickAccount, withDatabase } from '../database.js';
import { UsageError } from '../errors.js';
import { readJsonFile } from '../files.js';
import { formatProfile, formatStatus } from '../format.js';
import { print, printJson } from '../output.js';

/** Commands that open the database; loaded only when one of them runs. */

function readNewPassword(fromStdin: boolean): { password: string; generated: boolean } {
  if (!fromStdin) return { password: randomBytes(12).toString('base64url'), generated: true };
  const password = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new UsageError(`password: must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  return { password, generated: false };
}

export async function migrate(): Promise<void> {
  await withDatabase(async (handle) => {
    print(`migrations applied (${handle.kind} database)`);
  });
}

export async function exportCommand(file: string, options: { email?: string }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const text = `${JSON.stringify(await exportBackup(db, account.id), null, 2)}\n`;
    if (file === '-') return void process.stdout.write(text);
    try {
      writeFileSync(file, text);
    } catch (error) {
      throw new UsageError(`${file}: cannot be written (${(error as NodeJS.ErrnoException).code})`);
    }
    print(`exported ${account.email} to ${file}`);
  });
}

export async function importCommand(
  file: string,
  options: { email?: string; replace?: boolean },
): Promise<void> {
  const backup = readJsonFile(file, 'backup');
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    try {
      await importBackup(db, account.id, backup, { replace: options.replace === true });
    } catch (error) {
      if (error instanceof InvalidBackupError) {
        throw new UsageError(`${error.issues[0]?.path}: ${error.issues[0]?.message}`);
      }
      if (error instanceof BackupConflictError) {
        throw new UsageError(`${account.email} already holds data; add --replace to overwrite it`);
      }
      throw error;
    }
    print(`imported ${file} into ${account.email}`);
  });
}

export async function profileShow(options: { email?: string; json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const saved = await getProfile(db, account.id);
    if (!saved)
      throw new UsageError(`${account.email} has not saved a profile yet; answer the intake quiz`);
    if (options.json) printJson(saved);
    else print(formatProfile(account.email, saved));
  });
}

export async function userList(options: { json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const accounts = await listAccounts(db);
    if (options.json) return printJson(accounts);
    print(
      accounts.length ? accounts.map((account) => account.email).join('\n') : 'no accounts yet',
    );
  });
}

export async function userCreate(options: {
  email: string;
  passwordStdin?: boolean;
}): Promise<void> {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(options.email.trim())) {
    throw new UsageError('--email: must be an email address');
  }
  const { password, generated } = readNewPassword(options.passwordStdin === true);
  await withDatabase(async ({ db }) => {
    try {
      const account = await createAccount(db, options.email, password);
      print(`created ${account.email}${generated ? `; password: ${password}` : ''}`);
    } catch (error) {
      if (error instanceof EmailTakenError) throw new UsageError(`--email: ${error.message}`);
      throw error;
    }
  });
}

export async function userResetPassword(options: {
  email: string;
  passwordStdin?: boolean;
}): Promise<void> {
  const { password, generated } = readNewPassword(options.passwordStdin === true);
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    await setPassword(db, account.id, password);
    print(
      `password reset for ${account.email}; every session was signed out${generated ? `\nnew password: ${password}` : ''}`,
    );
  });
}

export async function logCommand(
  duration: string,
  target: string,
  options: {
    build?: boolean;
    theory?: boolean;
    note?: string;
    date?: string;
    email?: string;
    json?: boolean;
  },
): Promise<void> {
  const minutes = parseDuration(duration);
  if (minutes === null)
    throw new UsageError(`duration: "${duration}" is not a duration (try 90m, 1.5h or 1h30m)`);
  if (options.build && options.theory) throw new UsageError('--build and --theory: pick one');
  const catalog = loadCatalog();
  const id = target.toLowerCase();
  const skill =
    catalog.skills.find((item) => item.id === id) ??
    catalog.skills.find((item) => item.id === resolveAlias(id));
  const project = skill ? undefined : catalog.projects.find((item) => item.id === id);
  if (!skill && !project)
    throw new UsageError(`target: no skill or project "${target}" in the catalog`);
  const parsed = TimeEntryInputSchema.safeParse({
    date: options.date ?? localToday(),
    minutes,
    targetKind: skill ? 'skill' : 'project',
    targetId: skill?.id ?? project?.id,
    mode: options.theory ? 'theory' : 'build',
    ...(options.note ? { note: options.note } : {}),
  });
  if (!parsed.success) {
    const issue = describeIssues(parsed.error, 'entry')[0];
    throw new UsageError(`${issue?.path.replace(/^entry\./, '')}: ${issue?.message}`);
  }
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const [entry] = await addTimeEntries(db, account.id, [parsed.data]);
    if (options.json) return printJson(entry);
    print(
      `logged ${minutes} min of ${parsed.data.mode} on ${skill?.title ?? project?.title} (${parsed.data.date}) for ${account.email}`,
    );
  });
}

export async function statusCommand(options: { email?: string; json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const dashboard = await dashboardFor(db, account.id, localToday());
    if (!dashboard)
      throw new UsageError(`${account.email} has not saved a profile yet; answer the intake quiz`);
    if (options.json) return printJson(dashboard);
    print(formatStatus(account.email, dashboard));
  });
}

/** `mlpath replan`: the plan starts again today, leaving out what is done or skipped. */
export async function replanCommand(options: {
  hours?: string;
  email?: string;
  json?: boolean;
}): Promise<void> {
  const hours = options.hours === undefined ? undefined : Number(options.hours);
  if (hours !== undefined && !(Number.isFinite(hours) && hours >= 1 && hours <= 80)) {
    throw new UsageError(`--hours: must be a number of hours from 1 to 80, got "${options.hours}"`);
  }
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const plan = await replanFromToday(db, account.id, localToday(), hours);
    if (!plan)
      throw new UsageError(`${account.email} has not saved a profile yet; answer the intake quiz`);
    if (options.json) return printJson(plan);
    const { p50, p80 } = plan.estimate.firstOfferDate;
    print(
      `Re-planned from ${plan.weeks[0]?.start ?? localToday()} at ${plan.profile.hoursPerWeek} h/week: ` +
        `first offer ${p50} (P50) / ${p80} (P80), ${plan.skills.filter((skill) => skill.status === 'planned' || skill.status === 'learning').length} skills to go.`,
    );
  });
}

/** `mlpath checkin`: the weekly reflection for the week that starts on a Monday. */
export async function checkinCommand(options: {
  week?: string;
  well?: string;
  blockers?: string;
  next?: string;
  email?: string;
}): Promise<void> {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const weekStart =
      options.week ?? (await dashboardFor(db, account.id, localToday()))?.checkin.weekStart;
    if (!weekStart) throw new UsageError('--week: give the Monday of the week (YYYY-MM-DD)');
    const parsed = CheckinInputSchema.safeParse({
      weekStart,
      wentWell: options.well ?? '',
      blockers: options.blockers ?? '',
      nextFocus: options.next ?? '',
    });
    if (!parsed.success) {
      const [issue] = describeIssues(parsed.error, 'checkin');
      const flags: Record<string, string> = {
        'checkin.weekStart': '--week',
        'checkin.wentWell': '--well',
        'checkin.blockers': '--blockers',
        'checkin.nextFocus': '--next',
      };
      throw new UsageError(`${flags[issue?.path ?? ''] ?? issue?.path}: ${issue?.message}`);
    }
    await saveCheckin(db, account.id, parsed.data);
    print(`Checked in on the week of ${parsed.data.weekStart}.`);
  });
}
