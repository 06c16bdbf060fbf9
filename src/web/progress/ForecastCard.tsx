import type { Dashboard } from '../api/types';
import { formatLong } from '../roadmap/dates';
import { hoursNumber } from './duration';

/** When the first offer comes at the pace kept so far, against the target date. */
export function ForecastCard({ dashboard }: { dashboard: Dashboard }) {
  const { forecast } = dashboard;
  const observed = forecast.basis === 'observed';
  const target = forecast.target;
  return (
    <section className="card" aria-labelledby="forecast-title">
      <h2 id="forecast-title" className="section-title">
        Forecast vs target
      </h2>
      <p className="muted">
        {observed
          ? `At the pace you actually keep: ${hoursNumber(forecast.velocity.hoursPerWeek)} h a week over the last ${forecast.velocity.weeksObserved} weeks.`
          : 'At your planned pace: log at least two weeks of sessions and the forecast switches to the pace you actually keep.'}
      </p>
      <dl className="figures">
        <div>
          <dt>Likely first offer (P50)</dt>
          <dd data-testid="forecast-p50">{formatLong(forecast.firstOfferDate.p50)}</dd>
        </div>
        <div>
          <dt>Safe bet (P80)</dt>
          <dd>{formatLong(forecast.firstOfferDate.p80)}</dd>
        </div>
        <div>
          <dt>Pace ({observed ? 'observed' : 'planned'})</dt>
          <dd>{hoursNumber(forecast.pace.p50)} h/week</dd>
        </div>
        <div>
          <dt>Your target</dt>
          <dd>{target ? formatLong(target.date) : 'None set'}</dd>
        </div>
      </dl>
      {target &&
        (target.daysLate > 0 ? (
          <p className="callout callout-warning">
            <strong>{target.daysLate} days late:</strong> the P50 date is after your target. More
            hours a week, or a later target, closes the gap.
          </p>
        ) : (
          <p className="callout callout-success">
            <strong>
              {target.daysLate === 0 ? 'On target' : `${-target.daysLate} days early`}:
            </strong>{' '}
            the P50 date is on or before your target.
          </p>
        ))}
    </section>
  );
}
