import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { sentence } from '../api/client';
import type { CatalogSkill, PlanSkill, PlanWeek, SkillProgressStatus } from '../api/types';
import { NoteEditor } from '../notes/NoteEditor';
import { SKILL_OPTIONS, SkipReason, StatusButtons } from '../ui/SkillStatus';
import { Announcer, ShortcutHint, skillShortcut } from '../ui/shortcuts';
import { CodeText } from './CodeText';
import { categoryLabel, phaseName, resourceTypeLabel, STATE_LABELS, skillState } from './labels';
import { StatusIcon } from './StatusIcon';
import { dependentsOf, type SkillPhase, skillWhen } from './skills';

interface SkillPanelProps {
  /** The skill shown, or null when the panel is closed. */
  skillId: string | null;
  skills: PlanSkill[];
  weeks: PlanWeek[];
  phases: Map<string, SkillPhase>;
  catalog: UseQueryResult<CatalogSkill[]>;
  /** The skill's recorded state, and why it was skipped. */
  status: SkillProgressStatus | null;
  reason?: string | undefined;
  /** A state change is being saved. */
  busy: boolean;
  /** The panel asks why the skill is skipped. */
  askingSkip: boolean;
  /** What the last state change said, for screen readers. */
  announcement: string;
  statusError: string | null;
  /** A state chosen with a button or a key (t, l, d, s); Skipped asks why first. */
  onStatus: (status: SkillProgressStatus) => void;
  onSkip: (reason: string) => void;
  onCancelSkip: () => void;
  /** Opens the keyboard shortcuts help. */
  onHelp: () => void;
  /** Shows another skill in the same panel (a prerequisite, or one that builds on this). */
  onShow: (id: string) => void;
  onClose: () => void;
  /**
   * Counts the requests to open the panel: a request for the skill it just closed on, made before
   * the browser's `close` event has told the page, must open it again all the same.
   */
  openings: number;
}

/** Where the reader wanted to go when a note still had unsaved changes. */
type Leaving = { to: 'close' } | { to: 'skill'; id: string };

/**
 * One skill in detail, in a modal side panel (<dialog>): what it is, why it matters, where to
 * learn it, how you know you have it, when the plan schedules it, its state (with the t, l, d, s
 * keys) and the reader's own note. Escape, the close button and a click beside the panel close
 * it, after asking when the note has unsaved changes; the page puts focus back where it was.
 */
export function SkillPanel({
  skillId,
  skills,
  weeks,
  phases,
  catalog,
  status,
  reason,
  busy,
  askingSkip,
  announcement,
  statusError,
  onStatus,
  onSkip,
  onCancelSkip,
  onHelp,
  onShow,
  onClose,
  openings,
}: SkillPanelProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  /** Whether the note has unsaved changes; a ref, so the dialog's own events read it at once. */
  const noteDirty = useRef(false);
  const [leaving, setLeaving] = useState<Leaving | null>(null);
  const askingRef = useRef(askingSkip);
  askingRef.current = askingSkip;

  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening shows the panel, even on the skill it was last open on
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    setLeaving(null);
    if (skillId && !dialog.open) dialog.showModal();
    if (!skillId && dialog.open) dialog.close();
    // Each skill shown moves focus to its title, so it is announced and reading starts there;
    // opened by the `s` key, it goes to the question why the skill is skipped.
    if (!skillId) return;
    const question = askingRef.current
      ? dialog.querySelector<HTMLInputElement>('.skip-reason input')
      : null;
    (question ?? headingRef.current)?.focus();
  }, [skillId, openings]);

  useEffect(() => {
    if (leaving) keepRef.current?.focus();
  }, [leaving]);

  const go = (to: Leaving) => {
    if (to.to === 'close') dialogRef.current?.close();
    else onShow(to.id);
  };
  /** Leaves the skill, unless its note has unsaved changes: then asks first. */
  const leave = (to: Leaving) => {
    if (noteDirty.current) setLeaving(to);
    else go(to);
  };
  const keepEditing = () => {
    setLeaving(null);
    const dialog = dialogRef.current;
    const field =
      dialog?.querySelector<HTMLElement>('.note-text:not([hidden] *)') ??
      dialog?.querySelector<HTMLElement>('.note-tab[aria-selected="true"]');
    field?.focus();
  };
  /** Focus back on the status buttons once the skip question closes. */
  const focusStatus = () =>
    window.setTimeout(
      () =>
        dialogRef.current
          ?.querySelector<HTMLButtonElement>('.status-button[aria-pressed="true"]')
          ?.focus(),
      0,
    );

  const planSkill = skillId ? skills.find((skill) => skill.id === skillId) : undefined;
  const details = skillId ? catalog.data?.find((skill) => skill.id === skillId) : undefined;
  const title = planSkill?.title ?? details?.title ?? '';
  const state = planSkill ? skillState(planSkill) : null;
  const phase = skillId ? phases.get(skillId) : undefined;
  const titleOf = (id: string) =>
    skills.find((skill) => skill.id === id)?.title ??
    catalog.data?.find((skill) => skill.id === id)?.title ??
    id;
  const inPlan = (id: string) => skills.some((skill) => skill.id === id);
  const prerequisites = planSkill?.prerequisites ?? details?.prerequisites ?? [];
  const dependents = skillId ? dependentsOf(skills, skillId) : [];

  const skillButton = (id: string, label = titleOf(id)) =>
    inPlan(id) ? (
      <button type="button" className="link-button" onClick={() => leave({ to: 'skill', id })}>
        {label}
      </button>
    ) : (
      <span>{label}</span>
    );

  return (
    <dialog
      ref={dialogRef}
      className="skill-panel"
      aria-labelledby="skill-panel-title"
      onClose={(event) => {
        // The event comes a moment after the panel closed; if it was opened again meanwhile,
        // this close is over.
        if (event.currentTarget.open) return;
        // The browser may close without a cancelable "cancel" (repeated Escapes without a click
        // in between): with unsaved changes, the panel opens again and asks.
        if (noteDirty.current && skillId) {
          event.currentTarget.showModal();
          setLeaving({ to: 'close' });
          return;
        }
        onClose();
      }}
      onCancel={(event) => {
        // Escape: with unsaved changes in the note, ask instead of closing.
        if (noteDirty.current) {
          event.preventDefault();
          setLeaving({ to: 'close' });
        }
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) leave({ to: 'close' });
      }}
      onKeyDown={(event) => {
        const chosen = skillShortcut(event.nativeEvent);
        if (!chosen || !skillId) return;
        event.preventDefault();
        onStatus(chosen);
      }}
    >
      {skillId && (
        <div className="skill-panel-body">
          <div className="skill-panel-head">
            <h2 id="skill-panel-title" ref={headingRef} tabIndex={-1} className="skill-panel-title">
              {title}
            </h2>
            <button
              type="button"
              className="button button-quiet icon-button"
              onClick={() => leave({ to: 'close' })}
            >
              <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
                <path
                  d="M6 6l12 12M18 6L6 18"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                />
              </svg>
              <span className="visually-hidden">Close</span>
            </button>
          </div>

          <p className="skill-panel-facts">
            {state && (
              <span className={`tag tag-state state-${state}`}>
                <StatusIcon state={state} />
                {STATE_LABELS[state]}
              </span>
            )}
            {phase && <span className="tag">{phaseName(phase.id)}</span>}
            {details && <span className="tag">{categoryLabel(details.category)}</span>}
          </p>
          {leaving && (
            <div className="callout callout-warning leave-prompt" role="alert">
              <p className="callout-title">Your note on {title} has unsaved changes.</p>
              <p>Leave without saving them?</p>
              <div className="button-row">
                <button
                  ref={keepRef}
                  type="button"
                  className="button button-small"
                  onClick={keepEditing}
                >
                  Keep editing
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() => {
                    setLeaving(null);
                    noteDirty.current = false;
                    go(leaving);
                  }}
                >
                  Discard changes and leave
                </button>
              </div>
            </div>
          )}
          {planSkill && (
            <p className="skill-panel-when">
              <strong>In your plan: </strong>
              {skillWhen(planSkill, weeks, true)}
              {planSkill.hours > 0 && ` · about ${Math.round(planSkill.hours)} hours`}
            </p>
          )}
          {planSkill && status && (
            <div className="skill-panel-status">
              <h3 className="mini-heading" id="skill-panel-status-title">
                Your status
              </h3>
              <StatusButtons
                title={title}
                options={SKILL_OPTIONS}
                current={status}
                busy={busy}
                onChoose={onStatus}
              />
              {status === 'skipped' && reason && !askingSkip && (
                <p className="muted small skip-said">Skipped: {reason}</p>
              )}
              {askingSkip && (
                <SkipReason
                  title={title}
                  onSave={(text) => {
                    onSkip(text);
                    focusStatus();
                  }}
                  onCancel={() => {
                    onCancelSkip();
                    focusStatus();
                  }}
                />
              )}
              {statusError && (
                <p className="field-error" role="alert">
                  {statusError}
                </p>
              )}
              <ShortcutHint onHelp={onHelp} />
              <Announcer message={announcement} />
            </div>
          )}

          {details ? (
            <>
              <p className="skill-panel-summary">
                <CodeText text={details.summary} />
              </p>
              <h3 className="mini-heading">Why it matters</h3>
              <p>
                <CodeText text={details.why} />
              </p>
              <h3 className="mini-heading">How you know you have it</h3>
              <p>
                <CodeText text={details.proof} />
              </p>
              <h3 className="mini-heading">Where to learn it</h3>
              <ul className="resource-list">
                {details.resources.map((resource) => (
                  <li key={resource.url} className="resource">
                    <a href={resource.url} target="_blank" rel="noopener noreferrer">
                      {resource.title}
                      <span className="visually-hidden"> (opens in a new tab)</span>
                      <svg
                        aria-hidden="true"
                        className="external-icon"
                        viewBox="0 0 16 16"
                        width="12"
                        height="12"
                      >
                        <path
                          d="M9 2.5h4.5V7M13.5 2.5 7 9M11.5 9.5v4h-9v-9h4"
                          fill="none"
                          stroke="currentColor"
                          strokeWidth="1.5"
                          strokeLinecap="round"
                          strokeLinejoin="round"
                        />
                      </svg>
                    </a>
                    <span className="resource-tags">
                      <span className="tag">{resourceTypeLabel(resource.type)}</span>
                      {resource.free ? (
                        <span className="tag tag-free">Free</span>
                      ) : (
                        <span className="tag">Paid</span>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : catalog.isError ? (
            <div className="callout callout-error">
              <p className="callout-title">The skill's description could not be loaded.</p>
              <p>{catalog.error ? sentence(catalog.error.message) : 'Something went wrong.'}</p>
              <button type="button" className="button" onClick={() => void catalog.refetch()}>
                Try again
              </button>
            </div>
          ) : catalog.isPending ? (
            <p className="muted" aria-busy="true">
              Loading the description…
            </p>
          ) : null}

          <h3 className="mini-heading">Builds on</h3>
          {prerequisites.length > 0 ? (
            <ul className="plain-list">
              {prerequisites.map((id) => (
                <li key={id}>{skillButton(id)}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">Nothing: a starting point.</p>
          )}
          {dependents.length > 0 && (
            <>
              <h3 className="mini-heading">Needed for</h3>
              <ul className="plain-list">
                {dependents.map((skill) => (
                  <li key={skill.id}>{skillButton(skill.id, skill.title)}</li>
                ))}
              </ul>
            </>
          )}

          <h3 className="mini-heading">Your notes</h3>
          <NoteEditor
            key={skillId}
            targetKind="skill"
            targetId={skillId}
            title={title}
            onDirtyChange={(dirty) => {
              noteDirty.current = dirty;
            }}
          />
        </div>
      )}
    </dialog>
  );
}
