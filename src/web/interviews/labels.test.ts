import { describe, expect, it } from 'vitest';
import { whenDue } from './labels';

describe('whenDue', () => {
  const now = new Date('2027-01-05T10:00:00Z');
  const plus = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

  it('reads the gap as people say it', () => {
    expect(whenDue(plus(-5), now)).toBe('now');
    expect(whenDue(plus(10), now)).toBe('in 10 minutes');
    expect(whenDue(plus(180), now)).toBe('in 3 hours');
    expect(whenDue(plus(24 * 60), now)).toBe('tomorrow');
    expect(whenDue(plus(21 * 24 * 60), now)).toBe('in 3 weeks');
    expect(whenDue(plus(90 * 24 * 60), now)).toBe('in 3 months');
  });
});
