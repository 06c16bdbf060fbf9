import fc from 'fast-check';
import {
  BACKGROUNDS,
  EDUCATION_LEVELS,
  SKILL_AREAS,
  SPECIALIZATIONS,
  TRACKS,
} from '../src/core/profile.js';
import {
  EVIDENCE_TYPES,
  MODES,
  NETWORKING_KINDS,
  PROJECT_STATES,
  SKILL_STATES,
  TIME_TARGETS,
} from '../src/core/progress/types.js';

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

export const projectStateRowsArbitrary = fc.uniqueArray(
  fc.record(
    {
      projectId: fc.constantFrom('domain-flagship', 'mlops-pipeline', 'first-model-baseline'),
      status: fc.constantFrom(...PROJECT_STATES),
      startedOn: isoDates,
      shippedOn: isoDates,
    },
    { requiredKeys: ['projectId', 'status'] },
  ),
  { selector: (state) => state.projectId, maxLength: 3 },
);

export const evidenceArbitrary = fc.record({
  targetKind: fc.constantFrom(...TIME_TARGETS),
  targetId: catalogIds,
  type: fc.constantFrom(...EVIDENCE_TYPES),
  url: fc.webUrl({ validSchemes: ['https'] }),
  date: isoDates,
});

export const noteRowsArbitrary = fc.uniqueArray(
  fc.record({
    targetKind: fc.constantFrom(...TIME_TARGETS),
    targetId: catalogIds,
    body: fc.string({ minLength: 1, maxLength: 200 }).filter((text) => text.trim() !== ''),
  }),
  { selector: (note) => `${note.targetKind}:${note.targetId}`, maxLength: 4 },
);

export const dismissalRowsArbitrary = fc.uniqueArray(
  fc.record(
    {
      ruleId: fc.constantFrom('tutorial-hell', 'isolation', 'no-deployment', 'no-writing'),
      until: isoDates,
    },
    { requiredKeys: ['ruleId'] },
  ),
  { selector: (dismissal) => dismissal.ruleId, maxLength: 3 },
);

const money = fc.integer({ min: 0, max: 50_000_000 });
export const runwayArbitrary = fc.record({
  currency: fc.constantFrom('USD', 'EUR', 'GBP', 'INR'),
  savings: money,
  monthlyExpenses: money,
  monthlyIncome: money,
  learningBudget: money,
  emergencyFundMonths: fc.integer({ min: 0, max: 24 }),
});
