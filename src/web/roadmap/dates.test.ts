import { describe, expect, it } from 'vitest';
import {
  addDays,
  axisMonth,
  currentWeekPosition,
  daysBetween,
  formatLong,
  formatRange,
  formatShort,
  humanizeDates,
  localToday,
  monthTicks,
  planMoment,
  toEpochDay,
  weekEnd,
  weekStart,
  weeksRange,
} from './dates';

const weeks = [
  { index: 1, start: '2026-01-05' },
  { index: 2, start: '2026-01-12' },
  { index: 3, start: '2026-01-19' },
];

describe('calendar arithmetic', () => {
  it('adds days across month, year and daylight-saving changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-01-05', '2026-03-02')).toBe(56);
  });

  it('reads today in local time, not UTC', () => {
    expect(localToday(new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23');
    expect(localToday(new Date(2026, 0, 1, 0, 1))).toBe('2026-01-01');
  });
});

describe('formatting', () => {
  it('writes dates in plain words', () => {
    expect(formatLong('2027-10-11')).toBe('11 October 2027');
    expect(formatShort('2027-10-11')).toBe('11 Oct 2027');
  });

  it('names the year once for a range inside one year', () => {
    expect(formatRange('2026-01-19', '2026-02-08')).toBe('19 Jan – 8 Feb 2026');
    expect(formatRange('2026-12-28', '2027-01-03')).toBe('28 Dec 2026 – 3 Jan 2027');
    expect(formatRange('2026-12-28', '2026-12-28')).toBe('28 Dec 2026');
  });

  it('rewrites ISO dates inside server sentences', () => {
    expect(humanizeDates('Your target date 2027-06-30 is before 2027-10-11.')).toBe(
      'Your target date 30 June 2027 is before 11 October 2027.',
    );
    expect(humanizeDates('No dates here, 12 hours.')).toBe('No dates here, 12 hours.');
  });
});

describe('plan weeks', () => {
  it('dates weeks inside and beyond the listed ones', () => {
    expect(weekStart(weeks, 2)).toBe('2026-01-12');
    expect(weekStart(weeks, 5)).toBe('2026-02-02');
    expect(weekEnd(weeks, 1)).toBe('2026-01-11');
    expect(weeksRange(weeks, 1, 3)).toBe('5 Jan – 25 Jan 2026');
  });

  it('finds the week that contains today', () => {
    expect(currentWeekPosition(weeks, '2026-01-05')).toBe(0);
    expect(currentWeekPosition(weeks, '2026-01-11')).toBe(0);
    expect(currentWeekPosition(weeks, '2026-01-12')).toBe(1);
    expect(currentWeekPosition(weeks, '2026-01-25')).toBe(2);
  });

  it('clamps to the first week before the start and to the last after the end', () => {
    expect(currentWeekPosition(weeks, '2025-06-01')).toBe(0);
    expect(currentWeekPosition(weeks, '2030-06-01')).toBe(2);
    expect(currentWeekPosition([], '2026-01-05')).toBe(-1);
  });

  it('says where today is relative to the plan', () => {
    expect(planMoment(weeks, '2026-01-04')).toBe('before');
    expect(planMoment(weeks, '2026-01-05')).toBe('during');
    expect(planMoment(weeks, '2026-01-25')).toBe('during');
    expect(planMoment(weeks, '2026-01-26')).toBe('after');
    expect(planMoment([], '2026-01-26')).toBe('empty');
  });
});

describe('date axis ticks', () => {
  const day = toEpochDay;

  it('reads a day as its month and year', () => {
    expect(axisMonth(day('2027-10-11'))).toBe('Oct ’27');
    expect(axisMonth(day('2030-01-01'))).toBe('Jan ’30');
  });

  it('puts about five ticks on the first of a month, around every date', () => {
    const ticks = monthTicks(day('2027-11-20'), day('2029-10-02'));
    expect(ticks.map(axisMonth)).toEqual([
      'Nov ’27',
      'Apr ’28',
      'Sep ’28',
      'Feb ’29',
      'Jul ’29',
      'Dec ’29',
    ]);
    expect(ticks[0]).toBeLessThanOrEqual(day('2027-11-20'));
    expect(ticks.at(-1)).toBeGreaterThan(day('2029-10-02'));
  });

  it('steps one month at a time over a short span, across a new year', () => {
    const ticks = monthTicks(day('2027-12-15'), day('2028-02-03'));
    expect(ticks.map(axisMonth)).toEqual(['Dec ’27', 'Jan ’28', 'Feb ’28', 'Mar ’28']);
  });
});
