import type { CatalogSkill, PlanItem, PlanSkill, Resource } from '../api/types';

/** The plan's ids in plain words. Unknown ids (a newer server) fall back to readable text. */

const WARNING_TITLES: Record<string, string> = {
  'deadline-infeasible': 'Your target date comes before the likely offer',
  'research-track': 'Research roles usually ask for a PhD',
  'low-hours': 'A few hours a week make a long road',
  'unrealistic-compression': 'Under a year from no programming is rarely realistic',
};
export const warningTitle = (id: string): string => WARNING_TITLES[id] ?? 'Worth knowing';

const KINDS: Record<PlanItem['kind'], string> = {
  skill: 'Skill',
  project: 'Project',
  'job-search': 'Job search',
  review: 'Review',
};
export const kindLabel = (kind: PlanItem['kind']): string => KINDS[kind] ?? kind;

const MODES: Record<PlanItem['mode'], string> = { build: 'Build', theory: 'Theory' };
export const modeLabel = (mode: PlanItem['mode']): string => MODES[mode] ?? mode;

/**
 * How a skill node reads. `known` is not a plan status: a planned skill that gets no weeks
 * because the intake level already covers it.
 */
export type SkillState = PlanSkill['status'] | 'known';

export const skillState = (skill: PlanSkill): SkillState =>
  skill.status === 'planned' && skill.firstWeek === null ? 'known' : skill.status;

export const STATE_LABELS: Record<SkillState, string> = {
  planned: 'Planned',
  learning: 'Learning now',
  done: 'Done',
  skipped: 'Skipped',
  known: 'Already covered',
};

export const STATE_DESCRIPTIONS: Record<SkillState, string> = {
  planned: 'scheduled in the weeks shown',
  learning: 'you are working on it',
  done: 'you have it',
  skipped: 'left out on purpose',
  known: 'your current level covers it, so it has no weeks',
};

/** The short names of the plan's phases, for legends; the plan carries the long titles. */
const PHASE_NAMES: Record<string, string> = {
  programming: 'Programming',
  'first-models': 'First models',
  shipping: 'Shipping',
  depth: 'Depth',
  'job-search': 'Job search',
};
export const phaseName = (id: string): string => PHASE_NAMES[id] ?? readable(id);

/** A fixed colour slot per known phase, so the timeline and the graph agree. */
const PHASE_SLOTS = ['programming', 'first-models', 'shipping', 'depth', 'job-search'];
export function phaseSlot(id: string, fallbackIndex: number): number {
  const slot = PHASE_SLOTS.indexOf(id);
  return (slot >= 0 ? slot : fallbackIndex) % PHASE_SLOTS.length;
}

const LEVELS: Record<string, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};
export const levelLabel = (level: string): string => LEVELS[level] ?? readable(level);

const RESOURCE_TYPES: Record<Resource['type'], string> = {
  course: 'Course',
  book: 'Book',
  docs: 'Docs',
  video: 'Video',
  practice: 'Practice',
};
export const resourceTypeLabel = (type: Resource['type']): string =>
  RESOURCE_TYPES[type] ?? readable(type);

const CATEGORIES: Record<CatalogSkill['category'], string> = {
  foundations: 'Foundations',
  data: 'Data',
  math: 'Math',
  ml: 'Machine learning',
  'deep-learning': 'Deep learning',
  specialization: 'Specialization',
  evaluation: 'Evaluation',
  deployment: 'Deployment',
  mlops: 'MLOps',
  interview: 'Interviews',
  career: 'Career',
};
export const categoryLabel = (category: CatalogSkill['category']): string =>
  CATEGORIES[category] ?? readable(category);

const DOMAINS: Record<string, string> = {
  healthcare: 'Healthcare',
  finance: 'Finance, banking and insurance',
  retail: 'Retail and e-commerce',
  logistics: 'Logistics and supply chain',
  manufacturing: 'Manufacturing and construction',
  marketing: 'Marketing and advertising',
  education: 'Education',
  hospitality: 'Hospitality and tourism',
};
/** The prior-career domain a project is tailored to, or null for the general version. */
export const domainLabel = (id: string): string | null =>
  id === 'general' ? null : (DOMAINS[id] ?? readable(id));

/** "job-search" → "Job search". */
export function readable(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "12 h", "2.5 h": hours rounded to a quarter, the plan's own granularity. */
export function hoursText(hours: number): string {
  const rounded = Math.round(hours * 4) / 4;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(2).replace(/0$/, '')} h`;
}

/** "16.6 months", "1 month". */
export function monthsText(months: number): string {
  const rounded = Math.round(months * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'month' : 'months'}`;
}
