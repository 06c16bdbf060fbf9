import { describe, expect, it } from 'vitest';
import {
  contains,
  labelStep,
  milestoneLanes,
  monthCount,
  monthDomain,
  monthTicks,
  position,
  span,
} from './timeline';

describe('the month axis', () => {
  it('covers every date with whole months', () => {
    const domain = monthDomain(['2026-03-15', '2026-01-05', '2027-10-11']);
    expect(domain).toEqual({ start: '2026-01-01', end: '2027-11-01' });
    expect(monthCount(domain)).toBe(22);
    expect(monthDomain(['2026-12-31'])).toEqual({ start: '2026-12-01', end: '2027-01-01' });
    expect(() => monthDomain([])).toThrow();
  });

  it('places days linearly from 0 to 100 percent', () => {
    const domain = { start: '2026-01-01', end: '2026-01-11' };
    expect(position(domain, '2026-01-01')).toBe(0);
    expect(position(domain, '2026-01-06')).toBe(50);
    expect(position(domain, '2026-01-11')).toBe(100);
    // A range of whole days includes its last day.
    expect(span(domain, '2026-01-01', '2026-01-01')).toBe(10);
    expect(contains(domain, '2026-01-10')).toBe(true);
    expect(contains(domain, '2026-01-11')).toBe(false);
    expect(contains(domain, '2025-12-31')).toBe(false);
  });

  it('labels fewer months as the axis grows', () => {
    expect(labelStep(12)).toBe(1);
    expect(labelStep(22)).toBe(2);
    expect(labelStep(36)).toBe(3);
    expect(labelStep(64)).toBe(6);
    expect(labelStep(120)).toBe(12);
  });

  it('ticks every month and labels January with its year', () => {
    const ticks = monthTicks({ start: '2026-11-01', end: '2027-03-01' });
    expect(ticks.map((tick) => tick.date)).toEqual([
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
    ]);
    expect(ticks.map((tick) => tick.label)).toEqual(['Nov 2026', 'Dec', 'Jan 2027', 'Feb']);
    expect(ticks.map((tick) => tick.major)).toEqual([true, false, true, false]);
    expect(ticks[2]?.at).toBeCloseTo((61 / 120) * 100);
  });

  it('drops a first label that would crowd the next one', () => {
    // 22 months: a label every 2 months, on odd months (Jan, Mar, …); February starts the axis.
    const ticks = monthTicks({ start: '2026-02-01', end: '2027-12-01' });
    expect(ticks[0]?.label).toBeNull();
    expect(ticks[1]?.label).toBe('Mar 2026');
    expect(ticks[2]?.label).toBeNull();
    expect(ticks.filter((tick) => tick.label).length).toBe(11);
  });
});

describe('milestone lanes', () => {
  it('moves a marker too close to the previous one to another lane', () => {
    expect(milestoneLanes([10, 12, 13, 40, 41], 5)).toEqual([0, 1, 2, 0, 1]);
    expect(milestoneLanes([10, 20, 30], 5)).toEqual([0, 0, 0]);
  });

  it('wraps back to the first lane when all three are busy', () => {
    expect(milestoneLanes([10, 10, 10, 10], 5)).toEqual([0, 1, 2, 0]);
  });
});
