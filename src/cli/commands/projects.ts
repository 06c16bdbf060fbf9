import { resolve } from 'node:path';
import { portfolioReadiness, type Readiness } from '../../core/portfolio/readiness.js';
import {
  hasBaselineComparison,
  type PortfolioProject,
  PortfolioProjectInputSchema,
  PortfolioProjectPatchSchema,
} from '../../core/portfolio/records.js';
import type { Database } from '../../db/client.js';
import {
  addPortfolioProject,
  listPortfolioProjects,
  updatePortfolioProject,
} from '../../db/portfolio.js';
import { listEvidence } from '../../db/records.js';
import { pickAccount, withDatabase } from '../database.js';
import { UsageError } from '../errors.js';
import { table } from '../format.js';
import { print, printJson } from '../output.js';
import { pickById, shortId } from '../pick.js';
import { defined, parseInput } from '../validate.js';

/**
 * `mlpath projects`: the portfolio projects of the web app's Portfolio area, on the same db and
 * core functions as `/api/portfolio/*` (list, add, change, readiness).
 */

/** The flags that set a project's fields, as commander names them. */
export interface ProjectFlags {
  title?: string;
  status?: string;
  repo?: string;
  path?: string;
  deployedUrl?: string;
  dataset?: string;
  datasetSize?: string;
  metric?: string;
  baseline?: string;
  result?: string;
  evalSize?: string;
  evalMethod?: string;
  writeup?: string;
  catalog?: string;
}

/** Field of the stored project → the flag that sets it, for messages that name what was typed. */
const FLAG_OF: Record<string, string> = {
  title: 'title',
  status: '--status',
  repositoryUrl: '--repo',
  localPath: '--path',
  deployedUrl: '--deployed-url',
  dataset: '--dataset',
  datasetSize: '--dataset-size',
  metric: '--metric',
  baselineValue: '--baseline',
  resultValue: '--result',
  evaluationSize: '--eval-size',
  evaluationMethod: '--eval-method',
  writeupUrl: '--writeup',
  catalogProjectId: '--catalog',
};

/** The project fields the flags give; a relative `--path` is taken from the current folder. */
const fieldsOf = (flags: ProjectFlags) =>
  defined({
    title: flags.title,
    status: flags.status,
    repositoryUrl: flags.repo,
    localPath: flags.path === undefined ? undefined : resolve(flags.path),
    deployedUrl: flags.deployedUrl,
    dataset: flags.dataset,
    datasetSize: flags.datasetSize,
    metric: flags.metric,
    baselineValue: flags.baseline,
    resultValue: flags.result,
    evaluationSize: flags.evalSize,
    evaluationMethod: flags.evalMethod,
    writeupUrl: flags.writeup,
    catalogProjectId: flags.catalog,
  });

/** The same readiness as `GET /api/portfolio/readiness`: projects and evidence links in. */
async function readinessOf(db: Database, userId: string, projects?: PortfolioProject[]) {
  const [own, evidence] = await Promise.all([
    projects ?? listPortfolioProjects(db, userId),
    listEvidence(db, userId),
  ]);
  return portfolioReadiness(own, evidence);
}

/** The short id the list shows; `projects set` takes it (or any unique start of the id). */

/** What a project has to show, in a few words: its number, a live address, a repository. */
function highlights(project: PortfolioProject): string {
  const parts: string[] = [];
  if (hasBaselineComparison(project)) {
    parts.push(`${project.metric} ${project.baselineValue} → ${project.resultValue}`);
  } else if (project.metric) parts.push(`${project.metric} (no baseline and result yet)`);
  if (project.deployedUrl) parts.push('live');
  if (project.repositoryUrl) parts.push('repo');
  return parts.join(' · ');
}

const readinessLine = (readiness: Readiness) =>
  `Readiness: ${readiness.requiredMet} of ${readiness.requiredTotal} required targets met${readiness.ready ? ' — ready for the job search' : ''}.`;

/** `mlpath projects`: the projects, oldest first, with the readiness summary. */
export async function projectsList(options: { email?: string; json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const projects = await listPortfolioProjects(db, account.id);
    const readiness = await readinessOf(db, account.id, projects);
    if (options.json) {
      const { requiredMet, requiredTotal, ready, nextStep } = readiness;
      return printJson({ projects, readiness: { requiredMet, requiredTotal, ready, nextStep } });
    }
    const lines = [`Portfolio of ${account.email}: ${count(projects.length, 'project')}`];
    if (projects.length === 0) {
      lines.push('  Add the first one: mlpath projects add "Churn model" --status building');
    } else {
      lines.push(
        table(
          projects.map((project) => [
            `  ${shortId(project)}`,
            project.status,
            project.title,
            highlights(project),
          ]),
        ),
      );
    }
    lines.push('', readinessLine(readiness));
    if (readiness.nextStep) lines.push(`Next: ${readiness.nextStep.text}`);
    print(lines.join('\n'));
  });
}

/** `mlpath projects add TITLE`: a new project; bad input exits 2 before anything is written. */
export async function projectsAdd(
  title: string,
  options: ProjectFlags & { email?: string; json?: boolean },
): Promise<void> {
  if (title.trim() === '') throw new UsageError('title: must not be empty');
  const input = parseInput(
    PortfolioProjectInputSchema,
    fieldsOf({ ...options, title, status: options.status ?? 'building' }),
    FLAG_OF,
  );
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const project = await addPortfolioProject(db, account.id, input);
    if (options.json) return printJson(project);
    print(`Added “${project.title}” (${project.status}) as ${shortId(project)}.`);
  });
}

const findProject = async (db: Database, userId: string, id: string) =>
  pickById(await listPortfolioProjects(db, userId), id, 'project', 'mlpath projects');

/** `mlpath projects set ID`: changes the given fields of one project. */
export async function projectsSet(
  id: string,
  options: ProjectFlags & { email?: string; json?: boolean },
): Promise<void> {
  const fields = fieldsOf(options);
  if (Object.keys(fields).length === 0)
    throw new UsageError('project: name a field to change, such as --status shipped');
  const patch = parseInput(PortfolioProjectPatchSchema, fields, { ...FLAG_OF, title: '--title' });
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const project = await findProject(db, account.id, id);
    const updated = await updatePortfolioProject(db, account.id, project.id, patch);
    if (!updated) throw new UsageError(`project: no project with the id ${id}`);
    if (options.json) return printJson(updated);
    const readiness = await readinessOf(db, account.id);
    print(`Updated “${updated.title}” (${updated.status}). ${readinessLine(readiness)}`);
  });
}

/** `mlpath projects readiness`: each target with the count, and the one next step. */
export async function projectsReadiness(options: {
  email?: string;
  json?: boolean;
}): Promise<void> {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const readiness = await readinessOf(db, account.id);
    if (options.json) return printJson(readiness);
    const lines = [
      `Portfolio readiness of ${account.email}: ${readiness.requiredMet} of ${readiness.requiredTotal} required targets met${readiness.ready ? ', ready for the job search' : ''}`,
      table(
        readiness.items.map((item) => [
          `  ${item.met ? '✓' : '✗'}`,
          item.label,
          `${item.actual} of ${item.targetText}`,
          item.required ? '' : '(optional)',
        ]),
      ),
    ];
    if (readiness.nextStep) lines.push('', `Next: ${readiness.nextStep.text}`);
    print(lines.join('\n'));
  });
}

const count = (value: number, noun: string) => `${value} ${noun}${value === 1 ? '' : 's'}`;
