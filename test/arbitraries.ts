import fc from 'fast-check';
import {
  BACKGROUNDS,
  EDUCATION_LEVELS,
  SKILL_AREAS,
  SPECIALIZATIONS,
  TRACKS,
} from '../src/core/profile.js';

/** Any profile the contract allows, with optional fields present or absent. */
export const validProfileArbitrary = fc.record(
  {
    background: fc.constantFrom(...BACKGROUNDS),
    domain: fc
      .string({ minLength: 1, maxLength: 40 })
      .filter((text) => text.trim() === text && text !== ''),
    skills: fc.record(
      Object.fromEntries(SKILL_AREAS.map((area) => [area, fc.integer({ min: 0, max: 3 })])),
      { requiredKeys: [] },
    ),
    hoursPerWeek: fc.integer({ min: 1, max: 80 }),
    startDate: fc.constant('2027-01-04'),
    targetDate: fc.constant('2028-06-30'),
    track: fc.constantFrom(...TRACKS),
    specialization: fc.constantFrom(...SPECIALIZATIONS),
    education: fc.constantFrom(...EDUCATION_LEVELS),
  },
  { requiredKeys: ['background', 'hoursPerWeek'] },
);
