import type { ReactNode } from 'react';
import type { Plan } from '../api/types';
import { formatLong } from './dates';
import { monthsText } from './labels';

/** The first-offer estimate: the likely date, the safe date, and how they were made. */
export function Estimate({
  estimate,
  children,
}: {
  estimate: Plan['estimate'];
  /** Shown under the key to the dates: the re-plan form. */
  children?: ReactNode;
}) {
  const { firstOfferDate, learningMonths, jobSearchMonths, totalMonths } = estimate;
  return (
    <section className="card estimate" aria-labelledby="estimate-title">
      <h2 id="estimate-title" className="section-title">
        When you could land your first offer
      </h2>
      <p className="estimate-headline">
        First offer most likely around{' '}
        <strong className="estimate-date" data-testid="estimate-p50">
          {formatLong(firstOfferDate.p50)}
        </strong>
        ; 4 in 5 chances by{' '}
        <strong className="estimate-date" data-testid="estimate-p80">
          {formatLong(firstOfferDate.p80)}
        </strong>
        .
      </p>
      <dl className="estimate-figures">
        <div className="estimate-figure">
          <dt>Learning</dt>
          <dd>
            <span className="estimate-value">about {monthsText(learningMonths.p50)}</span>
            <span className="estimate-note">up to {monthsText(learningMonths.p80)} (P80)</span>
          </dd>
        </div>
        <div className="estimate-figure">
          <dt>Job search</dt>
          <dd>
            <span className="estimate-value">about {monthsText(jobSearchMonths.p50)}</span>
            <span className="estimate-note">up to {monthsText(jobSearchMonths.p80)} (P80)</span>
          </dd>
        </div>
        <div className="estimate-figure">
          <dt>In total</dt>
          <dd>
            <span className="estimate-value">about {monthsText(totalMonths.p50)}</span>
            <span className="estimate-note">up to {monthsText(totalMonths.p80)} (P80)</span>
          </dd>
        </div>
      </dl>
      <dl className="estimate-key">
        <div>
          <dt>P50, the likely date</dt>
          <dd>Half of similar plans finish earlier, half later.</dd>
        </div>
        <div>
          <dt>P80, the safe date</dt>
          <dd>80% of similar plans finish by then; plan money and patience around it.</dd>
        </div>
      </dl>
      {children}
      <details className="disclosure">
        <summary>How is this estimated?</summary>
        <p>{estimate.method}</p>
        <p className="muted small">
          Learning covers the skills and projects below; the job search follows it. Both move when
          you change your hours or any other answer.
        </p>
      </details>
    </section>
  );
}
