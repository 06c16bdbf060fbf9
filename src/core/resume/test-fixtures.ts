import fc from 'fast-check';
import { type Resume, type ResumeInput, ResumeSchema, SECTION_IDS } from './schema.js';

/** A realistic one-page resume of a former ICU nurse moving into applied ML (test data). */
export const SAMPLE_RESUME_INPUT: ResumeInput = {
  basics: {
    name: 'Dana Okafor',
    headline: 'Applied ML engineer, formerly an ICU nurse',
    email: 'dana.okafor@example.com',
    phone: '+44 7700 900123',
    location: 'Leeds, UK',
    links: {
      linkedin: 'https://www.linkedin.com/in/dana-okafor',
      github: 'https://github.com/dana-okafor',
      portfolio: 'https://dana-okafor.dev',
    },
  },
  summary:
    'Eight years as an ICU nurse, now building tabular ML for hospital operations: readmission and no-show models that are evaluated on held-out data and served behind APIs.',
  projects: [
    {
      name: 'Readmission risk service',
      description:
        'Predicts 30-day readmission for discharged patients so nurses can prioritise follow-up calls.',
      repo: 'https://github.com/dana-okafor/readmission-risk',
      url: 'https://readmission-demo.dana-okafor.dev',
      bullets: [
        'Built a LightGBM model on 48,000 de-identified discharge records, raising recall at 20% alert rate from 0.41 (logistic regression baseline) to 0.58 on a held-out year of admissions',
        'Served the model as a FastAPI service in Docker with a nightly batch job and a drift report on the top 8 features',
        'Wrote a model card and a SHAP summary so clinical staff could check why a patient was flagged',
      ],
      keywords: ['Python', 'LightGBM', 'pandas', 'FastAPI', 'Docker', 'SHAP'],
    },
    {
      name: 'Clinic no-show forecaster',
      description: 'Flags appointments likely to be missed so a clinic can overbook safely.',
      repo: 'https://github.com/dana-okafor/no-show',
      bullets: [
        'Trained a gradient-boosted classifier on 65,000 outpatient appointments; AUC 0.77 vs 0.62 for the clinic’s reminder-based rule on an out-of-time test set',
        'Cut feature computation from 40 minutes to 3 minutes by moving joins into SQL window functions',
      ],
      keywords: ['scikit-learn', 'SQL', 'PostgreSQL', 'GitHub Actions'],
    },
  ],
  experience: [
    {
      company: 'Leeds Teaching Hospitals',
      role: 'Senior ICU Nurse',
      start: '2016-09',
      end: '2024-06',
      location: 'Leeds',
      bullets: [
        'Led a 6-nurse team on a 24-bed unit and cut medication-round delays by 30% with a new handover checklist',
        'Audited 1,200 patient charts a year for early-warning score errors and trained 40 staff on the findings',
      ],
    },
    {
      company: 'St James’s Hospital',
      role: 'Staff Nurse',
      start: '2013-09',
      end: '2016-08',
      bullets: ['Coordinated discharge plans for 25 patients a week with pharmacy and social care'],
    },
  ],
  skills: [
    {
      name: 'Modelling',
      keywords: ['scikit-learn', 'LightGBM', 'XGBoost', 'PyTorch basics', 'SHAP'],
    },
    { name: 'Data', keywords: ['Python', 'pandas', 'SQL', 'PostgreSQL', 'data validation'] },
    {
      name: 'Shipping',
      keywords: ['FastAPI', 'Docker', 'GitHub Actions', 'AWS', 'model monitoring'],
    },
  ],
  education: [
    {
      institution: 'University of Leeds',
      area: 'Adult Nursing',
      studyType: 'BSc',
      start: '2010',
      end: '2013',
      courses: ['Statistics for Health Research'],
    },
  ],
  certificates: [
    { name: 'AWS Certified Cloud Practitioner', issuer: 'Amazon Web Services', date: '2024-11' },
  ],
};

export const sampleResume = (): Resume => ResumeSchema.parse(SAMPLE_RESUME_INPUT);

/** Every section heading the sample resume prints. */
export const SAMPLE_HEADINGS = ['Projects', 'Experience', 'Skills', 'Education', 'Certificates'];

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,9}$/);
/** Text a user could type: words, digits and the punctuation Markdown cares about. */
const phrase = (maxWords: number) =>
  fc
    .array(
      fc.oneof(
        word,
        fc.constantFrom(
          '*bold*',
          '_x_',
          '[link](y)',
          '# not a heading',
          '<b>',
          'a|b',
          '&amp;',
          '`code`',
          '\\',
          '1.',
          '-',
          '~~',
          '!',
          'C#',
          'R&D',
          '50%',
          '3x',
          '—',
        ),
      ),
      { minLength: 1, maxLength: maxWords },
    )
    .map((words) => words.join(' '));
const url = fc
  .tuple(word, word)
  .map(([host, path]) => `https://${host.toLowerCase()}.example.org/${path}`);
const partialDate = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.boolean())
  .map(([year, month, withMonth]) =>
    withMonth ? `${year}-${String(month).padStart(2, '0')}` : `${year}`,
  );
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Any valid resume, parsed (defaults applied), for round-trip and rendering properties. */
export const resumeArbitrary: fc.Arbitrary<Resume> = fc
  .record({
    basics: fc.record({
      name: phrase(4),
      headline: optional(phrase(8)),
      email: optional(
        fc.tuple(word, word).map(([user, host]) => `${user}@${host}.com`.toLowerCase()),
      ),
      phone: optional(fc.stringMatching(/^\+?[0-9 ]{6,15}[0-9]$/)),
      location: optional(phrase(3)),
      links: fc.record({
        linkedin: optional(url),
        github: optional(url),
        portfolio: optional(url),
      }),
    }),
    summary: optional(phrase(30)),
    projects: fc.array(
      fc.record({
        name: phrase(4),
        description: optional(phrase(20)),
        url: optional(url),
        repo: optional(url),
        bullets: fc.array(phrase(25), { maxLength: 4 }),
        keywords: fc.array(word, { maxLength: 5 }),
      }),
      { maxLength: 3 },
    ),
    experience: fc.array(
      fc.record({
        company: phrase(3),
        role: phrase(3),
        start: optional(partialDate),
        location: optional(phrase(2)),
        bullets: fc.array(phrase(25), { maxLength: 3 }),
      }),
      { maxLength: 3 },
    ),
    skills: fc.array(fc.record({ name: phrase(2), keywords: fc.array(word, { maxLength: 6 }) }), {
      maxLength: 4,
    }),
    education: fc.array(
      fc.record({
        institution: phrase(4),
        area: optional(phrase(3)),
        studyType: optional(word),
        start: optional(partialDate),
        end: optional(partialDate),
        courses: fc.array(phrase(3), { maxLength: 3 }),
      }),
      { maxLength: 2 },
    ),
    certificates: fc.array(
      fc.record({
        name: phrase(4),
        issuer: optional(phrase(3)),
        date: optional(partialDate),
        url: optional(url),
      }),
      { maxLength: 2 },
    ),
    sectionOrder: optional(fc.shuffledSubarray([...SECTION_IDS])),
  })
  .map((input) => ResumeSchema.parse(dropUndefined(input)));

/** The arbitrary's records carry explicit `undefined`; the schema's output never does. */
function dropUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(dropUndefined) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, dropUndefined(item)]),
    ) as T;
  }
  return value;
}
