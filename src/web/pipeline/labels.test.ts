import { describe, expect, it } from 'vitest';
import { matchesDomain, percent } from './labels';

describe('matchesDomain', () => {
  it('matches an industry that names the domain, loosely', () => {
    expect(matchesDomain('Healthcare', 'healthcare')).toBe(true);
    expect(matchesDomain('Health care software', 'healthcare')).toBe(true);
    expect(matchesDomain('Logistics & supply chain', 'logistics')).toBe(true);
    expect(matchesDomain('Fintech', 'logistics')).toBe(false);
    expect(matchesDomain(undefined, 'logistics')).toBe(false);
    expect(matchesDomain('Retail', undefined)).toBe(false);
    expect(matchesDomain('—', '!')).toBe(false);
  });
});

describe('percent', () => {
  it('rounds to a whole percentage and shows a dash for nothing', () => {
    expect(percent(2 / 3)).toBe('67%');
    expect(percent(null)).toBe('—');
  });
});
