import type { Catalog } from '../../catalog/schema.js';
import type { Profile } from '../profile.js';
import { termMatcher } from './terms.js';

/** How a posting's skills compare with a profile. */
export interface SkillGap {
  /** Posting ids whose intake area the profile rates 0 (none), or that no intake area covers. */
  missing: string[];
  /** Posting ids whose area the profile rates 1 (basic: tutorial level). */
  weak: string[];
  /** Posting ids whose area the profile rates 2 or 3 (used in projects or at work). */
  covered: string[];
}

/**
 * Compares the skills a posting names with a profile. The lists keep the ids the posting named
 * (`kubernetes`, not `cloud-deployment`), so the person sees the posting's own words; each id is
 * judged through the catalog skill it is evidence of (a technology through `technology.skill`)
 * and that skill's intake area, whose self-rated level is what the profile knows. Skills of no
 * intake area (communication, interview skills) count as missing, as the planner treats them.
 */
export function compareWithProfile(
  skills: readonly string[],
  profile: Profile,
  catalog: Catalog,
): SkillGap {
  const matcher = termMatcher(catalog);
  const areaOf = new Map(catalog.skills.map((skill) => [skill.id, skill.area]));
  const gap: SkillGap = { missing: [], weak: [], covered: [] };
  for (const id of new Set(skills)) {
    const skill = matcher.skillOf.get(id) ?? id;
    const area = areaOf.get(skill);
    const level = area ? profile.skills[area] : 0;
    if (level >= 2) gap.covered.push(id);
    else if (level === 1) gap.weak.push(id);
    else gap.missing.push(id);
  }
  return gap;
}
