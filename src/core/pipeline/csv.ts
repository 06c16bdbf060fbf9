import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { isIsoDate } from '../profile.js';
import {
  type ApplicationInput,
  ApplicationInputSchema,
  objectError,
  SOURCES,
  type Source,
  STAGES,
  type Stage,
} from './records.js';

/**
 * Applications in and out as CSV, so a search kept in a spreadsheet or another tracker (Huntr,
 * Teal…) can move here and back. Import is a preview first: the columns are matched to our
 * fields, free-text statuses to our stages, and every row that cannot be read is reported — the
 * caller writes all rows or none.
 */

/** The fields an imported row can fill, in the order the mapping step shows them. */
export const IMPORT_FIELDS = [
  'company',
  'role',
  'link',
  'stage',
  'source',
  'appliedOn',
  'nextAction',
  'nextActionOn',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  company: 'Company',
  role: 'Role',
  link: 'Link',
  stage: 'Stage',
  source: 'Source',
  appliedOn: 'Date applied',
  nextAction: 'Next action',
  nextActionOn: 'Next action date',
  notes: 'Notes',
};

/** Which CSV column fills which field; company and role are required. */
export const ColumnMappingSchema = z.strictObject(
  Object.fromEntries(
    IMPORT_FIELDS.map((field) => {
      const column = z
        .string({ error: 'must be a column name of the file' })
        .max(200, { error: 'must be at most 200 characters' });
      return [field, field === 'company' || field === 'role' ? column : column.optional()];
    }),
  ) as { company: z.ZodString; role: z.ZodString } & Record<
    Exclude<ImportField, 'company' | 'role'>,
    z.ZodOptional<z.ZodString>
  >,
  { error: objectError },
);
export type ColumnMapping = Partial<Record<ImportField, string>>;

/** The largest file an import takes, in rows and in characters. */
export const MAX_IMPORT_ROWS = 2000;
export const MAX_CSV_CHARS = 2_000_000;

/** The header names other trackers and spreadsheets use for each field, normalized. */
const HEADER_NAMES: Record<ImportField, string[]> = {
  company: ['company', 'company name', 'employer', 'organization', 'organisation', 'business'],
  role: ['position', 'title', 'job title', 'role', 'job', 'job position', 'position title'],
  link: ['url', 'link', 'job url', 'job link', 'posting', 'posting url', 'job posting', 'listing'],
  stage: ['status', 'stage', 'application status', 'list', 'state', 'pipeline stage'],
  source: ['source', 'channel', 'how found', 'found via', 'found on', 'application source'],
  appliedOn: ['date applied', 'applied', 'applied on', 'application date', 'date', 'applied date'],
  nextAction: ['next action', 'next step', 'follow up', 'to do', 'todo', 'action'],
  nextActionOn: [
    'next action date',
    'follow up date',
    'next step date',
    'due',
    'due date',
    'follow up on',
  ],
  notes: ['notes', 'note', 'comments', 'comment', 'description'],
};

const normalizeHeader = (header: string) =>
  header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Guesses the mapping from header names: exact names first, then headers that contain a known
 * name ("Company Name (optional)"). A column fills at most one field.
 */
export function guessMapping(columns: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const normalized = columns.map((column) => ({ column, name: normalizeHeader(column) }));
  const assign = (match: (name: string, known: string) => boolean) => {
    for (const field of IMPORT_FIELDS) {
      if (mapping[field]) continue;
      for (const known of HEADER_NAMES[field]) {
        const hit = normalized.find(({ column, name }) => !used.has(column) && match(name, known));
        if (hit) {
          mapping[field] = hit.column;
          used.add(hit.column);
          break;
        }
      }
    }
  };
  assign((name, known) => name === known);
  assign((name, known) => known.length > 3 && new RegExp(`\\b${known}\\b`).test(name));
  return mapping;
}

/** Free-text statuses as trackers and people write them, checked in order. */
const STATUS_PATTERNS: [RegExp, Stage][] = [
  [/ghost|no (response|answer|reply)|never heard|silence/, 'ghosted'],
  [/withdr|declined|not interested|archiv|cancel/, 'withdrawn'],
  [/reject|not selected|turned down|unsuccessful|denied|no offer|closed/, 'rejected'],
  [/accept|hired|signed|joined/, 'accepted'],
  [/offer|negotiat/, 'offer'],
  [/on ?site|final|panel|loop|super ?day/, 'onsite'],
  [/technical|tech |take ?home|coding|assessment|challenge|case study|system design/, 'technical'],
  [/screen|phone|recruiter call|hr call|intro call|interview/, 'screen'],
  [/^applied|submitted|application sent|^sent|^done$/, 'applied'],
  [/saved|wish ?list|bookmark|interested|to apply|applying|planned|idea|draft|prospect/, 'saved'],
];

/** Maps a free-text status ("Phone screen", "Wishlist", "Interviewing") to one of our stages. */
export function stageFromText(text: string): Stage | null {
  const value = normalizeHeader(text);
  if (!value) return null;
  if ((STAGES as readonly string[]).includes(value)) return value as Stage;
  for (const [pattern, stage] of STATUS_PATTERNS) if (pattern.test(value)) return stage;
  return null;
}

const SOURCE_PATTERNS: [RegExp, Source][] = [
  [/referr|referred/, 'referral'],
  [/recruit|headhunt|agency|inbound|sourcer/, 'recruiter'],
  [/network|friend|colleague|alumni|meetup|former|community|contact/, 'network'],
  [
    /board|linkedin|indeed|glassdoor|wellfound|angel|otta|hacker ?news|dice|monster|job site/,
    'job-board',
  ],
  [/cold|direct|company (site|website|page)|careers|website|email/, 'cold'],
];

/** Maps a free-text source ("Referred by Sam", "LinkedIn") to one of our sources. */
export function sourceFromText(text: string): Source | null {
  const value = normalizeHeader(text);
  if (!value) return null;
  if ((SOURCES as readonly string[]).includes(value.replace(' ', '-'))) {
    return value.replace(' ', '-') as Source;
  }
  for (const [pattern, source] of SOURCE_PATTERNS) if (pattern.test(value)) return source;
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (value: number) => String(value).padStart(2, '0');
const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));
const ymd = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/**
 * Reads the dates spreadsheets write: 2027-01-05 (with or without a time), 1/5/2027 (month
 * first, as US trackers export, unless the first number cannot be a month), 5.1.2027,
 * "Jan 5, 2027" and "5 January 2027". Returns YYYY-MM-DD, or null when it is not a real date.
 */
export function dateFromText(text: string): string | null {
  const value = text.trim().toLowerCase();
  let date: string | null = null;
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ].*)?$/.exec(value);
  if (match) date = ymd(Number(match[1]), Number(match[2]), Number(match[3]));
  match = date ? null : /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?: .*)?$/.exec(value);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    date =
      first > 12
        ? ymd(fullYear(match[3] ?? ''), second, first)
        : ymd(fullYear(match[3] ?? ''), first, second);
  }
  match = date ? null : /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (match) date = ymd(Number(match[3]), Number(match[2]), Number(match[1]));
  match = date ? null : /^([a-z]{3})[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(value);
  if (match) date = ymd(Number(match[3]), MONTHS.indexOf(match[1] ?? '') + 1, Number(match[2]));
  match = date ? null : /^(\d{1,2}) ([a-z]{3})[a-z]*\.?,? (\d{4})$/.exec(value);
  if (match) date = ymd(Number(match[3]), MONTHS.indexOf(match[2] ?? '') + 1, Number(match[1]));
  return date && isIsoDate(date) ? date : null;
}

/** A link as people paste it: `www.example.com/job` gets its https://. */
const linkFromText = (text: string) =>
  /^[a-z][a-z0-9+.-]*:/i.test(text)
    ? text
    : /^[\w-]+(\.[\w-]+)+(\/|$)/.test(text)
      ? `https://${text}`
      : text;

/** Cells we wrote with a leading apostrophe so spreadsheets would not run them as formulas. */
const FORMULA_START = /^[=+\-@\t\r]/;
const unescapeCell = (cell: string) =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
const escapeCell = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

export interface CsvTable {
  columns: string[];
  rows: string[][];
}

/** Reads a CSV file whose first line names the columns; null and a reason when it cannot. */
export function readCsv(
  csv: string,
): { ok: true; table: CsvTable } | { ok: false; problem: string } {
  if (csv.length > MAX_CSV_CHARS) {
    return {
      ok: false,
      problem: `the file is larger than ${MAX_CSV_CHARS / 1_000_000} million characters`,
    };
  }
  let records: string[][];
  try {
    records = parse(csv, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid [^:]*: /, '') : '';
    return { ok: false, problem: `the file is not valid CSV${reason ? ` (${reason})` : ''}` };
  }
  const [header, ...rows] = records;
  if (!header || header.every((cell) => cell === '')) {
    return { ok: false, problem: 'the file is empty: the first line should name the columns' };
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    return { ok: false, problem: `the file has more than ${MAX_IMPORT_ROWS} rows; split it` };
  }
  const columns = header.map((cell, index) => cell || `Column ${index + 1}`);
  return {
    ok: true,
    table: { columns, rows: rows.filter((row) => row.some((cell) => cell !== '')) },
  };
}

/** One row the import would write. */
export interface ImportRow {
  /** The row's number in the file, counting the first data row as 1. */
  row: number;
  application: ApplicationInput;
  /** The day it was sent, from the date-applied column. */
  appliedOn?: string;
}

export interface ImportIssue {
  /** 0 for a problem with the file or the mapping. */
  row: number;
  field: ImportField | 'file';
  message: string;
}

export interface ImportPreview {
  columns: string[];
  mapping: ColumnMapping;
  rows: ImportRow[];
  errors: ImportIssue[];
}

const cellOf = (table: CsvTable, row: string[], column: string | undefined) => {
  if (!column) return '';
  const index = table.columns.indexOf(column);
  return index < 0 ? '' : unescapeCell(row[index] ?? '');
};

/**
 * Reads every row of the file through the mapping (guessed from the headers when not given) and
 * reports, per row, what cannot be read. Nothing is written here.
 */
export function previewImport(csv: string, mapping?: ColumnMapping): ImportPreview {
  const read = readCsv(csv);
  if (!read.ok) {
    return {
      columns: [],
      mapping: mapping ?? {},
      rows: [],
      errors: [{ row: 0, field: 'file', message: read.problem }],
    };
  }
  const { table } = read;
  const used = mapping ?? guessMapping(table.columns);
  const errors: ImportIssue[] = [];
  for (const field of IMPORT_FIELDS) {
    const column = used[field];
    if (column && !table.columns.includes(column)) {
      errors.push({ row: 0, field, message: `the file has no column named "${column}"` });
    }
  }
  for (const field of ['company', 'role'] as const) {
    if (!used[field]) {
      errors.push({
        row: 0,
        field,
        message: `choose the column that holds the ${field === 'company' ? 'company' : 'role'}`,
      });
    }
  }
  if (errors.length > 0) return { columns: table.columns, mapping: used, rows: [], errors };
  if (table.rows.length === 0) {
    errors.push({ row: 0, field: 'file', message: 'the file has a header line but no rows' });
  }

  const rows: ImportRow[] = [];
  table.rows.forEach((cells, index) => {
    const row = index + 1;
    const cell = (field: ImportField) => cellOf(table, cells, used[field]);
    const rowErrors: ImportIssue[] = [];
    const problem = (field: ImportField, message: string) =>
      rowErrors.push({ row, field, message });

    const appliedText = cell('appliedOn');
    const appliedOn = appliedText ? dateFromText(appliedText) : null;
    if (appliedText && !appliedOn) {
      problem('appliedOn', `"${appliedText}" is not a date we can read (use YYYY-MM-DD)`);
    }
    const nextText = cell('nextActionOn');
    const nextActionOn = nextText ? dateFromText(nextText) : null;
    if (nextText && !nextActionOn) {
      problem('nextActionOn', `"${nextText}" is not a date we can read (use YYYY-MM-DD)`);
    }
    const stageText = cell('stage');
    const stage = stageText ? stageFromText(stageText) : appliedOn ? 'applied' : 'saved';
    if (!stage) {
      problem('stage', `"${stageText}" is not a status we know; use one of: ${STAGES.join(', ')}`);
    }
    const sourceText = cell('source');
    const source = sourceText ? sourceFromText(sourceText) : 'cold';
    if (!source) {
      problem(
        'source',
        `"${sourceText}" is not a source we know; use one of: ${SOURCES.join(', ')}`,
      );
    }

    const candidate: Record<string, unknown> = {
      company: cell('company'),
      role: cell('role'),
      source: source ?? 'cold',
      stage: stage ?? 'saved',
    };
    const link = cell('link');
    if (link) candidate.link = linkFromText(link);
    if (cell('nextAction')) candidate.nextAction = cell('nextAction');
    if (nextActionOn) candidate.nextActionOn = nextActionOn;
    if (cell('notes')) candidate.notes = cell('notes');
    const parsed = ApplicationInputSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'company') as ImportField;
        problem(field, issue.message);
      }
    }
    errors.push(...rowErrors);
    if (parsed.success && rowErrors.length === 0) {
      rows.push({ row, application: parsed.data, ...(appliedOn ? { appliedOn } : {}) });
    }
  });
  return { columns: table.columns, mapping: used, rows, errors };
}

/**
 * The stage history an imported row starts with. The day it was sent is known from the file;
 * a later stage is dated the import day, since trackers rarely export when it happened.
 */
export function importedHistory(
  row: Pick<ImportRow, 'application' | 'appliedOn'>,
  today: string,
): { stage: Stage; changedOn: string }[] {
  const { stage } = row.application;
  if (stage === 'saved') return [{ stage, changedOn: today }];
  const sentOn = row.appliedOn ?? today;
  if (stage === 'applied') return [{ stage, changedOn: sentOn }];
  if (stage === 'withdrawn' && !row.appliedOn) return [{ stage, changedOn: today }];
  const later = sentOn > today ? sentOn : today;
  return [
    { stage: 'applied', changedOn: sentOn },
    { stage, changedOn: later },
  ];
}

/** One application as the export writes it. */
export interface ExportRow {
  company: string;
  role: string;
  link?: string | undefined;
  stage: Stage;
  source: Source;
  appliedOn?: string | undefined;
  nextAction?: string | undefined;
  nextActionOn?: string | undefined;
  notes?: string | undefined;
}

/** The export's header: the names `guessMapping` reads back, so an export imports as it is. */
export const EXPORT_HEADER: Record<ImportField, string> = {
  company: 'Company',
  role: 'Role',
  link: 'Link',
  stage: 'Stage',
  source: 'Source',
  appliedOn: 'Date Applied',
  nextAction: 'Next Action',
  nextActionOn: 'Next Action Date',
  notes: 'Notes',
};

/**
 * The applications as CSV. A cell that starts like a formula (=, +, -, @) gets a leading
 * apostrophe so a spreadsheet shows it as text instead of running it; the import removes it.
 */
export function exportCsv(rows: ExportRow[]): string {
  return stringify(
    rows.map((row) => IMPORT_FIELDS.map((field) => escapeCell(row[field] ?? ''))),
    { header: true, columns: IMPORT_FIELDS.map((field) => EXPORT_HEADER[field]), bom: false },
  );
}
