import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../catalog/index.js';
import { analyzePosting, normalizeText, type PostingAnalysis } from './analyze.js';
import { LABELS, type PostingLabel } from './corpus/labels.js';
import { extractPostingText } from './extract.js';

/**
 * Quality of the analyzer on the hand-labelled corpus in `corpus/`: accuracy per field, printed
 * as a table, with floors that fail the build (kind 90%, skill recall 85%), plus two hard
 * guarantees: no reported id without a term for it in the posting, and every flag quoting the
 * posting verbatim. The same again with every posting flattened to one line.
 */

const catalog = loadCatalog();
const folder = join(import.meta.dirname, 'corpus');
/** A fixed day, so the technology-age flag does not drift with the calendar. */
const TODAY = '2026-06-01';

interface Case {
  label: PostingLabel;
  text: string;
  analysis: PostingAnalysis;
}

const cases: Case[] = await Promise.all(
  LABELS.map(async (label) => {
    const extracted = await extractPostingText(readFileSync(join(folder, label.file)), {
      filename: label.file,
    });
    if (!extracted.ok) throw new Error(`${label.file} ${extracted.problem}`);
    return {
      label,
      text: extracted.text,
      analysis: analyzePosting(extracted.text, { catalog, today: TODAY }),
    };
  }),
);

/** Lowercase, hyphens and whitespace folded: how the traceability check compares terms. */
const fold = (text: string) => text.toLowerCase().replace(/[\s-]+/g, ' ');

/** Every way the catalog lets a posting name an id, built here independently of the analyzer. */
function namesOf(id: string): string[] {
  const names = new Set([fold(id)]);
  for (const technology of catalog.technologies) {
    if (technology.id === id) names.add(fold(technology.title));
  }
  for (const [alias, target] of Object.entries(catalog.aliases)) {
    if (target === id) names.add(fold(alias));
  }
  // The analyzer reads "feature store" as the generic technology (see TERM_OVERRIDES in terms.ts).
  if (id === 'feature-stores') names.add('feature store');
  return [...names];
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function isNamedIn(text: string, id: string): boolean {
  const folded = fold(text);
  return namesOf(id).some((name) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(name)}(?:s|es)?(?![\\p{L}\\p{N}])`, 'u').test(
      folded,
    ),
  );
}

const share = (hits: number, total: number) => (total === 0 ? 1 : hits / total);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** Accuracy per field on `cases`, printed as a table with every miss; the shares returned. */
function measure(heading: string, cases: readonly Case[]) {
  const fields = ['kind', 'level', 'phdRequired', 'yearsRequired'] as const;
  const correct = Object.fromEntries(fields.map((field) => [field, 0])) as Record<
    (typeof fields)[number],
    number
  >;
  let expectedSkills = 0;
  let foundSkills = 0;
  let reportedSkills = 0;
  let labelledReported = 0;
  let placedRight = 0;
  let expectedFlags = 0;
  let foundFlags = 0;
  let reportedFlags = 0;
  let expectedReported = 0;
  let titled = 0;
  const misses: string[] = [];
  for (const { label, analysis } of cases) {
    if (analysis.title.trim() !== '') titled++;
    else misses.push(`${label.file} no title`);
    for (const field of fields) {
      if (analysis[field] === label[field]) correct[field]++;
      else misses.push(`${label.file} ${field}: ${analysis[field]} (want ${label[field]})`);
    }
    const want = new Set([...label.required, ...label.preferred]);
    const got = new Set([...analysis.skills.required, ...analysis.skills.preferred]);
    expectedSkills += want.size;
    reportedSkills += got.size;
    for (const id of want) {
      if (got.has(id)) foundSkills++;
      else misses.push(`${label.file} missing skill ${id}`);
    }
    for (const id of got) {
      if (want.has(id)) labelledReported++;
      else misses.push(`${label.file} unlabelled skill ${id}`);
    }
    for (const id of label.required) if (analysis.skills.required.includes(id)) placedRight++;
    for (const id of label.preferred) if (analysis.skills.preferred.includes(id)) placedRight++;
    const flags = [...analysis.redFlags, ...analysis.greenFlags].map((flag) => flag.id);
    const wanted = [...label.redFlags, ...label.greenFlags];
    expectedFlags += wanted.length;
    foundFlags += wanted.filter((id) => flags.includes(id)).length;
    reportedFlags += flags.length;
    expectedReported += flags.filter((id) => wanted.includes(id)).length;
  }
  const total = cases.length;
  const quality = {
    kind: share(correct.kind, total),
    level: share(correct.level, total),
    phdRequired: share(correct.phdRequired, total),
    yearsRequired: share(correct.yearsRequired, total),
    title: share(titled, total),
    recall: share(foundSkills, expectedSkills),
    precision: share(labelledReported, reportedSkills),
    placement: share(placedRight, expectedSkills),
  };
  const rows: [string, number][] = [
    ['kind', quality.kind],
    ['level', quality.level],
    ['phdRequired', quality.phdRequired],
    ['yearsRequired', quality.yearsRequired],
    ['title found', quality.title],
    ['skill recall (required ∪ preferred)', quality.recall],
    ['skill precision against labels', quality.precision],
    ['required/preferred placement', quality.placement],
    ['expected flags found', share(foundFlags, expectedFlags)],
    ['reported flags that were expected', share(expectedReported, reportedFlags)],
  ];
  console.log(
    [
      heading,
      ...rows.map(([name, value]) => `  ${name.padEnd(40)} ${percent(value).padStart(7)}`),
      ...(misses.length > 0 ? ['  misses:', ...misses.map((miss) => `    ${miss}`)] : []),
    ].join('\n'),
  );
  return quality;
}

describe('posting analyzer on the labelled corpus', () => {
  it('has at least 18 postings in several formats, every file labelled', () => {
    const files = readdirSync(folder).filter((name) => !name.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(18);
    expect(new Set(LABELS.map((label) => label.file))).toEqual(new Set(files));
    const extensions = new Set(files.map((name) => name.split('.').pop()));
    for (const extension of ['txt', 'md', 'html']) expect(extensions).toContain(extension);
  });

  it('meets the accuracy floors (table printed below)', () => {
    const quality = measure(`posting analyzer on ${cases.length} labelled postings`, cases);
    expect(quality.kind).toBeGreaterThanOrEqual(0.9);
    expect(quality.recall).toBeGreaterThanOrEqual(0.85);
    expect(quality.phdRequired).toBeGreaterThanOrEqual(0.9);
    expect(quality.yearsRequired).toBeGreaterThanOrEqual(0.85);
    expect(quality.level).toBeGreaterThanOrEqual(0.85);
  });

  it('never reports an id the posting does not name', () => {
    for (const { label, text, analysis } of cases) {
      for (const id of [...analysis.skills.required, ...analysis.skills.preferred]) {
        expect(isNamedIn(text, id), `${label.file}: ${id}`).toBe(true);
      }
    }
  });

  it('quotes the posting verbatim in every flag', () => {
    for (const { label, text, analysis } of cases) {
      const normalized = normalizeText(text);
      for (const flag of [...analysis.redFlags, ...analysis.greenFlags]) {
        expect(flag.evidence.trim(), `${label.file} ${flag.id}`).not.toBe('');
        expect(
          normalized.includes(flag.evidence),
          `${label.file} ${flag.id}: ${flag.evidence}`,
        ).toBe(true);
      }
    }
  });

  it('raises every flag a posting is labelled with, and none it sets a trap for', () => {
    for (const { label, analysis } of cases) {
      const red = analysis.redFlags.map((flag) => flag.id);
      const green = analysis.greenFlags.map((flag) => flag.id);
      for (const id of label.redFlags) expect(red, `${label.file} red ${id}`).toContain(id);
      for (const id of label.greenFlags) expect(green, `${label.file} green ${id}`).toContain(id);
      for (const id of label.absent ?? []) {
        expect([...red, ...green], `${label.file} must not flag ${id}`).not.toContain(id);
      }
    }
  });
});

/**
 * The same corpus with its line breaks lost, as when a posting is pasted from some job boards,
 * copied out of a PDF or form field, or handed over by an API that flattens text. Without
 * `reflow.ts` the analyzer got kind right on 62% of these, level on 62%, years on 68%, skill
 * recall 76%, placement 56% and no title at all; with it, every field on every posting and all
 * titles but one (a 232-character posting too short to count as flattened). The floors sit well
 * above the first numbers, so losing the reflow fails the build, and below the second, so a few
 * misses on postings unlike these do not.
 */
describe('posting analyzer on the corpus flattened to one line', () => {
  const flatten = (text: string) => text.replace(/\s*\n\s*/g, ' ');
  const flatCases: Case[] = cases.map(({ label, text }) => ({
    label,
    text: flatten(text),
    analysis: analyzePosting(flatten(text), { catalog, today: TODAY }),
  }));

  it('meets the floors for flattened postings (table printed below)', () => {
    const quality = measure(
      `posting analyzer on ${flatCases.length} labelled postings flattened to one line`,
      flatCases,
    );
    expect(quality.kind).toBeGreaterThanOrEqual(0.85);
    expect(quality.recall).toBeGreaterThanOrEqual(0.85);
    expect(quality.placement).toBeGreaterThanOrEqual(0.85);
    expect(quality.title).toBeGreaterThanOrEqual(0.8);
    expect(quality.level).toBeGreaterThanOrEqual(0.8);
    expect(quality.yearsRequired).toBeGreaterThanOrEqual(0.8);
    expect(quality.phdRequired).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps its guarantees: named ids only, flags quoting the flattened text verbatim', () => {
    for (const { label, text, analysis } of flatCases) {
      for (const id of [...analysis.skills.required, ...analysis.skills.preferred]) {
        expect(isNamedIn(text, id), `${label.file}: ${id}`).toBe(true);
      }
      const normalized = normalizeText(text);
      for (const flag of [...analysis.redFlags, ...analysis.greenFlags]) {
        expect(flag.evidence.trim(), `${label.file} ${flag.id}`).not.toBe('');
        expect(
          normalized.includes(flag.evidence),
          `${label.file} ${flag.id}: ${flag.evidence}`,
        ).toBe(true);
      }
    }
  });
});
