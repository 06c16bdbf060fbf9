import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../catalog/index.js';
import { analyzePosting, normalizeText } from './analyze.js';
import { looksFlattened, reflow } from './reflow.js';
import { termMatcher } from './terms.js';

const catalog = loadCatalog();
const matcher = termMatcher(catalog);

/** The lines `reflow` gives a text, as the analyzer calls it (normalized, with its terms). */
const lines = (text: string) => {
  const normalized = normalizeText(text);
  return reflow(normalized, matcher.find(normalized)).split('\n');
};
/** Long enough on one line to count as flattened (300 characters). */
const FILLER = [
  'Acme Freight moves pallets for grocery chains across the whole Midwest and has done so since 1998.',
  'Our depots run around the clock, and our planners decide every night which trucks leave first each day.',
  'This year we want those decisions to come from forecasts that the planners can trust and understand.',
].join(' ');

describe('looksFlattened', () => {
  it('takes a long text with few line breaks for a flattened one, and nothing else', () => {
    expect(FILLER.length).toBeGreaterThanOrEqual(300);
    expect(looksFlattened(FILLER)).toBe(true);
    expect(looksFlattened(`Data Scientist\n${FILLER} ${FILLER}`)).toBe(true);
    expect(looksFlattened(`${FILLER}\n${FILLER}\nRequirements\n- Python`)).toBe(false);
    expect(looksFlattened('Data Scientist wanted. Python and SQL.')).toBe(false);
  });
});

describe('reflow', () => {
  it('leaves a posting that kept its line breaks as it is', () => {
    const text = ['Data Scientist', '', FILLER, '', 'Requirements', '- Python • SQL'].join('\n');
    expect(reflow(text, matcher.find(text))).toBe(text);
  });

  it('only ever turns spaces into line breaks', () => {
    const word = fc.constantFrom(
      'Requirements',
      'Nice to have',
      'What you will do',
      'ABOUT US',
      '•',
      '-',
      '1.',
      '2.',
      'Python',
      'Senior Data Scientist',
      'We use Docker.',
      'Salary:',
      'the',
      'team',
      '**Benefits**',
      '## Our stack',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 40, maxLength: 160 }), (words) => {
        const text = normalizeText(words.join(' '));
        const result = reflow(text, matcher.find(text));
        expect(result.length).toBe(text.length);
        for (let index = 0; index < text.length; index++) {
          if (result[index] !== text[index]) {
            expect([text[index], result[index]]).toEqual([' ', '\n']);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('breaks before list markers: bullets always, dashes and numbers only when they make a list', () => {
    expect(lines(`${FILLER} Requirements • Python • SQL and Docker • Kubernetes`)).toEqual([
      FILLER,
      'Requirements',
      '• Python',
      '• SQL and Docker',
      '• Kubernetes',
    ]);
    expect(lines(`${FILLER} Duties - Build models - Ship them - Watch them`).slice(1)).toEqual([
      'Duties',
      '- Build models',
      '- Ship them',
      '- Watch them',
    ]);
    // One dash is punctuation, and a pay range is a range.
    expect(lines(`${FILLER} Pay is EUR 75,000 - 92,000 - Berlin is the base.`)).toHaveLength(1);
    expect(
      lines(`${FILLER} Requirements 1. Python. 2. SQL. Built on Python 3. Then more.`),
    ).toEqual([FILLER, 'Requirements', '1. Python.', '2. SQL. Built on Python 3. Then more.']);
  });

  it('puts headings written inline on lines of their own', () => {
    expect(lines(`${FILLER} What you'll do Build ranking models. Own them in production.`)).toEqual(
      [FILLER, "What you'll do", 'Build ranking models. Own them in production.'],
    );
    expect(
      lines(`${FILLER} NICE TO HAVE - Kubeflow - Ray - Feast WHAT WE OFFER A pension.`),
    ).toEqual([
      FILLER,
      'NICE TO HAVE',
      '- Kubeflow',
      '- Ray',
      '- Feast',
      'WHAT WE OFFER',
      'A pension.',
    ]);
    expect(lines(`${FILLER} **About the team** We are six. ## Our stack Python and Go`)).toEqual([
      FILLER,
      '**About the team**',
      'We are six.',
      '## Our stack',
      'Python and Go',
    ]);
    // Title case: the heading ends where a sentence starts.
    expect(
      lines(
        `${FILLER} Key Responsibilities Design and ship models. Preferred Qualifications Experience with Spark.`,
      ),
    ).toEqual([
      FILLER,
      'Key Responsibilities',
      'Design and ship models.',
      'Preferred Qualifications',
      'Experience with Spark.',
    ]);
    // A heading that ends a list item without punctuation, right before the next list.
    expect(
      lines(`${FILLER} Requirements - Python - Clear writing Nice to have - dbt - Airflow`),
    ).toEqual([
      FILLER,
      'Requirements',
      '- Python',
      '- Clear writing',
      'Nice to have',
      '- dbt',
      '- Airflow',
    ]);
  });

  it('puts "Label:" fields on lines of their own, and a long label on a line by itself', () => {
    expect(
      lines(
        `Job Title: MLOps Engineer Department: Data Platform Location: Remote (Canada) Preferred Qualifications: Go. ${FILLER}`,
      ),
    ).toEqual([
      'Job Title: MLOps Engineer',
      'Department: Data Platform',
      'Location: Remote (Canada)',
      `Preferred Qualifications: Go. ${FILLER}`,
    ]);
    expect(lines(`${FILLER} You might be a fit if you: Have shipped models.`)).toEqual([
      FILLER,
      'You might be a fit if you:',
      'Have shipped models.',
    ]);
  });

  it('leaves sentences that merely use heading words alone', () => {
    const prose = [
      'Our team uses Python and SQL every day.',
      'Experience with Docker is a plus.',
      'The role is hybrid.',
      'We can pay EUR 60,000 - 70,000 plus equity.',
      'The work is mostly Python on Postgres.',
      'You will work with the Data Team • Ship weekly • Keep models fresh.',
    ].join(' ');
    const result = lines(`${FILLER} ${prose}`);
    expect(result[0]).toBe(`${FILLER} ${prose.split(' •')[0]}`);
    expect(result.slice(1)).toEqual(['• Ship weekly', '• Keep models fresh.']);
  });

  it('ends the title where the role it names ends', () => {
    const first = (text: string) => lines(`${text} ${FILLER}`)[0];
    expect(first('Senior Data Scientist Corvid Analytics GmbH, Munich')).toBe(
      'Senior Data Scientist',
    );
    expect(first('Applied Scientist II – Demand Forecasting | Rotterdam')).toBe(
      'Applied Scientist II',
    );
    expect(first('Machine Learning Intern (Summer 2027) Pebble Maps, Remote')).toBe(
      'Machine Learning Intern (Summer 2027)',
    );
    expect(first('Head of Data Science Acme, Remote')).toBe('Head of Data Science');
    expect(first('AI Rockstar Ninja | Stealth startup | Anywhere')).toBe('AI Rockstar Ninja');
    expect(
      lines(`Job Description Senior Applied Scientist - Search ${FILLER}`).slice(0, 2),
    ).toEqual(['Job Description', 'Senior Applied Scientist']);
    expect(first('Team Lead, Machine Learning Acme, Remote')).toBe('Team Lead,');
    // A sentence is left to the analyzer's "hiring a …" rule.
    expect(first('Acme is hiring a Senior ML Engineer to join us')).toBe(
      `Acme is hiring a Senior ML Engineer to join us ${FILLER}`,
    );
    // After a company blurb, the title is the sentence that opens with it.
    expect(lines(`${FILLER} Senior ML Engineer, Load Forecasting Houston, TX`)).toEqual([
      FILLER,
      'Senior ML Engineer,',
      'Load Forecasting Houston, TX',
    ]);
  });

  it('never breaks inside a catalog term', () => {
    const text = `${FILLER} ${FILLER} Requirements • Python`;
    const start = text.indexOf('Requirements');
    const term = { id: 'python', start, end: text.length, text: text.slice(start) };
    expect(reflow(text, []).slice(start)).toBe('Requirements\n• Python');
    expect(reflow(text, [term]).slice(start)).toBe('Requirements • Python');
  });
});

describe('the analyzer on a posting that lost its line breaks', () => {
  const written = [
    'Machine Learning Engineer, Fraud',
    'Quillpay · New York',
    '',
    'About Quillpay',
    'Quillpay processes card payments. Our ledger runs on Kafka and Scala.',
    '',
    'What you will do',
    '- Own our fraud models from training to production, monitoring included',
    '- Build features with Spark and SQL',
    '',
    'Requirements',
    '- 4+ years of Python in production',
    '- XGBoost or LightGBM',
    '',
    'Nice to have',
    '- Kubernetes',
    '',
    'Compensation: $150,000 – $180,000.',
  ].join('\n');
  const flat = written.replace(/\s*\n\s*/g, ' ');

  it('reads it as it reads the posting with its breaks', () => {
    const analyze = (text: string) => analyzePosting(text, { catalog, today: '2026-06-01' });
    const before = analyze(written);
    const after = analyze(flat);
    expect(after.title).toBe('Machine Learning Engineer');
    expect(after.skills).toEqual(before.skills);
    expect(after.skills.preferred).toEqual(['kubernetes']);
    expect(after.skills.required).not.toContain('scala');
    expect([after.kind, after.level, after.yearsRequired]).toEqual([
      before.kind,
      before.level,
      before.yearsRequired,
    ]);
    expect(after.greenFlags.map((flag) => flag.id)).toEqual(
      before.greenFlags.map((flag) => flag.id),
    );
  });

  it('quotes the text as given, not the reflowed one', () => {
    const analysis = analyzePosting(flat, { catalog, today: '2026-06-01' });
    const flags = [...analysis.redFlags, ...analysis.greenFlags];
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(normalizeText(flat)).toContain(flag.evidence);
  });
});
