import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, readConfig } from '../config.js';
import { parseProfile } from '../core/profile.js';
import {
  createAccount,
  EmailTakenError,
  listAccounts,
  MIN_PASSWORD_LENGTH,
  setPassword,
} from '../db/accounts.js';
import {
  BackupConflictError,
  exportBackup,
  InvalidBackupError,
  importBackup,
} from '../db/backup.js';
import { DataDirBusyError } from '../db/lock.js';
import { getProfile } from '../db/profiles.js';
import { startServer } from '../server/start.js';
import { pickAccount, withDatabase } from './database.js';
import { UsageError } from './errors.js';
import { readJsonFile } from './files.js';
import { formatProfile } from './format.js';

const print = (text: string) => process.stdout.write(`${text}\n`);
const printJson = (value: unknown) => print(JSON.stringify(value, null, 2));

function readNewPassword(fromStdin: boolean): { password: string; generated: boolean } {
  if (!fromStdin) return { password: randomBytes(12).toString('base64url'), generated: true };
  const password = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new UsageError(`password: must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  return { password, generated: false };
}

export function buildProgram(): Command {
  const program = new Command('mlpath')
    .description('mlpath: a self-hosted coach for career switchers into applied ML engineering')
    .version('0.1.0')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: () => {} });

  program
    .command('serve')
    .description(
      'run the web app and API (HOST, PORT, DATABASE_URL, MLPATH_DATA_DIR, MLPATH_SIGNUP)',
    )
    .option('--port <port>', 'port to listen on (overrides PORT)')
    .option('--host <host>', 'address to listen on (overrides HOST)')
    .action(async (options: { port?: string; host?: string }) => {
      let config: ReturnType<typeof readConfig>;
      try {
        config = readConfig({
          ...process.env,
          ...(options.port !== undefined && { PORT: options.port }),
          ...(options.host !== undefined && { HOST: options.host }),
        });
      } catch (error) {
        if (error instanceof ConfigError) throw new UsageError(error.message);
        throw error;
      }
      const server = await startServer(config);
      const where =
        server.database.kind === 'embedded'
          ? `embedded database in ${config.dataDir}`
          : 'PostgreSQL';
      print(`mlpath is running at ${server.url} (${where}). Press Ctrl+C to stop.`);
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  program
    .command('migrate')
    .description('apply the database migrations that have not run yet')
    .action(async () => {
      await withDatabase(async (handle) => {
        print(`migrations applied (${handle.kind} database)`);
      });
    });

  program
    .command('export')
    .description('write a backup of one account as JSON (FILE of - writes to stdout)')
    .argument('<file>', 'where to write the backup')
    .option('--email <email>', 'the account to export (needed when there are several)')
    .action(async (file: string, options: { email?: string }) => {
      await withDatabase(async ({ db }) => {
        const account = await pickAccount(db, options.email);
        const text = `${JSON.stringify(await exportBackup(db, account.id), null, 2)}\n`;
        if (file === '-') return void process.stdout.write(text);
        try {
          writeFileSync(file, text);
        } catch (error) {
          throw new UsageError(
            `${file}: cannot be written (${(error as NodeJS.ErrnoException).code})`,
          );
        }
        print(`exported ${account.email} to ${file}`);
      });
    });

  program
    .command('import')
    .description('restore a backup made by export or the web app into one account')
    .argument('<file>', 'the backup JSON (- reads stdin)')
    .option('--email <email>', 'the account to restore into (needed when there are several)')
    .option('--replace', 'overwrite the data the account already holds')
    .action(async (file: string, options: { email?: string; replace?: boolean }) => {
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
            throw new UsageError(
              `${account.email} already holds data; add --replace to overwrite it`,
            );
          }
          throw error;
        }
        print(`imported ${file} into ${account.email}`);
      });
    });

  const profile = program.command('profile').description('the intake profile of an account');
  profile
    .command('show')
    .description('print the saved profile')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the profile as JSON')
    .action(async (options: { email?: string; json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const account = await pickAccount(db, options.email);
        const saved = await getProfile(db, account.id);
        if (!saved)
          throw new UsageError(
            `${account.email} has not saved a profile yet; answer the intake quiz`,
          );
        if (options.json) printJson(saved);
        else print(formatProfile(account.email, saved));
      });
    });

  const user = program.command('user').description('accounts on this instance (for its operator)');
  user
    .command('list')
    .description('list the accounts')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const accounts = await listAccounts(db);
        if (options.json) return printJson(accounts);
        print(
          accounts.length ? accounts.map((account) => account.email).join('\n') : 'no accounts yet',
        );
      });
    });

  user
    .command('create')
    .description('create an account (works while signup is closed)')
    .requiredOption('--email <email>', 'the new account email')
    .option('--password-stdin', 'read the password from stdin instead of generating one')
    .action(async (options: { email: string; passwordStdin?: boolean }) => {
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
    });

  user
    .command('reset-password')
    .description('set a new password for an account and sign it out everywhere')
    .requiredOption('--email <email>', 'the account')
    .option('--password-stdin', 'read the new password from stdin instead of generating one')
    .action(async (options: { email: string; passwordStdin?: boolean }) => {
      const { password, generated } = readNewPassword(options.passwordStdin === true);
      await withDatabase(async ({ db }) => {
        const account = await pickAccount(db, options.email);
        await setPassword(db, account.id, password);
        print(
          `password reset for ${account.email}; every session was signed out${generated ? `\nnew password: ${password}` : ''}`,
        );
      });
    });

  program
    .command('plan')
    .description(
      'the personalized week-by-week plan for a profile (arrives with the roadmap engine)',
    )
    .requiredOption('--profile <file>', 'a Profile JSON file (- reads stdin)')
    .option('--json', 'print the plan as JSON')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'ics', 'md']))
    .action(async (options: { profile: string }) => {
      const result = parseProfile(readJsonFile(options.profile, 'profile'));
      if (!result.ok)
        throw new UsageError(`${result.issues[0]?.path}: ${result.issues[0]?.message}`);
      process.stderr.write(
        'mlpath plan: the profile is valid, but the roadmap engine is not available yet\n',
      );
      process.exitCode = 1;
    });

  return program;
}

/** Runs the CLI; bad input exits 2 with one line on stderr, internal errors exit 1. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.exitCode === 0 ||
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version'
      ) {
        process.exitCode = 0;
        return;
      }
      if (error.code === 'commander.help') {
        process.exitCode = 0;
        return;
      }
      process.stderr.write(`mlpath: ${error.message.replace(/^error: /, '').split('\n')[0]}\n`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof UsageError || error instanceof DataDirBusyError) {
      process.stderr.write(`mlpath: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(
      `mlpath: internal error: ${(error as Error).message?.split('\n')[0] ?? error}\n`,
    );
    if (process.env.MLPATH_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
