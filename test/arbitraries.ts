import fc from 'fast-check';
import {
  BACKGROUNDS,
  EDUCATION_LEVELS,
  SKILL_AREAS,
  SPECIALIZATIONS,
  TRACKS,
} from '../src/core/profile.js';
import { MODES, NETWORKING_KINDS, SKILL_STATES, TIME_TARGETS } from '../src/core/progress/types.js';

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

const isoDates = fc
  .date({
    min: new Date('2025-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const catalogIds = fc.constantFrom(
  'python',
  'sql',
  'pytorch',
  'docker',
  'domain-flagship',
  'mlops-pipeline',
);
const notes = fc
  .string({ minLength: 1, maxLength: 60 })
  .filter((text) => text.trim() === text && text !== '');

/** Skill states with distinct skills, as a backup holds them. */
export const skillStateRowsArbitrary = fc.uniqueArray(
  fc.record(
    {
      skillId: catalogIds,
      status: fc.constantFrom(...SKILL_STATES),
      reason: notes,
      changedOn: isoDates,
    },
    { requiredKeys: ['skillId', 'status', 'changedOn'] },
  ),
  { selector: (state) => state.skillId, maxLength: 5 },
);

export const timeEntryArbitrary = fc.record(
  {
    date: isoDates,
    minutes: fc.integer({ min: 1, max: 1440 }),
    targetKind: fc.constantFrom(...TIME_TARGETS),
    targetId: catalogIds,
    mode: fc.constantFrom(...MODES),
    note: notes,
  },
  { requiredKeys: ['date', 'minutes', 'targetKind', 'targetId', 'mode'] },
);

export const networkingArbitrary = fc.record(
  { date: isoDates, kind: fc.constantFrom(...NETWORKING_KINDS), note: notes },
  { requiredKeys: ['date', 'kind'] },
);
