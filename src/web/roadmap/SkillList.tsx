import type { Plan } from '../api/types';
import { formatRange } from './dates';
import { phaseName, STATE_LABELS, skillState } from './labels';
import { StatusIcon } from './StatusIcon';
import { skillWhen } from './skills';

interface SkillListProps {
  plan: Plan;
  selectedId: string | null;
  onOpen: (id: string, opener: HTMLElement) => void;
}

/** The same skills as the graph, as plain lists by phase: the keyboard and screen-reader route. */
export function SkillList({ plan, selectedId, onOpen }: SkillListProps) {
  const byId = new Map(plan.skills.map((skill) => [skill.id, skill]));
  const grouped = new Set<string>();
  const phases = [...plan.phases]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((phase) => {
      const skills = phase.skills.flatMap((id) => {
        const skill = byId.get(id);
        if (!skill || grouped.has(id)) return [];
        grouped.add(id);
        return [skill];
      });
      return { id: phase.id, title: phase.title, start: phase.start, end: phase.end, skills };
    });
  const rest = plan.skills.filter((skill) => !grouped.has(skill.id));

  const item = (skill: (typeof plan.skills)[number]) => {
    const state = skillState(skill);
    return (
      <li key={skill.id}>
        <button
          type="button"
          className={`skill-link${skill.id === selectedId ? ' is-selected' : ''}`}
          aria-haspopup="dialog"
          data-skill={skill.id}
          onClick={(event) => onOpen(skill.id, event.currentTarget)}
        >
          <StatusIcon state={state} />
          <span className="skill-link-title">{skill.title}</span>
          <span className="skill-link-when">
            {state === 'planned' && <span className="visually-hidden">Planned: </span>}
            {state === 'planned' || skill.firstWeek === null
              ? skillWhen(skill, plan.weeks)
              : `${STATE_LABELS[state]} · ${skillWhen(skill, plan.weeks)}`}
          </span>
        </button>
      </li>
    );
  };

  return (
    <div className="skill-list">
      {phases.map(
        (phase) =>
          phase.skills.length > 0 && (
            <div key={phase.id} className="skill-group-list">
              <h3 className="mini-heading">
                {phaseName(phase.id)}{' '}
                <span className="muted">· {formatRange(phase.start, phase.end)}</span>
              </h3>
              <ul>{phase.skills.map(item)}</ul>
            </div>
          ),
      )}
      {rest.length > 0 && (
        <div className="skill-group-list">
          <h3 className="mini-heading">Already covered by your current level</h3>
          <ul>{rest.map(item)}</ul>
        </div>
      )}
    </div>
  );
}
