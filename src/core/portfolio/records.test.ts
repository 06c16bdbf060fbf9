import { describe, expect, it } from 'vitest';
import {
  hasBaselineComparison,
  PortfolioProjectInputSchema,
  PortfolioProjectPatchSchema,
} from './records.js';

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) =>
  Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );

describe('PortfolioProjectInputSchema', () => {
  it('takes a title and status alone, and every field filled in', () => {
    expect(PortfolioProjectInputSchema.parse({ title: ' Churn ', status: 'idea' })).toEqual({
      title: 'Churn',
      status: 'idea',
    });
    const full = {
      catalogProjectId: 'domain-flagship',
      title: 'Churn prediction',
      status: 'shipped',
      repositoryUrl: 'https://github.com/ana/churn',
      localPath: '/home/ana/churn',
      deployedUrl: 'http://churn.example.org',
      dataset: 'member check-ins',
      datasetSize: '12,000 rows',
      metric: 'recall',
      baselineValue: '64%',
      resultValue: '81%',
      evaluationSize: '2,400 rows',
      evaluationMethod: 'time-based split',
      writeupUrl: 'https://blog.example.org/churn',
    };
    expect(PortfolioProjectInputSchema.parse(full)).toEqual(full);
    expect(
      PortfolioProjectInputSchema.parse({ ...full, localPath: 'C:\\Users\\ana\\churn' }).localPath,
    ).toBe('C:\\Users\\ana\\churn');
  });

  it('names the problem with each field in words', () => {
    const result = PortfolioProjectInputSchema.safeParse({
      title: '',
      status: 'done',
      repositoryUrl: 'javascript:alert(1)',
      localPath: 'projects/churn',
      deployedUrl: 'ftp://example.org',
      catalogProjectId: 'Not An Id',
      metric: 7,
    });
    expect(messages(result)).toEqual({
      title: 'must not be empty (leave the field out instead)',
      status: 'must be one of: idea, building, shipped, paused',
      repositoryUrl: expect.stringMatching(/^must be an http or https address/),
      localPath: 'must be an absolute folder path, such as /home/you/projects/churn',
      deployedUrl: expect.stringMatching(/^must be an http or https address/),
      catalogProjectId: 'must be a lowercase kebab-case catalog id',
      metric: 'must be text',
    });
  });

  it('refuses unknown keys and a NUL in a path', () => {
    expect(
      PortfolioProjectInputSchema.safeParse({ title: 'a', status: 'idea', userId: 'x' }).success,
    ).toBe(false);
    expect(
      messages(
        PortfolioProjectInputSchema.safeParse({ title: 'a', status: 'idea', localPath: '/a\0b' }),
      ).localPath,
    ).toBe('must not contain a NUL character');
  });
});

describe('PortfolioProjectPatchSchema', () => {
  it('takes any one field, null to clear an optional one, and refuses an empty patch', () => {
    expect(PortfolioProjectPatchSchema.parse({ resultValue: '0.81' })).toEqual({
      resultValue: '0.81',
    });
    expect(PortfolioProjectPatchSchema.parse({ deployedUrl: null })).toEqual({
      deployedUrl: null,
    });
    expect(messages(PortfolioProjectPatchSchema.safeParse({}))).toEqual({
      '': 'give at least one field to change',
    });
    expect(PortfolioProjectPatchSchema.safeParse({ title: null }).success).toBe(false);
    expect(PortfolioProjectPatchSchema.safeParse({ status: null }).success).toBe(false);
  });
});

describe('hasBaselineComparison', () => {
  it('needs the metric, the baseline and the result', () => {
    expect(
      hasBaselineComparison({ metric: 'recall', baselineValue: '64%', resultValue: '81%' }),
    ).toBe(true);
    expect(hasBaselineComparison({ metric: 'recall', resultValue: '81%' })).toBe(false);
  });
});
