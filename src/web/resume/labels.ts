import { technologies } from '../../catalog/data/technologies';
import type { BulletCoaching } from './api';

type Element = BulletCoaching['has'][number];

/** The coach's element ids in plain words. */
const ELEMENTS: Record<Element, string> = {
  'action-verb': 'an action verb',
  metric: 'a metric',
  baseline: 'a baseline',
  'dataset-size': 'the data size',
  model: 'the model',
  'evaluation-set': 'the evaluation set',
  deployment: 'where it runs',
  monitoring: 'monitoring',
  domain: 'your field',
  'business-impact': 'business impact',
};
export const elementLabel = (id: string): string =>
  ELEMENTS[id as Element] ?? id.replace(/-/g, ' ');

const VERDICTS: Record<BulletCoaching['verdict'], string> = {
  weak: 'Weak',
  fair: 'Fair',
  strong: 'Strong',
};
export const verdictLabel = (verdict: string): string =>
  VERDICTS[verdict as BulletCoaching['verdict']] ?? verdict;

/** Short titles of the server's resume checks; unknown ids show their message alone. */
const CHECKS: Record<string, string> = {
  'one-page': 'One page',
  'projects-first': 'Projects first',
  'project-count': 'One or two strong projects',
  'project-results': 'Evaluation numbers',
  'previous-experience': 'Previous career shown',
  'switch-in-summary': 'The switch is named',
  'domain-visible': 'Your field is visible',
  'bullets-coached': 'Bullets',
  'summary-length': 'Two-line summary',
  'contact-links': 'Contact and links',
};
export const checkTitle = (id: string): string => CHECKS[id] ?? id.replace(/-/g, ' ');

const TECHNOLOGY_TITLES = new Map(
  technologies.map((technology) => [technology.id, technology.title]),
);

/** A catalog id as a name: the skill's title, else the technology's, else readable words. */
export function skillName(id: string, skillTitles: ReadonlyMap<string, string>): string {
  const words = id.replace(/[-_]+/g, ' ');
  return (
    skillTitles.get(id) ??
    TECHNOLOGY_TITLES.get(id) ??
    words.charAt(0).toUpperCase() + words.slice(1)
  );
}
