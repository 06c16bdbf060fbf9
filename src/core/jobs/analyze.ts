import { z } from 'zod';
import type { Catalog } from '../../catalog/schema.js';
import type { Profile } from '../profile.js';
import { FLAG_RULES, findFlags, type PlacedTerm, type PostingFlag } from './flags.js';
import { compareWithProfile, type SkillGap } from './gap.js';
import { reflow } from './reflow.js';
import { RELEASE_DATES_CHECKED_ON } from './release-dates.js';
import { type Clause, readStructure } from './sections.js';
import {
  classifyKind,
  classifyLevel,
  findYearsAsks,
  KINDS,
  type Kind,
  LEVELS,
  type Level,
  phdRequirement,
  yearsRequired,
} from './signals.js';
import { termMatcher } from './terms.js';
import { normalizeText } from './text.js';
import { unwrapHardWraps } from './unwrap.js';

export type { PostingFlag } from './flags.js';
export type { SkillGap } from './gap.js';
export type { Kind, Level } from './signals.js';
export { normalizeText } from './text.js';

/** The `mlpath analyze-jd --json` document (the contract), `gap` only with a profile. */
export interface PostingAnalysis {
  title: string;
  kind: Kind;
  level: Level;
  phdRequired: boolean;
  yearsRequired: number | null;
  skills: { required: string[]; preferred: string[] };
  redFlags: PostingFlag[];
  greenFlags: PostingFlag[];
  gap?: SkillGap;
}

const FlagSchema = z.object({
  id: z.string(),
  message: z.string(),
  evidence: z.string().min(1),
});

/** The analysis as a schema, for routes that return it and tests that check its shape. */
export const PostingAnalysisSchema = z.object({
  title: z.string(),
  kind: z.enum(KINDS),
  level: z.enum(LEVELS),
  phdRequired: z.boolean(),
  yearsRequired: z.number().int().min(0).nullable(),
  skills: z.object({ required: z.array(z.string()), preferred: z.array(z.string()) }),
  redFlags: z.array(FlagSchema),
  greenFlags: z.array(FlagSchema),
  gap: z
    .object({
      missing: z.array(z.string()),
      weak: z.array(z.string()),
      covered: z.array(z.string()),
    })
    .optional(),
});

/** Every flag id the analyzer can give, red and green. */
export const FLAG_IDS = {
  red: FLAG_RULES.filter((rule) => rule.kind === 'red').map((rule) => rule.id),
  green: FLAG_RULES.filter((rule) => rule.kind === 'green').map((rule) => rule.id),
};

export interface AnalyzeOptions {
  catalog: Catalog;
  /**
   * YYYY-MM-DD up to which technologies' ages are counted; by default the day the release table
   * was last reviewed, so the result never depends on the wall clock.
   */
  today?: string;
  /** With a profile, the analysis gets a `gap` between the posting's skills and it. */
  profile?: Profile;
}

/** The clause holding each term, by binary search over clauses sorted by start. */
function placeTerms(
  terms: ReturnType<ReturnType<typeof termMatcher>['find']>,
  clauses: readonly Clause[],
): PlacedTerm[] {
  const placed: PlacedTerm[] = [];
  for (const term of terms) {
    let low = 0;
    let high = clauses.length - 1;
    let found: Clause | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const clause = clauses[middle] as Clause;
      if (term.start < clause.start) high = middle - 1;
      else if (term.start >= clause.end) low = middle + 1;
      else {
        found = clause;
        break;
      }
    }
    if (found && !found.heading && term.end <= found.end) {
      placed.push({
        id: term.id,
        start: term.start,
        end: term.end,
        text: term.text,
        clause: found,
      });
    }
  }
  return placed;
}

/**
 * Reads a job posting (plain text, already extracted from HTML or PDF) and returns what the
 * `analyze-jd` contract promises: title, kind, level, PhD and years asked, required and preferred
 * skills as catalog ids, red and green flags quoting the posting, and with a profile the skills
 * gap. Pure: the same text, catalog, day and profile always give the same analysis.
 *
 * Skills come only from catalog terms written in the posting (ids, aliases, technology titles),
 * so a technology the posting does not name is never reported; how each clause's role is decided
 * is described in `sections.ts`. An id both required and preferred is listed as required. A
 * posting that arrives as one long line (its line breaks lost) is read with its structure put
 * back first (`reflow.ts`).
 */
export function analyzePosting(text: string, options: AnalyzeOptions): PostingAnalysis {
  const { catalog, today = RELEASE_DATES_CHECKED_ON, profile } = options;
  const normalized = normalizeText(text);
  const matcher = termMatcher(catalog);
  // A posting wrapped at a fixed width is read with its paragraphs joined, and one that lost its
  // line breaks with them put back. Both only swap a space and a break, so offsets stay those of
  // `normalized`, which flags quote as evidence.
  const unwrapped = unwrapHardWraps(normalized);
  const found = matcher.find(unwrapped);
  const lined = reflow(unwrapped, found, { unwrapped: unwrapped !== normalized });
  const structure = readStructure(lined, found, (id) => matcher.technologyIds.has(id));
  const clauses = [...structure.clauses].sort((a, b) => a.start - b.start);
  const terms = placeTerms(found, clauses);

  const termsByClause = new Map<Clause, PlacedTerm[]>();
  const required = new Set<string>();
  const preferred = new Set<string>();
  for (const term of terms) {
    const list = termsByClause.get(term.clause);
    if (list) list.push(term);
    else termsByClause.set(term.clause, [term]);
    if (term.clause.role === 'required') required.add(term.id);
  }
  for (const term of terms) {
    if (term.clause.role === 'preferred' && !required.has(term.id)) preferred.add(term.id);
  }

  const yearsAsks = findYearsAsks(structure.clauses);
  const years = yearsRequired(yearsAsks);
  const { redFlags, greenFlags } = findFlags({
    text: normalized,
    structure,
    terms,
    termsByClause,
    required: [...required],
    yearsAsks,
    matcher,
    today,
  });

  const analysis: PostingAnalysis = {
    title: structure.title,
    kind: classifyKind(structure.title, structure.clauses),
    level: classifyLevel(structure.title, lined, structure.clauses, years),
    phdRequired: phdRequirement(structure.clauses) !== null,
    yearsRequired: years,
    skills: { required: [...required], preferred: [...preferred] },
    redFlags,
    greenFlags,
  };
  if (profile) analysis.gap = compareWithProfile([...required, ...preferred], profile, catalog);
  return analysis;
}
