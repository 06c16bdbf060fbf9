import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BULLET_ELEMENTS,
  BulletCoachingSchema,
  type BulletElement,
  coachBullet,
  VERDICTS,
  type Verdict,
  verdictOf,
} from './bullet-coach.js';
import { BULLET_FIXTURES, type BulletFixture } from './bullets.fixtures.js';
import { HOLDOUT_BULLETS } from './bullets.holdout.js';
import { THIRD_BULLETS } from './bullets.third.js';

/** Every maximal run of digits in a text. */
const digitRuns = (text: string) => text.match(/\d+/g) ?? [];

/** Per-verdict and per-element agreement between the coach and the hand labels. */
function evaluate(fixtures: BulletFixture[]) {
  const results = fixtures.map((fixture) => ({ fixture, coaching: coachBullet(fixture.text) }));
  const verdicts = Object.fromEntries(
    VERDICTS.map((verdict) => {
      const labelled = results.filter(({ fixture }) => fixture.verdict === verdict);
      const right = labelled.filter(({ coaching }) => coaching.verdict === verdict).length;
      return [verdict, { right, of: labelled.length }];
    }),
  ) as Record<Verdict, { right: number; of: number }>;
  const elements = Object.fromEntries(
    BULLET_ELEMENTS.map((element) => {
      let truePositive = 0;
      let falsePositive = 0;
      let falseNegative = 0;
      for (const { fixture, coaching } of results) {
        const expected = fixture.has.includes(element);
        const found = coaching.has.includes(element);
        if (expected && found) truePositive++;
        else if (found) falsePositive++;
        else if (expected) falseNegative++;
      }
      const right = results.length - falsePositive - falseNegative;
      return [element, { right, of: results.length, falsePositive, falseNegative, truePositive }];
    }),
  ) as Record<
    BulletElement,
    {
      right: number;
      of: number;
      falsePositive: number;
      falseNegative: number;
      truePositive: number;
    }
  >;
  const wrong = results.filter(({ fixture, coaching }) => fixture.verdict !== coaching.verdict);
  const correct = results.length - wrong.length;
  return { results, verdicts, elements, wrong, accuracy: correct / results.length };
}

/** The accuracy table printed with the test run. */
function describeReport(name: string, report: ReturnType<typeof evaluate>): string {
  return [
    `${name}: verdict accuracy ${(report.accuracy * 100).toFixed(1)}% (${report.results.length} bullets)`,
    ...VERDICTS.map((verdict) => {
      const { right, of } = report.verdicts[verdict];
      return `  ${verdict.padEnd(16)} ${right}/${of}`;
    }),
    'element accuracy (false positives / false negatives):',
    ...BULLET_ELEMENTS.map((element) => {
      const { right, of, falsePositive, falseNegative } = report.elements[element];
      return `  ${element.padEnd(16)} ${right}/${of}  (${falsePositive} / ${falseNegative})`;
    }),
    ...report.wrong.map(
      ({ fixture, coaching }) =>
        `  wrong: expected ${fixture.verdict}, got ${coaching.verdict} ${coaching.score}: ${fixture.text}`,
    ),
  ].join('\n');
}

describe('coachBullet on the labelled bullets', () => {
  const report = evaluate(BULLET_FIXTURES);
  const holdout = evaluate(HOLDOUT_BULLETS);

  it('has a labelled set of at least 35 bullets covering every verdict', () => {
    expect(BULLET_FIXTURES.length).toBeGreaterThanOrEqual(35);
    for (const verdict of VERDICTS) expect(report.verdicts[verdict].of).toBeGreaterThanOrEqual(8);
  });

  it('agrees with the labels on at least 90% of verdicts and elements', () => {
    console.info(describeReport('labelled set', report));
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
    for (const element of BULLET_ELEMENTS) {
      const { right, of } = report.elements[element];
      expect(right / of, element).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('does about as well on the third set, written without the rules at hand', () => {
    const third = evaluate(THIRD_BULLETS);
    console.info(describeReport('third set', third));
    expect(THIRD_BULLETS.length).toBeGreaterThanOrEqual(30);
    expect(third.accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('does about as well on the second set written after tuning', () => {
    console.info(describeReport('second set', holdout));
    expect(holdout.accuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('gives every output in the contract shape, with the verdict following the score', () => {
    for (const { coaching } of [...report.results, ...holdout.results]) {
      expect(BulletCoachingSchema.parse(coaching)).toEqual(coaching);
      expect(coaching.verdict).toBe(verdictOf(coaching.score));
      expect([...coaching.has, ...coaching.missing].sort()).toEqual([...BULLET_ELEMENTS].sort());
      expect(coaching.suggestion === '').toBe(coaching.verdict === 'strong');
    }
  });
});

describe('coachBullet rules', () => {
  it('never counts effort numbers as a result', () => {
    for (const text of [
      'Completed 12 courses on deep learning',
      'Have 3 years of experience with Python',
      'Built 7 machine learning projects in 6 months',
      'Studied for 400 hours across 2 years',
    ]) {
      const coaching = coachBullet(text);
      expect(coaching.has, text).not.toContain('metric');
      expect(coaching.verdict, text).toBe('weak');
    }
  });

  it('does not call a baseline without a result strong', () => {
    const coaching = coachBullet(
      'Benchmarked a CatBoost model against a logistic regression baseline on 90,000 held-out claims',
    );
    expect(coaching.has).toContain('baseline');
    expect(coaching.has).not.toContain('metric');
    expect(coaching.verdict).not.toBe('strong');
    expect(coaching.issues.map((issue) => issue.id)).toContain('baseline-without-result');
  });

  it('names the weak verb, tool lists and first person as issues', () => {
    const ids = (text: string) => coachBullet(text).issues.map((issue) => issue.id);
    expect(ids('Helped to train a churn model')).toContain('weak-verb');
    expect(ids('Skills: Python, PyTorch, Docker, Kubernetes, SQL')).toContain('tool-list');
    expect(ids('I trained a random forest on 4,000 rows')).toContain('first-person');
    expect(ids('Built a model')).toContain('no-result');
    expect(ids('Improved recall significantly')).toContain('metric-without-value');
  });

  it('keeps the user words and marks what is missing with placeholders', () => {
    const weak = coachBullet('Helped build a fraud model for a regional bank');
    expect(weak.suggestion).toMatch(/^Built a fraud model for a regional bank/);
    expect(weak.suggestion).toContain('[metric]');
    expect(weak.suggestion).toContain('[baseline]');
    const fair = coachBullet('Trained an XGBoost model on 200,000 transactions reaching 0.93 AUC');
    expect(fair.suggestion).toContain('200,000');
    expect(fair.suggestion).toContain('[baseline]');
    expect(fair.suggestion).toContain('[eval set]');
    const tools = coachBullet('Python, pandas, scikit-learn, Docker');
    expect(tools.suggestion).toContain('Built [project] with Python, pandas and scikit-learn');
  });

  it('never puts a number in the suggestion that the bullet does not contain', () => {
    const word = fc.constantFrom(
      'built',
      'trained',
      'helped',
      'model',
      'rows',
      'courses',
      'AUC',
      'accuracy',
      'from',
      'to',
      'vs',
      'baseline',
      'held-out',
      '%',
      'x',
      'on',
      'deployed',
      'FastAPI',
      'patients',
      'I',
      'Worked on',
      'Python,',
      '$',
      '-',
      '.',
    );
    const number = fc
      .tuple(fc.nat({ max: 100_000 }), fc.constantFrom('', '%', 'k', ',000', '.5', 'x', '-row'))
      .map(([value, suffix]) => `${value}${suffix}`);
    const bullet = fc
      .array(fc.oneof(word, number, fc.string({ maxLength: 6 })), { maxLength: 25 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.oneof(bullet, fc.string({ maxLength: 80 })), (text) => {
        const { suggestion, verdict } = coachBullet(text);
        const inInput = new Set(digitRuns(text));
        for (const run of digitRuns(suggestion)) expect(inInput.has(run), run).toBe(true);
        if (verdict !== 'strong') expect(suggestion).not.toBe('');
      }),
      { numRuns: 400 },
    );
  });
});
