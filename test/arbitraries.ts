import fc from 'fast-check';
import { loadCatalog } from '../src/catalog/index.js';
import { INTERVIEW_TOPICS, LEVELS, ROUNDS } from '../src/catalog/interview/schema.js';
import { CODING_TOPICS, DIFFICULTIES } from '../src/core/interview/coding.js';
import { newCardState } from '../src/core/interview/srs.js';
import { analyzePosting } from '../src/core/jobs/analyze.js';
import {
  CHECKLIST_IDS,
  FIT_IDS,
  REFERRAL_STATES,
  SOURCES,
  STAGES,
} from '../src/core/pipeline/vocabulary.js';
import { PORTFOLIO_STATUSES } from '../src/core/portfolio/records.js';
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
import { resumeArbitrary } from '../src/core/resume/test-fixtures.js';
import type { ROW_TABLES } from '../src/db/backup.js';

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

/** Plan snapshots as the history keeps them (real dates, whole hours). */
export const planSnapshotArbitrary = fc.record(
  {
    madeOn: isoDates,
    reason: fc.constantFrom('profile' as const, 'replan' as const),
    startDate: isoDates,
    hoursPerWeek: fc.integer({ min: 1, max: 80 }),
    p50: isoDates,
    p80: isoDates,
    targetDate: isoDates,
    remainingSkills: fc.integer({ min: 0, max: 80 }),
    remainingHours: fc.integer({ min: 0, max: 3000 }),
  },
  {
    requiredKeys: [
      'madeOn',
      'reason',
      'startDate',
      'hoursPerWeek',
      'p50',
      'p80',
      'remainingSkills',
      'remainingHours',
    ],
  },
);

/** Weekly check-ins, one per Monday. */
export const checkinRowsArbitrary = fc.uniqueArray(
  fc.record({
    weekStart: fc.integer({ min: 0, max: 300 }).map((week) => {
      const monday = new Date(Date.UTC(2025, 0, 6 + week * 7));
      return monday.toISOString().slice(0, 10);
    }),
    wentWell: notes,
    blockers: fc.constantFrom('', 'too little sleep', 'a hard bug'),
    nextFocus: notes,
  }),
  { selector: (checkin) => checkin.weekStart, maxLength: 4 },
);

const POSTINGS = [
  'Machine Learning Engineer\nRequirements:\n- 3+ years of Python and SQL\n- Docker, AWS\nNice to have: PyTorch',
  'Data Scientist\nYou will run experiments with pandas and scikit-learn. Salary: $120,000 - $150,000.',
  'Research Scientist (PhD required)\nPublications at NeurIPS or ICML. JAX or PyTorch.',
];

/** Saved job analyses as a backup holds them: real analyses of a few postings, without gap. */
export const jobAnalysisArbitrary = fc
  .record(
    {
      posting: fc.constantFrom(...POSTINGS),
      company: notes,
      url: fc.constant('https://jobs.example.com/ml-1'),
      analyzedOn: isoDates,
    },
    { requiredKeys: ['posting', 'analyzedOn'] },
  )
  .map((row) => ({
    ...row,
    analysis: analyzePosting(row.posting, { catalog: loadCatalog(), today: row.analyzedOn }),
  }));

/**
 * Valid backup rows for every generically backed-up table (src/db/backup-rows.ts): values by
 * column type, documents from their own generators, references pointing inside their parent's
 * array, and no two rows sharing a unique key.
 */
export function rowTablesArbitrary(
  tables: ReturnType<typeof ROW_TABLES.describeTables>,
): fc.Arbitrary<Record<string, Record<string, unknown>[]>> {
  const documents: Record<string, fc.Arbitrary<unknown>> = {
    'job_analyses.analysis': jobAnalysisArbitrary.map(({ analysis }) => analysis),
    'resumes.document': resumeArbitrary,
    'card_states.state': isoDates.map((date) => newCardState(`${date}T09:00:00.000Z`)),
    'resumes.coverLetter': fc.constant({
      greeting: 'Dear hiring team,',
      paragraphs: [
        'I am applying for the machine learning engineer role.',
        'My strongest project forecasts demand for a regional grocer.',
        'Eight years in retail operations taught me where forecasts fail.',
        'I would welcome a conversation about the role.',
      ],
      closing: 'Kind regards,',
      signature: 'Ada Example',
    }),
    'companies.fit': fc.constantFrom(...FIT_IDS),
    'applications.source': fc.constantFrom(...SOURCES),
    'applications.stage': fc.constantFrom(...STAGES),
    'application_stages.stage': fc.constantFrom(...STAGES),
    'contacts.referral': fc.constantFrom(...REFERRAL_STATES),
    'profile_checklist.itemId': fc.constantFrom(...CHECKLIST_IDS),
    'portfolio_projects.status': fc.constantFrom(...PORTFOLIO_STATUSES),
    'interview_cards.topic': fc.constantFrom(...INTERVIEW_TOPICS),
    'interview_cards.rounds': fc.uniqueArray(fc.constantFrom(...ROUNDS), { maxLength: 2 }),
    'interview_rounds.round': fc.constantFrom(...ROUNDS),
    'coding_practice.topic': fc.constantFrom(...CODING_TOPICS),
    'coding_practice.difficulty': fc.constantFrom(...DIFFICULTIES),
    'offers.level': fc.constantFrom(...LEVELS),
    'offers.currency': fc.constantFrom('USD', 'EUR'),
    'offers.deadline': isoDates,
    'offers.negotiation': fc.dictionary(
      fc.constantFrom('research-band', 'ask-in-writing'),
      isoDates,
      {
        maxKeys: 2,
      },
    ),
    'salary_band_overrides.level': fc.constantFrom(...LEVELS),
    'salary_band_overrides.currency': fc.constantFrom('USD', 'EUR', 'JPY'),
    'salary_band_overrides.low': fc.integer({ min: 0, max: 40_000_000 }),
    'salary_band_overrides.high': fc.integer({ min: 40_000_000, max: 90_000_000 }),
  };
  const dateKey = /(On|Date|date)$/;
  const arbitraryFor = (
    table: string,
    column: { key: string; type: string },
  ): fc.Arbitrary<unknown> => {
    const document = documents[`${table}.${column.key}`];
    if (document) return document;
    if (column.type === 'PgText') return dateKey.test(column.key) ? isoDates : notes;
    if (column.type === 'PgInteger') return fc.integer({ min: 1, max: 4 });
    if (column.type === 'PgBigInt53') return fc.integer({ min: 0, max: 50_000_000 });
    if (column.type === 'PgReal') return fc.integer({ min: 0, max: 100 });
    if (column.type === 'PgBoolean') return fc.boolean();
    if (column.type === 'PgTimestamp') return isoDates.map((date) => `${date}T10:30:00.000Z`);
    if (column.type === 'PgJsonb') return fc.array(notes, { maxLength: 3 });
    throw new Error(`no arbitrary for ${table}.${column.key} (${column.type})`);
  };
  const perTable = tables.map((table) =>
    fc.array(
      fc.record(
        Object.fromEntries(
          table.columns.map((column) => [
            column.target ? `${column.key}Ref` : column.key,
            column.target ? fc.nat() : arbitraryFor(table.name, column),
          ]),
        ),
        {
          requiredKeys: table.columns
            .filter((column) => column.required)
            .map((column) => (column.target ? `${column.key}Ref` : column.key)),
        },
      ),
      { maxLength: 3 },
    ),
  );
  return fc.tuple(...perTable).map((lists) => {
    const data: Record<string, Record<string, unknown>[]> = {};
    tables.forEach((table, index) => {
      const seen = new Set<string>();
      const rows: Record<string, unknown>[] = [];
      for (const row of lists[index] ?? []) {
        const fixed: Record<string, unknown> = { ...row };
        let keep = true;
        for (const column of table.columns) {
          const refKey = `${column.key}Ref`;
          if (!column.target || fixed[refKey] === undefined) continue;
          const parents = data[column.target]?.length ?? 0;
          if (parents > 0) fixed[refKey] = (fixed[refKey] as number) % parents;
          else if (column.required) keep = false;
          else delete fixed[refKey];
        }
        const key = JSON.stringify(table.uniqueKeys.map((name) => fixed[name]));
        if (table.uniqueKeys.length > 0 && seen.has(key)) keep = false;
        if (table.uniqueKeys.length === 0 && !table.hasId && rows.length > 0) keep = false;
        if (table.refine && !table.refine(fixed)) keep = false;
        if (!keep) continue;
        seen.add(key);
        rows.push(fixed);
      }
      data[table.name] = rows;
    });
    return data;
  });
}
