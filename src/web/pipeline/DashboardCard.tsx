import '../styles/pipeline.css';
import { Link } from 'react-router';
import { formatShort } from '../roadmap/dates';
import { useChecklist, useReminders } from './api';

const SHOWN = 5;

/**
 * For the progress page: the follow-ups and contacts due this week, and how far the public
 * profile checklist has come. Quiet while loading; a failure only hides its half.
 */
export function PipelineDashboardCard() {
  const reminders = useReminders();
  const checklist = useChecklist();
  const due = reminders.data ?? [];
  return (
    <section className="card pipeline-card" aria-labelledby="pipeline-card-title">
      <h2 id="pipeline-card-title" className="section-title">
        Job search
      </h2>
      <h3 className="subheading">Follow-ups</h3>
      {reminders.isPending ? (
        <p className="muted">Loading…</p>
      ) : reminders.isError ? (
        <p className="muted">Reminders could not be loaded.</p>
      ) : due.length === 0 ? (
        <p className="muted">
          Nothing due this week. Give each application a next action and a date, and it shows up
          here.
        </p>
      ) : (
        <ul className="reminder-list">
          {due.slice(0, SHOWN).map((reminder) => {
            const to =
              reminder.kind === 'contact'
                ? '/applications/contacts'
                : `/applications/${reminder.applicationId ?? ''}`;
            return (
              <li
                key={`${reminder.kind}:${'applicationId' in reminder ? reminder.applicationId : reminder.contactId}`}
                className={reminder.overdue ? 'is-overdue' : ''}
              >
                <Link to={to}>{reminder.title}</Link>{' '}
                <span className="muted">
                  {reminder.overdue ? 'overdue since' : 'by'} {formatShort(reminder.due)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {due.length > SHOWN && <p className="muted">and {due.length - SHOWN} more.</p>}
      <h3 className="subheading">Public profile</h3>
      {checklist.data ? (
        <>
          <p>
            {checklist.data.done} of {checklist.data.total} done
          </p>
          <progress
            className="checklist-progress"
            max={checklist.data.total}
            value={checklist.data.done}
            aria-label="Public profile checklist progress"
          />
        </>
      ) : (
        <p className="muted">
          {checklist.isError ? 'The checklist could not be loaded.' : 'Loading…'}
        </p>
      )}
      <p className="button-row">
        <Link to="/applications">Open applications</Link>
        <Link to="/applications/profile">Open the checklist</Link>
      </p>
    </section>
  );
}
