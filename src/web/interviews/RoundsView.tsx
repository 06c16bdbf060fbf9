import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { failureMessage, sentence } from '../api/client';
import { formatLong } from '../roadmap/dates';
import { ErrorState } from '../shell/ErrorState';
import { Loading } from '../shell/Loading';
import { ConfirmButton } from '../ui/ConfirmButton';
import {
  type InterviewRoundInput,
  type Round,
  type RoundInfo,
  type RoundPlan,
  useApplicationOptions,
  useDeleteRoundPlan,
  useRoundPlans,
  useRounds,
  useSaveRoundPlan,
} from './api';
import { ROUND_LABELS } from './labels';

/** The six rounds with their checklists, and the user's own rounds with dates and progress. */
export function RoundsView() {
  const rounds = useRounds();
  const plans = useRoundPlans();
  const failed = rounds.isError ? rounds : plans.isError ? plans : null;
  if (failed) {
    return (
      <ErrorState
        what="The rounds could not be loaded."
        error={failed.error}
        onRetry={() => {
          void rounds.refetch();
          void plans.refetch();
        }}
      />
    );
  }
  if (!rounds.data || !plans.data) return <Loading />;
  const info = new Map(rounds.data.map((round) => [round.id, round]));
  return (
    <div className="interviews-rounds">
      <section className="card" aria-labelledby="plans-title">
        <h2 id="plans-title" className="section-title">
          Your interview rounds
        </h2>
        <PlanForm rounds={rounds.data} />
        {plans.data.length === 0 ? (
          <p className="empty-note">
            No rounds planned. When a company invites you, add the round here with its date and work
            through its checklist.
          </p>
        ) : (
          <ul className="plan-list">
            {plans.data.map((plan) => (
              <PlanItem key={plan.id} plan={plan} info={info.get(plan.round)} />
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="loop-title">
        <h2 id="loop-title" className="section-title">
          The rounds of a typical loop
        </h2>
        <ul className="plain-list round-guide">
          {rounds.data.map((round) => (
            <li key={round.id}>
              <details>
                <summary>
                  <strong>{round.title}</strong>{' '}
                  <span className="muted small">{round.typicalLength}</span>
                </summary>
                <p>{round.description}</p>
                <h3 className="mini-heading">What it checks</h3>
                <ul>
                  {round.assesses.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
                <h3 className="mini-heading">Checklist</h3>
                <ol>
                  {round.checklist.map((item) => (
                    <li key={item.id}>{item.text}</li>
                  ))}
                </ol>
              </details>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function PlanForm({ rounds }: { rounds: RoundInfo[] }) {
  const save = useSaveRoundPlan();
  const applications = useApplicationOptions();
  const [round, setRound] = useState<Round>('recruiter-screen');
  const [applicationId, setApplicationId] = useState('');
  const [scheduledOn, setScheduledOn] = useState('');
  const [saved, setSaved] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    save.mutate(
      {
        plan: {
          round,
          checklistDone: [],
          ...(applicationId ? { applicationId } : {}),
          ...(scheduledOn ? { scheduledOn } : {}),
        },
      },
      {
        onSuccess: () => {
          setSaved(`Added: ${ROUND_LABELS[round]}.`);
          setScheduledOn('');
        },
      },
    );
  };
  const options = applications.data ?? [];
  return (
    <form className="iv-inline plan-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor="plan-round" className="field-label">
          Round
        </label>
        <select
          id="plan-round"
          className="input select"
          value={round}
          onChange={(event) => setRound(event.target.value as Round)}
        >
          {rounds.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="plan-application" className="field-label">
          Application <span className="optional">(optional)</span>
        </label>
        <select
          id="plan-application"
          className="input select"
          value={applicationId}
          aria-describedby={options.length === 0 ? 'plan-application-hint' : undefined}
          onChange={(event) => setApplicationId(event.target.value)}
        >
          <option value="">Not linked</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="plan-date" className="field-label">
          Date <span className="optional">(optional)</span>
        </label>
        <input
          id="plan-date"
          type="date"
          className="input"
          value={scheduledOn}
          onChange={(event) => setScheduledOn(event.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        Add round
      </button>
      {options.length === 0 && (
        <p id="plan-application-hint" className="field-hint form-status">
          Applications you save in the job pipeline can be linked to a round.
        </p>
      )}
      <div aria-live="polite" className="form-status">
        {saved && <p className="muted small">{saved}</p>}
      </div>
      {save.isError && (
        <p className="callout callout-error" role="alert">
          {failureMessage(save.error)}
        </p>
      )}
    </form>
  );
}

function PlanItem({ plan, info }: { plan: RoundPlan; info: RoundInfo | undefined }) {
  const save = useSaveRoundPlan();
  const remove = useDeleteRoundPlan();
  const [notes, setNotes] = useState(plan.notes ?? '');
  const checklist = info?.checklist ?? [];
  // What the user ticked shows at once; the saved list takes over when the save answers (or
  // puts the box back if it fails).
  const [pending, setPending] = useState<string[] | null>(null);
  const doneIds = pending ?? plan.checklistDone;
  const done = new Set(doneIds);
  const title = `${ROUND_LABELS[plan.round]}${plan.application ? ` — ${plan.application.company}` : ''}`;
  const input = (change: Partial<InterviewRoundInput>): InterviewRoundInput => {
    const { id: _id, application: _application, ...rest } = plan;
    return { ...rest, ...change };
  };
  const toggle = (itemId: string, on: boolean) => {
    const checklistDone = checklist
      .map((item) => item.id)
      .filter((id) => (id === itemId ? on : done.has(id)));
    setPending(checklistDone);
    save.mutate(
      { id: plan.id, plan: input({ checklistDone }) },
      { onSettled: () => setPending(null) },
    );
  };
  const headingId = `plan-${plan.id}`;
  return (
    <li className="plan-item" aria-labelledby={headingId}>
      <div className="plan-head">
        <h3 id={headingId} className="plan-title">
          {title}
        </h3>
        <span className="muted small">
          {plan.scheduledOn ? formatLong(plan.scheduledOn) : 'no date yet'} · {doneIds.length} of{' '}
          {checklist.length} done
        </span>
      </div>
      {plan.application && (
        <p className="muted small">
          Application:{' '}
          <Link to={`/applications/${encodeURIComponent(plan.application.id)}`}>
            {plan.application.role} at {plan.application.company}
          </Link>
        </p>
      )}
      <progress
        className="plan-progress"
        max={checklist.length || 1}
        value={doneIds.length}
        aria-label={`${title}: checklist progress`}
      />
      <fieldset className="plan-checklist" disabled={save.isPending}>
        <legend className="visually-hidden">Checklist for {title}</legend>
        {checklist.map((item) => (
          <label key={item.id} className="check">
            <input
              type="checkbox"
              checked={done.has(item.id)}
              onChange={(event) => toggle(item.id, event.target.checked)}
            />{' '}
            {item.text}
          </label>
        ))}
      </fieldset>
      <form
        className="iv-inline"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ id: plan.id, plan: input({ notes: notes.trim() }) });
        }}
      >
        <div className="field field-grow">
          <label htmlFor={`${headingId}-notes`} className="field-label">
            Notes
          </label>
          <input
            id={`${headingId}-notes`}
            className="input"
            value={notes}
            maxLength={4000}
            onChange={(event) => setNotes(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={save.isPending}>
          Save notes
        </button>
      </form>
      {save.isError && (
        <p className="callout callout-error" role="alert">
          {save.error instanceof Error ? sentence(save.error.message) : 'Saving failed.'}
        </p>
      )}
      <div className="button-row">
        <ConfirmButton
          label="Delete round"
          subject={title}
          question="Delete this round and its checklist progress?"
          confirmLabel="Delete"
          disabled={remove.isPending}
          onConfirm={() => remove.mutate(plan.id)}
        />
      </div>
    </li>
  );
}
