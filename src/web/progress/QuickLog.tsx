import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isApiError, sentence } from '../api/client';
import { useAddTimeEntry } from '../api/queries';
import type { Mode } from '../api/types';
import { localToday } from '../roadmap/dates';
import { describeIssue, type FieldErrors } from '../ui/forms';
import { formatMinutes, MAX_MINUTES, parseDuration } from './duration';
import { parseTarget, type TargetGroups } from './targets';

const LABELS: Record<string, string> = {
  date: 'Date',
  minutes: 'Duration',
  targetId: 'What',
  targetKind: 'What',
  mode: 'Kind of work',
  note: 'Note',
};
/** The API's field paths → the form's fields (both target fields are the one select). */
const FIELD_OF: Record<string, string> = { targetKind: 'targetId' };
const ORDER = ['date', 'minutes', 'targetId', 'mode', 'note'];
const fieldId = (field: string) => `log-${field}`;

/** True when a key press belongs to something the user is typing in. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="dialog"]') !== null
  );
}

/** The form at the top of the page: a session in five seconds, Enter to save. */
export function QuickLog({ targets }: { targets: TargetGroups }) {
  const add = useAddTimeEntry();
  const firstTarget = targets.thisWeek[0] ?? targets.skills[0] ?? targets.projects[0];
  const [date, setDate] = useState(localToday);
  const [duration, setDuration] = useState('');
  const [target, setTarget] = useState(firstTarget?.value ?? '');
  const [mode, setMode] = useState<Mode>('build');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState('');
  const [saved, setSaved] = useState('');
  const durationRef = useRef<HTMLInputElement>(null);

  // `l` anywhere on the page (outside a field) jumps to the quick log.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'l' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      durationRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const minutes = parseDuration(duration);

  const focusFirst = (found: FieldErrors) => {
    const first = ORDER.find((field) => found[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    setFormError('');
    const found: FieldErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = 'Enter the date of the session.';
    if (!duration.trim()) found.minutes = 'Enter how long you worked, e.g. 45, 90m or 1.5h.';
    else if (minutes === null)
      found.minutes = 'Write the duration as minutes (45), 90m, 1.5h or 1h30m.';
    else if (minutes < 1 || minutes > MAX_MINUTES)
      found.minutes = `A session runs from 1 minute to ${MAX_MINUTES / 60} hours.`;
    const parsed = parseTarget(target);
    if (!parsed) found.targetId = 'Choose the skill or project you worked on.';
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed || minutes === null) {
      focusFirst(found);
      return;
    }
    const trimmedNote = note.trim();
    add.mutate(
      {
        date,
        minutes,
        targetKind: parsed.kind,
        targetId: parsed.id,
        mode,
        ...(trimmedNote ? { note: trimmedNote } : {}),
      },
      {
        onSuccess: () => {
          const title = targets.byValue.get(target)?.title ?? parsed.id;
          setSaved(`Logged ${formatMinutes(minutes)} of ${mode} on ${title}.`);
          setDuration('');
          setNote('');
          durationRef.current?.focus();
        },
        onError: (error) => {
          if (isApiError(error, 400) && error.issues.length > 0) {
            const fromApi: FieldErrors = {};
            for (const issue of error.issues) {
              const field = FIELD_OF[issue.path] ?? issue.path;
              if (ORDER.includes(field))
                fromApi[field] ??= describeIssue(LABELS[issue.path], issue.message);
            }
            setErrors(fromApi);
            focusFirst(fromApi);
            if (Object.keys(fromApi).length === 0) setFormError(sentence(error.message));
          } else {
            setFormError(error instanceof Error ? sentence(error.message) : 'Saving failed.');
          }
        },
      },
    );
  };

  const describedBy = (field: string, hint?: string) =>
    [hint, errors[field] ? `${fieldId(field)}-error` : undefined].filter(Boolean).join(' ') ||
    undefined;
  const errorText = (field: string) =>
    errors[field] ? (
      <p id={`${fieldId(field)}-error`} className="field-error">
        <span className="visually-hidden">Error: </span>
        {errors[field]}
      </p>
    ) : null;

  return (
    <section className="card quick-log" aria-labelledby="quick-log-title">
      <div className="section-head">
        <h2 id="quick-log-title" className="section-title">
          Log a session
        </h2>
        <p className="muted small shortcut-hint">
          Tip: press <kbd>L</kbd> anywhere on this page to jump here.
        </p>
      </div>
      <form className="quick-log-form" noValidate onSubmit={submit}>
        <div className={`field${errors.minutes ? ' field-invalid' : ''}`}>
          <label htmlFor={fieldId('minutes')} className="field-label">
            Duration
          </label>
          <p id="log-minutes-hint" className="field-hint">
            45, 90m or 1.5h
          </p>
          {errorText('minutes')}
          <input
            ref={durationRef}
            id={fieldId('minutes')}
            className="input"
            inputMode="text"
            autoComplete="off"
            value={duration}
            onChange={(event) => setDuration(event.target.value)}
            aria-invalid={errors.minutes ? true : undefined}
            aria-describedby={describedBy('minutes', 'log-minutes-hint')}
          />
        </div>
        <div className={`field field-what${errors.targetId ? ' field-invalid' : ''}`}>
          <label htmlFor={fieldId('targetId')} className="field-label">
            What
          </label>
          <p id="log-what-hint" className="field-hint">
            This week's plan comes first
          </p>
          {errorText('targetId')}
          <select
            id={fieldId('targetId')}
            className="input select"
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            aria-invalid={errors.targetId ? true : undefined}
            aria-describedby={describedBy('targetId', 'log-what-hint')}
          >
            {targets.thisWeek.length > 0 && (
              <optgroup label="This week">
                {targets.thisWeek.map((item) => (
                  <option key={item.value} value={item.value}>
                    {item.title}
                  </option>
                ))}
              </optgroup>
            )}
            {targets.skills.length > 0 && (
              <optgroup label="Skills">
                {targets.skills.map((item) => (
                  <option key={item.value} value={item.value}>
                    {item.title}
                  </option>
                ))}
              </optgroup>
            )}
            {targets.projects.length > 0 && (
              <optgroup label="Projects">
                {targets.projects.map((item) => (
                  <option key={item.value} value={item.value}>
                    {item.title}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        <div className={`field${errors.date ? ' field-invalid' : ''}`}>
          <label htmlFor={fieldId('date')} className="field-label">
            Date
          </label>
          {errorText('date')}
          <input
            id={fieldId('date')}
            type="date"
            className="input"
            value={date}
            max={localToday()}
            onChange={(event) => setDate(event.target.value)}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={describedBy('date')}
          />
        </div>
        <fieldset className="field mode-toggle" id={fieldId('mode')}>
          <legend className="field-label">Kind of work</legend>
          {errorText('mode')}
          <div className="segmented">
            {(['build', 'theory'] as const).map((value) => (
              <label key={value} className="segment">
                <input
                  type="radio"
                  name="log-mode"
                  value={value}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                />
                <span>{value === 'build' ? 'Build' : 'Theory'}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className={`field field-note${errors.note ? ' field-invalid' : ''}`}>
          <label htmlFor={fieldId('note')} className="field-label">
            Note <span className="optional">(optional)</span>
          </label>
          {errorText('note')}
          <input
            id={fieldId('note')}
            className="input"
            value={note}
            maxLength={2000}
            onChange={(event) => setNote(event.target.value)}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={describedBy('note')}
          />
        </div>
        <div className="quick-log-actions">
          <button type="submit" className="button button-primary" disabled={add.isPending}>
            {add.isPending ? 'Saving…' : 'Log session'}
          </button>
          {minutes !== null && minutes > 0 && duration.trim() !== String(minutes) && (
            <span className="muted small">= {formatMinutes(minutes)}</span>
          )}
        </div>
      </form>
      <div aria-live="polite">
        {saved && <p className="callout callout-success quick-log-status">{saved}</p>}
      </div>
      {formError && (
        <p className="callout callout-error quick-log-status" role="alert">
          {formError}
        </p>
      )}
    </section>
  );
}
