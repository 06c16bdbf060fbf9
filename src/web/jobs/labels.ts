import { technologies } from '../../catalog/data/technologies';
import type { BulletElement, PostingKind, PostingLevel } from './api';

/** The analyzer's ids in plain words; unknown ids (a newer server) fall back to readable text. */

const KINDS: Record<PostingKind, string> = {
  applied: 'Applied ML',
  research: 'Research',
  mlops: 'MLOps and platform',
  'data-science': 'Data science',
  other: 'Other role',
};
export const kindLabel = (kind: string): string => KINDS[kind as PostingKind] ?? readable(kind);

/** One line on what the kind of role means for someone switching careers. */
const KIND_NOTES: Partial<Record<PostingKind, string>> = {
  applied:
    'Applied roles build and ship models inside a product. They are where most career switchers land their first ML job.',
  mlops:
    'Platform roles build the pipelines, serving and monitoring that models run on: more infrastructure than modelling.',
  'data-science':
    'Data-science roles lean on analysis, experiments and statistics more than on shipping models.',
};
export const kindNote = (kind: string): string | undefined => KIND_NOTES[kind as PostingKind];

const LEVELS: Record<PostingLevel, string> = {
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  unknown: 'Level not stated',
};
export const levelLabel = (level: string): string =>
  LEVELS[level as PostingLevel] ?? readable(level);

const ELEMENTS: Record<BulletElement, string> = {
  'action-verb': 'Action verb',
  metric: 'Metric',
  baseline: 'Baseline',
  'dataset-size': 'Dataset size',
  model: 'Model',
  'evaluation-set': 'Evaluation set',
  deployment: 'Deployment',
  monitoring: 'Monitoring',
  domain: 'Domain',
  'business-impact': 'Business impact',
};
export const elementLabel = (element: string): string =>
  ELEMENTS[element as BulletElement] ?? readable(element);

const VERDICTS: Record<string, string> = { weak: 'Weak', fair: 'Fair', strong: 'Strong' };
export const verdictLabel = (verdict: string): string => VERDICTS[verdict] ?? readable(verdict);

const TECHNOLOGY_TITLES = new Map(
  technologies.map((technology) => [technology.id, technology.title]),
);

/**
 * The display name of a skill id from a posting: the catalog skill's title, else the
 * technology's ("aws" → "Amazon Web Services"), else the id in readable words.
 */
export function skillName(id: string, catalogTitles: ReadonlyMap<string, string>): string {
  return catalogTitles.get(id) ?? TECHNOLOGY_TITLES.get(id) ?? readable(id);
}

/** "weights-and-biases" → "Weights and biases". */
export function readable(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const longFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "2025-05-03" → "3 May 2025"; anything else is shown as it came. */
export function dayText(iso: string, long = false): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime())) return iso;
  return (long ? longFormat : dayFormat).format(date);
}

/**
 * 1536 → "1.5 KB", 5_400_000 → "5.2 MB". Megabytes round up, so a file just over the 5 MB limit
 * never reads as "5.0 MB".
 */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;
}

/** Only http(s) addresses become links; anything else is shown as text. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "jobs.example.com" for a link's visible text. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** "1 red flag", "3 skills". */
export const count = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;
