import { ErrorState } from '../shell/ErrorState';
import { useChecklist, useToggleChecklistItem } from './api';

/** `/applications/profile`: the public profile a hiring manager checks after the resume. */
export function ProfileChecklist() {
  const checklist = useChecklist();
  const toggle = useToggleChecklistItem();
  if (checklist.isError) {
    return (
      <ErrorState
        what="The checklist could not be loaded."
        error={checklist.error}
        onRetry={() => void checklist.refetch()}
      />
    );
  }
  if (checklist.isPending) return <p className="muted">Loading the checklist…</p>;
  const { items, done, total } = checklist.data;
  const groups = [...new Set(items.map((item) => item.group))];

  return (
    <section className="card" aria-labelledby="checklist-title">
      <h2 id="checklist-title" className="section-title">
        Public profile
      </h2>
      <p className="section-intro">
        After your resume, a hiring manager looks you up. Aim your LinkedIn at applied ML, pin your
        project repositories on GitHub, and write about what you built — it builds up over months,
        so start early.
      </p>
      <p>
        <strong>
          {done} of {total}
        </strong>{' '}
        done
      </p>
      <progress
        className="checklist-progress"
        max={total}
        value={done}
        aria-label="Checklist progress"
      >
        {done} of {total}
      </progress>
      {toggle.isError && (
        <p className="field-error" role="alert">
          The change could not be saved: {toggle.error.message}
        </p>
      )}
      {groups.map((group) => (
        <fieldset key={group} className="checklist-group">
          <legend className="subheading">{group}</legend>
          <ul className="checklist">
            {items
              .filter((item) => item.group === group)
              .map((item) => (
                <li key={item.id} className="checklist-item">
                  <input
                    type="checkbox"
                    id={`check-${item.id}`}
                    checked={item.done}
                    disabled={toggle.isPending && toggle.variables?.id === item.id}
                    aria-describedby={`why-${item.id}`}
                    onChange={(event) => toggle.mutate({ id: item.id, done: event.target.checked })}
                  />
                  <div>
                    <label htmlFor={`check-${item.id}`}>{item.label}</label>
                    <p id={`why-${item.id}`} className="field-hint">
                      {item.why}
                    </p>
                  </div>
                </li>
              ))}
          </ul>
        </fieldset>
      ))}
    </section>
  );
}
