import { lazy, Suspense } from 'react';
import { ErrorState } from '../shell/ErrorState';
import { type Funnel, useFunnel } from './api';
import { EmptyPipeline } from './EmptyPipeline';
import { days, percent, SOURCE_SHORT, stageLabel } from './labels';

const FunnelCharts = lazy(() => import('./FunnelCharts'));

/** Referral against cold, in one sentence, once both have been tried. */
function referralVersusCold(funnel: Funnel): string | null {
  const referral = funnel.bySource.find((item) => item.source === 'referral');
  const cold = funnel.bySource.find((item) => item.source === 'cold');
  if (!referral?.applied || !cold?.applied) return null;
  return `Referrals: ${referral.responded} of ${referral.applied} answered (${percent(referral.responseRate)}). Cold applications: ${cold.responded} of ${cold.applied} (${percent(cold.responseRate)}).`;
}

/** `/applications/funnel`: where applications stop, and which channel works for you. */
export function FunnelView() {
  const funnel = useFunnel();
  if (funnel.isError) {
    return (
      <ErrorState
        what="The funnel could not be loaded."
        error={funnel.error}
        onRetry={() => void funnel.refetch()}
      />
    );
  }
  if (funnel.isPending) return <p className="muted">Loading the funnel…</p>;
  const data = funnel.data;
  if (data.total === 0) return <EmptyPipeline />;
  const comparison = referralVersusCold(data);

  return (
    <section className="card funnel" aria-labelledby="funnel-title">
      <h2 id="funnel-title" className="section-title">
        Funnel
      </h2>
      <ul className="funnel-totals">
        <li>
          <strong>{data.total}</strong> applications
        </li>
        <li>
          <strong>
            {data.medianDaysToResponse === null ? '—' : days(data.medianDaysToResponse)}
          </strong>{' '}
          median wait for a first answer
          {data.responsesMeasured > 0 && (
            <span className="muted"> (from {data.responsesMeasured} answered)</span>
          )}
        </li>
        <li>
          <strong>{data.closed.ghosted}</strong> never answered
        </li>
      </ul>
      <p className="funnel-advice">
        {comparison ??
          'Once you have both referrals and cold applications, they are compared here.'}{' '}
        Career switchers usually hear back far more often through a referral — several times more
        than from a cold application — so a warm introduction is worth the extra effort.
      </p>
      <Suspense fallback={<p className="muted">Drawing the charts…</p>}>
        <FunnelCharts funnel={data} />
      </Suspense>
      <div className="funnel-tables">
        <div className="table-scroll">
          <table className="data-table">
            <caption>By stage</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Reached</th>
                <th scope="col">From the stage before</th>
              </tr>
            </thead>
            <tbody>
              {data.steps.map((step) => (
                <tr key={step.stage}>
                  <th scope="row">{stageLabel(step.stage)}</th>
                  <td>{step.reached}</td>
                  <td>{percent(step.conversion)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="table-scroll">
          <table className="data-table">
            <caption>By source</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Sent</th>
                <th scope="col">Answered</th>
                <th scope="col">Interviews</th>
                <th scope="col">Offers</th>
              </tr>
            </thead>
            <tbody>
              {data.bySource.map((item) => (
                <tr key={item.source}>
                  <th scope="row">{SOURCE_SHORT[item.source]}</th>
                  <td>{item.applied}</td>
                  <td>
                    {item.responded} <span className="muted">({percent(item.responseRate)})</span>
                  </td>
                  <td>{item.interviews}</td>
                  <td>{item.offers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
