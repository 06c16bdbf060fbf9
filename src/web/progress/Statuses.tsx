import { useEffect, useRef, useState } from 'react';
import { sentence } from '../api/client';
import {
  useProjectStates,
  useSetProjectState,
  useSetSkillState,
  useSkillStates,
} from '../api/queries';
import type { Plan, ProjectProgressStatus, SkillProgressStatus } from '../api/types';

const SKILL_OPTIONS: { value: SkillProgressStatus; label: string }[] = [
  { value: 'todo', label: 'To do' },
  { value: 'learning', label: 'Learning' },
  { value: 'done', label: 'Done' },
  { value: 'skipped', label: 'Skipped' },
];
const PROJECT_OPTIONS: { value: ProjectProgressStatus; label: string }[] = [
  { value: 'todo', label: 'To do' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'shipped', label: 'Shipped' },
  { value: 'skipped', label: 'Skipped' },
];

/** One row of status buttons: each press is one change, the pressed one is the current state. */
function StatusButtons<T extends string>({
  title,
  options,
  current,
  onChoose,
  busy,
}: {
  title: string;
  options: { value: T; label: string }[];
  current: T;
  onChoose: (value: T) => void;
  busy: boolean;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a fieldset of inputs
    <div className="status-buttons" role="group" aria-label={`Status of ${title}`}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className={`status-button status-${option.value}`}
          aria-pressed={current === option.value}
          disabled={busy}
          onClick={() => current !== option.value && onChoose(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

function SkipReason({
  title,
  onSave,
  onCancel,
}: {
  title: string;
  onSave: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  // The reason is asked right after choosing Skipped, so the cursor goes there.
  useEffect(() => inputRef.current?.focus(), []);
  const id = `skip-${title.replace(/\W+/g, '-')}`;
  return (
    <form
      className="skip-reason"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(reason.trim());
      }}
    >
      <label htmlFor={id} className="field-label">
        Why skip {title}? <span className="optional">(optional)</span>
      </label>
      <div className="inline-form">
        <input
          id={id}
          className="input"
          value={reason}
          ref={inputRef}
          maxLength={2000}
          onChange={(e) => setReason(e.target.value)}
        />
        <button type="submit" className="button button-small button-primary">
          Skip it
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The plan's skills and projects, each with its status. */
export function Statuses({ plan }: { plan: Plan }) {
  const skillStates = useSkillStates();
  const projectStates = useProjectStates();
  const setSkill = useSetSkillState();
  const setProject = useSetProjectState();
  const [skipping, setSkipping] = useState<string | null>(null);

  const skillStatus = new Map(skillStates.data?.map((state) => [state.skillId, state]));
  const projectStatus = new Map(projectStates.data?.map((state) => [state.projectId, state]));
  const error = setSkill.error ?? setProject.error;

  return (
    <section className="card" aria-labelledby="statuses-title">
      <h2 id="statuses-title" className="section-title">
        Skills and projects
      </h2>
      <p className="muted">
        Mark a skill done when you can show its proof; the plan and the forecast move with it.
      </p>
      {error && (
        <p className="callout callout-error" role="alert">
          {error instanceof Error ? sentence(error.message) : 'The status could not be saved.'}
        </p>
      )}
      <h3 className="subheading">Skills</h3>
      <ul className="status-list">
        {plan.skills.map((skill) => {
          const state = skillStatus.get(skill.id);
          const current = state?.status ?? 'todo';
          return (
            <li key={skill.id} className="status-row" data-skill={skill.id}>
              <div className="status-name">
                <span>{skill.title}</span>
                {state?.status === 'skipped' && state.reason && (
                  <span className="muted small">Skipped: {state.reason}</span>
                )}
              </div>
              <StatusButtons
                title={skill.title}
                options={SKILL_OPTIONS}
                current={current}
                busy={setSkill.isPending || skillStates.isPending}
                onChoose={(status) =>
                  status === 'skipped'
                    ? setSkipping(skill.id)
                    : setSkill.mutate({ skillId: skill.id, status })
                }
              />
              {skipping === skill.id && (
                <SkipReason
                  title={skill.title}
                  onCancel={() => setSkipping(null)}
                  onSave={(reason) => {
                    setSkipping(null);
                    setSkill.mutate({
                      skillId: skill.id,
                      status: 'skipped',
                      ...(reason ? { reason } : {}),
                    });
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
      <h3 className="subheading">Projects</h3>
      <ul className="status-list">
        {plan.projects.map((project) => (
          <li key={project.id} className="status-row" data-project={project.id}>
            <div className="status-name">
              <span>{project.title}</span>
            </div>
            <StatusButtons
              title={project.title}
              options={PROJECT_OPTIONS}
              current={projectStatus.get(project.id)?.status ?? 'todo'}
              busy={setProject.isPending || projectStates.isPending}
              onChoose={(status) => setProject.mutate({ projectId: project.id, status })}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
