import { useEffect, useId, useRef, useState } from 'react';
import type { ProjectProgressStatus, SkillProgressStatus } from '../api/types';

export const SKILL_OPTIONS: { value: SkillProgressStatus; label: string }[] = [
  { value: 'todo', label: 'To do' },
  { value: 'learning', label: 'Learning' },
  { value: 'done', label: 'Done' },
  { value: 'skipped', label: 'Skipped' },
];
export const PROJECT_OPTIONS: { value: ProjectProgressStatus; label: string }[] = [
  { value: 'todo', label: 'To do' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'shipped', label: 'Shipped' },
  { value: 'skipped', label: 'Skipped' },
];

/** "To do", "Learning"…: the words of a skill state, as its button says them. */
export const skillStatusLabel = (status: SkillProgressStatus): string =>
  SKILL_OPTIONS.find((option) => option.value === status)?.label ?? status;

/**
 * One row of status buttons: each press is one change, the pressed one is the current state.
 * While a change is saved the buttons refuse presses but stay focusable, so a keyboard user
 * keeps their place.
 */
export function StatusButtons<T extends string>({
  title,
  options,
  current,
  onChoose,
  busy,
}: {
  /** The skill or project, for the group's label ("Status of Python"). */
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
          aria-disabled={busy || undefined}
          onClick={() => !busy && current !== option.value && onChoose(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

/** The optional reason asked right after choosing Skipped (by button or by the `s` key). */
export function SkipReason({
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
  const id = useId();
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
          onKeyDown={(event) => {
            // Escape leaves the question, not the panel it may sit in.
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              onCancel();
            }
          }}
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
