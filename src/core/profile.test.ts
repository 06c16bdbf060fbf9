import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validProfileArbitrary } from '../../test/arbitraries.js';
import { isIsoDate, parseProfile, SKILL_AREAS } from './profile.js';

const firstIssue = (input: unknown) => {
  const result = parseProfile(input);
  if (result.ok) throw new Error('expected the profile to be rejected');
  return result.issues[0];
};

describe('parseProfile', () => {
  it('fills the contract defaults: every skill area at 0 and the applied track', () => {
    const result = parseProfile({ background: 'academic', hoursPerWeek: 10 });
    expect(result).toEqual({
      ok: true,
      value: {
        background: 'academic',
        hoursPerWeek: 10,
        track: 'applied',
        skills: { python: 0, sql: 0, math: 0, git: 0, ml: 0, deployment: 0 },
      },
    });
  });

  it('keeps the optional answers that were given', () => {
    const result = parseProfile({
      background: 'software-engineer',
      domain: ' healthcare ',
      skills: { python: 3 },
      hoursPerWeek: 20,
      startDate: '2027-01-04',
      targetDate: '2028-01-04',
      track: 'research',
      specialization: 'nlp',
      education: 'master',
    });
    expect(result.ok && result.value).toMatchObject({
      domain: 'healthcare',
      skills: { python: 3, sql: 0 },
      track: 'research',
      specialization: 'nlp',
      education: 'master',
      startDate: '2027-01-04',
      targetDate: '2028-01-04',
    });
  });

  it.each([
    [{ hoursPerWeek: 10 }, 'profile.background', 'is required'],
    [{ background: 'academic' }, 'profile.hoursPerWeek', 'is required'],
    [
      { background: 'academic', hoursPerWeek: 0 },
      'profile.hoursPerWeek',
      'must be a number between 1 and 80',
    ],
    [
      { background: 'academic', hoursPerWeek: 81 },
      'profile.hoursPerWeek',
      'must be a number between 1 and 80',
    ],
    [
      { background: 'academic', hoursPerWeek: '15' },
      'profile.hoursPerWeek',
      'must be a number between 1 and 80',
    ],
    [
      { background: 'astronaut', hoursPerWeek: 5 },
      'profile.background',
      expect.stringContaining('must be one of'),
    ],
    [
      { background: 'academic', hoursPerWeek: 5, skills: { sql: 4 } },
      'profile.skills.sql',
      'must be a skill level from 0 to 3',
    ],
    [
      { background: 'academic', hoursPerWeek: 5, skills: { sql: 1.5 } },
      'profile.skills.sql',
      expect.stringContaining('whole number'),
    ],
    [
      { background: 'academic', hoursPerWeek: 5, skills: { rust: 1 } },
      'profile.skills.rust',
      'unknown field "rust"',
    ],
    [
      { background: 'academic', hoursPerWeek: 5, hoursperweek: 5 },
      'profile.hoursperweek',
      'unknown field "hoursperweek"',
    ],
    [
      { background: 'academic', hoursPerWeek: 5, startDate: '2027-02-30' },
      'profile.startDate',
      expect.stringContaining('real date'),
    ],
    [
      { background: 'academic', hoursPerWeek: 5, startDate: '04/01/2027' },
      'profile.startDate',
      expect.stringContaining('YYYY-MM-DD'),
    ],
    [
      {
        background: 'academic',
        hoursPerWeek: 5,
        startDate: '2027-06-01',
        targetDate: '2027-06-01',
      },
      'profile.targetDate',
      'must be after startDate',
    ],
    [
      { background: 'academic', hoursPerWeek: 5, track: 'phd' },
      'profile.track',
      expect.stringContaining('applied'),
    ],
    [
      { background: 'academic', hoursPerWeek: 5, domain: 'x'.repeat(101) },
      'profile.domain',
      expect.stringContaining('100'),
    ],
    [[], 'profile', 'must be an object'],
    [null, 'profile', 'must be an object'],
  ])('rejects %j at %s', (input, path, message) => {
    expect(firstIssue(input)).toEqual({ path, message });
  });
});

describe('isIsoDate', () => {
  it('accepts leap days only in leap years', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
  });
});

describe('normalization', () => {
  it('is idempotent: a normalized profile parses to itself', () => {
    fc.assert(
      fc.property(validProfileArbitrary, (input) => {
        const once = parseProfile(input);
        expect(once.ok).toBe(true);
        if (!once.ok) return;
        expect(parseProfile(once.value)).toEqual(once);
        expect(Object.keys(once.value.skills)).toEqual([...SKILL_AREAS]);
      }),
    );
  });
});
