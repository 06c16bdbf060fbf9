import type { Dashboard, Plan, TimeTargetKind } from '../api/types';

/** A skill or project of the plan that time and evidence can be logged against. */
export interface Target {
  /** `skill:python`: the value of the "what" select. */
  value: string;
  kind: TimeTargetKind;
  id: string;
  title: string;
}

export const targetValue = (kind: TimeTargetKind, id: string) => `${kind}:${id}`;

export function parseTarget(value: string): { kind: TimeTargetKind; id: string } | null {
  const [kind, id] = value.split(':');
  return (kind === 'skill' || kind === 'project') && id ? { kind, id } : null;
}

export interface TargetGroups {
  thisWeek: Target[];
  skills: Target[];
  projects: Target[];
  /** Every target by value, for titles in lists. */
  byValue: Map<string, Target>;
}

/** The plan's skills and projects, with the current week's items first (and not repeated). */
export function targetGroups(plan: Plan, week: Dashboard['week']): TargetGroups {
  const skills = plan.skills.map(
    (skill): Target => ({
      value: targetValue('skill', skill.id),
      kind: 'skill',
      id: skill.id,
      title: skill.title,
    }),
  );
  const projects = plan.projects.map(
    (project): Target => ({
      value: targetValue('project', project.id),
      kind: 'project',
      id: project.id,
      title: project.title,
    }),
  );
  const byValue = new Map([...skills, ...projects].map((target) => [target.value, target]));
  const thisWeek: Target[] = [];
  for (const item of week?.items ?? []) {
    if (item.kind !== 'skill' && item.kind !== 'project') continue;
    const target = byValue.get(targetValue(item.kind, item.id)) ?? {
      value: targetValue(item.kind, item.id),
      kind: item.kind,
      id: item.id,
      title: item.title,
    };
    if (!thisWeek.some((seen) => seen.value === target.value)) thisWeek.push(target);
  }
  const inWeek = new Set(thisWeek.map((target) => target.value));
  return {
    thisWeek,
    skills: skills.filter((target) => !inWeek.has(target.value)),
    projects: projects.filter((target) => !inWeek.has(target.value)),
    byValue,
  };
}
