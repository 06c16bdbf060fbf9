import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isApiError, sentence } from '../api/client';
import { useDashboard, useReplan } from '../api/queries';
import type { Plan } from '../api/types';
import { hoursNumber } from '../progress/duration';
import { describeIssue } from '../ui/forms';
import { formatLong } from './dates';

const MIN_HOURS = 1;
const MAX_HOURS = 80;

/** The observed weekly hours as the form offers them: one decimal, within what the API takes. */
const offeredHours = (hours: number) =>
  Math.min(MAX_HOURS, Math.max(MIN_HOURS, Math.round(hours * 10) / 10));

/**
 * "Re-plan from today at N hours/week": the plan starts again today, without what is done or
 * skipped, at the hours chosen (the profile's, or the pace actually kept). The new dates are
 * shown and announced.
 */
export function Replan({ plan }: { plan: Plan }) {
  const replan = useReplan();
  const dashboard = useDashboard();
  const [open, setOpen] = useState(false);
  const [hours, setHours] = useState('');
  const [error, setError] = useState('');
  const [result, setResult] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const moved = useRef(false);

  const planned = plan.profile.hoursPerWeek;
  const forecast = dashboard.data?.forecast;
  const observed =
    forecast?.basis === 'observed' ? offeredHours(forecast.velocity.hoursPerWeek) : null;

  useEffect(() => {
    if (open) inputRef.current?.focus();
    else if (moved.current) toggleRef.current?.focus();
  }, [open]);

  const show = () => {
    setHours(String(planned));
    setError('');
    setResult('');
    setOpen(true);
  };
  const hide = () => {
    moved.current = true;
    setOpen(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(hours.trim().replace(',', '.'));
    if (!hours.trim() || !Number.isFinite(value) || value < MIN_HOURS || value > MAX_HOURS) {
      setError(`Enter a number of hours from ${MIN_HOURS} to ${MAX_HOURS}.`);
      inputRef.current?.focus();
      return;
    }
    setError('');
    replan.mutate(value, {
      onSuccess: (next) => {
        const { p50, p80 } = next.estimate.firstOfferDate;
        setResult(
          `Re-planned from today at ${hoursNumber(value)} hours a week: first offer most likely around ${formatLong(p50)}; 4 in 5 chances by ${formatLong(p80)}.`,
        );
        hide();
      },
      onError: (failure) => {
        if (isApiError(failure, 400) && failure.issues.length > 0) {
          const issue = failure.issues[0];
          setError(describeIssue('Hours per week', issue?.message ?? failure.message));
        } else if (isApiError(failure, 404)) {
          setError('Answer the intake quiz first: there is no plan to start again yet.');
        } else {
          setError(sentence(failure.message));
        }
        inputRef.current?.focus();
      },
    });
  };

  return (
    <div className="replan">
      <div className="replan-head">
        <button
          ref={toggleRef}
          type="button"
          className="button button-small"
          aria-expanded={open}
          aria-controls="replan-form"
          onClick={() => (open ? hide() : show())}
        >
          Re-plan from today
        </button>
        <span className="muted small">
          Fell behind, or your week changed? Start the plan again today, without what you have done
          or skipped.
        </span>
      </div>
      {open && (
        <form id="replan-form" className="replan-form" noValidate onSubmit={submit}>
          <div className={`field${error ? ' field-invalid' : ''}`}>
            <p className="replan-sentence">
              <label htmlFor="replan-hours" className="field-label">
                Re-plan from today at
              </label>
              <input
                ref={inputRef}
                id="replan-hours"
                className="input replan-hours"
                type="number"
                inputMode="decimal"
                min={MIN_HOURS}
                max={MAX_HOURS}
                step="any"
                value={hours}
                onChange={(event) => setHours(event.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={`replan-unit replan-hint${error ? ' replan-error' : ''}`}
              />
              <span id="replan-unit" className="field-label">
                hours/week
              </span>
            </p>
            <p id="replan-hint" className="field-hint">
              Your profile says {hoursNumber(planned)} hours a week; the new number is saved in it.
              Skills you marked done or skipped are left out.
            </p>
            {error && (
              <p id="replan-error" className="field-error">
                <span className="visually-hidden">Error: </span>
                {error}
              </p>
            )}
          </div>
          {observed !== null && forecast && (
            <div className="callout callout-info replan-observed">
              <p>
                Over the last {forecast.velocity.weeksObserved} weeks you kept about{' '}
                <strong>{hoursNumber(observed)} hours a week</strong>. Planning at the pace you
                actually keep gives dates you can trust.
              </p>
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  setHours(String(observed));
                  inputRef.current?.focus();
                }}
              >
                Use my observed pace ({hoursNumber(observed)}&nbsp;h)
              </button>
            </div>
          )}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={replan.isPending}>
              {replan.isPending ? 'Re-planning…' : 'Re-plan'}
            </button>
            <button type="button" className="button" onClick={hide}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <div role="status" className="replan-status">
        {result && <p className="callout callout-success">{result}</p>}
      </div>
    </div>
  );
}
