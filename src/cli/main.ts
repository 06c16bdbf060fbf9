import { Command, CommanderError, Option } from 'commander';
import type { CardAddOptions } from './commands/cards.js';
import type { OfferAddOptions } from './commands/offers.js';
import type { PracticeLogOptions } from './commands/practice.js';
import type { ProjectFlags } from './commands/projects.js';
import type { ReviewOptions } from './commands/review.js';
import type { RoundAddOptions } from './commands/rounds.js';
import type { StoryAddOptions } from './commands/stories.js';
import { UsageError } from './errors.js';

/**
 * Commands import their modules when they run, so a pure command such as `plan` never loads
 * the database drivers or the web server.
 */
const dataCommands = () => import('./commands/data.js');

/** The flags `projects add` and `projects set` share: the fields of a portfolio project. */
type ProjectOptions = ProjectFlags & { email?: string; json?: boolean };

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

  program
    .command('replan')
    .description('start the plan again today, leaving out what is done or skipped')
    .option('--hours <hours>', "weekly hours from now on (default: the profile's)")
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the new plan as JSON')
    .action(async (options: { hours?: string; email?: string; json?: boolean }) =>
      (await dataCommands()).replanCommand(options),
    );

  program
    .command('checkin')
    .description('the weekly check-in: what went well, what got in the way, next focus')
    .option('--week <monday>', 'the Monday of the week (default: last week)')
    .option('--well <text>', 'what went well')
    .option('--blockers <text>', 'what got in the way')
    .option('--next <text>', 'the focus for next week')
    .option('--email <email>', 'the account (needed when there are several)')
    .action(
      async (options: {
        week?: string;
        well?: string;
        blockers?: string;
        next?: string;
        email?: string;
      }) => (await dataCommands()).checkinCommand(options),
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

  const projects = program
    .command('projects')
    .description('your portfolio projects: list, add, change, readiness (as the Portfolio page)');
  const projectFields = (command: Command) =>
    command
      .addOption(
        new Option('--status <status>', 'where the project stands').choices([
          'idea',
          'building',
          'shipped',
          'paused',
        ]),
      )
      .option('--repo <url>', 'the public repository, https://…')
      .option('--path <folder>', 'where the repository sits on this machine (for check-repo)')
      .option('--deployed-url <url>', 'where the project runs live, https://…')
      .option('--dataset <text>', 'what the data is')
      .option('--dataset-size <text>', 'how much of it, such as "12,000 rows"')
      .option('--metric <text>', 'the metric that matters, such as "recall on churners"')
      .option('--baseline <value>', "the baseline's value on that metric")
      .option('--result <value>', "your model's value on that metric")
      .option('--eval-size <text>', 'size of the held-out set the result was measured on')
      .option('--eval-method <text>', 'how it was measured, such as "time-based split"')
      .option('--writeup <url>', 'a post about the project, https://…')
      .option('--catalog <id>', 'the plan project it started from, such as domain-flagship')
      .option('--email <email>', 'the account (needed when there are several)')
      .option('--json', 'print the saved project as JSON');
  projects
    .command('list', { isDefault: true })
    .description('(default) the projects with their status and numbers, and the readiness summary')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the projects and readiness summary as JSON')
    .action(async (options: { email?: string; json?: boolean }) =>
      (await import('./commands/projects.js')).projectsList(options),
    );
  projectFields(
    projects
      .command('add')
      .description(
        'add a project: mlpath projects add "Churn model" --metric recall --baseline 0.61 --result 0.78',
      )
      .argument('<title>', 'what the project is called'),
  ).action(async (title: string, options: ProjectOptions) =>
    (await import('./commands/projects.js')).projectsAdd(title, options),
  );
  projectFields(
    projects
      .command('set')
      .description('change fields of a project: mlpath projects set 3f2a1b9c --status shipped')
      .argument('<id>', 'the project id, or its first characters as the list shows them')
      .option('--title <title>', 'a new title'),
  ).action(async (id: string, options: ProjectOptions) =>
    (await import('./commands/projects.js')).projectsSet(id, options),
  );
  projects
    .command('readiness')
    .description('the portfolio against the targets a job search needs, and the next step')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the readiness report as JSON')
    .action(async (options: { email?: string; json?: boolean }) =>
      (await import('./commands/projects.js')).projectsReadiness(options),
    );

  const cards = program.command('cards').description('the interview question cards');
  cards
    .command('due', { isDefault: true })
    .description(
      '(default) per topic, cards due now, never studied and in all; when the next is due',
    )
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the counts as JSON')
    .action(async (options: { email?: string; json?: boolean }) =>
      (await import('./commands/review.js')).cardsDue(options),
    );

  cards
    .command('add')
    .description(
      'add a question of your own: mlpath cards add --topic sql --round technical-screen --prompt … --answer …',
    )
    .option('--topic <topic>', 'python, sql, practical-ml, metrics, system-design, behavioral, …')
    .option(
      '--round <round...>',
      'the rounds it is asked in (recruiter-screen, technical-screen, …)',
    )
    .option('--prompt <text>', 'the question')
    .option('--answer <text>', 'what a good answer covers')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the saved card as JSON')
    .action(async (options: CardAddOptions) =>
      (await import('./commands/cards.js')).cardsAdd(options),
    );

  const stories = program
    .command('stories')
    .description('STAR stories for behavioral questions: list and add');
  stories
    .command('list', { isDefault: true })
    .description('(default) your stories, newest first')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the stories as JSON')
    .action(async (options: { email?: string; json?: boolean }) =>
      (await import('./commands/stories.js')).storiesList(options),
    );
  stories
    .command('add')
    .description('write a story: situation, task, action, result')
    .option('--title <text>', 'a short name for the story')
    .option('--situation <text>', 'where and when; what was at stake')
    .option('--task <text>', 'what you had to do')
    .option('--action <text>', 'what you did, in your own steps')
    .option('--result <text>', 'what came of it, with numbers')
    .option('--project <id>', 'the portfolio project it is about (the start of its id)')
    .option('--card <id...>', 'cards the story answers, such as behavioral-conflict')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the saved story as JSON')
    .action(async (options: StoryAddOptions) =>
      (await import('./commands/stories.js')).storiesAdd(options),
    );

  const rounds = program
    .command('rounds')
    .description('interview rounds you have coming, each with its checklist');
  rounds
    .command('list', { isDefault: true })
    .description('(default) your rounds by date, with the checklist and what is ready')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the rounds as JSON')
    .action(async (options: { email?: string; json?: boolean }) =>
      (await import('./commands/rounds.js')).roundsList(options),
    );
  rounds
    .command('add')
    .description('plan a round: mlpath rounds add technical-screen --on 2027-01-15')
    .argument(
      '<round>',
      'recruiter-screen, technical-screen, take-home, system-design, behavioral or onsite',
    )
    .option('--on <date>', 'the day of the round, YYYY-MM-DD')
    .option('--application <id>', 'the application it belongs to (the start of its id)')
    .option('--notes <text>', 'who runs it, what they said it covers')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the planned round as JSON')
    .action(async (round: string, options: RoundAddOptions) =>
      (await import('./commands/rounds.js')).roundsAdd(round, options),
    );
  rounds
    .command('check')
    .description(
      'tick checklist items of a round by their number: mlpath rounds check 3f2a1b9c 1 2',
    )
    .argument('<round>', 'the start of the round id as mlpath rounds shows it')
    .argument('<items...>', 'item numbers in the checklist')
    .option('--undo', 'untick them instead')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the round as JSON')
    .action(
      async (
        round: string,
        items: string[],
        options: { undo?: boolean; email?: string; json?: boolean },
      ) => (await import('./commands/rounds.js')).roundsCheck(round, items, options),
    );

  program
    .command('review')
    .description(
      'spaced-repetition review: the next question; CARD shows its answer; CARD --grade N records the grade (1 again, 2 hard, 3 good, 4 easy). In a terminal without arguments: a review session',
    )
    .argument('[card]', 'a card id, as the next question shows it')
    .option('--grade <grade>', 'how well you answered: 1 again, 2 hard, 3 good, 4 easy')
    .option('--topic <topic>', 'only cards of one topic (python, sql, metrics, system-design, …)')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the card or the graded review as JSON')
    .action(async (card: string | undefined, options: ReviewOptions) =>
      (await import('./commands/review.js')).reviewCommand(card, options),
    );

  const practice = program
    .command('practice')
    .description('coding practice toward 200 solved problems');
  practice
    .command('progress', { isDefault: true })
    .description('(default) problems solved toward 200: difficulty, topics, pace, expected date')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the progress as JSON')
    .action(async (options: { email?: string; json?: boolean }) =>
      (await import('./commands/practice.js')).practiceProgress(options),
    );
  practice
    .command('log')
    .description('log one attempt: mlpath practice log "Two Sum" --topic arrays --difficulty easy')
    .argument('<problem>', 'the problem name, or its https:// address')
    .option(
      '--topic <topic>',
      'arrays, strings, hashing, trees, graphs, dynamic-programming, sql, …',
    )
    .option('--difficulty <difficulty>', 'easy, medium or hard')
    .option('--minutes <minutes>', 'time spent: 45, 1h, 1h15m (default: 30)')
    .option('--date <date>', 'the day, YYYY-MM-DD (default: today)')
    .option('--with-help', 'you used hints or read a solution')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the saved entry as JSON')
    .action(async (problem: string, options: PracticeLogOptions) =>
      (await import('./commands/practice.js')).practiceLog(problem, options),
    );

  const offers = program.command('offers').description('job offers: compare them side by side');
  offers
    .command('compare', { isDefault: true })
    .description('(default) every offer side by side: pay, totals, salary band, deadline')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the comparison as JSON')
    .action(async (options: { email?: string; json?: boolean }) =>
      (await import('./commands/offers.js')).offersCompare(options),
    );
  offers
    .command('add')
    .description('record an offer; amounts are yearly, in whole units of its currency')
    .option('--company <name>', 'the company')
    .option('--role <title>', 'the job title')
    .addOption(
      new Option('--level <level>', 'the level of the role').choices(['entry', 'mid', 'senior']),
    )
    .option('--location <place>', 'city, country or Remote')
    .option('--currency <code>', 'three-letter code, such as USD or EUR')
    .option('--base <amount>', 'yearly base salary, such as 120000')
    .option('--bonus <amount>', 'yearly target bonus (default 0)')
    .option('--equity <amount>', 'equity vesting per year (default 0)')
    .option('--sign-on <amount>', 'one-off sign-on bonus (default 0)')
    .option('--benefits <text>', 'benefits worth noting')
    .option('--deadline <date>', 'last day to answer, YYYY-MM-DD')
    .option('--received <date>', 'the day the offer came, YYYY-MM-DD')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the saved offer as JSON')
    .action(async (options: OfferAddOptions) =>
      (await import('./commands/offers.js')).offersAdd(options),
    );

  offers
    .command('accept')
    .description('accept an offer (by id or company) and start growth mode')
    .argument('<offer>', 'the start of the offer id as mlpath offers shows it, or the company')
    .option('--on <date>', 'the day you accepted, YYYY-MM-DD (default today)')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the accepted offer and the growth stage as JSON')
    .action(async (offer: string, options: { on?: string; email?: string; json?: boolean }) =>
      (await import('./commands/offers.js')).offersAccept(offer, options),
    );
  offers
    .command('negotiate')
    .description('the negotiation checklist of an offer; item numbers tick them, dated today')
    .argument('<offer>', 'the start of the offer id as mlpath offers shows it, or the company')
    .argument('[items...]', 'item numbers to tick')
    .option('--undo', 'untick the items instead')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the offer with its checklist dates as JSON')
    .action(
      async (
        offer: string,
        items: string[],
        options: { undo?: boolean; email?: string; json?: boolean },
      ) => (await import('./commands/offers.js')).offersNegotiate(offer, items, options),
    );
  offers
    .command('unaccept')
    .description('take an acceptance back (job-search mode again)')
    .argument('<offer>', 'the start of the offer id as mlpath offers shows it, or the company')
    .option('--email <email>', 'the account (needed when there are several)')
    .option('--json', 'print the offer as JSON')
    .action(async (offer: string, options: { email?: string; json?: boolean }) =>
      (await import('./commands/offers.js')).offersUnaccept(offer, options),
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

  program
    .command('analyze-jd')
    .description('read a job posting (text, HTML, Markdown or PDF): kind, level, skills, flags')
    .argument('<file>', 'the posting (- reads stdin)')
    .option('--profile <file>', 'a Profile JSON file: adds the skills gap')
    .option('--json', 'print the analysis as JSON (the contract)')
    .action(async (file: string, options: { profile?: string; json?: boolean }) =>
      (await import('./commands/analyze-jd.js')).analyzeJdCommand(file, options),
    );

  program
    .command('coach-bullet')
    .description('score one resume bullet and suggest a stronger shape')
    .argument('<text>', 'the bullet (- reads stdin)')
    .option('--json', 'print the result as JSON (the contract)')
    .action(async (text: string, options: { json?: boolean }) =>
      (await import('./commands/coach-bullet.js')).coachBulletCommand(text, options),
    );

  program
    .command('check-repo')
    .description('check a local git repository against what hiring managers look for')
    .argument('<path>', 'the repository folder')
    .option('--json', 'print the result as JSON (the contract)')
    .action(async (path: string, options: { json?: boolean }) =>
      (await import('./commands/check-repo.js')).checkRepoCommand(path, options),
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
