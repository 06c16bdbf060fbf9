import { Command, CommanderError, Option } from 'commander';
import { UsageError } from './errors.js';

/**
 * Commands import their modules when they run, so a pure command such as `plan` never loads
 * the database drivers or the web server.
 */
const dataCommands = () => import('./commands/data.js');

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
    .action(async (options: { port?: string; host?: string }) =>
      (await import('./commands/serve.js')).serve(options),
    );

  program
    .command('migrate')
    .description('apply the database migrations that have not run yet')
    .action(async () => (await dataCommands()).migrate());

  program
    .command('export')
    .description('write a backup of one account as JSON (FILE of - writes to stdout)')
    .argument('<file>', 'where to write the backup')
    .option('--email <email>', 'the account to export (needed when there are several)')
    .action(async (file: string, options: { email?: string }) =>
      (await dataCommands()).exportCommand(file, options),
    );

  program
    .command('import')
    .description('restore a backup made by export or the web app into one account')
    .argument('<file>', 'the backup JSON (- reads stdin)')
    .option('--email <email>', 'the account to restore into (needed when there are several)')
    .option('--replace', 'overwrite the data the account already holds')
    .action(async (file: string, options: { email?: string; replace?: boolean }) =>
      (await dataCommands()).importCommand(file, options),
    );

  program
    .command('log')
    .description('log study time: mlpath log 90m pytorch-training-loop --build')
    .argument('<duration>', 'how long: 90m, 1.5h, 1h30m or minutes')
    .argument('<target>', 'a catalog skill or project id (aliases such as py work too)')
    .option('--build', 'time spent building (the default)')
    .option('--theory', 'time spent reading, watching or taking notes')
    .option('--note <text>', 'what you did')
    .option('--date <date>', 'the day, YYYY-MM-DD (default: today)')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the saved entry as JSON')
    .action(
      async (
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
      ) => (await dataCommands()).logCommand(duration, target, options),
    );

  program
    .command('status')
    .description('where you stand: this week, pace, forecast, coach alerts, runway')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the dashboard figures as JSON')
    .action(async (options: { email?: string; json?: boolean }) =>
      (await dataCommands()).statusCommand(options),
    );

  const profile = program.command('profile').description('the intake profile of an account');
  profile
    .command('show')
    .description('print the saved profile')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the profile as JSON')
    .action(async (options: { email?: string; json?: boolean }) =>
      (await dataCommands()).profileShow(options),
    );

  const user = program.command('user').description('accounts on this instance (for its operator)');
  user
    .command('list')
    .description('list the accounts')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => (await dataCommands()).userList(options));

  user
    .command('create')
    .description('create an account (works while signup is closed)')
    .requiredOption('--email <email>', 'the new account email')
    .option('--password-stdin', 'read the password from stdin instead of generating one')
    .action(async (options: { email: string; passwordStdin?: boolean }) =>
      (await dataCommands()).userCreate(options),
    );

  user
    .command('reset-password')
    .description('set a new password for an account and sign it out everywhere')
    .requiredOption('--email <email>', 'the account')
    .option('--password-stdin', 'read the new password from stdin instead of generating one')
    .action(async (options: { email: string; passwordStdin?: boolean }) =>
      (await dataCommands()).userResetPassword(options),
    );

  program
    .command('plan')
    .description('the personalized week-by-week plan for a profile (pure: writes only to stdout)')
    .requiredOption('--profile <file>', 'a Profile JSON file (- reads stdin)')
    .option('--json', 'print the plan as JSON (the contract)')
    .addOption(
      new Option('--format <format>', 'output format instead of the summary').choices([
        'json',
        'ics',
        'md',
      ]),
    )
    .action(async (options: { profile: string; json?: boolean; format?: string }) =>
      (await import('./commands/plan.js')).planCommand(options),
    );

  return program;
}

const isUsageError = (error: unknown): error is Error =>
  error instanceof UsageError || (error as Error | undefined)?.name === 'DataDirBusyError';

/** Runs the CLI; bad input exits 2 with one line on stderr, internal errors exit 1. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0 || error.code === 'commander.help') {
        process.exitCode = 0;
        return;
      }
      process.stderr.write(`mlpath: ${error.message.replace(/^error: /, '').split('\n')[0]}\n`);
      process.exitCode = 2;
      return;
    }
    if (isUsageError(error)) {
      process.stderr.write(`mlpath: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`mlpath: internal error: ${(error as Error).message?.split('\n')[0]}\n`);
    if (process.env.MLPATH_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
