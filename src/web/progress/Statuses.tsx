import { type KeyboardEvent, useState } from 'react';
import { sentence } from '../api/client';
import {
  useNotes,
  useProjectStates,
  useSetProjectState,
  useSetSkillState,
  useSkillStates,
} from '../api/queries';
import type { Plan, SkillProgressStatus } from '../api/types';
import { NoteEditor } from '../notes/NoteEditor';
import {
  PROJECT_OPTIONS,
  SKILL_OPTIONS,
  SkipReason,
  StatusButtons,
  skillStatusLabel,
} from '../ui/SkillStatus';
import {
  Announcer,
  ShortcutHint,
  ShortcutsHelp,
  skillShortcut,
  useAnnouncer,
  useHelpKey,
} from '../ui/shortcuts';

/** The quick log's own key, listed in the help of this page. */
const PAGE_SHORTCUTS = [
  { keys: 'L', action: 'Anywhere else on the page: jump to “Log a session”' },
];

/** Puts focus back on a skill's row after its skip question closes. */
function focusRow(skillId: string, status: SkillProgressStatus) {
  window.setTimeout(() => {
    const row = document.querySelector(`.status-row[data-skill="${CSS.escape(skillId)}"]`);
    row?.querySelector<HTMLButtonElement>(`.status-${status}`)?.focus();
  }, 0);
}

/**
 * The plan's skills and projects, each with its status. A skill row with focus takes the keys
 * t, l, d and s; `?` lists them. Projects carry a Markdown note.
 */
export function Statuses({ plan }: { plan: Plan }) {
  const skillStates = useSkillStates();
  const projectStates = useProjectStates();
  const notes = useNotes();
  const setSkill = useSetSkillState();
  const setProject = useSetProjectState();
  const [skipping, setSkipping] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [announcement, announce] = useAnnouncer();
  useHelpKey(() => setHelpOpen(true));

  const skillStatus = new Map(skillStates.data?.map((state) => [state.skillId, state]));
  const projectStatus = new Map(projectStates.data?.map((state) => [state.projectId, state]));
  const noted = new Set(
    notes.data?.filter((note) => note.targetKind === 'project').map((note) => note.targetId),
  );
  const error = setSkill.error ?? setProject.error;
  const skillBusy = setSkill.isPending || skillStates.isPending;

  const change = (skillId: string, title: string, status: SkillProgressStatus, reason = '') => {
    setSkill.mutate(
      { skillId, status, ...(reason ? { reason } : {}) },
      {
        onSuccess: () => announce(`${title}: ${skillStatusLabel(status)}.`),
        onError: () => announce(`${title} could not be changed.`),
      },
    );
  };

  const onRowKey = (
    event: KeyboardEvent<HTMLLIElement>,
    skillId: string,
    title: string,
    current: SkillProgressStatus,
  ) => {
    const status = skillShortcut(event.nativeEvent);
    if (!status) return;
    event.preventDefault();
    if (status === current) announce(`${title} is already ${skillStatusLabel(status)}.`);
    else if (status === 'skipped') setSkipping(skillId);
    else if (skillBusy) announce('Still saving the last change; press the key again in a moment.');
    else change(skillId, title, status);
  };

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
      <div className="section-head status-head">
        <h3 className="subheading">Skills</h3>
        <ShortcutHint onHelp={() => setHelpOpen(true)} />
      </div>
      <Announcer message={announcement} />
      <ul className="status-list">
        {plan.skills.map((skill) => {
          const state = skillStatus.get(skill.id);
          const current = state?.status ?? 'todo';
          return (
            <li
              key={skill.id}
              className="status-row"
              data-skill={skill.id}
              onKeyDown={(event) => onRowKey(event, skill.id, skill.title, current)}
            >
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
                busy={skillBusy}
                onChoose={(status) =>
                  status === 'skipped'
                    ? setSkipping(skill.id)
                    : change(skill.id, skill.title, status)
                }
              />
              {skipping === skill.id && (
                <SkipReason
                  title={skill.title}
                  onCancel={() => {
                    setSkipping(null);
                    focusRow(skill.id, current);
                  }}
                  onSave={(reason) => {
                    setSkipping(null);
                    change(skill.id, skill.title, 'skipped', reason);
                    focusRow(skill.id, 'skipped');
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
            <details className="disclosure note-details">
              <summary>
                Notes
                {noted.has(project.id) && <span className="note-saved">saved</span>}
                <span className="visually-hidden"> on {project.title}</span>
              </summary>
              <NoteEditor targetKind="project" targetId={project.id} title={project.title} />
            </details>
          </li>
        ))}
      </ul>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} extra={PAGE_SHORTCUTS} />
    </section>
  );
}
