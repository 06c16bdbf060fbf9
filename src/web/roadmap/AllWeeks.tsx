import type { PlanWeek } from '../api/types';
import { currentWeekPosition, formatShort, planMoment } from './dates';
import { groupItems } from './items';
import { hoursText } from './labels';
import { WeekItems } from './WeekItems';

/** Every week of the plan, one disclosure each; the current week is marked. */
export function AllWeeks({ weeks, today }: { weeks: PlanWeek[]; today: string }) {
  if (weeks.length === 0) return null;
  const current =
    planMoment(weeks, today) === 'during'
      ? weeks[currentWeekPosition(weeks, today)]?.index
      : undefined;
  const totalHours = weeks.reduce((sum, week) => sum + week.hours, 0);
  return (
    <section className="card all-weeks" aria-labelledby="all-weeks-title">
      <h2 id="all-weeks-title" className="section-title">
        Week by week
      </h2>
      <p className="section-intro">
        All {weeks.length} weeks, {Math.round(totalHours)} hours in total. Open a week to see what
        it holds.
      </p>
      <ol className="week-list">
        {weeks.map((week) => (
          <li key={week.index}>
            <details className="week-row">
              <summary className="week-row-summary">
                <span className="week-row-index">Week {week.index}</span>
                <span className="week-row-when">
                  <time dateTime={week.start}>
                    <span className="visually-hidden">starts </span>
                    {formatShort(week.start)}
                  </time>
                  {week.index === current && <span className="tag tag-now">This week</span>}
                </span>
                {/* A preview for the eye; the items themselves are one click away. */}
                <span className="week-row-topics" aria-hidden="true">
                  {groupItems(week.items)
                    .map((group) => group.title)
                    .join(' · ')}
                </span>
                <span className="week-row-hours">{hoursText(week.hours)}</span>
              </summary>
              <WeekItems week={week} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
