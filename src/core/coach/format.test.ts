import { describe, expect, it } from 'vitest';
import {
  dateRange,
  hoursText,
  listText,
  longDate,
  percentText,
  quoted,
  shortDate,
  weeksText,
} from './format.js';

describe('wording helpers', () => {
  it('writes dates and ranges', () => {
    expect(shortDate('2026-10-26')).toBe('Oct 26');
    expect(longDate('2027-01-05')).toBe('Jan 5, 2027');
    expect(dateRange('2026-10-26', '2026-11-22')).toBe('Oct 26 – Nov 22');
    expect(dateRange('2026-12-20', '2027-01-16')).toBe('Dec 20, 2026 – Jan 16, 2027');
  });

  it('writes hours, weeks, shares and lists', () => {
    expect(hoursText(1)).toBe('1 hour');
    expect(hoursText(31.04)).toBe('31 hours');
    expect(hoursText(6.5)).toBe('6.5 hours');
    expect(weeksText(13)).toBe('1 week');
    expect(weeksText(62)).toBe('8 weeks');
    expect(percentText(0.4516)).toBe('45%');
    expect(listText([])).toBe('');
    expect(listText(['A'])).toBe('A');
    expect(listText(['A', 'B'])).toBe('A and B');
    expect(listText(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listText(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 more');
  });
});

describe('quoted', () => {
  it('wraps a title in curly quotes once, and never a title that opens with its own quote', () => {
    expect(quoted('First model')).toBe('“First model”');
    expect(quoted('“Also bought” recommendations')).toBe('“Also bought” recommendations');
  });
});
