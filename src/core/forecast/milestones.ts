import type { Catalog } from '../../catalog/schema.js';
import type { Plan } from '../plan/schema.js';
import type { Progress } from '../progress/types.js';

export interface ReachedMilestone {
  id: string;
  title: string;
  /** When the user's data shows it was reached (YYYY-MM-DD). */
  date: string;
  /** When the plan expected it, if the plan has this milestone. */
  plannedDate?: string;
}

/** Categories whose finished skill means a model was trained (as in the planner's first-model). */
const MODEL_CATEGORIES = new Set(['ml']);

const earliest = (dates: (string | undefined)[]): string | undefined =>
  dates.filter((date): date is string => date !== undefined).sort()[0];

/**
 * The plan's milestones the recorded data shows as reached, with the date, earliest first:
 * - `first-deployed-app`: the first `deployed-url` evidence;
 * - `first-project-shipped`: the first shipped project (its shippedOn; without one, the last
 *   time entry or evidence recorded for it);
 * - `first-blog-post`: the first `blog-post` evidence;
 * - `first-model`: the first shipped project or the first finished skill of the catalog's `ml`
 *   category, whichever came first (the skill half needs `catalog`).
 * Milestones that need data mlpath does not record (interviews, offers) are never reported.
 */
export function milestonesReached({
  plan,
  progress,
  catalog,
}: {
  plan: Plan;
  progress: Progress;
  catalog?: Catalog;
}): ReachedMilestone[] {
  const evidenceDate = (type: Progress['evidence'][number]['type']) =>
    earliest(progress.evidence.filter((link) => link.type === type).map((link) => link.date));

  const shippedDates = progress.projectStates
    .filter((state) => state.status === 'shipped')
    .map((state) => {
      if (state.shippedOn) return state.shippedOn;
      const records = [
        ...progress.timeEntries.filter(
          (entry) => entry.targetKind === 'project' && entry.targetId === state.projectId,
        ),
        ...progress.evidence.filter(
          (link) => link.targetKind === 'project' && link.targetId === state.projectId,
        ),
      ].map((record) => record.date);
      return records.sort().at(-1) ?? state.startedOn;
    });
  const firstShipped = earliest(shippedDates);

  const modelSkills = new Set(
    (catalog?.skills ?? [])
      .filter((skill) => MODEL_CATEGORIES.has(skill.category))
      .map((skill) => skill.id),
  );
  const firstModelSkill = earliest(
    progress.skillStates
      .filter((state) => state.status === 'done' && modelSkills.has(state.skillId))
      .map((state) => state.changedOn),
  );

  const reached: Record<string, string | undefined> = {
    'first-model': earliest([firstShipped, firstModelSkill]),
    'first-project-shipped': firstShipped,
    'first-deployed-app': evidenceDate('deployed-url'),
    'first-blog-post': evidenceDate('blog-post'),
  };
  const planned = new Map(plan.milestones.map((milestone) => [milestone.id, milestone]));
  return Object.entries(reached)
    .flatMap(([id, date]): ReachedMilestone[] => {
      if (date === undefined) return [];
      const milestone = planned.get(id);
      const entry: ReachedMilestone = { id, title: milestone?.title ?? id, date };
      if (milestone) entry.plannedDate = milestone.date;
      return [entry];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
