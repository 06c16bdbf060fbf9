import { ErrorState } from '../shell/ErrorState';
import { Loading } from '../shell/Loading';
import { type ReadinessItem, useReadiness } from './api';

/** The portfolio against the targets, most important first, with the one thing to do next. */
export function ReadinessPanel() {
  const readiness = useReadiness();
  return (
    <section className="card readiness" aria-labelledby="readiness-title">
      <div className="section-head">
        <h2 id="readiness-title" className="section-title">
          Portfolio readiness
        </h2>
        {readiness.data && (
          <span className={`badge${readiness.data.ready ? ' badge-ready' : ''}`}>
            {readiness.data.requiredMet} of {readiness.data.requiredTotal} essentials
          </span>
        )}
      </div>
      {readiness.isPending ? (
        <Loading label="Measuring your portfolio…" />
      ) : readiness.isError ? (
        <ErrorState
          error={readiness.error}
          onRetry={() => readiness.refetch()}
          what="Your portfolio readiness could not be loaded."
        />
      ) : (
        <>
          {readiness.data.nextStep ? (
            <div className="callout callout-info next-step" data-testid="next-step">
              <p className="callout-title">Next step</p>
              <p>{readiness.data.nextStep.text}</p>
            </div>
          ) : (
            <div className="callout callout-success">
              <p className="callout-title">Every target is met</p>
              <p>Keep your projects current and spend your time on applications and interviews.</p>
            </div>
          )}
          <ol className="readiness-list">
            {readiness.data.items.map((item) => (
              <ReadinessRow key={item.id} item={item} />
            ))}
          </ol>
          <p className="muted small">
            Blog posts, open-source commits and competitions come from the evidence links on the
            Progress page. A commit counts as open source when it is outside your own repositories.
          </p>
        </>
      )}
    </section>
  );
}

function ReadinessRow({ item }: { item: ReadinessItem }) {
  return (
    <li className={`readiness-item ${item.met ? 'is-met' : 'is-open'}`}>
      <span className="readiness-icon" aria-hidden="true">
        {item.met ? '✓' : '○'}
      </span>
      <p className="readiness-label">
        {item.label}
        {!item.required && <span className="readiness-optional"> (bonus)</span>}
      </p>
      <p className="readiness-count">
        <span className="visually-hidden">{item.met ? 'Met: ' : 'Not met yet: '}</span>
        <strong>{item.actual}</strong>
        <span className="muted"> / {item.targetText}</span>
      </p>
      <p className="readiness-why muted small">{item.why}</p>
    </li>
  );
}
