import { sentence } from '../api/client';
import { useDismissAlert } from '../api/queries';
import type { CoachAlert } from '../api/types';
import { addDays, humanizeDates, localToday } from '../roadmap/dates';
import { ConfirmButton } from '../ui/ConfirmButton';

const SEVERITY: Record<CoachAlert['severity'], { label: string; icon: string }> = {
  critical: { label: 'Critical', icon: '!!' },
  warning: { label: 'Warning', icon: '!' },
  info: { label: 'Tip', icon: 'i' },
};

/** The coach's alerts: what is going wrong, the user's own numbers, and one next step. */
export function Alerts({ alerts }: { alerts: CoachAlert[] }) {
  const dismiss = useDismissAlert();
  return (
    <section className="card" aria-labelledby="alerts-title">
      <h2 id="alerts-title" className="section-title">
        Coach
      </h2>
      {alerts.length === 0 ? (
        <p className="muted">
          No pitfalls spotted. The coach watches your log for the usual traps of a career switch
          (too much theory, no shipped project, a slipping pace) and speaks up here.
        </p>
      ) : (
        <ul className="alerts">
          {alerts.map((alert) => {
            const severity = SEVERITY[alert.severity];
            return (
              <li key={alert.id} className={`alert alert-${alert.severity}`}>
                <p className="alert-head">
                  <span className="alert-badge">
                    <span aria-hidden="true" className="alert-icon">
                      {severity.icon}
                    </span>
                    {severity.label}
                  </span>
                  <span className="alert-message">{humanizeDates(alert.message)}</span>
                </p>
                <p className="alert-evidence">
                  <span className="alert-label">Evidence: </span>
                  {humanizeDates(alert.evidence)}
                </p>
                <p className="alert-action">
                  <span className="alert-label">Next step: </span>
                  {humanizeDates(alert.action)}
                </p>
                <div className="button-row alert-buttons">
                  <button
                    type="button"
                    className="button button-small"
                    disabled={dismiss.isPending}
                    onClick={() =>
                      dismiss.mutate({ ruleId: alert.id, until: addDays(localToday(), 7) })
                    }
                  >
                    Snooze a week
                  </button>
                  <ConfirmButton
                    label="Dismiss"
                    subject={`the alert “${alert.message}”`}
                    question="Dismiss for good?"
                    confirmLabel="Dismiss"
                    disabled={dismiss.isPending}
                    onConfirm={() => dismiss.mutate({ ruleId: alert.id })}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {dismiss.isError && (
        <p className="callout callout-error" role="alert">
          {dismiss.error instanceof Error ? sentence(dismiss.error.message) : 'That failed.'}
        </p>
      )}
    </section>
  );
}
