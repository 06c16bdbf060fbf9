import type { Catalog, Skill } from '../../../catalog/schema.js';
import { skillHours } from '../../plan/planner.js';
import type { SkillArea } from '../../profile.js';
import { latestSkillStates, skillTitle } from '../data.js';
import { hoursText, listText } from '../format.js';
import type { Rule } from '../types.js';

/** The intake areas whose skills every ML job is built on. */
export const FOUNDATION_AREAS = ['python', 'sql', 'git'] as const satisfies readonly SkillArea[];
/** Catalog categories of model work. */
export const ML_CATEGORIES: readonly Skill['category'][] = [
  'ml',
  'deep-learning',
  'specialization',
];
/** A self-rated level from which a foundation counts as there (2 = working). */
export const WORKING_LEVEL = 2;

const LEVEL_NAMES = ['none', 'basic', 'working', 'production'] as const;

/** The catalog skill standing for an area: the one with the area's id, else the first of its area. */
function foundationSkill(catalog: Catalog, area: SkillArea): Skill | undefined {
  return (
    catalog.skills.find((skill) => skill.id === area) ??
    catalog.skills.find(
      (skill) =>
        skill.area === area && (skill.category === 'foundations' || skill.category === 'data'),
    )
  );
}

export const fundamentalsSkipped: Rule = {
  id: 'fundamentals-skipped',
  title: 'Models before foundations',
  check({ profile, progress, today, catalog }) {
    const states = latestSkillStates(progress);
    const categoryOf = new Map(catalog.skills.map((skill) => [skill.id, skill.category]));
    const started = [...states.values()]
      .filter(
        (state) =>
          state.changedOn <= today &&
          (state.status === 'learning' || state.status === 'done') &&
          ML_CATEGORIES.includes(categoryOf.get(state.skillId) as Skill['category']),
      )
      .sort((a, b) => a.changedOn.localeCompare(b.changedOn));
    if (started.length === 0) return null;

    const weak = FOUNDATION_AREAS.flatMap((area) => {
      const skill = foundationSkill(catalog, area);
      const level = profile.skills[area];
      if (!skill || level >= WORKING_LEVEL || states.get(skill.id)?.status === 'done') return [];
      return [{ skill, level, learning: states.get(skill.id)?.status === 'learning' }];
    });
    const [first] = weak;
    if (!first) return null;

    const startedTitles = started.map((state) => skillTitle(catalog, state.skillId));
    const weakText = listText(
      weak.map(
        ({ skill, level, learning }) =>
          `${skill.title} (${LEVEL_NAMES[level]} in your profile${learning ? ', in progress' : ''})`,
      ),
    );
    const hours = skillHours(first.skill, profile);
    return {
      id: 'fundamentals-skipped',
      severity: 'warning',
      message:
        'Model work rests on Python, SQL and Git, and the first technical screen tests them before any ML question. Career switchers who go straight to models on weak foundations are the ones who fail those screens.',
      evidence: `You have started ${listText(startedTitles)}, while ${weakText} ${weak.length === 1 ? 'is' : 'are'} not done yet.`,
      action: `Give your next study sessions to ${first.skill.title}${hours > 0 ? ` (about ${hoursText(hours)} at your level)` : ''} before more ${startedTitles.at(-1)}, and mark it done once you pass its proof.`,
    };
  },
};
