import { describe, expect, it } from 'vitest';
import {
  AcceptanceSchema,
  acceptanceDayProblem,
  GrowthGoalRowSchema,
  isGrowthGoal,
  isNegotiationItem,
  OfferRowSchema,
} from './records.js';

const offer = {
  company: 'Acme Health',
  role: 'ML Engineer',
  level: 'entry',
  location: 'Austin, TX',
  currency: 'USD',
  base: 14_000_000,
};

describe('OfferRowSchema', () => {
  it('adds defaults: no negotiation steps, no link, not accepted', () => {
    const row = OfferRowSchema.parse(offer);
    expect(row).toMatchObject({ bonus: 0, equityPerYear: 0, signOn: 0, negotiation: {} });
    expect(row).not.toHaveProperty('applicationId');
    expect(row).not.toHaveProperty('acceptedOn');
  });

  it('keeps dated checklist items, the application link and the acceptance day', () => {
    const row = OfferRowSchema.parse({
      ...offer,
      applicationId: '5f0c8e7a-3b1d-4c2e-9a6f-0d1e2f3a4b5c',
      negotiation: { 'research-the-range': '2027-03-01', 'ask-for-time': '2027-03-02' },
      receivedOn: '2027-02-25',
      acceptedOn: '2027-03-10',
    });
    expect(row.receivedOn).toBe('2027-02-25');
    expect(row.negotiation).toEqual({
      'research-the-range': '2027-03-01',
      'ask-for-time': '2027-03-02',
    });
    expect(row.acceptedOn).toBe('2027-03-10');
  });

  it('refuses unknown checklist items, bad dates, a bad link and unknown keys', () => {
    const issues = (input: object) =>
      OfferRowSchema.safeParse({ ...offer, ...input }).error?.issues.map((issue) =>
        issue.path.join('.'),
      );
    expect(issues({ negotiation: { 'bribe-the-recruiter': '2027-03-01' } })).toEqual([
      'negotiation.bribe-the-recruiter',
    ]);
    expect(issues({ negotiation: { 'ask-for-time': '2027-02-30' } })).toEqual([
      'negotiation.ask-for-time',
    ]);
    expect(issues({ acceptedOn: 'yesterday' })).toEqual(['acceptedOn']);
    expect(issues({ applicationId: 'not-a-uuid' })).toEqual(['applicationId']);
    expect(issues({ userId: '5f0c8e7a-3b1d-4c2e-9a6f-0d1e2f3a4b5c' })).toEqual(['']);
  });
});

describe('the acceptance day', () => {
  it('may be any day from the day the offer came up to today', () => {
    const context = { today: '2027-03-10', receivedOn: '2027-03-01' };
    expect(acceptanceDayProblem('2027-03-10', context)).toBeNull();
    expect(acceptanceDayProblem('2027-03-01', context)).toBeNull();
    expect(acceptanceDayProblem('2027-03-05', context)).toBeNull();
    expect(acceptanceDayProblem('2020-01-01', { today: '2027-03-10' })).toBeNull();
    expect(
      acceptanceDayProblem('2020-01-01', { today: '2027-03-10', receivedOn: null }),
    ).toBeNull();
  });

  it('is never in the future nor before the offer came, and says which', () => {
    const context = { today: '2027-03-10', receivedOn: '2027-03-01' };
    expect(acceptanceDayProblem('2027-03-11', context)).toBe(
      'must not be after today (2027-03-10)',
    );
    expect(acceptanceDayProblem('2027-02-28', context)).toBe(
      'must not be before the day the offer came (2027-03-01)',
    );
    expect(acceptanceDayProblem('2027-02-30', context)).toMatch(/real date/);
  });

  it('comes in a body with one field, `on`', () => {
    expect(AcceptanceSchema.parse({ on: '2027-03-01' })).toEqual({ on: '2027-03-01' });
    for (const body of [{}, { on: 'today' }, { on: '2027-03-01', day: 1 }, null]) {
      expect(AcceptanceSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });
});

describe('GrowthGoalRowSchema', () => {
  it('accepts a goal of any stage with its day', () => {
    expect(GrowthGoalRowSchema.parse({ goalId: 'mentor-juniors', doneOn: '2030-01-15' })).toEqual({
      goalId: 'mentor-juniors',
      doneOn: '2030-01-15',
    });
  });

  it('refuses unknown goals and bad dates', () => {
    expect(GrowthGoalRowSchema.safeParse({ goalId: 'win', doneOn: '2030-01-15' }).success).toBe(
      false,
    );
    expect(
      GrowthGoalRowSchema.safeParse({ goalId: 'mentor-juniors', doneOn: '15/01/2030' }).success,
    ).toBe(false);
  });
});

describe('catalog id checks', () => {
  it('know the checklist and the goals of every stage', () => {
    expect(isNegotiationItem('get-it-in-writing')).toBe(true);
    expect(isNegotiationItem('mentor-juniors')).toBe(false);
    expect(isGrowthGoal('ship-a-model-to-production')).toBe(true);
    expect(isGrowthGoal('industry-presence')).toBe(true);
    expect(isGrowthGoal('get-it-in-writing')).toBe(false);
  });
});
