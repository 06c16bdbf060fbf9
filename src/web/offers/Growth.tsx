import { sentence } from '../api/client';
import { formatLong } from '../roadmap/dates';
import { type Growth as GrowthData, useSetGoal } from './api';
import { useShownTick } from './shown-tick';

/** Growth mode: the stage of the job (years 1–2, 3–5, 5+), its goals and how many are done. */
export function Growth({ data }: { data: GrowthData }) {
  const set = useSetGoal();
  const tick = useShownTick();
  const { offer, growth } = data;
  if (!offer || !growth) return null;
  const { stage, progress } = growth;
  return (
    <section className="card growth" aria-labelledby="growth-title" data-testid="growth">
      <p className="growth-kicker">Growth mode · {offer.company}</p>
      <h2 id="growth-title" className="section-title">
        {stage.title}
      </h2>
      <p>
        {growth.started
          ? `You accepted ${offer.role} at ${offer.company} on ${formatLong(offer.acceptedOn)}.`
          : `Your job at ${offer.company} starts on ${formatLong(offer.acceptedOn)}.`}{' '}
        {stage.focus}
      </p>
      <div className="growth-progress">
        <progress
          id="growth-meter"
          max={progress.total}
          value={progress.done}
          aria-label="Goals of this stage done"
        />
        <span>
          {progress.done} of {progress.total} goals done ({progress.percent}%)
        </span>
      </div>
      {set.isError && (
        <p className="callout callout-error" role="alert">
          {set.error instanceof Error ? sentence(set.error.message) : 'Saving failed.'}
        </p>
      )}
      <ul className="checklist growth-goals">
        {growth.goals.map((goal) => {
          const id = `goal-${goal.id}`;
          return (
            <li key={goal.id} className="checklist-item">
              <input
                id={id}
                type="checkbox"
                checked={tick.checked(goal.id, goal.done)}
                disabled={set.isPending}
                onChange={(event) => {
                  // Shows the click at once; the server's answer replaces it.
                  tick.show(goal.id, event.target.checked);
                  set.mutate(
                    { goalId: goal.id, done: event.target.checked },
                    { onSettled: tick.clear },
                  );
                }}
                aria-describedby={`${id}-signal`}
              />
              <div>
                <label htmlFor={id}>{goal.title}</label>
                {goal.doneOn && (
                  <span className="checklist-date"> — done {formatLong(goal.doneOn)}</span>
                )}
                <p id={`${id}-signal`} className="field-hint">
                  <strong>Done when:</strong> {goal.signal}
                </p>
                <p className="field-hint">{goal.why}</p>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="muted small">
        {growth.next
          ? `Next: ${growth.next.title}, from ${formatLong(growth.next.startsOn)}.`
          : 'This is the last stage: it stays open for the rest of your career.'}
      </p>
    </section>
  );
}
