import { describe, expect, it } from 'vitest';
import { draftBullet, draftProject, draftStar } from './drafts.js';

const CHURN = {
  title: 'Churn prediction for a gym chain',
  status: 'shipped',
  dataset: 'member check-ins',
  datasetSize: '12,000 rows',
  metric: 'recall on the churn class',
  baselineValue: '64%',
  resultValue: '81%',
  evaluationSize: '2,400 rows',
  evaluationMethod: 'time-based split',
  deployedUrl: 'https://www.churn.example.org/app',
} as const;

/** Every number in the text, as written. */
const numbersIn = (text: string) => text.match(/\d[\d,.]*%?/g) ?? [];

describe('draftBullet', () => {
  it('writes verb, what, data size, metric from baseline to result on the held-out set, and where it runs', () => {
    const draft = draftBullet(CHURN);
    expect(draft.text).toBe(
      'Built churn prediction for a gym chain on 12,000 rows of member check-ins, raising recall on the churn class from 64% (baseline) to 81% on a held-out set of 2,400 rows (time-based split); deployed at churn.example.org.',
    );
    expect(draft.placeholders).toEqual([]);
    expect(draft.coachedText).toBe(draft.text);
    expect(draft.coaching.verdict).toBe('strong');
    expect(draft.coaching.has).toEqual(
      expect.arrayContaining([
        'action-verb',
        'metric',
        'baseline',
        'dataset-size',
        'evaluation-set',
        'deployment',
      ]),
    );
  });

  it('never invents a number: empty fields become placeholders, and only typed numbers appear', () => {
    const draft = draftBullet({ title: 'Churn model', status: 'idea' });
    expect(draft.text).toBe(
      'Built churn model on [dataset size] of [data], moving [metric] from [baseline] (baseline) to [result] on a held-out set of [evaluation set size]; deployed as [how and where it runs].',
    );
    expect(numbersIn(draft.text)).toEqual([]);
    expect(draft.placeholders).toEqual([
      '[dataset size]',
      '[data]',
      '[metric]',
      '[baseline]',
      '[result]',
      '[evaluation set size]',
      '[how and where it runs]',
    ]);

    const partial = draftBullet({ ...CHURN, baselineValue: undefined, deployedUrl: undefined });
    expect(numbersIn(partial.text).sort()).toEqual(['12,000', '2,400', '81%'].sort());
    expect(partial.placeholders).toEqual(['[baseline]', '[how and where it runs]']);
  });

  it('coaches only what is filled in, so a placeholder earns no points', () => {
    const draft = draftBullet({ ...CHURN, baselineValue: undefined, resultValue: undefined });
    expect(draft.coachedText).not.toMatch(/\[|baseline/);
    expect(draft.coaching.missing).toContain('baseline');
    expect(draft.coaching.missing).toContain('metric');
    expect(draft.coaching.score).toBeLessThan(draftBullet(CHURN).coaching.score);
  });

  it('says which way the metric moved from the numbers as typed, and reads bare sizes as examples', () => {
    const lower = draftBullet({
      ...CHURN,
      metric: 'RMSE',
      baselineValue: '4.1',
      resultValue: '3.2',
    });
    expect(lower.text).toContain('cutting RMSE from 4.1 (baseline) to 3.2');
    const words = draftBullet({ ...CHURN, baselineValue: 'a rules engine', resultValue: 'better' });
    expect(words.text).toContain('moving recall');
    const bare = draftBullet({ ...CHURN, datasetSize: '12000', evaluationSize: '2400' });
    expect(bare.text).toContain('on 12000 examples of member check-ins');
    expect(bare.text).toContain('held-out set of 2400 examples');
  });

  it('reads a question as what the model answers', () => {
    expect(draftBullet({ title: 'Will this order arrive late?', status: 'idea' }).text).toMatch(
      /^Built a model to answer “Will this order arrive late\?” on/,
    );
  });

  it('keeps an acronym at the start of the title', () => {
    expect(draftBullet({ title: 'NLP triage for support tickets', status: 'idea' }).text).toMatch(
      /^Built NLP triage/,
    );
  });
});

describe('draftStar', () => {
  it('tells situation, task, action and result with the project’s numbers', () => {
    const star = draftStar(CHURN);
    expect(star.situation).toContain('member check-ins (12,000 rows)');
    expect(star.task).toContain('the baseline scored 64%');
    expect(star.task).toContain('2,400 rows');
    expect(star.action).toContain('time-based split');
    expect(star.action).toContain('churn.example.org');
    expect(star.result).toContain('81% against the baseline’s 64%');
    // What only the user knows stays a placeholder even when every field is filled.
    expect(star.placeholders).toEqual([
      '[the model and the two or three choices that mattered]',
      '[one failure mode you found and how you would fix it]',
    ]);
  });

  it('lists each missing field once and invents no number', () => {
    const star = draftStar({ title: 'Churn', status: 'idea' });
    expect(star.placeholders).toContain('[baseline]');
    expect(star.placeholders.filter((item) => item === '[baseline]')).toHaveLength(1);
    expect(numbersIn(Object.values(star).join(' '))).toEqual([]);
  });
});

describe('draftProject', () => {
  it('returns both drafts', () => {
    expect(draftProject(CHURN)).toEqual({ bullet: draftBullet(CHURN), star: draftStar(CHURN) });
  });
});
