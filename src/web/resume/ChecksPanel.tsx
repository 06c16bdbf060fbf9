import { ErrorState } from '../shell/ErrorState';
import { useResumeChecks } from './api';
import { checkTitle } from './labels';

interface PanelProps {
  /** A resume is saved: the panel reads the saved one. */
  saved: boolean;
  /** The form holds edits the panel does not see yet. */
  dirty: boolean;
}

/** Says the panel reads the saved resume when the form differs from it. */
export function StaleNote({ dirty }: { dirty: boolean }) {
  if (!dirty) return null;
  return (
    <p className="muted small stale-note">
      This reads your saved resume: save to include your latest edits.
    </p>
  );
}

/** The switcher checks of the saved resume: one page, projects first, the switch in view… */
export function ChecksPanel({ saved, dirty }: PanelProps) {
  const checks = useResumeChecks(saved);
  const list = checks.data?.checks ?? [];
  const passed = list.filter((check) => check.pass).length;
  return (
    <section className="card resume-panel" aria-labelledby="resume-checks-title">
      <h2 id="resume-checks-title" className="section-title">
        Checks
      </h2>
      {!saved ? (
        <p className="empty-note">
          Save your resume to check it against the advice for career switchers.
        </p>
      ) : checks.isError ? (
        <ErrorState
          what="The checks could not be loaded."
          error={checks.error}
          onRetry={() => void checks.refetch()}
        />
      ) : checks.isPending ? (
        <p className="muted" aria-busy="true">
          Checking…
        </p>
      ) : (
        <>
          <p className="section-intro">
            {passed} of {list.length} pass. They follow what hiring managers expect from a switcher:
            one page, projects first with their numbers, the previous career in plain view.
          </p>
          <StaleNote dirty={dirty} />
          <ul className="check-list">
            {list.map((check) => (
              <li
                key={check.id}
                className={`check ${check.pass ? 'check-pass' : 'check-fail'}`}
                data-check={check.id}
              >
                <span className="check-icon" aria-hidden="true">
                  {check.pass ? '✓' : '!'}
                </span>
                <div>
                  <p className="check-title">
                    {checkTitle(check.id)}
                    <span className="visually-hidden">{check.pass ? ': passes' : ': to fix'}</span>
                  </p>
                  <p className="check-message">{check.message}</p>
                  {check.items && check.items.length > 0 && (
                    <ul className="check-items small">
                      {check.items.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
