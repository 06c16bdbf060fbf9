import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validProfileArbitrary } from '../../../test/arbitraries.js';
import { parseProfile } from '../../core/profile.js';
import {
  type Draft,
  draftFromProfile,
  emptyDraft,
  STEPS,
  stepOf,
  toProfileInput,
  validateAll,
  validateStep,
} from './draft';

const complete = (patch: Partial<Draft> = {}): Draft => ({
  ...emptyDraft(),
  background: 'data-analyst',
  skills: { python: 1, sql: 2, math: 1, git: 1, ml: 0, deployment: 0 },
  hoursPerWeek: '12',
  startDate: '2026-01-05',
  ...patch,
});

/** Drafts as the form can hold them: any text in the inputs, any choice or none. */
const draftArbitrary: fc.Arbitrary<Draft> = fc.record({
  background: fc.constantFrom(null, 'no-programming', 'software-engineer', 'academic' as const),
  education: fc.constantFrom('', 'none', 'phd' as const),
  skills: fc.record({
    python: fc.constantFrom(null, 0, 1, 2, 3 as const),
    sql: fc.constantFrom(null, 0, 3 as const),
    math: fc.constantFrom(0, 2 as const),
    git: fc.constantFrom(1 as const),
    ml: fc.constantFrom(null, 3 as const),
    deployment: fc.constantFrom(0 as const),
  }),
  hoursPerWeek: fc.oneof(
    fc.constantFrom('', ' ', '0', '1', '80', '80.5', '15.5', 'abc', '1e1', '-3', ' 12 '),
    fc.integer({ min: -5, max: 100 }).map(String),
  ),
  startDate: fc.constantFrom('', '2026-01-05', '2027-02-30', 'soon'),
  targetDate: fc.constantFrom('', '2026-01-05', '2026-01-04', '2027-06-30', '2027-13-01'),
  domain: fc.oneof(fc.string({ maxLength: 120 }), fc.constantFrom('', '   ', 'logistics')),
  track: fc.constantFrom('applied', 'research' as const),
  specialization: fc.constantFrom('auto', 'nlp', 'time-series' as const),
});

describe('the quiz validation mirrors the server', () => {
  it('accepts exactly the drafts whose body the server accepts', () => {
    fc.assert(
      fc.property(draftArbitrary, (draft) => {
        const clientOk = Object.keys(validateAll(draft)).length === 0;
        if (!clientOk) return;
        const server = parseProfile(toProfileInput(draft));
        expect(server.ok, JSON.stringify(server)).toBe(true);
      }),
    );
  });

  it('round-trips every saved profile through the form unchanged', () => {
    fc.assert(
      fc.property(validProfileArbitrary, (input) => {
        const saved = parseProfile(input);
        if (!saved.ok) throw new Error('the arbitrary made an invalid profile');
        const draft = draftFromProfile(saved.value);
        expect(validateAll(draft)).toEqual({});
        expect(parseProfile(toProfileInput(draft))).toEqual(saved);
      }),
    );
  });

  it('leaves optional answers out instead of sending empty values', () => {
    const body = toProfileInput(complete({ startDate: '', domain: '  ', education: '' }));
    expect(body).toEqual({
      background: 'data-analyst',
      skills: { python: 1, sql: 2, math: 1, git: 1, ml: 0, deployment: 0 },
      hoursPerWeek: 12,
      track: 'applied',
    });
  });
});

describe('validateStep', () => {
  it('asks for a background, every skill level and the hours', () => {
    expect(Object.keys(validateStep(0, emptyDraft()))).toEqual(['background']);
    expect(Object.keys(validateStep(1, emptyDraft()))).toHaveLength(6);
    expect(validateStep(2, emptyDraft()).hoursPerWeek).toMatch(/from 1 to 80/);
  });

  it('refuses a target date that is not after the start date', () => {
    expect(validateStep(2, complete({ targetDate: '2026-01-05' })).targetDate).toBe(
      'The target date must be after the start date.',
    );
    expect(validateStep(2, complete({ targetDate: '2026-01-06' }))).toEqual({});
  });

  it('names the step of every answer path', () => {
    for (const [index, step] of STEPS.entries()) {
      for (const path of step.fields) expect(stepOf(path)).toBe(index);
    }
    expect(stepOf('skills.sql')).toBe(1);
    expect(stepOf('nonsense')).toBe(-1);
  });
});
