/**
 * The portfolio-repository check behind `mlpath check-repo`: twelve things a hiring manager
 * looks for when opening a candidate's project, each with what was found and, when missing, one
 * next step. Pure: it reads a `RepoSnapshot` (see `src/repo/snapshot.ts` for the git side).
 */
import { checkPinning } from './dependencies.js';
import {
  findLicense,
  isCiConfig,
  isComposeFile,
  isDockerfile,
  isNotebook,
  isPlaceholderTest,
  isSourceModule,
  isTestFile,
  licenseKind,
  listSome,
} from './files.js';
import { type Block, formatOf, type Link, parseReadme, type Readme, sentences } from './readme.js';
import type { CommitInfo, RepoSnapshot } from './snapshot.js';

/** The check ids, in the order they are reported (the contract's order). */
export const CHECK_IDS = [
  'readme',
  'readme-results',
  'setup-instructions',
  'tests',
  'ci',
  'dockerfile',
  'dependencies-pinned',
  'license',
  'not-notebooks-only',
  'commit-history',
  'deployment-link',
  'evaluation-method',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/**
 * Points per check; they add up to 100 and the score is the sum over passing checks. Heaviest is
 * what a reviewer looks for first: results measured against a baseline, something live to try,
 * tests, and how the model was evaluated. Hygiene a template gives for free (license, Docker)
 * weighs least.
 */
export const WEIGHTS: Record<CheckId, number> = {
  'readme-results': 16,
  'deployment-link': 14,
  tests: 12,
  'evaluation-method': 10,
  readme: 8,
  'setup-instructions': 7,
  'not-notebooks-only': 7,
  'dependencies-pinned': 6,
  ci: 6,
  'commit-history': 6,
  dockerfile: 5,
  license: 3,
};

export interface RepoCheck {
  id: CheckId;
  pass: boolean;
  /** Points this check is worth (added to the score when it passes). */
  weight: number;
  /** What was found, with file names, counts or a quote. */
  detail: string;
  /** One sentence: what to do. Only on failing checks. */
  fix?: string;
}

export interface RepoReport {
  /** 0–100: the weights of the passing checks. */
  score: number;
  checks: RepoCheck[];
}

export interface CheckOptions {
  /** YYYY-MM-DD; when given, the commit-history detail says how long ago the last commit was. */
  today?: string;
}

interface Context {
  snapshot: RepoSnapshot;
  readme: Readme | null;
  readmePath: string;
  today: string | undefined;
}

type Outcome = { pass: true; detail: string } | { pass: false; detail: string; fix: string };

const MIN_README_WORDS = 150;
const MIN_SECTIONED_README_WORDS = 75;
const MIN_README_SECTIONS = 3;
const MIN_COMMIT_DAYS = 5;
const MIN_HISTORY_DAYS = 14;
const MAX_BUSIEST_DAY_SHARE = 0.8;

/** Runs every check on a snapshot; the same snapshot always gives the same report. */
export function checkRepository(snapshot: RepoSnapshot, options: CheckOptions = {}): RepoReport {
  const readme = snapshot.readme
    ? parseReadme(snapshot.readme.text, formatOf(snapshot.readme.path))
    : null;
  const context: Context = {
    snapshot,
    readme,
    readmePath: snapshot.readme?.path ?? 'README',
    today: options.today,
  };
  const checks = CHECK_IDS.map((id): RepoCheck => {
    const outcome = CHECKS[id](context);
    const check: RepoCheck = {
      id,
      pass: outcome.pass,
      weight: WEIGHTS[id],
      detail: outcome.detail,
    };
    if (!outcome.pass) check.fix = outcome.fix;
    return check;
  });
  const score = checks.reduce((sum, check) => sum + (check.pass ? check.weight : 0), 0);
  return { score, checks };
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** A short quote of `text` around `index` (or its start), for details. */
function quote(text: string, index = 0, max = 90): string {
  if (text.length <= max) return `“${text}”`;
  // Start at the beginning when the match fits comfortably, else a little before the match.
  const start = index < max - 30 ? 0 : Math.max(0, Math.min(index - 20, text.length - max));
  const excerpt = text.slice(start, start + max).trim();
  return `“${start > 0 ? '…' : ''}${excerpt}${start + max < text.length ? '…' : ''}”`;
}

const NO_README = 'no README (looked at the top level, .github/ and docs/)';

// --- readme --------------------------------------------------------------------------------

/**
 * Substantial: at least 150 words, or at least three sections (headings after the title) with 75
 * words or more. Code blocks and URLs are not words.
 */
function readmeCheck({ readme, readmePath }: Context): Outcome {
  const fix =
    'Write a README that says what problem the project solves, on which data, how the model was built and evaluated, what it achieved and how to run it.';
  if (!readme) return { pass: false, detail: NO_README, fix };
  const sections = sectionCount(readme);
  const detail = `${readmePath}: ${plural(readme.words, 'word')}, ${plural(sections, 'section')}`;
  const pass =
    readme.words >= MIN_README_WORDS ||
    (sections >= MIN_README_SECTIONS && readme.words >= MIN_SECTIONED_README_WORDS);
  return pass
    ? { pass, detail }
    : { pass, detail: `${detail}: too short to explain the project`, fix };
}

/** Headings below the title: every heading but the first of level 1. */
function sectionCount(readme: Readme): number {
  const levels = readme.blocks
    .filter((block) => block.kind === 'heading')
    .map((block) => block.level ?? 2);
  return levels.length - (levels.includes(1) ? 1 : 0);
}

// --- readme-results ------------------------------------------------------------------------

const METRIC =
  /\b(?:balanced accuracy|accuracy|precision|recall|specificity|sensitivity|f[- ]?1(?:[- ]score)?|f[- ]?(?:score|measure)|macro[- ]f1|micro[- ]f1|roc[- ]?auc|pr[- ]?auc|auroc|auprc|auc|log[- ]?loss|cross[- ]entropy|rmse|rmsle|mse|mae|mape|smape|wape|mase|r2|r²|r-squared|bleu|rouge(?:-\w+)?|meteor|chrf|perplexity|wer|cer|word error rate|error rate|m?iou|dice|top-\d+(?: accuracy)?|ndcg(?:@\d+)?|mrr|map@\d+|hit ?rate(?:@\d+)?|recall@\d+|precision@\d+|latency|throughput|brier(?: score)?|gini|kappa|mcc|exact match|pass@\d+|spearman|pearson)(?![\w])/i;
/** Mean average precision, written mAP: case matters, "map" is an everyday word. */
const MAP_METRIC = /\bmAP(?:@[\d.:]+)?(?![\w])/;
const findMetric = (text: string) => METRIC.exec(text) ?? MAP_METRIC.exec(text);

const BASELINE =
  /\b(?:baselines?|vs\.?|versus|compared (?:to|with)|comparison|relative to|(?:better|higher|lower|worse|faster|slower) than|outperform\w*|beats?|improv\w* (?:on|over|upon)|(?:up|down) from|previous(?:ly)?|prior (?:model|version|system|approach)|naive|majority[- ]class|most[- ]frequent|dummy|logistic regression|linear regression|heuristic|rule[- ]based|random (?:guess\w*|chance|classifier|prediction|baseline)|chance level|persistence|seasonal naive|last[- ]value|zero ?r(?:ule)?|existing (?:model|system))(?![\w])/i;

const FROM_TO = /\bfrom\s+[^\s]*\d[\d.,]*\s*%?\s+to\s+[^\s]*\d/i;

const isNumberToken = (token: string): boolean => {
  const clean = token.replace(/^[(["'“]+|[)\].,;:!?"'”]+$/g, '');
  if (/^(19|20)\d\d$/.test(clean)) return false; // a year
  return (
    /^[+−-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(%|ms|s|x|×|pp|k)?$/i.test(clean) && /\d/.test(clean)
  );
};
const hasNumber = (text: string): boolean => text.split(/[\s/=:|]+/).some(isNumberToken);

interface Evidence {
  line: number;
  text: string;
  index: number;
}

/** Text units where results are stated: sentences, pairs of neighbouring sentences, tables. */
function resultUnits(readme: Readme): { block: Block; text: string; context: string }[] {
  const units: { block: Block; text: string; context: string }[] = [];
  readme.blocks.forEach((block, position) => {
    if (block.kind === 'table') {
      // A table's caption is the heading or sentence just before it.
      const before = readme.blocks
        .slice(Math.max(0, position - 2), position)
        .filter((item) => item.kind !== 'code')
        .map((item) => item.text)
        .join(' ');
      units.push({ block, text: block.text, context: before });
    } else if (block.kind === 'paragraph') {
      const parts = sentences(block.text);
      parts.forEach((sentence, index) => {
        units.push({ block, text: sentence, context: '' });
        const next = parts[index + 1];
        if (next) units.push({ block, text: `${sentence} ${next}`, context: '' });
      });
    }
  });
  return units;
}

/**
 * Passes when one sentence (or two neighbouring ones) or one table gives a number for a metric
 * together with what it is compared with: a baseline, a previous model, a naive or majority-class
 * predictor, or a "from X to Y" change. For tables, the heading or sentence just above counts.
 */
function resultsCheck({ readme, readmePath }: Context): Outcome {
  const fix =
    'Add a results table to the README: your metric on held-out data for a simple baseline (majority class, logistic regression, last-value forecast) and for your model.';
  if (!readme) return { pass: false, detail: NO_README, fix };
  let metricOnly: Evidence | null = null;
  let metricNamed = false;
  for (const unit of resultUnits(readme)) {
    const metric = findMetric(unit.text);
    if (!metric) continue;
    metricNamed = true;
    if (!hasNumber(unit.text)) continue;
    const comparison =
      BASELINE.test(unit.text) || FROM_TO.test(unit.text) || BASELINE.test(unit.context);
    if (comparison) {
      if (unit.block.kind !== 'table') {
        return {
          pass: true,
          detail: `${readmePath} line ${unit.block.line}: ${quote(unit.text, metric.index)}`,
        };
      }
      // A table: its header and the baseline's row (else the first row) say the most.
      const [header = '', ...rows] = unit.text.split('\n');
      const row =
        rows.find((item) => /\bbaseline/i.test(item)) ??
        rows.find((item) => BASELINE.test(item)) ??
        rows[0] ??
        '';
      return {
        pass: true,
        detail: `${readmePath} line ${unit.block.line}, table: ${quote(`${header} / ${row}`)}`,
      };
    }
    metricOnly ??= { line: unit.block.line, text: unit.text, index: metric.index };
  }
  if (metricOnly) {
    return {
      pass: false,
      detail: `${readmePath} line ${metricOnly.line} gives a number (${quote(metricOnly.text, metricOnly.index, 60)}) but nothing to compare it with`,
      fix,
    };
  }
  return {
    pass: false,
    detail: metricNamed
      ? `${readmePath} names a metric but gives no number for it`
      : `${readmePath} reports no metric with a number`,
    fix,
  };
}

// --- setup-instructions --------------------------------------------------------------------

const INSTALL_COMMAND =
  /(?:^|[\s;&|$>])(pip3? install|python3? -m pip install|uv (?:sync|pip install|add|tool install)|poetry install|pipenv (?:install|sync)|(?:conda|mamba|micromamba) (?:env create|create|install)|pdm (?:install|sync)|pixi install|hatch env create|docker(?:[- ]compose| compose)? (?:build|run|up|pull)|make(?: [\w-]+)?(?=\s|$)|just [\w-]+|npm (?:ci|install|i)|pnpm install|yarn(?: install)?(?=\s|$))/m;
/** Steps around the install that do not install anything themselves: listed, not enough alone. */
const PREPARE_COMMAND = /(?:^|[\s;&|$>])(git clone|python3? -m venv|virtualenv|uv venv)/m;
const RUN_COMMAND =
  /(?:^|[\s;&|$>])(python3? -m (?!pip\b|venv\b)[\w.]+|python3? [\w./-]+\.py|uvicorn|gunicorn|streamlit run|flask run|fastapi (?:run|dev)|uv run|poetry run|npm (?:start|run [\w:-]+)|curl)/m;
const SETUP_HEADING =
  /\b(install\w*|set ?up|getting started|quick ?start|usage|how to (?:run|use|reproduce)|run(?:ning)?(?: it)?(?: locally)?|reproduc\w*|development|local development)\b/i;
/** Prose lines that are commands all the same (a list of steps without code formatting). */
const COMMAND_LINE =
  /^(?:pip3?|uv|poetry|pipenv|conda|mamba|docker|docker-compose|make|npm|pnpm|yarn|git clone)\s(?!sure\b)/;

/**
 * Passes when the README shows how to install or build the project: a command (pip, uv, poetry,
 * conda, docker, make, npm, …) in a code block, an inline code span or a line of its own. Cloning
 * and creating a virtual environment are listed but are not enough on their own.
 */
function setupCheck({ readme, readmePath }: Context): Outcome {
  const fix =
    'Add a “How to run” section with the exact commands in a code block: clone, install the pinned dependencies, train or download the model, start the app.';
  if (!readme) return { pass: false, detail: NO_README, fix };
  const commandTexts = [
    ...readme.code,
    ...readme.blocks
      .filter((block) => block.kind === 'paragraph' && COMMAND_LINE.test(block.text))
      .map((block) => block.text),
  ];
  const prepare = unique(commandTexts.flatMap((text) => allMatches(PREPARE_COMMANDS, text)));
  const install = unique(commandTexts.flatMap((text) => allMatches(INSTALL_COMMANDS, text)));
  const run = unique(commandTexts.flatMap((text) => allMatches(RUN_COMMANDS, text)));
  const heading = readme.headings.find((title) => SETUP_HEADING.test(title));
  const under = heading ? ` under “${heading}”` : '';
  if (install.length > 0) {
    const commands = listSome([...prepare, ...install, ...run], 4);
    return { pass: true, detail: `${readmePath}${under}: ${commands}` };
  }
  if (prepare.length > 0 || run.length > 0) {
    return {
      pass: false,
      detail: `${readmePath} shows ${listSome([...prepare, ...run])} but not how to install the dependencies`,
      fix,
    };
  }
  return {
    pass: false,
    detail: heading
      ? `${readmePath} has a “${heading}” section but no commands to copy`
      : `${readmePath} has no install or run commands`,
    fix,
  };
}

const unique = (items: string[]): string[] => [...new Set(items)];
const INSTALL_COMMANDS = new RegExp(INSTALL_COMMAND.source, 'gm');
const PREPARE_COMMANDS = new RegExp(PREPARE_COMMAND.source, 'gm');
const RUN_COMMANDS = new RegExp(RUN_COMMAND.source, 'gm');
/** The command names a global pattern finds in `text`, spaces collapsed. */
const allMatches = (pattern: RegExp, text: string): string[] =>
  [...text.matchAll(pattern)].map((match) => (match[1] ?? match[0]).trim().replace(/\s+/g, ' '));

// --- files ---------------------------------------------------------------------------------

function testsCheck({ snapshot }: Context): Outcome {
  const tests = snapshot.files.filter(isTestFile);
  const placeholders = snapshot.testSources.filter(isPlaceholderTest).map((file) => file.path);
  const real = tests.filter((path) => !placeholders.includes(path));
  if (real.length > 0) {
    return { pass: true, detail: `${plural(real.length, 'test file')} (${listSome(real)})` };
  }
  if (placeholders.length > 0) {
    return {
      pass: false,
      detail: `only placeholder tests that check nothing (${listSome(placeholders)})`,
      fix: 'Replace the placeholder with pytest tests that call your own code and assert on what it returns, starting with the data preparation and the prediction function.',
    };
  }
  return {
    pass: false,
    detail: 'no test files (tests/, test_*.py, *_test.py, *.test.ts, …)',
    fix: 'Add a few pytest tests for the data preparation and the prediction code (for example tests/test_features.py) so a reviewer sees the code is checked.',
  };
}

function ciCheck({ snapshot }: Context): Outcome {
  const configs = snapshot.files.filter(isCiConfig);
  if (configs.length > 0) return { pass: true, detail: listSome(configs) };
  return {
    pass: false,
    detail: 'no CI configuration (.github/workflows/, .gitlab-ci.yml, …)',
    fix: 'Add a GitHub Actions workflow (.github/workflows/ci.yml) that installs the dependencies and runs the tests and a linter on every push.',
  };
}

function dockerCheck({ snapshot }: Context): Outcome {
  const dockerfiles = snapshot.files.filter(isDockerfile);
  const compose = snapshot.files.filter(isComposeFile);
  const fix =
    'Add a Dockerfile that installs the pinned dependencies and starts the prediction service, and show docker build and docker run in the README.';
  if (dockerfiles.length > 0) {
    const extra = compose.length > 0 ? `, with ${listSome(compose)}` : '';
    return { pass: true, detail: `${listSome(dockerfiles)}${extra}` };
  }
  return {
    pass: false,
    detail:
      compose.length > 0
        ? `${listSome(compose)} but no Dockerfile that builds the project itself`
        : 'no Dockerfile',
    fix,
  };
}

function pinningCheck({ snapshot }: Context): Outcome {
  const result = checkPinning(snapshot.files, snapshot.manifests);
  if (result.pass) return { pass: true, detail: result.detail };
  return {
    pass: false,
    detail: result.detail,
    fix: result.file
      ? `Pin exact versions in ${result.file} (pip freeze, pip-compile or uv pip compile), or commit the lock file of uv or Poetry.`
      : 'Add a requirements.txt with exact versions (name==x.y.z), or a pyproject.toml with its uv.lock or poetry.lock.',
  };
}

function licenseCheck({ snapshot }: Context): Outcome {
  const path = snapshot.license?.path ?? findLicense(snapshot.files);
  if (path) {
    const kind = snapshot.license ? licenseKind(snapshot.license.text) : null;
    return { pass: true, detail: kind ? `${path} (${kind})` : path };
  }
  return {
    pass: false,
    detail: 'no LICENSE file at the top level',
    fix: 'Add a LICENSE file (MIT and Apache-2.0 are the usual choices) so others know they may reuse the code.',
  };
}

/**
 * Passes with at least two source modules (tests, packaging files and empty-by-convention
 * `__init__.py` do not count), or one when there are no notebooks at all.
 */
function notebooksCheck({ snapshot }: Context): Outcome {
  const notebooks = snapshot.files.filter(isNotebook);
  const modules = snapshot.files.filter(isSourceModule);
  const detail = `${plural(modules.length, 'source module')}${modules.length > 0 ? ` (${listSome(modules)})` : ''} and ${plural(notebooks.length, 'notebook')}`;
  if (modules.length >= 2 || (modules.length === 1 && notebooks.length === 0)) {
    return { pass: true, detail };
  }
  return {
    pass: false,
    detail,
    fix:
      notebooks.length > 0
        ? 'Move the data preparation, training and prediction code out of the notebooks into modules (for example src/<package>/train.py) that the notebooks import.'
        : 'Commit the project’s source code: a reviewer can only judge what is in the repository.',
  };
}

// --- commit-history ------------------------------------------------------------------------

const BOT =
  /\[bot\]|^(action@github\.com|noreply@github\.com|bot@renovateapp\.com)$|dependabot|renovate/i;
const isBot = (commit: CommitInfo) => BOT.test(commit.author);
const DAY_SECONDS = 86_400;

/**
 * Work spread over time: commits (bots left out) on at least 5 different days, the first and last
 * at least 14 days apart, and no single day holding more than 80% of the commits. Commits are
 * counted rather than changed lines: line counts need a diff of every commit, which is slow on
 * long histories, and a one-day dump shows in the commit counts too.
 */
function historyCheck({ snapshot, today }: Context): Outcome {
  const commits = snapshot.commits.filter((commit) => !isBot(commit));
  const fix = snapshot.shallow
    ? 'This is a shallow clone: fetch the whole history (git fetch --unshallow) and check again.'
    : 'Commit small, described changes on the days you make them as the project grows, instead of uploading the finished project in one go.';
  if (commits.length === 0) {
    return {
      pass: false,
      detail: snapshot.commits.length > 0 ? 'only commits by bots' : 'no commits yet',
      fix,
    };
  }
  const perDay = new Map<string, number>();
  for (const commit of commits) perDay.set(commit.day, (perDay.get(commit.day) ?? 0) + 1);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const commit of commits) {
    first = Math.min(first, commit.time);
    last = Math.max(last, commit.time);
  }
  const spanDays = Math.floor((last - first) / DAY_SECONDS);
  const [busiestDay, busiestCount] = [...perDay].reduce((best, entry) =>
    entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0]) ? entry : best,
  );
  const share = busiestCount / commits.length;
  const days = [...perDay.keys()].sort();
  const lastDay = days.at(-1) ?? '';
  const authors = new Set(commits.map((commit) => commit.author)).size;
  const summary = `${plural(commits.length, 'commit')} on ${plural(perDay.size, 'day')} ${
    perDay.size === 1 ? `(${lastDay})` : `from ${days[0]} to ${lastDay}`
  }`;
  const problems: string[] = [];
  if (perDay.size < MIN_COMMIT_DAYS) {
    problems.push(`fewer than ${MIN_COMMIT_DAYS} days with commits`);
  }
  if (spanDays < MIN_HISTORY_DAYS) {
    problems.push(`${plural(spanDays, 'day')} from first to last commit, under two weeks`);
  }
  if (share > MAX_BUSIEST_DAY_SHARE && perDay.size > 1) {
    problems.push(`${Math.round(share * 100)}% of the commits on ${busiestDay}`);
  }
  const parts =
    problems.length > 0
      ? [summary, ...problems]
      : [summary, `busiest day ${busiestDay} with ${busiestCount} (${Math.round(share * 100)}%)`];
  parts.push(plural(authors, 'author'));
  if (today) {
    const ago = Math.round((Date.parse(today) - Date.parse(lastDay)) / (DAY_SECONDS * 1000));
    if (ago >= 0) parts.push(`last commit ${plural(ago, 'day')} ago`);
  }
  if (snapshot.shallow) parts.push('shallow clone: older commits are missing');
  const detail = parts.join('; ');
  return problems.length === 0 ? { pass: true, detail } : { pass: false, detail, fix };
}

// --- deployment-link -----------------------------------------------------------------------

/** Hosts that only serve deployed apps: a link to one is a live demo whatever its text. */
const APP_HOSTS: [RegExp, string][] = [
  [/^huggingface\.co\/spaces\/[^/]+\/[^/]+/, 'Hugging Face Spaces'],
  [/\.hf\.space$/, 'Hugging Face Spaces'],
  [/\.streamlit\.app$|^share\.streamlit\.io\//, 'Streamlit Community Cloud'],
  [/\.onrender\.com$/, 'Render'],
  [/\.fly\.dev$/, 'Fly.io'],
  [/\.railway\.app$/, 'Railway'],
  [/\.vercel\.app$/, 'Vercel'],
  [/\.herokuapp\.com$/, 'Heroku'],
  [/\.run\.app$/, 'Google Cloud Run'],
  [/\.appspot\.com$/, 'Google App Engine'],
  [/\.netlify\.app$/, 'Netlify'],
  [/\.pages\.dev$/, 'Cloudflare Pages'],
  [/\.azurewebsites\.net$|\.azurecontainerapps\.io$|\.azurestaticapps\.net$/, 'Azure'],
  [/\.amplifyapp\.com$/, 'AWS Amplify'],
  [/\.awsapprunner\.com$/, 'AWS App Runner'],
  [/\.elasticbeanstalk\.com$/, 'AWS Elastic Beanstalk'],
  [/\.replit\.app$|\.repl\.co$/, 'Replit'],
  [/\.modal\.run$/, 'Modal'],
  [/\.koyeb\.app$/, 'Koyeb'],
  [/\.pythonanywhere\.com$/, 'PythonAnywhere'],
  [/\.shinyapps\.io$/, 'shinyapps.io'],
];
/** Tunnels and share links that stop working within hours or days. */
const TUNNEL = /\.gradio\.live$|\.ngrok(-free)?\.(io|app|dev)$|\.trycloudflare\.com$|\.loca\.lt$/;
/** The author's own machine: fine in run instructions, useless as a demo. */
const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])$/;
/** Code hosts, badges, papers, docs, datasets and social sites: never the demo itself. */
const NOT_A_DEMO =
  /(^|\.)(github\.com|githubusercontent\.com|gitlab\.com|bitbucket\.org|shields\.io|badge\.fury\.io|codecov\.io|coveralls\.io|circleci\.com|travis-ci\.(com|org)|colab\.research\.google\.com|kaggle\.com|arxiv\.org|doi\.org|wikipedia\.org|pypi\.org|python\.org|pytorch\.org|scikit-learn\.org|tensorflow\.org|huggingface\.co|youtube\.com|youtu\.be|linkedin\.com|twitter\.com|x\.com|medium\.com|readthedocs\.(io|org)|opensource\.org|choosealicense\.com|creativecommons\.org|example\.(com|org|net)|nbviewer\.org|mybinder\.org|docker\.com|wandb\.ai|drive\.google\.com|docs\.google\.com|archive\.ics\.uci\.edu|zenodo\.org|paperswithcode\.com|stackoverflow\.com)$/;
const DEMO_WORDS =
  /\b(demo|live|try (?:it|the app|it out)|playground|deployed|hosted|web ?app|app|website)\b/i;

/** Links looked at, in README order: far more than any real README holds. */
const MAX_LINKS = 1000;

function hostAndPath(url: string): { host: string; full: string } | null {
  const match = /^https?:\/\/([^/?#:]+)(:\d+)?([^?#]*)/i.exec(url);
  if (!match?.[1]) return null;
  const host = match[1].toLowerCase().replace(/^www\./, '');
  return { host, full: `${host}${match[2] ?? ''}${match[3] ?? ''}` };
}

/**
 * Passes when the README links to a running app: any link to an app host (Hugging Face Spaces,
 * Streamlit, Render, Fly.io, Railway, Vercel, Heroku, Cloud Run, …), or a link to another site
 * whose text or sentence calls it a demo, live app or playground. Code hosts, badges, notebooks,
 * papers and temporary tunnels do not count. Links are not opened: the check uses no network.
 */
function deploymentCheck({ readme, readmePath }: Context): Outcome {
  const fix =
    'Deploy the model behind a small app (Hugging Face Spaces, Streamlit Community Cloud, Render or Fly.io) and put the link near the top of the README.';
  if (!readme) return { pass: false, detail: NO_README, fix };
  let custom: string | null = null;
  let temporary: string | null = null;
  // A paragraph's text is shared by all its links: test it once.
  const demoContext = new Map<string, boolean>();
  const presentedAsDemo = (link: Link) => {
    if (DEMO_WORDS.test(link.text)) return true;
    let answer = demoContext.get(link.context);
    if (answer === undefined) {
      answer = DEMO_WORDS.test(link.context);
      demoContext.set(link.context, answer);
    }
    return answer;
  };
  for (const link of readme.links.slice(0, MAX_LINKS)) {
    const parsed = hostAndPath(link.url);
    if (!parsed) continue;
    const known = APP_HOSTS.find(
      ([pattern]) => pattern.test(parsed.full) || pattern.test(parsed.host),
    );
    if (known) return { pass: true, detail: `${link.url} (${known[1]})` };
    if (TUNNEL.test(parsed.host) || (LOCAL.test(parsed.host) && presentedAsDemo(link))) {
      temporary ??= link.url;
      continue;
    }
    if (LOCAL.test(parsed.host)) continue;
    if (NOT_A_DEMO.test(parsed.host) && !/\.github\.io$/.test(parsed.host)) continue;
    if (!custom && presentedAsDemo(link)) custom = link.url;
  }
  if (custom) return { pass: true, detail: `${custom} (presented as a demo in ${readmePath})` };
  return {
    pass: false,
    detail: temporary
      ? `the only demo link (${temporary}) is temporary or local and will not work for a reviewer`
      : `${readmePath} links to no live demo`,
    fix,
  };
}

// --- evaluation-method ---------------------------------------------------------------------

const EVALUATION: RegExp[] = [
  /\bheld[- ]out\b|\bhold[- ]?out\b/i,
  /\b(?:test|validation|holdout|evaluation|eval|dev) (?:set|split|data(?:set)?|fold|partition)s?\b/i,
  /\btrain(?:ing)?\s*(?:\/|-|and|,)\s*(?:val(?:idation)?\s*(?:\/|-|and|,)\s*)?test(?:ing)?\s*(?:split|sets?|data|partition)/i,
  /\b\d{2}\s*\/\s*\d{2}(?:\s*\/\s*\d{2})?\s*(?:split|train)/i,
  /\b(?:\d+|k|five|ten)[- ]fold\b/i,
  /\bcross[- ]?validat\w*/i,
  /\b(?:time[- ]based|temporal|chronological(?:ly)?|date[- ]based) (?:split|hold[- ]?out|validation|cut)/i,
  /\bout[- ]of[- ](?:time|sample)\b|\bwalk[- ]forward\b|\brolling[- ]origin\b|\bbacktest\w*|\bexpanding window\b/i,
  /\b(?:train_test_split|TimeSeriesSplit|StratifiedKFold|GroupKFold|KFold)\b/,
  /\bleave[- ]one[- ](?:out|subject[- ]out|group[- ]out)\b|\bLOOCV\b/i,
  /\b(?:golden|gold[- ]standard|blind) (?:test )?(?:set|dataset)\b/i,
];

/**
 * Passes when the README's prose, headings or tables say how the model was evaluated: a held-out
 * or test set, a train/test split, k-fold cross-validation, a time-based split or backtest.
 */
function evaluationCheck({ readme, readmePath }: Context): Outcome {
  const fix =
    'Say how you evaluated the model: which data was held out (a test split, k-fold cross-validation, or a time-based split for data over time) and how large it was.';
  if (!readme) return { pass: false, detail: NO_README, fix };
  for (const block of readme.blocks) {
    if (block.kind === 'code') continue;
    for (const pattern of EVALUATION) {
      const match = pattern.exec(block.text);
      if (match) {
        const sentence =
          block.kind === 'paragraph'
            ? (sentences(block.text).find((item) => pattern.test(item)) ?? block.text)
            : block.text;
        const at = Math.max(0, sentence.search(pattern));
        return { pass: true, detail: `${readmePath} line ${block.line}: ${quote(sentence, at)}` };
      }
    }
  }
  return {
    pass: false,
    detail: `${readmePath} does not say how the model was evaluated (held-out set, cross-validation, time-based split)`,
    fix,
  };
}

const CHECKS: Record<CheckId, (context: Context) => Outcome> = {
  readme: readmeCheck,
  'readme-results': resultsCheck,
  'setup-instructions': setupCheck,
  tests: testsCheck,
  ci: ciCheck,
  dockerfile: dockerCheck,
  'dependencies-pinned': pinningCheck,
  license: licenseCheck,
  'not-notebooks-only': notebooksCheck,
  'commit-history': historyCheck,
  'deployment-link': deploymentCheck,
  'evaluation-method': evaluationCheck,
};
