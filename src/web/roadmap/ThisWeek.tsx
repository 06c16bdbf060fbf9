import type { PlanWeek } from '../api/types';
import { currentWeekPosition, formatLong, formatRange, planMoment, weekEnd } from './dates';
import { hoursText } from './labels';
import { WeekItems } from './WeekItems';

function WeekCard({
  title,
  week,
  weeks,
  note,
}: {
  title: string;
  week: PlanWeek;
  weeks: PlanWeek[];
  note?: string;
}) {
  const id = `week-card-${week.index}`;
  return (
    <section className="week-card" aria-labelledby={id}>
      <h3 id={id} className="week-card-title">
        {title}
        <span className="week-card-dates">
          Week {week.index} of {weeks.length} ·{' '}
          {formatRange(week.start, weekEnd(weeks, week.index))}
        </span>
      </h3>
      {note && <p className="muted small">{note}</p>}
      <WeekItems week={week} />
      <p className="week-total">
        Week total: <strong>{hoursText(week.hours)}</strong>
      </p>
    </section>
  );
}

/** The week that contains today and the one after it, item by item. */
export function ThisWeek({ weeks, today }: { weeks: PlanWeek[]; today: string }) {
  const position = currentWeekPosition(weeks, today);
  const current = weeks[position];
  if (!current) return null;
  const next = weeks[position + 1];
  const moment = planMoment(weeks, today);
  const note =
    moment === 'before'
      ? `Your plan starts on ${formatLong(current.start)}; this is its first week.`
      : moment === 'after'
        ? 'Your plan has ended; this was its last week.'
        : undefined;
  return (
    <section className="card this-week" aria-labelledby="this-week-title">
      <h2 id="this-week-title" className="section-title">
        This week and next
      </h2>
      <div className="week-cards">
        <WeekCard
          title={
            moment === 'during' ? 'This week' : moment === 'before' ? 'First week' : 'Last week'
          }
          week={current}
          weeks={weeks}
          note={note}
        />
        {next && <WeekCard title="Next week" week={next} weeks={weeks} />}
      </div>
    </section>
  );
}
