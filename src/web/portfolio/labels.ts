import type { BulletCoaching } from '../../core/resume/bullet-coach';
import type { PortfolioStatus, RepoCheck } from './api';

/** The ids the server sends, in plain words; an unknown id (a newer server) stays readable. */
const readable = (id: string) => {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const STATUS_LABELS: Record<PortfolioStatus, string> = {
  idea: 'Idea',
  building: 'Building',
  shipped: 'Shipped',
  paused: 'Paused',
};
export const statusLabel = (status: string): string =>
  STATUS_LABELS[status as PortfolioStatus] ?? readable(status);

type Element = BulletCoaching['has'][number];
const ELEMENTS: Record<Element, string> = {
  'action-verb': 'Action verb',
  metric: 'Measured result',
  baseline: 'Baseline',
  'dataset-size': 'Dataset size',
  model: 'Model named',
  'evaluation-set': 'Evaluation set',
  deployment: 'Deployment',
  monitoring: 'Monitoring',
  domain: 'Domain',
  'business-impact': 'Business impact',
};
export const elementLabel = (id: string): string => ELEMENTS[id as Element] ?? readable(id);

const VERDICTS: Record<BulletCoaching['verdict'], string> = {
  weak: 'Weak',
  fair: 'Fair',
  strong: 'Strong',
};
export const verdictLabel = (verdict: string): string =>
  VERDICTS[verdict as BulletCoaching['verdict']] ?? readable(verdict);

const CHECKS: Record<RepoCheck['id'], string> = {
  readme: 'README',
  'readme-results': 'Results in the README',
  'setup-instructions': 'Setup instructions',
  tests: 'Tests',
  ci: 'Continuous integration',
  dockerfile: 'Dockerfile',
  'dependencies-pinned': 'Pinned dependencies',
  license: 'License',
  'not-notebooks-only': 'Code beyond notebooks',
  'commit-history': 'Commit history',
  'deployment-link': 'Link to a live demo',
  'evaluation-method': 'Evaluation method',
};
export const checkLabel = (id: string): string => CHECKS[id as RepoCheck['id']] ?? readable(id);
