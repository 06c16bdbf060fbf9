import { Link } from 'react-router';
import { sentence } from '../api/client';
import { type PostingAnalysis, useAddToPlan } from './api';
import { count, dayText } from './labels';

interface AddToPlanProps {
  analysisId: string;
  gap: PostingAnalysis['gap'];
  nameOf: (id: string) => string;
}

/** "Add the missing skills to my plan": the gap goes into the roadmap, and the dates move. */
export function AddToPlan({ analysisId, gap, nameOf }: AddToPlanProps) {
  const add = useAddToPlan();
  const toLearn = gap ? gap.missing.length + gap.weak.length : 0;
  const reason = !gap
    ? 'mlpath compares a posting with your profile, and there is no profile yet.'
    : toLearn === 0
      ? 'You already have every skill this posting names, so there is nothing to add.'
      : null;
  const result = add.data;
  const names = (ids: string[]) => ids.map(nameOf).join(', ');

  return (
    <section className="card add-to-plan" aria-labelledby="add-to-plan-title">
      <h2 id="add-to-plan-title" className="section-title">
        Close the gap
      </h2>
      {gap && toLearn > 0 && (
        <p>
          This posting names {count(gap.missing.length, 'skill')} you do not have yet and{' '}
          {count(gap.weak.length, 'skill')} you know only at a basic level. Adding them puts them,
          with what they build on, into your plan — and moves your likely offer date.
        </p>
      )}
      {reason && (
        <p id="add-to-plan-reason" className="muted">
          {reason}
          {!gap && (
            <>
              {' '}
              <Link to="/intake">Answer the intake quiz</Link> first.
            </>
          )}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={reason !== null || add.isPending}
          aria-describedby={reason ? 'add-to-plan-reason' : undefined}
          onClick={() => add.mutate(analysisId)}
        >
          {add.isPending ? 'Adding…' : 'Add the missing skills to my plan'}
        </button>
      </div>
      {add.isError && (
        <div className="callout callout-error" role="alert">
          <p className="callout-title">The skills could not be added.</p>
          <p>{add.error instanceof Error ? sentence(add.error.message) : 'Try again.'}</p>
        </div>
      )}
      <div role="status" className="add-to-plan-result">
        {result && (
          <div className="callout callout-success">
            {result.added.length > 0 ? (
              <p>
                <strong>Added to your plan:</strong> {names(result.added)}.
              </p>
            ) : (
              <p>
                <strong>Nothing new to add</strong> — your plan already covers these skills.
              </p>
            )}
            {result.alreadyPlanned.length > 0 && (
              <p>
                <strong>Already in your plan:</strong> {names(result.alreadyPlanned)}.
              </p>
            )}
            <p data-testid="add-to-plan-dates">
              First offer now most likely around{' '}
              <strong>{dayText(result.firstOfferDate.p50, true)}</strong> (P50); 4 in 5 chances by{' '}
              <strong>{dayText(result.firstOfferDate.p80, true)}</strong> (P80).
            </p>
            <p>
              <Link to="/roadmap">See the new weeks on your roadmap</Link>
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
