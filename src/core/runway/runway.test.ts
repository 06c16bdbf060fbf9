import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunwayInput } from '../progress/types.js';
import {
  addMonths,
  MONTHS_AFTER_P80,
  RUNWAY_HINTS,
  RUNWAY_HORIZON_MONTHS,
  runway,
} from './runway.js';

const TODAY = '2026-01-31';
/** $10,000 saved, $1,000 for courses, $3,000 spent and $1,000 earned a month, 1 month reserve. */
const base: RunwayInput = {
  currency: 'USD',
  savings: 1_000_000,
  learningBudget: 100_000,
  monthlyExpenses: 300_000,
  monthlyIncome: 100_000,
  emergencyFundMonths: 1,
};

describe('addMonths', () => {
  it('keeps the day, clamped to shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 3)).toBe('2026-04-30');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonths('2026-05-10', 0)).toBe('2026-05-10');
    expect(addMonths('2026-03-31', 120)).toBe('2036-03-31');
  });
});

describe('runway', () => {
  it('matches a hand computation', () => {
    // Month 0: 10,000 − 1,000 = 9,000; then −2,000 a month: 7,000, 5,000, 3,000 = the floor.
    const result = runway({ input: base, today: TODAY, p80: '2026-03-15' });
    expect(result.floor).toBe(300_000);
    expect(result.months).toEqual([
      { month: '2026-01', balance: 900_000 },
      { month: '2026-02', balance: 700_000 },
      { month: '2026-03', balance: 500_000 },
      { month: '2026-04', balance: 300_000 },
    ]);
    expect(result.runsOutOn).toBe('2026-04-30');
    expect(result.coversP80).toBe(true);
    // Mar 15 → Apr 30 is 46 days: 46 / 30.44 = 1.5 months.
    expect(result.bufferMonths).toBe(1.5);
    // Jun 15 is the safe date; steps Feb 28 … May 31 must stay above 3,000:
    // 9,000 + 4·(−2,000 + x) > 3,000 → x > 500.00, so $500.01, rounded up to $501.
    expect(result.warning).toEqual({
      id: 'runway-short',
      message: expect.stringContaining('around Apr 30, 2026, only 1.5 months after Mar 15, 2026'),
      extraMonthlyIncome: 50_100,
    });
    expect(result.warning?.message).toContain('About $501 a month more income');
  });

  it('reports a negative buffer when the money ends before the P80', () => {
    const result = runway({ input: base, today: TODAY, p80: '2026-06-15' });
    expect(result.coversP80).toBe(false);
    expect(result.bufferMonths).toBe(-1.5);
    expect(result.warning?.message).toContain('before Jun 15, 2026');
  });

  it('warns only when the money ends before the P80 plus 3 months', () => {
    // Runs out on Apr 30; Jan 30 + 3 months is Apr 30: just enough.
    expect(MONTHS_AFTER_P80).toBe(3);
    expect(runway({ input: base, today: TODAY, p80: '2026-01-30' }).warning).toBeUndefined();
    expect(runway({ input: base, today: TODAY, p80: '2026-02-01' }).warning).toBeDefined();
  });

  it('suggests the smallest extra income that removes the warning', () => {
    const p80 = '2026-03-15';
    const extra = runway({ input: base, today: TODAY, p80 }).warning?.extraMonthlyIncome ?? 0;
    const withIncome = (income: number) =>
      runway({ input: { ...base, monthlyIncome: income }, today: TODAY, p80 });
    expect(withIncome(base.monthlyIncome + extra).warning).toBeUndefined();
    expect(withIncome(base.monthlyIncome + 50_000).warning).toBeDefined();
  });

  it('never runs out when income covers expenses', () => {
    for (const input of [
      { ...base, monthlyIncome: 300_000 },
      { ...base, monthlyIncome: 0, monthlyExpenses: 0 },
      { ...base, savings: 0, monthlyIncome: 400_000 },
    ]) {
      const result = runway({ input, today: TODAY, p80: '2030-01-01' });
      expect(result.runsOutOn).toBeNull();
      expect(result.coversP80).toBe(true);
      expect(result.bufferMonths).toBeNull();
      expect(result.warning).toBeUndefined();
      expect(result.months).toHaveLength(RUNWAY_HORIZON_MONTHS + 1);
      expect(result.months.at(-1)?.month).toBe('2036-01');
    }
  });

  it('handles zero expenses with no reserve', () => {
    const result = runway({
      input: { ...base, monthlyExpenses: 0, monthlyIncome: 0, emergencyFundMonths: 6 },
      today: TODAY,
      p80: '2027-01-01',
    });
    expect(result.floor).toBe(0);
    expect(result.months[5]?.balance).toBe(900_000);
  });

  it('runs out today when the savings start at the floor', () => {
    const result = runway({
      input: { ...base, savings: 400_000 },
      today: TODAY,
      p80: '2026-09-01',
    });
    expect(result.months).toEqual([{ month: '2026-01', balance: 300_000 }]);
    expect(result.runsOutOn).toBe(TODAY);
    expect(result.warning?.extraMonthlyIncome).toBeUndefined();
    expect(result.warning?.message).toContain('already at or below your reserve of $3,000');
  });

  it('gives up after 120 months of a slow burn', () => {
    const result = runway({
      input: { ...base, monthlyIncome: 299_000, emergencyFundMonths: 0 },
      today: TODAY,
      p80: '2027-01-01',
    });
    // 9,000 − 10 a month is still 7,800 after 120 months.
    expect(result.runsOutOn).toBeNull();
    expect(result.months.at(-1)?.balance).toBe(780_000);
  });

  it('stores whole minor units, rounded each month', () => {
    const result = runway({
      input: { ...base, monthlyExpenses: 100_000.4, monthlyIncome: 0 },
      today: TODAY,
      p80: '2027-01-01',
    });
    for (const month of result.months) expect(Number.isInteger(month.balance)).toBe(true);
    expect(result.months[1]?.balance).toBe(800_000);
  });

  it('never runs out earlier with more savings', () => {
    const input = fc.record({
      currency: fc.constant('USD'),
      savings: fc.integer({ min: 0, max: 20_000_000 }),
      monthlyExpenses: fc.integer({ min: 0, max: 1_000_000 }),
      monthlyIncome: fc.integer({ min: 0, max: 1_000_000 }),
      learningBudget: fc.integer({ min: 0, max: 500_000 }),
      emergencyFundMonths: fc.integer({ min: 0, max: 12 }),
    });
    const later = (a: string | null, b: string | null) => a === null || (b !== null && a >= b);
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 5_000_000 }), (money, more) => {
        const before = runway({ input: money, today: TODAY, p80: '2027-06-30' });
        const after = runway({
          input: { ...money, savings: money.savings + more },
          today: TODAY,
          p80: '2027-06-30',
        });
        expect(later(after.runsOutOn, before.runsOutOn)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('hints', () => {
  it('exports the rules of thumb for the UI', () => {
    expect(RUNWAY_HINTS.emergencyFundMonths).toEqual({ min: 6, max: 12 });
    expect(RUNWAY_HINTS.learningBudgetUsd).toEqual({ min: 500, max: 2_000 });
    expect(RUNWAY_HINTS.tips.map((tip) => tip.id)).toEqual([
      'emergency-fund',
      'learning-budget',
      'keep-income',
      'bridge-income',
      'after-offer',
    ]);
  });
});
