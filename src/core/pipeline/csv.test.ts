import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dateFromText,
  exportCsv,
  guessMapping,
  importedHistory,
  previewImport,
  readCsv,
  sourceFromText,
  stageFromText,
} from './csv.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const TODAY = '2027-02-01';

describe('guessMapping', () => {
  it('matches the headers trackers and spreadsheets use', () => {
    expect(
      guessMapping([
        'Company Name',
        'Job Title',
        'Job URL',
        'Status',
        'Date Applied',
        'Source',
        'Notes',
      ]),
    ).toEqual({
      company: 'Company Name',
      role: 'Job Title',
      link: 'Job URL',
      stage: 'Status',
      appliedOn: 'Date Applied',
      source: 'Source',
      notes: 'Notes',
    });
    expect(guessMapping(['Employer', 'Position', 'List', 'Link', 'Next step', 'Due'])).toEqual({
      company: 'Employer',
      role: 'Position',
      stage: 'List',
      link: 'Link',
      nextAction: 'Next step',
      nextActionOn: 'Due',
    });
  });

  it('gives a column to one field only and leaves unknown columns out', () => {
    const mapping = guessMapping(['Company', 'Company', 'Salary', 'Title']);
    expect(mapping).toEqual({ company: 'Company', role: 'Title' });
  });

  it('reads back our own export header', () => {
    const header = exportCsv([]).trim().split(',');
    expect(Object.keys(guessMapping(header))).toHaveLength(9);
  });
});

describe('stageFromText', () => {
  it.each([
    ['Wishlist', 'saved'],
    ['Bookmarked', 'saved'],
    ['Applying', 'saved'],
    ['Applied', 'applied'],
    ['Application sent', 'applied'],
    ['Phone Screen', 'screen'],
    ['Interviewing', 'screen'],
    ['Take-home assignment', 'technical'],
    ['Technical interview', 'technical'],
    ['Final round', 'onsite'],
    ['On-site', 'onsite'],
    ['Negotiating', 'offer'],
    ['Offer accepted', 'accepted'],
    ['Offer declined', 'withdrawn'],
    ['Rejected after onsite', 'rejected'],
    ['No response', 'ghosted'],
    ['GHOSTED', 'ghosted'],
    ['screen', 'screen'],
  ])('%s → %s', (text, stage) => {
    expect(stageFromText(text)).toBe(stage);
  });

  it('answers null for text it cannot place', () => {
    expect(stageFromText('Maybe later?')).toBeNull();
    expect(stageFromText('  ')).toBeNull();
  });
});

describe('sourceFromText', () => {
  it.each([
    ['Referred by Priya', 'referral'],
    ['referral', 'referral'],
    ['LinkedIn', 'job-board'],
    ['Indeed', 'job-board'],
    ['Recruiter', 'recruiter'],
    ['Former colleague', 'network'],
    ['Company website', 'cold'],
    ['job-board', 'job-board'],
  ])('%s → %s', (text, source) => {
    expect(sourceFromText(text)).toBe(source);
  });

  it('answers null for text it cannot place', () => {
    expect(sourceFromText('a hunch')).toBeNull();
  });
});

describe('dateFromText', () => {
  it.each([
    ['2027-01-05', '2027-01-05'],
    ['2027-01-05T10:00:00Z', '2027-01-05'],
    ['2027/1/5', '2027-01-05'],
    ['1/15/2027', '2027-01-15'],
    ['15/1/2027', '2027-01-15'],
    ['01/08/27', '2027-01-08'],
    ['5.1.2027', '2027-01-05'],
    ['Jan 5, 2027', '2027-01-05'],
    ['January 5th 2027', '2027-01-05'],
    ['5 January 2027', '2027-01-05'],
  ])('%s → %s', (text, date) => {
    expect(dateFromText(text)).toBe(date);
  });

  it.each(['2027-02-30', '31/31/2027', 'soon', 'Foo 5, 2027'])('refuses %s', (text) => {
    expect(dateFromText(text)).toBeNull();
  });
});

describe('readCsv', () => {
  it('refuses broken CSV, an empty file and a header without names', () => {
    expect(readCsv('a,b\n"unclosed,1')).toMatchObject({ ok: false });
    expect(readCsv('')).toMatchObject({ ok: false, problem: expect.stringContaining('empty') });
  });

  it('names unnamed columns and drops blank rows', () => {
    const read = readCsv('Company,,Role\nA,x,B\n,,\n');
    expect(read).toEqual({
      ok: true,
      table: { columns: ['Company', 'Column 2', 'Role'], rows: [['A', 'x', 'B']] },
    });
  });

  it('refuses more rows than an import takes', () => {
    const csv = `Company,Role\n${'A,B\n'.repeat(2001)}`;
    expect(readCsv(csv)).toMatchObject({ ok: false, problem: expect.stringContaining('2000') });
  });
});

describe('previewImport', () => {
  it('reads a tracker export: BOM, quotes, multi-line notes, US dates, free-text statuses', () => {
    const preview = previewImport(fixture('tracker-export.csv'));
    expect(preview.errors).toEqual([]);
    expect(preview.columns[0]).toBe('Company Name');
    expect(preview.rows).toHaveLength(5);
    const [northwind, contoso, fabrikam, tailspin, litware] = preview.rows;
    expect(northwind).toEqual({
      row: 1,
      appliedOn: '2027-01-15',
      application: {
        company: 'Northwind Freight',
        role: 'Machine Learning Engineer',
        link: 'https://jobs.example.com/northwind/ml',
        source: 'job-board',
        stage: 'applied',
        notes: 'Routing team, uses "XGBoost"',
      },
    });
    expect(contoso?.application).toMatchObject({
      link: 'https://www.contoso.example/careers/ml',
      source: 'referral',
      stage: 'screen',
      notes: 'Multi-line\nnote about the recruiter',
    });
    expect(fabrikam?.application).toMatchObject({ source: 'recruiter', stage: 'screen' });
    expect(fabrikam?.appliedOn).toBe('2027-01-03');
    expect(tailspin?.application).toMatchObject({ stage: 'saved', source: 'cold' });
    expect(tailspin?.appliedOn).toBeUndefined();
    expect(litware?.application).toMatchObject({
      stage: 'rejected',
      source: 'cold',
      notes: '=HYPERLINK("x")',
    });
  });

  it('reports every problem with its row and field, and keeps the good rows apart', () => {
    const preview = previewImport(fixture('spreadsheet-with-problems.csv'));
    expect(preview.mapping).toMatchObject({
      company: 'Employer',
      role: 'Role',
      stage: 'Stage',
      appliedOn: 'Applied on',
      link: 'Link',
    });
    expect(preview.errors).toEqual([
      { row: 1, field: 'stage', message: expect.stringContaining('"Maybe later?"') },
      { row: 2, field: 'role', message: expect.stringContaining('must not be empty') },
      { row: 3, field: 'appliedOn', message: expect.stringContaining('"31/31/2027"') },
      { row: 3, field: 'link', message: 'must be an http or https address' },
    ]);
    expect(preview.rows.map((row) => row.row)).toEqual([4]);
  });

  it('uses the mapping it is given, and says when a column does not exist', () => {
    const csv = 'Org,What,Extra\nAdatum,ML Engineer,Applied\n';
    const preview = previewImport(csv, { company: 'Org', role: 'What', stage: 'Extra' });
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]?.application).toMatchObject({ company: 'Adatum', stage: 'applied' });

    expect(previewImport(csv, { company: 'Org', role: 'Nope' }).errors).toEqual([
      { row: 0, field: 'role', message: 'the file has no column named "Nope"' },
    ]);
    expect(previewImport(csv).errors).toEqual([
      { row: 0, field: 'company', message: 'choose the column that holds the company' },
      { row: 0, field: 'role', message: 'choose the column that holds the role' },
    ]);
  });

  it('reports a file that cannot be read as a problem of the file', () => {
    expect(previewImport('Company,Role\n').errors).toEqual([
      { row: 0, field: 'file', message: 'the file has a header line but no rows' },
    ]);
    expect(previewImport('"broken').errors[0]).toMatchObject({ row: 0, field: 'file' });
  });
});

describe('importedHistory', () => {
  const row = (stage: string, appliedOn?: string) =>
    ({
      application: { company: 'A', role: 'B', source: 'cold', stage },
      ...(appliedOn ? { appliedOn } : {}),
    }) as Parameters<typeof importedHistory>[0];

  it('dates "applied" from the file and later stages on the import day', () => {
    expect(importedHistory(row('saved'), TODAY)).toEqual([{ stage: 'saved', changedOn: TODAY }]);
    expect(importedHistory(row('applied', '2027-01-10'), TODAY)).toEqual([
      { stage: 'applied', changedOn: '2027-01-10' },
    ]);
    expect(importedHistory(row('screen', '2027-01-10'), TODAY)).toEqual([
      { stage: 'applied', changedOn: '2027-01-10' },
      { stage: 'screen', changedOn: TODAY },
    ]);
    expect(importedHistory(row('withdrawn'), TODAY)).toEqual([
      { stage: 'withdrawn', changedOn: TODAY },
    ]);
  });
});

describe('exportCsv', () => {
  it('writes a header and rows that import back unchanged', () => {
    const rows = [
      {
        company: 'Northwind, Inc.',
        role: 'ML Engineer',
        link: 'https://example.com/a',
        stage: 'screen' as const,
        source: 'referral' as const,
        appliedOn: '2027-01-05',
        nextAction: 'Send thank-you note',
        nextActionOn: '2027-01-20',
        notes: 'Line one\nline "two"',
      },
      {
        company: 'Contoso',
        role: 'Data Scientist',
        stage: 'saved' as const,
        source: 'cold' as const,
      },
    ];
    const csv = exportCsv(rows);
    expect(csv.split('\n')[0]).toBe(
      'Company,Role,Link,Stage,Source,Date Applied,Next Action,Next Action Date,Notes',
    );
    const preview = previewImport(csv);
    expect(preview.errors).toEqual([]);
    expect(
      preview.rows.map(({ application, appliedOn }) => ({ ...application, appliedOn })),
    ).toEqual([{ ...rows[0] }, { ...rows[1], appliedOn: undefined }]);
  });

  it('defuses cells a spreadsheet would run as formulas, and the import restores them', () => {
    const csv = exportCsv([
      { company: '=cmd|calc', role: '+1 role', stage: 'saved', source: 'cold', notes: '@SUM(A1)' },
    ]);
    expect(csv).toContain("'=cmd|calc");
    expect(csv).toContain("'+1 role");
    expect(csv).toContain("'@SUM(A1)");
    expect(previewImport(csv).rows[0]?.application).toMatchObject({
      company: '=cmd|calc',
      role: '+1 role',
      notes: '@SUM(A1)',
    });
  });
});
