import { describe, expect, it } from 'vitest';
import { buildFunnel, type FunnelApplication, median, type StageEvent } from './funnel.js';

const app = (
  id: string,
  source: FunnelApplication['source'],
  stage: FunnelApplication['stage'],
) => ({
  id,
  source,
  stage,
});
const at = (applicationId: string, stage: StageEvent['stage'], changedOn: string): StageEvent => ({
  applicationId,
  stage,
  changedOn,
});

describe('buildFunnel', () => {
  it('is all zeros and nulls without applications', () => {
    const funnel = buildFunnel([], []);
    expect(funnel.total).toBe(0);
    expect(funnel.steps.map((step) => step.reached)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(funnel.steps.every((step) => step.conversion === null)).toBe(true);
    expect(funnel.medianDaysToResponse).toBeNull();
    expect(funnel.bySource.every((source) => source.responseRate === null)).toBe(true);
  });

  it('counts how far each application got, from its history and its current stage', () => {
    const applications = [
      app('a', 'referral', 'offer'),
      app('b', 'referral', 'rejected'),
      app('c', 'cold', 'applied'),
      app('d', 'cold', 'ghosted'),
      app('e', 'cold', 'saved'),
      app('f', 'cold', 'rejected'),
    ];
    const history = [
      at('a', 'applied', '2027-01-01'),
      at('a', 'screen', '2027-01-05'),
      at('a', 'technical', '2027-01-12'),
      at('a', 'onsite', '2027-01-20'),
      at('a', 'offer', '2027-01-28'),
      at('b', 'applied', '2027-01-02'),
      at('b', 'screen', '2027-01-09'),
      at('b', 'rejected', '2027-01-15'),
      at('c', 'applied', '2027-01-03'),
      at('d', 'applied', '2027-01-04'),
      at('d', 'ghosted', '2027-02-10'),
      at('e', 'saved', '2027-01-05'),
      // Rejected with no "applied" row: it was sent all the same, and the rejection is an answer.
      at('f', 'rejected', '2027-01-20'),
    ];
    const funnel = buildFunnel(applications, history);
    expect(funnel.total).toBe(6);
    expect(Object.fromEntries(funnel.steps.map((step) => [step.stage, step.reached]))).toEqual({
      saved: 6,
      applied: 5,
      screen: 2,
      technical: 1,
      onsite: 1,
      offer: 1,
      accepted: 0,
    });
    expect(funnel.steps[0]?.conversion).toBeNull();
    expect(funnel.steps[1]?.conversion).toBeCloseTo(5 / 6);
    expect(funnel.steps[2]?.conversion).toBeCloseTo(2 / 5);
    expect(funnel.steps[6]?.conversion).toBe(0);
    expect(funnel.closed).toEqual({ rejected: 2, withdrawn: 0, ghosted: 1 });

    const referral = funnel.bySource.find((item) => item.source === 'referral');
    const cold = funnel.bySource.find((item) => item.source === 'cold');
    expect(referral).toEqual({
      source: 'referral',
      applied: 2,
      responded: 2,
      responseRate: 1,
      interviews: 2,
      offers: 1,
    });
    expect(cold).toEqual({
      source: 'cold',
      applied: 3,
      responded: 1,
      responseRate: 1 / 3,
      interviews: 0,
      offers: 0,
    });
    expect(funnel.bySource.find((item) => item.source === 'recruiter')?.responseRate).toBeNull();

    // a: 4 days, b: 7 days; f has no "applied" date, d was never answered.
    expect(funnel.medianDaysToResponse).toBe(5.5);
    expect(funnel.responsesMeasured).toBe(2);
  });

  it('ignores an answer dated before the application was sent', () => {
    const funnel = buildFunnel(
      [app('a', 'cold', 'screen')],
      [at('a', 'screen', '2027-01-01'), at('a', 'applied', '2027-01-05')],
    );
    expect(funnel.medianDaysToResponse).toBeNull();
    expect(funnel.bySource.find((item) => item.source === 'cold')?.responded).toBe(1);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
});
