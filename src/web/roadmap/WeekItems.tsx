import type { PlanItem, PlanWeek } from '../api/types';
import { groupItems } from './items';
import { hoursText, kindLabel, modeLabel } from './labels';

export function ModeBadge({ mode }: { mode: PlanItem['mode'] }) {
  return (
    <span className={`tag tag-${mode}`}>
      <svg aria-hidden="true" className="tag-icon" viewBox="0 0 16 16" width="12" height="12">
        {mode === 'build' ? (
          // Bricks: building things.
          <path d="M1.5 9.5h6v4h-6zM8.5 9.5h6v4h-6zM5 4.5h6v4H5z" fill="currentColor" />
        ) : (
          // An open book: reading and watching.
          <path
            d="M8 4.2C6.5 3 4.3 2.6 1.5 2.8v9.6c2.8-.2 5 .2 6.5 1.4 1.5-1.2 3.7-1.6 6.5-1.4V2.8C11.7 2.6 9.5 3 8 4.2Zm0 0v9.6"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinejoin="round"
          />
        )}
      </svg>
      {modeLabel(mode)}
    </span>
  );
}

/** The items of one week: kind, title, and the hours of building and of theory. */
export function WeekItems({ week }: { week: PlanWeek }) {
  if (week.items.length === 0) {
    return <p className="muted">Nothing planned this week: a rest or catch-up week.</p>;
  }
  return (
    <ul className="week-items">
      {groupItems(week.items).map((group) => (
        <li key={`${group.kind}-${group.id}`} className="week-item">
          <span className={`kind kind-${group.kind}`}>{kindLabel(group.kind)}</span>
          <span className="week-item-title">{group.title}</span>
          <span className="week-item-parts">
            {group.parts.map((part) => (
              <span key={part.mode} className="week-item-part">
                <ModeBadge mode={part.mode} />
                <span className="week-item-hours">{hoursText(part.hours)}</span>
              </span>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
