import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { sentence } from '../api/client';
import type { CatalogSkill, PlanSkill, PlanWeek } from '../api/types';
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
  /** Shows another skill in the same panel (a prerequisite, or one that builds on this). */
  onShow: (id: string) => void;
  onClose: () => void;
}

/**
 * One skill in detail, in a modal side panel (<dialog>): what it is, why it matters, where to
 * learn it, how you know you have it, and when the plan schedules it. Escape, the close button
 * and a click beside the panel close it; the page puts focus back where it was.
 */
export function SkillPanel({
  skillId,
  skills,
  weeks,
  phases,
  catalog,
  onShow,
  onClose,
}: SkillPanelProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (skillId && !dialog.open) dialog.showModal();
    if (!skillId && dialog.open) dialog.close();
    // Each skill shown moves focus to its title, so it is announced and reading starts there.
    if (skillId) headingRef.current?.focus();
  }, [skillId]);

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
      <button type="button" className="link-button" onClick={() => onShow(id)}>
        {label}
      </button>
    ) : (
      <span>{label}</span>
    );

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click only catches the backdrop; Escape closes by itself
    <dialog
      ref={dialogRef}
      className="skill-panel"
      aria-labelledby="skill-panel-title"
      onClose={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
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
              onClick={() => dialogRef.current?.close()}
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
          {planSkill && (
            <p className="skill-panel-when">
              <strong>In your plan: </strong>
              {skillWhen(planSkill, weeks, true)}
              {planSkill.hours > 0 && ` · about ${Math.round(planSkill.hours)} hours`}
            </p>
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
        </div>
      )}
    </dialog>
  );
}
