import { describe, expect, it } from 'vitest';
import { movement, reasonLabel } from './history';

describe('the history of estimates in words', () => {
  it('says how far a date moved and which way', () => {
    expect(movement('2027-10-11', '2027-10-11')).toBe('did not move');
    expect(movement('2027-10-11', '2027-10-12')).toBe('moved 1 day later');
    expect(movement('2027-10-11', '2027-10-01')).toBe('moved 10 days earlier');
    expect(movement('2027-10-11', '2027-11-22')).toBe('moved 6 weeks later');
    expect(movement('2029-04-30', '2027-12-06')).toBe('moved 73 weeks earlier');
  });

  it('names why a plan was made', () => {
    expect(reasonLabel('profile')).toBe('Profile saved');
    expect(reasonLabel('replan')).toBe('Re-planned');
  });
});
