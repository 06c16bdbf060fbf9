import type { ReactNode } from 'react';
import { sentence } from '../api/client';
import { useRevokeSession, useSessions } from '../api/queries';
import { ErrorState } from '../shell/ErrorState';
import { Loading } from '../shell/Loading';
import { describeUserAgent, formatDate, formatDateTime } from './userAgent';

export function SessionsSection() {
  const sessions = useSessions();
  const revoke = useRevokeSession();

  let body: ReactNode;
  if (sessions.isPending) body = <Loading label="Loading your devices…" />;
  else if (sessions.isError)
    body = (
      <ErrorState
        what="Your signed-in devices could not be loaded."
        error={sessions.error}
        onRetry={() => void sessions.refetch()}
      />
    );
  else {
    const list = [...sessions.data].sort(
      (a, b) => Number(b.current) - Number(a.current) || b.createdAt.localeCompare(a.createdAt),
    );
    const others = list.filter((session) => !session.current).length;
    body = (
      <>
        <ul className="session-list">
          {list.map((session) => (
            <li key={session.id} className="session">
              <div>
                <p className="session-device">
                  {describeUserAgent(session.userAgent)}
                  {session.current && <span className="badge badge-accent">This device</span>}
                </p>
                <p className="muted small">
                  Signed in {formatDateTime(session.createdAt)} · expires{' '}
                  {formatDate(session.expiresAt)}
                </p>
              </div>
              {!session.current && (
                <button
                  type="button"
                  className="button button-small"
                  disabled={revoke.isPending && revoke.variables === session.id}
                  onClick={() => revoke.mutate(session.id)}
                >
                  Sign out
                  <span className="visually-hidden">
                    {' '}
                    {describeUserAgent(session.userAgent)}, signed in{' '}
                    {formatDateTime(session.createdAt)}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
        {others === 0 && <p className="muted">No other device is signed in.</p>}
        {revoke.isError && revoke.error && (
          <p className="field-error" role="alert">
            {sentence(revoke.error.message)}
          </p>
        )}
      </>
    );
  }

  return (
    <section className="card" aria-labelledby="sessions-title" aria-busy={sessions.isPending}>
      <h2 id="sessions-title" className="section-title">
        Signed-in devices
      </h2>
      <p className="section-intro">
        Every browser where you are signed in. Sign out the ones you do not recognise or no longer
        use.
      </p>
      {body}
    </section>
  );
}
