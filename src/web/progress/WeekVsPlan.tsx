import type { Dashboard } from '../api/types';
import { addDays, formatRange } from '../roadmap/dates';
import { kindLabel } from '../roadmap/labels';
import { hoursNumber } from './duration';

interface Row {
  key: string;
  title: string;
  kind: string;
  planned: number | null;
  logged: number;
}

/** The current plan week: each planned item with its hours and what was logged against it. */
export function WeekVsPlan({
  week,
  titleOf,
}: {
  week: Dashboard['week'];
  titleOf: (kind: string, id: string) => string;
}) {
  if (!week) {
    return (
      <section className="card" aria-labelledby="week-title">
        <h2 id="week-title" className="section-title">
          This week vs plan
        </h2>
        <p className="muted">Your plan has no week for today: it has not started yet or is over.</p>
      </section>
    );
  }
  const loggedOf = new Map(week.logged.map((row) => [`${row.targetKind}:${row.targetId}`, row]));
  // A skill can appear twice in a week (a theory and a build block): one row, hours summed.
  const rows: Row[] = [];
  for (const item of week.items) {
    const key = `${item.kind}:${item.id}`;
    const seen = rows.find((row) => row.key === key);
    if (seen) {
      seen.planned = (seen.planned ?? 0) + item.hours;
      continue;
    }
    rows.push({
      key,
      title: item.title,
      kind: kindLabel(item.kind),
      planned: item.hours,
      logged: loggedOf.get(key)?.hours ?? 0,
    });
  }
  const planned = new Set(rows.map((row) => row.key));
  for (const row of week.logged) {
    const key = `${row.targetKind}:${row.targetId}`;
    if (planned.has(key)) continue;
    rows.push({
      key,
      title: titleOf(row.targetKind, row.targetId),
      kind: `${kindLabel(row.targetKind as 'skill')}, not planned this week`,
      planned: null,
      logged: row.hours,
    });
  }
  const share = week.plannedHours > 0 ? week.loggedHours / week.plannedHours : 0;
  return (
    <section className="card" aria-labelledby="week-title">
      <h2 id="week-title" className="section-title">
        This week vs plan
      </h2>
      <p className="muted">
        Week {week.index}, {formatRange(week.start, addDays(week.start, 6))}:{' '}
        <strong className="week-total">
          {hoursNumber(week.loggedHours)} of {hoursNumber(week.plannedHours)} h logged
        </strong>{' '}
        ({Math.round(share * 100)}%).
      </p>
      <ul className="week-rows">
        {rows.map((row) => {
          const ratio = row.planned
            ? Math.min(1, row.logged / row.planned)
            : row.logged > 0
              ? 1
              : 0;
          const text =
            row.planned === null
              ? `${hoursNumber(row.logged)} h logged`
              : `${hoursNumber(row.logged)} of ${hoursNumber(row.planned)} h`;
          return (
            <li key={row.key} className="week-row">
              <div className="week-row-text">
                <span className="week-row-title">{row.title}</span>
                <span className="muted small">{row.kind}</span>
              </div>
              <div className="bar" aria-hidden="true">
                <div
                  className={`bar-fill${row.planned === null ? ' bar-extra' : ''}`}
                  style={{ width: `${Math.round(ratio * 100)}%` }}
                />
              </div>
              <span className="week-row-hours">{text}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
