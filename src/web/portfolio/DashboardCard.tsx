import '../styles/portfolio.css';
import { Link } from 'react-router';
import { useReadiness } from './api';

/**
 * The portfolio's readiness in a few lines, for the Progress page: essentials met and the one
 * next step. Quiet while loading; one line when it fails, so the page around it stays usable.
 */
export function PortfolioDashboardCard() {
  const readiness = useReadiness();
  return (
    <section className="card portfolio-card" aria-labelledby="portfolio-card-title">
      <div className="section-head">
        <h2 id="portfolio-card-title" className="section-title">
          Portfolio
        </h2>
        <Link to="/portfolio" className="small">
          Open portfolio
        </Link>
      </div>
      {readiness.isPending ? (
        <p className="muted small" aria-busy="true">
          Measuring your portfolio…
        </p>
      ) : readiness.isError ? (
        <p className="muted small" role="alert">
          Portfolio readiness could not be loaded.{' '}
          <button type="button" className="link-button" onClick={() => readiness.refetch()}>
            Try again
          </button>
        </p>
      ) : (
        <>
          <p>
            <strong>
              {readiness.data.requiredMet} of {readiness.data.requiredTotal}
            </strong>{' '}
            essentials met
          </p>
          <meter
            className="portfolio-card-meter"
            aria-label="Portfolio essentials met"
            min={0}
            max={readiness.data.requiredTotal}
            value={readiness.data.requiredMet}
          />
          <ul className="portfolio-card-list">
            {readiness.data.items
              .filter((item) => item.required)
              .map((item) => (
                <li key={item.id} className={item.met ? 'is-met' : 'is-open'}>
                  <span aria-hidden="true">{item.met ? '✓' : '○'} </span>
                  <span className="visually-hidden">{item.met ? 'Met: ' : 'Not met yet: '}</span>
                  {item.label}: {item.actual} / {item.targetText}
                </li>
              ))}
          </ul>
          {readiness.data.nextStep && (
            <p className="small">
              <strong>Next:</strong> {readiness.data.nextStep.text}
            </p>
          )}
        </>
      )}
    </section>
  );
}
