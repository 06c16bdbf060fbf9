import { describe, expect, it } from 'vitest';
import type { EvidenceLink } from '../progress/types.js';
import { ownerOf, portfolioReadiness, READINESS_IDS, type ReadinessId } from './readiness.js';
import type { PortfolioProjectInput } from './records.js';

const project = (
  title: string,
  extra: Partial<PortfolioProjectInput> = {},
): PortfolioProjectInput => ({
  title,
  status: 'shipped',
  ...extra,
});
const flagship = (title: string, extra: Partial<PortfolioProjectInput> = {}) =>
  project(title, {
    repositoryUrl: `https://github.com/ana/${title.toLowerCase()}`,
    deployedUrl: `https://${title.toLowerCase()}.example.org`,
    metric: 'recall',
    baselineValue: '64%',
    resultValue: '81%',
    ...extra,
  });
const link = (type: EvidenceLink['type'], url: string, targetId = 'python'): EvidenceLink => ({
  type,
  url,
  targetKind: targetId === 'python' ? 'skill' : 'project',
  targetId,
  date: '2027-01-05',
});
const posts = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    link('blog-post', `https://blog.example.org/${index}`),
  );

const actual = (readiness: ReturnType<typeof portfolioReadiness>) =>
  Object.fromEntries(readiness.items.map((item) => [item.id, item.actual])) as Record<
    ReadinessId,
    number
  >;

describe('portfolioReadiness', () => {
  it('starts empty: nothing met, and the next step is the one substantial project', () => {
    const readiness = portfolioReadiness([], []);
    expect(readiness.items.map((item) => item.id)).toEqual([...READINESS_IDS]);
    expect(readiness.items.map((item) => item.priority)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(readiness.ready).toBe(false);
    expect(readiness.requiredMet).toBe(0);
    expect(readiness.requiredTotal).toBe(6);
    expect(readiness.nextStep?.id).toBe('flagship');
    expect(readiness.nextStep?.text).toMatch(/^Start one project/);
  });

  it('uses the seeds’ targets', () => {
    const targets = Object.fromEntries(
      portfolioReadiness([], []).items.map((item) => [item.id, item.target]),
    );
    expect(targets['end-to-end']).toEqual({ min: 3, max: 5 });
    expect(targets.deployed).toEqual({ min: 2 });
    expect(targets.writing).toEqual({ min: 5, max: 10 });
    expect(targets.repositories).toEqual({ min: 1 });
    const texts = portfolioReadiness([flagship('A'), flagship('B')], []).items.map((item) => [
      item.id,
      item.targetText,
      item.target.min,
    ]);
    expect(texts).toContainEqual(['repositories', 'all shipped', 2]);
    expect(texts).toContainEqual(['end-to-end', '3–5', 3]);
    expect(texts).toContainEqual(['deployed', 'at least 2', 2]);
  });

  it('counts only shipped projects, and deployed or evaluated ones among them', () => {
    const readiness = portfolioReadiness(
      [
        flagship('Churn'),
        project('Forecast', { deployedUrl: 'https://f.example.org' }),
        project('Triage', { metric: 'F1', baselineValue: '0.61', resultValue: '0.74' }),
        flagship('Idea', { status: 'building' }),
        flagship('Paused', { status: 'paused' }),
      ],
      [],
    );
    expect(actual(readiness)).toMatchObject({
      flagship: 1,
      repositories: 1,
      'end-to-end': 3,
      deployed: 2,
      evaluated: 2,
    });
  });

  it('reads deployment and repository evidence on the catalog project a project started from', () => {
    const readiness = portfolioReadiness(
      [project('Churn', { catalogProjectId: 'domain-flagship' })],
      [
        link('deployed-url', 'https://churn.example.org', 'domain-flagship'),
        link('repository', 'https://github.com/ana/churn', 'domain-flagship'),
        link('deployed-url', 'https://other.example.org', 'mlops-system'),
      ],
    );
    expect(actual(readiness)).toMatchObject({ deployed: 1, repositories: 1 });
  });

  it('counts distinct blog posts from evidence and write-ups', () => {
    const readiness = portfolioReadiness(
      [
        project('Churn', { writeupUrl: 'https://blog.example.org/0/' }),
        project('Other', { writeupUrl: 'https://blog.example.org/churn' }),
      ],
      [...posts(3), link('blog-post', 'https://www.blog.example.org/1#top')],
    );
    expect(actual(readiness).writing).toBe(4);
  });

  it('counts commits outside the user’s own repositories as open-source contributions', () => {
    const readiness = portfolioReadiness(
      [project('Churn', { repositoryUrl: 'https://github.com/Ana/churn' })],
      [
        link('commit', 'https://github.com/ana/churn/commit/abc'),
        link('commit', 'https://github.com/ana/dotfiles/commit/def'),
        link('commit', 'https://github.com/scikit-learn/scikit-learn/pull/123'),
        link('commit', 'https://github.com/scikit-learn/scikit-learn/pull/123/'),
        link('repository', 'https://gitlab.com/ana/notes'),
        link('commit', 'https://gitlab.com/ana/notes/-/commit/1'),
        link('commit', 'https://gitlab.com/pandas/pandas/-/commit/2'),
        link('kaggle', 'https://www.kaggle.com/competitions/titanic'),
      ],
    );
    expect(actual(readiness)).toMatchObject({ 'open-source': 2, competitions: 1 });
  });

  it('follows the priority order: flagship, then repositories, projects, deployment, evaluation, writing', () => {
    const steps: (ReadinessId | undefined)[] = [];
    const record = (projects: PortfolioProjectInput[], evidence: EvidenceLink[] = []) =>
      steps.push(portfolioReadiness(projects, evidence).nextStep?.id);
    record([project('Churn', { deployedUrl: 'https://c.example.org' })]);
    record([flagship('Churn', { repositoryUrl: undefined })]);
    record([flagship('Churn')]);
    record([
      flagship('Churn'),
      flagship('Two'),
      project('Three', { repositoryUrl: 'https://github.com/ana/3' }),
    ]);
    record([flagship('Churn'), flagship('Two'), flagship('Three')]);
    record([flagship('Churn'), flagship('Two'), flagship('Three')], posts(5));
    record(
      [flagship('Churn'), flagship('Two'), flagship('Three')],
      [...posts(5), link('commit', 'https://github.com/pytorch/pytorch/pull/1')],
    );
    expect(steps).toEqual([
      'flagship',
      'repositories',
      'end-to-end',
      'evaluated',
      'writing',
      'open-source',
      'competitions',
    ]);
  });

  it('is ready when the required items are met, with competitions still optional', () => {
    const readiness = portfolioReadiness(
      [flagship('Churn'), flagship('Two'), flagship('Three')],
      posts(5),
    );
    expect(readiness.ready).toBe(true);
    expect(readiness.requiredMet).toBe(6);
    expect(readiness.nextStep?.id).toBe('open-source');
    const all = portfolioReadiness(
      [flagship('Churn'), flagship('Two'), flagship('Three')],
      [
        ...posts(5),
        link('commit', 'https://github.com/pytorch/pytorch/pull/1'),
        link('kaggle', 'https://kaggle.com/c/x'),
      ],
    );
    expect(all.nextStep).toBeNull();
  });

  it('names the project and the missing numbers in the next step', () => {
    const readiness = portfolioReadiness(
      [
        project('Side quest', { status: 'idea' }),
        project('Churn', { status: 'building', metric: 'recall', baselineValue: '64%' }),
      ],
      [],
    );
    expect(readiness.nextStep?.text).toBe(
      'Make “Churn” your flagship: record the result on a held-out set, deploy it and add its live address and mark it shipped when it runs end to end.',
    );
    const deploy = portfolioReadiness(
      [
        flagship('Churn'),
        flagship('Two'),
        flagship('Three', { deployedUrl: undefined }),
        flagship('Four', { deployedUrl: undefined }),
      ],
      [],
    );
    expect(deploy.nextStep?.id).toBe('writing');
    const notLive = portfolioReadiness(
      [
        flagship('Churn'),
        project('Two', {
          repositoryUrl: 'https://github.com/ana/2',
          metric: 'a',
          baselineValue: '1',
          resultValue: '2',
        }),
        project('Three', {
          repositoryUrl: 'https://github.com/ana/3',
          metric: 'a',
          baselineValue: '1',
          resultValue: '2',
        }),
      ],
      [],
    );
    expect(notLive.nextStep).toEqual({
      id: 'deployed',
      text: 'Deploy “Two” (a small API or demo app is enough) and add its live address.',
    });
  });
});

describe('ownerOf', () => {
  it('reads host and owner, ignoring case and www', () => {
    expect(ownerOf('https://www.GitHub.com/Ana/churn/commit/1')).toBe('github.com/ana');
    expect(ownerOf('https://example.org/')).toBeNull();
    expect(ownerOf('not a url')).toBeNull();
  });
});
