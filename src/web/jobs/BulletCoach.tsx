import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isApiError, sentence } from '../api/client';
import { type BulletCoaching, useCoachBullet } from './api';
import { submitOnCtrlEnter } from './keys';
import { elementLabel, verdictLabel } from './labels';

const MAX_BULLET = 1000;

/** The bullet coach: one resume line in, a score, what it has and lacks, and a stronger shape. */
export function BulletCoach() {
  const coach = useCoachBullet();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (coach.isPending) return;
    if (!text.trim()) {
      setError('Paste one bullet from your resume first.');
      field.current?.focus();
      return;
    }
    setError(null);
    coach.mutate(text.trim(), {
      onError: (failure) => {
        const issue = isApiError(failure) ? failure.issues.find((i) => i.path === 'text') : null;
        setError(
          issue
            ? sentence(`The bullet ${issue.message}`)
            : failure instanceof Error
              ? sentence(failure.message)
              : 'The bullet could not be coached. Try again.',
        );
      },
    });
  };

  const errorId = error ? 'bullet-text-error' : undefined;
  return (
    <section className="card bullet-coach" aria-labelledby="bullet-coach-title">
      <h2 id="bullet-coach-title" className="section-title">
        Bullet coach
      </h2>
      <p className="section-intro">
        Paste one line of your resume. The coach checks it for what hiring managers look for in an
        ML bullet: a measured result, a baseline, the data, the model, and where it runs.
      </p>
      <form noValidate onSubmit={onSubmit}>
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label htmlFor="bullet-text" className="field-label">
            Resume bullet
          </label>
          <p id="bullet-text-hint" className="field-hint">
            One or two lines. Ctrl+Enter coaches it.
          </p>
          {error && (
            <p id={errorId} className="field-error" role="alert">
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <textarea
            ref={field}
            id="bullet-text"
            className="input bullet-textarea"
            rows={3}
            maxLength={MAX_BULLET}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={['bullet-text-hint', errorId].filter(Boolean).join(' ')}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={submitOnCtrlEnter}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={coach.isPending}>
            {coach.isPending ? 'Coaching…' : 'Coach'}
          </button>
        </div>
      </form>
      <div aria-live="polite">{coach.data && <Coaching result={coach.data} />}</div>
    </section>
  );
}

function Coaching({ result }: { result: BulletCoaching }) {
  return (
    <div className="coach-result" data-testid="coach-result">
      <div className="coach-score">
        <p className="coach-score-text">
          <span className={`coach-verdict verdict-${result.verdict}`}>
            {verdictLabel(result.verdict)}
          </span>{' '}
          <span>
            <strong>{result.score}</strong> of 100
          </span>
        </p>
        <meter
          className={`coach-meter verdict-${result.verdict}`}
          aria-label="Bullet score"
          min={0}
          max={100}
          value={result.score}
        >
          {result.score} of 100
        </meter>
      </div>

      <div className="coach-elements">
        <div>
          <h3 className="mini-heading">What it has</h3>
          {result.has.length === 0 ? (
            <p className="muted small">None of the elements yet.</p>
          ) : (
            <ul className="skill-chips" aria-label="What it has">
              {result.has.map((element) => (
                <li key={element} className="skill-chip gap-covered">
                  <span className="skill-chip-icon" aria-hidden="true">
                    ✓
                  </span>
                  {elementLabel(element)}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="mini-heading">What it could add</h3>
          {result.missing.length === 0 ? (
            <p className="muted small">Nothing: every element is there.</p>
          ) : (
            <ul className="skill-chips" aria-label="What it could add">
              {result.missing.map((element) => (
                <li key={element} className="skill-chip chip-plain">
                  <span className="skill-chip-icon" aria-hidden="true">
                    +
                  </span>
                  {elementLabel(element)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      {result.issues.length > 0 && (
        <>
          <h3 className="mini-heading">What to fix</h3>
          <ul className="coach-issues">
            {result.issues.map((issue) => (
              <li key={issue.id} data-issue={issue.id}>
                {issue.message}
              </li>
            ))}
          </ul>
        </>
      )}

      {result.suggestion ? (
        <Suggestion text={result.suggestion} />
      ) : (
        <p className="muted">No rewrite needed: this bullet already carries the essentials.</p>
      )}
    </div>
  );
}

/** The coach's stronger shape of the bullet, with placeholders to fill and a Copy button. */
function Suggestion({ text }: { text: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // A new suggestion has not been copied yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the text changes only
  useEffect(() => setCopied(null), [text]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(null), 4000);
  };

  return (
    <div className="coach-suggestion">
      <h3 className="mini-heading">A stronger shape</h3>
      <p className="muted small">
        Replace the [placeholders] with your real numbers; the coach never invents them.
      </p>
      <p className="coach-suggestion-text" id="coach-suggestion-text">
        {text}
      </p>
      <div className="button-row">
        <button type="button" className="button button-small" onClick={() => void copy()}>
          Copy<span className="visually-hidden"> the suggestion</span>
        </button>
        <span role="status" className="muted small">
          {copied === 'yes'
            ? 'Copied.'
            : copied === 'failed'
              ? 'Copying is blocked here: select the text and copy it yourself.'
              : ''}
        </span>
      </div>
    </div>
  );
}
