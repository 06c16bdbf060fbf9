import { formatMoney } from '../../core/money';
import { formatShort } from '../roadmap/dates';
import { ErrorState } from '../shell/ErrorState';
import { type Comparison as ComparisonData, useComparison } from './api';
import { Bands } from './Bands';
import { gapText } from './form';

const LEVEL_NAMES: Record<string, string> = { entry: 'Entry', mid: 'Mid', senior: 'Senior' };

/** The offers side by side: first-year and steady-state totals, gaps to the best, band check. */
export function Comparison() {
  const comparison = useComparison();
  return (
    <section className="card offers-compare" aria-labelledby="compare-title">
      <h2 id="compare-title" className="section-title">
        Side by side
      </h2>
      {comparison.isPending ? (
        <div aria-busy="true">
          <p className="visually-hidden">Loading the comparison…</p>
          <div className="skeleton skeleton-line" aria-hidden="true" />
        </div>
      ) : comparison.isError ? (
        <ErrorState
          what="The comparison could not be loaded."
          error={comparison.error}
          onRetry={() => void comparison.refetch()}
        />
      ) : comparison.data.offers.length === 0 ? (
        <>
          <p className="empty-note">
            Add an offer to see its totals here. With two or more, each one shows how far it is from
            the best.
          </p>
          <Bands bands={comparison.data.bands} />
        </>
      ) : (
        <ComparisonTable data={comparison.data} />
      )}
    </section>
  );
}

/** The currency of a level's band (the person's edit may use another than the article's). */
const bandCurrency = (data: ComparisonData, level: string) =>
  data.bands.levels.find((band) => band.level === level)?.currency ?? data.bands.currency;

function ComparisonTable({ data }: { data: ComparisonData }) {
  const money = (value: number, currency: string) => formatMoney(value, currency);
  return (
    <>
      {data.currencyNote && (
        <p className="callout callout-info" data-testid="currency-note">
          {data.currencyNote}
        </p>
      )}
      <section
        className="table-scroll"
        data-testid="comparison"
        aria-label="Offers compared"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the table scrolls sideways from the keyboard on a narrow screen
        tabIndex={0}
      >
        <table className="data-table offers-table">
          <caption className="visually-hidden">
            Offers compared: yearly totals and the gap to the best offer in the same currency
          </caption>
          <thead>
            <tr>
              <th scope="col">Offer</th>
              <th scope="col">First year</th>
              <th scope="col">Every year after</th>
              <th scope="col">Salary band</th>
              <th scope="col">Answer by</th>
            </tr>
          </thead>
          <tbody>
            {data.offers.map((offer) => (
              <tr key={offer.id}>
                <th scope="row">
                  {offer.company}
                  <span className="offers-sub">
                    {offer.role} · {LEVEL_NAMES[offer.level] ?? offer.level}
                  </span>
                  {offer.accepted && <span className="badge badge-accent">Accepted</span>}
                </th>
                <td>
                  <span className="offers-amount">
                    {money(offer.firstYearTotal, offer.currency)}
                  </span>
                  <span className="offers-sub">
                    {offer.bestFirstYear
                      ? 'Best'
                      : `${gapText(offer.firstYearVsBest, (v) => money(v, offer.currency))} vs best`}
                  </span>
                </td>
                <td>
                  <span className="offers-amount">
                    {money(offer.steadyStateTotal, offer.currency)}
                  </span>
                  <span className="offers-sub">
                    {offer.bestSteadyState
                      ? 'Best'
                      : `${gapText(offer.steadyStateVsBest, (v) => money(v, offer.currency))} vs best`}
                  </span>
                </td>
                <td>
                  {offer.band ? (
                    <>
                      {money(offer.band.low, offer.band.currency)}–
                      {money(offer.band.high, offer.band.currency)}
                      <span className="offers-sub">
                        {offer.band.origin === 'mine' ? 'Your figures' : 'Article’s figures'}
                      </span>
                      <span className={`offers-sub${offer.band.below ? ' offers-below' : ''}`}>
                        {offer.band.below ? '▼ Under the band' : 'Within or above'}
                      </span>
                    </>
                  ) : (
                    <span className="offers-sub">
                      No {LEVEL_NAMES[offer.level]?.toLowerCase() ?? offer.level} band in{' '}
                      {offer.currency}: the band is in {bandCurrency(data, offer.level)}
                    </span>
                  )}
                </td>
                <td>
                  {offer.deadline ? formatShort(offer.deadline) : '—'}
                  {offer.daysToDeadline !== null && (
                    <span
                      className={`offers-sub${offer.daysToDeadline < 3 ? ' offers-below' : ''}`}
                    >
                      {offer.daysToDeadline < 0
                        ? 'Passed'
                        : offer.daysToDeadline === 0
                          ? 'Today'
                          : `${offer.daysToDeadline} ${offer.daysToDeadline === 1 ? 'day' : 'days'} left`}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="muted small">
        First year = base + bonus + equity + sign-on. Every year after leaves out the sign-on.
      </p>
      <Bands bands={data.bands} />
    </>
  );
}
