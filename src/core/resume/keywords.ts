import { resolveAlias } from '../../catalog/index.js';
import { blockText, resumeBlocks } from './layout.js';
import type { Resume } from './schema.js';
import { findCatalogTerms, type TermResolver, technologySkill } from './terms.js';

/** How well a resume covers a posting's skills; lists hold catalog ids. */
export interface KeywordMatch {
  /** 0–100: required skills weigh twice as much as preferred ones; 100 when nothing is asked. */
  score: number;
  matched: { required: string[]; preferred: string[] };
  missing: { required: string[]; preferred: string[] };
  /** Every catalog id the resume names, in first-mention order. */
  found: string[];
}

/** Every word of the resume as it prints, one block a line. */
export function resumeText(resume: Resume): string {
  return resumeBlocks(resume).map(blockText).join('\n');
}

/**
 * Matches a resume against a saved job analysis: the posting's required and preferred catalog ids
 * against the ids the resume's words resolve to through the catalog's alias table. A technology
 * counts for the skill it is evidence of (LightGBM covers `gradient-boosting`), never the other
 * way round. Requested items that are names rather than ids are resolved first.
 */
export function keywordMatch(
  source: Resume | string,
  requiredSkillIds: string[],
  preferredSkillIds: string[],
  resolve: TermResolver = resolveAlias,
  skillOf: (id: string) => string | undefined = technologySkill,
): KeywordMatch {
  const text = typeof source === 'string' ? source : resumeText(source);
  const found = [...new Set(findCatalogTerms(text, resolve).map((term) => term.id))];
  const covered = new Set(found);
  for (const id of found) {
    const skill = skillOf(id);
    if (skill) covered.add(skill);
  }
  const normalize = (ids: string[]) => [
    ...new Set(ids.map((id) => resolve(id) ?? id.trim().toLowerCase()).filter(Boolean)),
  ];
  const required = normalize(requiredSkillIds);
  const preferred = normalize(preferredSkillIds).filter((id) => !required.includes(id));
  const split = (ids: string[]) => ({
    matched: ids.filter((id) => covered.has(id)),
    missing: ids.filter((id) => !covered.has(id)),
  });
  const req = split(required);
  const pref = split(preferred);
  const total = 2 * required.length + preferred.length;
  const score =
    total === 0 ? 100 : Math.round((100 * (2 * req.matched.length + pref.matched.length)) / total);
  return {
    score,
    matched: { required: req.matched, preferred: pref.matched },
    missing: { required: req.missing, preferred: pref.missing },
    found,
  };
}
