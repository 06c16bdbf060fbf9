import { Component, lazy, type ReactNode, Suspense } from 'react';
import { usePlanHistory } from '../api/queries';
import type { PlanSnapshot } from '../api/types';
import { hoursNumber } from '../progress/duration';
import { ErrorState } from '../shell/ErrorState';
import { formatLong, formatShort } from './dates';
import { movement, reasonLabel } from './history';

// recharts loads only when there is a history to draw.
const HistoryChart = lazy(() => import('./HistoryChart'));

/** Shows `fallback` instead of a chart whose chunk did not load; the table still has it all. */
class ChartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * How the first-offer dates moved with each plan made (the intake, profile edits, re-plans): a
 * chart of the P50 and P80 dates, and the same points as a table.
 */
export function ForecastHistory() {
  const history = usePlanHistory();
  return (
    <section className="card forecast-history" aria-labelledby="history-title">
      <h2 id="history-title" className="section-title">
        How your estimate has moved
      </h2>
      {history.isPending ? (
        <p className="muted" aria-busy="true">
          Loading the history of your estimates…
        </p>
      ) : history.isError ? (
        <ErrorState
          what="The history of your estimates could not be loaded."
          error={history.error}
          onRetry={() => void history.refetch()}
        />
      ) : (
        <HistoryView snapshots={history.data} />
      )}
    </section>
  );
}

function HistoryView({ snapshots }: { snapshots: PlanSnapshot[] }) {
  const first = snapshots[0];
  const last = snapshots.at(-1);
  if (!first || !last || snapshots.length < 2) {
    return (
      <p className="empty-note">
        {first
          ? `One estimate so far, made on ${formatLong(first.madeOn)}. `
          : 'No estimates recorded yet. '}
        Re-plan or edit your profile to see how the date moves.
      </p>
    );
  }
  return (
    <>
      <figure className="history-figure">
        <figcaption>
          Over {snapshots.length} plans the likely first offer (P50) {movement(first.p50, last.p50)}
          : from {formatLong(first.p50)} to <strong>{formatLong(last.p50)}</strong>; the safe date
          (P80) is now {formatLong(last.p80)}.
          {last.targetDate && ` Your target: ${formatLong(last.targetDate)}.`}
        </figcaption>
        <ChartBoundary
          fallback={<p className="muted">The chart could not load; the table below has it all.</p>}
        >
          <Suspense fallback={<p className="muted">Drawing the chart…</p>}>
            <HistoryChart snapshots={snapshots} />
          </Suspense>
        </ChartBoundary>
      </figure>
      <details className="disclosure">
        <summary>The estimates as a table</summary>
        <div className="table-scroll">
          <table className="data-table history-table">
            <caption className="visually-hidden">Every estimate made so far, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Made on</th>
                <th scope="col">Why</th>
                <th scope="col">Hours a week</th>
                <th scope="col">Likely (P50)</th>
                <th scope="col">Safe (P80)</th>
                <th scope="col">Left to do</th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((snapshot, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows at the end; two plans can share a day
                <tr key={index}>
                  <th scope="row">{formatShort(snapshot.madeOn)}</th>
                  <td>{reasonLabel(snapshot.reason)}</td>
                  <td>{hoursNumber(snapshot.hoursPerWeek)}</td>
                  <td>{formatShort(snapshot.p50)}</td>
                  <td>{formatShort(snapshot.p80)}</td>
                  <td>
                    {snapshot.remainingSkills} skills · {hoursNumber(snapshot.remainingHours)} h
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
