import type { Plan, PlanSkill, PlanWeek } from '../api/types';
import { weeksRange } from './dates';
import { phaseSlot, STATE_LABELS, skillState } from './labels';

/** A skill's phase id and colour slot; skills without weeks belong to no phase. */
export interface SkillPhase {
  id: string;
  slot: number;
}

export function skillPhases(plan: Pick<Plan, 'phases'>): Map<string, SkillPhase> {
  const phases = new Map<string, SkillPhase>();
  plan.phases.forEach((phase, index) => {
    const slot = phaseSlot(phase.id, index);
    for (const skill of phase.skills) {
      if (!phases.has(skill)) phases.set(skill, { id: phase.id, slot });
    }
  });
  return phases;
}

/** The skills that list `id` as a prerequisite, in plan order. */
export const dependentsOf = (skills: readonly PlanSkill[], id: string): PlanSkill[] =>
  skills.filter((skill) => skill.prerequisites.includes(id));

/** "Weeks 3–5" (short), for the graph's small print. */
export function weeksShort(skill: PlanSkill): string | null {
  if (skill.firstWeek === null) return null;
  const last = skill.lastWeek ?? skill.firstWeek;
  return last === skill.firstWeek ? `Week ${last}` : `Weeks ${skill.firstWeek}–${last}`;
}

/**
 * "Weeks 3–5 · 19 Jan – 8 Feb 2026", or the state in words when the skill has no weeks (a
 * sentence with `explain`, for the detail panel).
 */
export function skillWhen(skill: PlanSkill, weeks: readonly PlanWeek[], explain = false): string {
  const short = weeksShort(skill);
  if (short === null || skill.firstWeek === null || weeks.length === 0) {
    const state = skillState(skill);
    if (!explain) return STATE_LABELS[state];
    if (state === 'done' || state === 'known') {
      return 'already covered by your current level, so it gets no weeks.';
    }
    if (state === 'skipped') return 'skipped, so it gets no weeks.';
    return `${STATE_LABELS[state]}.`;
  }
  return `${short} · ${weeksRange(weeks, skill.firstWeek, skill.lastWeek ?? skill.firstWeek)}`;
}
