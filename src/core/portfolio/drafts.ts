/**
 * Drafts a resume bullet and a STAR interview story from a portfolio project's own fields.
 * Pure. Every number in a draft is one the user typed: an empty field becomes a bracketed
 * placeholder ("[baseline]") to fill in, never a plausible-looking guess.
 *
 * The bullet follows the shape the 2026 seed article holds up: verb, what was built, the data
 * and its size, the metric moved from a baseline to a result on a held-out set, and where it
 * runs. It is coached with the same rules as the resume bullet coach.
 */
import { type BulletCoaching, coachBullet } from '../resume/bullet-coach.js';
import type { PortfolioProjectInput } from './records.js';

export type DraftSource = Omit<PortfolioProjectInput, 'catalogProjectId' | 'localPath'>;

/** One piece of a draft: written text, or a placeholder for a field still empty. */
type Part = string | { placeholder: string };

export interface BulletDraft {
  /** The bullet with placeholders in square brackets where a field is empty. */
  text: string;
  /** The placeholders left to fill, in reading order ("[baseline]"). */
  placeholders: string[];
  /**
   * The bullet coach's verdict on what the user has filled in: the text coached leaves the
   * clauses with placeholders out, so a placeholder never earns points it has not got.
   */
  coachedText: string;
  coaching: BulletCoaching;
}

export interface StarDraft {
  situation: string;
  task: string;
  action: string;
  result: string;
  placeholders: string[];
}

export interface ProjectDrafts {
  bullet: BulletDraft;
  star: StarDraft;
}

const slot = (placeholder: string): Part => ({ placeholder: `[${placeholder}]` });
const field = (value: string | undefined, placeholder: string): Part =>
  value?.trim() ? value.trim() : slot(placeholder);

const isBareNumber = (value: string) => /^\d[\d,.\s]*[kKmM]?$/.test(value.trim());

/** "12000" → "12000 examples"; "12,000 rows" stays as typed. */
const sized = (value: string | undefined, placeholder: string): Part =>
  value?.trim()
    ? isBareNumber(value)
      ? `${value.trim()} examples`
      : value.trim()
    : slot(placeholder);

/**
 * What was built, from the title: a noun phrase follows the verb with its leading capital
 * lowered (unless it starts an acronym); a question ("Will this order arrive late?") is what a
 * model was built to answer.
 */
function whatWasBuilt(title: string): string {
  const trimmed = title.trim().replace(/[.!]+$/, '');
  if (trimmed.endsWith('?')) return `a model to answer “${trimmed}”`;
  if (/^[A-Z][a-z]/.test(trimmed) && !/^(?:I|[A-Z][a-z]*[A-Z])\b/.test(trimmed)) {
    return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
  }
  return trimmed;
}

const number = (value: string | undefined) => {
  const match = value?.replace(/,/g, '').match(/-?\d+(?:\.\d+)?/);
  return match ? Number(match[0]) : null;
};

/** The verb for the metric's change, read from the two numbers as typed (never judged good/bad). */
function changeVerb(baseline: string | undefined, result: string | undefined): string {
  const from = number(baseline);
  const to = number(result);
  if (from === null || to === null || from === to) return 'moving';
  return to > from ? 'raising' : 'cutting';
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

const render = (parts: Part[]) =>
  parts
    .map((part) => (typeof part === 'string' ? part : part.placeholder))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
const placeholdersOf = (parts: Part[]) =>
  parts.flatMap((part) => (typeof part === 'string' ? [] : [part.placeholder]));
const complete = (parts: Part[]) => parts.every((part) => typeof part === 'string');

/** The bullet's clauses; a clause with a placeholder is left out of the coached text. */
function bulletClauses(project: DraftSource): Part[][] {
  const clauses: Part[][] = [];
  const data = project.dataset?.trim();
  clauses.push([`Built ${whatWasBuilt(project.title)}`]);
  clauses.push([' on ', sized(project.datasetSize, 'dataset size'), ' of ', field(data, 'data')]);
  clauses.push([
    `, ${changeVerb(project.baselineValue, project.resultValue)} `,
    field(project.metric, 'metric'),
    ' from ',
    field(project.baselineValue, 'baseline'),
    ' (baseline) to ',
    field(project.resultValue, 'result'),
  ]);
  const method = project.evaluationMethod?.trim();
  clauses.push([
    ' on a held-out set of ',
    sized(project.evaluationSize, 'evaluation set size'),
    ...(method ? [` (${method})`] : []),
  ]);
  clauses.push(
    project.deployedUrl
      ? [`; deployed at ${hostOf(project.deployedUrl)}`]
      : ['; deployed as ', slot('how and where it runs')],
  );
  return clauses;
}

/** The resume bullet for a project, with its coaching. */
export function draftBullet(project: DraftSource): BulletDraft {
  const clauses = bulletClauses(project);
  const parts = clauses.flat();
  const text = `${render(parts)}.`;
  const filled = clauses.filter(complete);
  const coachedText = `${render(filled.flat())}.`;
  return {
    text,
    placeholders: placeholdersOf(parts),
    coachedText,
    coaching: coachBullet(coachedText),
  };
}

/** A STAR story to tell about the project in an interview, from the same fields. */
export function draftStar(project: DraftSource): StarDraft {
  const name = project.title.trim();
  const situation: Part[] = [
    'I wanted to show I can take a model from raw data to something people can use, so I chose ',
    `"${name}" using `,
    field(project.dataset, 'data'),
    ' (',
    sized(project.datasetSize, 'dataset size'),
    ').',
  ];
  const task: Part[] = [
    'The goal was to beat a simple baseline on ',
    field(project.metric, 'metric'),
    ': the baseline scored ',
    field(project.baselineValue, 'baseline'),
    ', measured on a held-out set of ',
    sized(project.evaluationSize, 'evaluation set size'),
    '.',
  ];
  const action: Part[] = [
    'I cleaned and explored the data, built the baseline first, then ',
    slot('the model and the two or three choices that mattered'),
    '. I evaluated with ',
    field(project.evaluationMethod, 'evaluation method'),
    ' and ',
    project.deployedUrl
      ? `deployed it so anyone can try it at ${hostOf(project.deployedUrl)}`
      : slot('how you deployed it'),
    '.',
  ];
  const result: Part[] = [
    'The model reached ',
    field(project.resultValue, 'result'),
    ' against the baseline’s ',
    field(project.baselineValue, 'baseline'),
    '. What I would do next: ',
    slot('one failure mode you found and how you would fix it'),
    '.',
  ];
  return {
    situation: render(situation),
    task: render(task),
    action: render(action),
    result: render(result),
    placeholders: [
      ...new Set([situation, task, action, result].flatMap((parts) => placeholdersOf(parts))),
    ],
  };
}

export function draftProject(project: DraftSource): ProjectDrafts {
  return { bullet: draftBullet(project), star: draftStar(project) };
}
