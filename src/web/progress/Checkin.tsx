import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isApiError, sentence } from '../api/client';
import { useCheckins, useSaveCheckin, useTimeEntriesBetween } from '../api/queries';
import type { Checkin, TimeEntry } from '../api/types';
import { addDays, formatLong, formatRange } from '../roadmap/dates';
import { ErrorState } from '../shell/ErrorState';
import { ErrorSummary } from '../ui/ErrorSummary';
import { type FieldErrors, issuesToErrors, summaryItems } from '../ui/forms';
import { hoursNumber } from './duration';
import { weekSummary } from './summary';

/** The longest answer the API keeps. */
const MAX_ANSWER = 1000;

type Answer = 'wentWell' | 'blockers' | 'nextFocus';
const QUESTIONS: { field: Answer; label: string; hint: string }[] = [
  { field: 'wentWell', label: 'What went well?', hint: 'A win, however small.' },
  { field: 'blockers', label: 'What got in the way?', hint: 'Time, energy, a concept, a tool.' },
  { field: 'nextFocus', label: 'Focus for next week', hint: 'One thing to get done.' },
];
const LABELS: Record<string, string> = Object.fromEntries(
  QUESTIONS.map((question) => [question.field, question.label.replace(/\?$/, '')]),
);
const fieldId = (field: string) => `checkin-${field}`;

/**
 * The weekly check-in: while the last full week has none, a card shows what was logged in it and
 * asks three short questions. Saving makes the card go; the message that replaces it stays.
 */
export function WeeklyCheckin({
  weekStart,
  done,
  titleOf,
}: {
  /** The Monday of the last full week. */
  weekStart: string;
  done: boolean;
  titleOf: (kind: string, id: string) => string;
}) {
  // The mutation lives here, not in the card: saving makes the card go, and this part stays to
  // hear that it succeeded.
  const save = useSaveCheckin();
  const [saved, setSaved] = useState('');
  const savedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);
  return (
    <>
      {!done && (
        <CheckinCard weekStart={weekStart} titleOf={titleOf} save={save} onSaved={setSaved} />
      )}
      <div role="status" className="checkin-status">
        {saved && (
          <p ref={savedRef} tabIndex={-1} className="callout callout-success">
            {saved}
          </p>
        )}
      </div>
    </>
  );
}

function CheckinCard({
  weekStart,
  titleOf,
  save,
  onSaved,
}: {
  weekStart: string;
  titleOf: (kind: string, id: string) => string;
  save: ReturnType<typeof useSaveCheckin>;
  onSaved: (message: string) => void;
}) {
  const weekEnd = addDays(weekStart, 6);
  const entries = useTimeEntriesBetween(weekStart, weekEnd);
  const [answers, setAnswers] = useState<Record<Answer, string>>({
    wentWell: '',
    blockers: '',
    nextFocus: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);

  /** The cursor goes to the first answer with a problem; the summary above lists them all. */
  const focusFirst = (found: FieldErrors) => {
    const first = QUESTIONS.find(({ field }) => found[field]);
    if (first) document.getElementById(fieldId(first.field))?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const trimmed = {
      wentWell: answers.wentWell.trim(),
      blockers: answers.blockers.trim(),
      nextFocus: answers.nextFocus.trim(),
    };
    if (!trimmed.wentWell && !trimmed.blockers && !trimmed.nextFocus) {
      found.wentWell = 'Answer at least one question.';
    }
    for (const { field, label } of QUESTIONS) {
      if (trimmed[field].length > MAX_ANSWER) {
        found[field] = `${label.replace(/\?$/, '')}: at most ${MAX_ANSWER} characters.`;
      }
    }
    setErrors(found);
    setOther([]);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    save.mutate(
      { weekStart, ...trimmed },
      {
        onSuccess: () => onSaved(`Saved your check-in on the week of ${formatLong(weekStart)}.`),
        onError: (failure) => {
          if (isApiError(failure, 400) && failure.issues.length > 0) {
            const mapped = issuesToErrors(failure.issues, LABELS);
            setErrors(mapped.fields);
            setOther(mapped.other);
            focusFirst(mapped.fields);
          } else {
            setErrors({});
            setOther([sentence(failure.message)]);
          }
        },
      },
    );
  };

  const items = summaryItems(
    errors,
    QUESTIONS.map((question) => question.field),
    fieldId,
    other,
  );

  return (
    <section className="card checkin" aria-labelledby="checkin-title">
      <h2 id="checkin-title" className="section-title">
        Check in on the week of {formatLong(weekStart)}
      </h2>
      <p className="muted">
        Two minutes, once a week: looking back is what turns hours into progress. Your answers stay
        private.
      </p>
      <WeekLog
        from={weekStart}
        to={weekEnd}
        entries={entries.data}
        pending={entries.isPending}
        error={entries.error}
        onRetry={() => void entries.refetch()}
        titleOf={titleOf}
      />
      <ErrorSummary items={items} />
      <form className="checkin-form" noValidate onSubmit={submit}>
        <div className="checkin-fields">
          {QUESTIONS.map(({ field, label, hint }) => {
            const error = errors[field];
            const describedBy = [`${fieldId(field)}-hint`, error ? `${fieldId(field)}-error` : '']
              .filter(Boolean)
              .join(' ');
            return (
              <div key={field} className={`field${error ? ' field-invalid' : ''}`}>
                <label htmlFor={fieldId(field)} className="field-label">
                  {label}
                </label>
                <p id={`${fieldId(field)}-hint`} className="field-hint">
                  {hint}{' '}
                  <span className="counter">
                    {answers[field].length}/{MAX_ANSWER}
                  </span>
                </p>
                {error && (
                  <p id={`${fieldId(field)}-error`} className="field-error">
                    <span className="visually-hidden">Error: </span>
                    {error}
                  </p>
                )}
                <textarea
                  id={fieldId(field)}
                  className="input textarea checkin-text"
                  rows={3}
                  maxLength={MAX_ANSWER}
                  value={answers[field]}
                  onChange={(event) =>
                    setAnswers((current) => ({ ...current, [field]: event.target.value }))
                  }
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy}
                />
              </div>
            );
          })}
        </div>
        <p className="field-hint checkin-rule">Answer at least one question.</p>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save check-in'}
        </button>
      </form>
    </section>
  );
}

/** What the time log holds for the week asked about. */
function WeekLog({
  from,
  to,
  entries,
  pending,
  error,
  onRetry,
  titleOf,
}: {
  from: string;
  to: string;
  entries: TimeEntry[] | undefined;
  pending: boolean;
  error: Error | null;
  onRetry: () => void;
  titleOf: (kind: string, id: string) => string;
}) {
  if (pending) return <p className="muted">Loading that week's log…</p>;
  if (error || !entries) {
    return (
      <ErrorState what="That week's log could not be loaded." error={error} onRetry={onRetry} />
    );
  }
  const summary = weekSummary(entries, titleOf);
  if (summary.sessions === 0) {
    return (
      <p className="empty-note">
        Nothing logged from {formatRange(from, to)}. Worth a line below: what got in the way?
      </p>
    );
  }
  return (
    <div className="checkin-week">
      <p>
        <strong>{hoursNumber(summary.hours)} h</strong> logged from {formatRange(from, to)} in{' '}
        {summary.sessions} {summary.sessions === 1 ? 'session' : 'sessions'}
        {summary.buildShare !== null && (
          <>
            , <strong>{Math.round(summary.buildShare * 100)}% build</strong>
          </>
        )}
        .
      </p>
      <ul className="checkin-topics" aria-label="What you worked on">
        {summary.topics.map(([title, hours]) => (
          <li key={title}>
            {title} <span className="muted">· {hoursNumber(hours)} h</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Earlier check-ins, newest first, each one folded away. */
export function PastCheckins() {
  const checkins = useCheckins();
  if (checkins.isPending) return null;
  if (checkins.isError) {
    return (
      <ErrorState
        what="Your past check-ins could not be loaded."
        error={checkins.error}
        onRetry={() => void checkins.refetch()}
      />
    );
  }
  if (checkins.data.length === 0) return null;
  return (
    <section className="card" aria-labelledby="past-checkins-title">
      <h2 id="past-checkins-title" className="section-title">
        Past check-ins
      </h2>
      <ul className="checkin-list">
        {checkins.data.map((checkin) => (
          <li key={checkin.weekStart}>
            <details className="disclosure checkin-entry">
              <summary>Week of {formatLong(checkin.weekStart)}</summary>
              <CheckinAnswers checkin={checkin} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CheckinAnswers({ checkin }: { checkin: Checkin }) {
  const answered = QUESTIONS.filter(({ field }) => checkin[field].trim());
  return (
    <dl className="checkin-answers">
      {answered.map(({ field, label }) => (
        <div key={field}>
          <dt>{label}</dt>
          <dd>{checkin[field]}</dd>
        </div>
      ))}
    </dl>
  );
}
