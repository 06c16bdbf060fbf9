import { describe, expect, it } from 'vitest';
import { parseDuration, TimeEntryInputSchema } from './schema.js';

describe('parseDuration', () => {
  it.each([
    ['90m', 90],
    ['1.5h', 90],
    ['1h30m', 90],
    ['2h', 120],
    ['45', 45],
    ['45min', 45],
    [' 1H ', 60],
  ])('reads %s as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['', 'h', 'm', 'ninety', '1.5', '-30m', '1h-5m', '90 minutes'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('time entries', () => {
  it('need a real date, whole minutes within a day, and a catalog-style id', () => {
    const valid = {
      date: '2027-02-28',
      minutes: 90,
      targetKind: 'skill',
      targetId: 'python',
      mode: 'build',
    };
    expect(TimeEntryInputSchema.safeParse(valid).success).toBe(true);
    for (const broken of [
      { ...valid, date: '2027-02-29' },
      { ...valid, minutes: 0 },
      { ...valid, minutes: 1441 },
      { ...valid, minutes: 1.5 },
      { ...valid, targetId: 'Python!' },
      { ...valid, mode: 'reading' },
      { ...valid, extra: true },
    ]) {
      expect(TimeEntryInputSchema.safeParse(broken).success).toBe(false);
    }
  });
});
