import { formatShort } from '../roadmap/dates';
import { formatMinutes, hoursNumber } from './duration';
import { heatmapGrid } from './heatmap';

/** A year of days, one cell each, with the figures spelled out above it. */
export function HeatmapView({
  today,
  days,
}: {
  today: string;
  days: { date: string; minutes: number }[];
}) {
  const grid = heatmapGrid(today, days);
  return (
    <figure className="chart-figure">
      <figcaption>
        <strong>Consistency, last 12 months:</strong> {grid.activeDays} active{' '}
        {grid.activeDays === 1 ? 'day' : 'days'}, {hoursNumber(grid.totalMinutes / 60)} h in total;
        longest streak {grid.longestStreak} {grid.longestStreak === 1 ? 'day' : 'days'}, current
        streak {grid.currentStreak} {grid.currentStreak === 1 ? 'day' : 'days'}.
      </figcaption>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="heatmap-scroll" tabIndex={0} aria-label="Minutes per day">
        <div className="heatmap">
          {grid.weeks.map((week) =>
            week.map((cell, index) =>
              cell ? (
                <span
                  key={cell.date}
                  role="img"
                  className={`heat heat-${cell.level}`}
                  aria-label={`${formatShort(cell.date)}: ${cell.minutes ? formatMinutes(cell.minutes) : 'nothing logged'}`}
                  title={`${formatShort(cell.date)}: ${cell.minutes ? formatMinutes(cell.minutes) : 'nothing'}`}
                />
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: the days after today, fixed
                <span key={`future-${index}`} className="heat heat-future" aria-hidden="true" />
              ),
            ),
          )}
        </div>
      </section>
      <p className="heat-legend muted small" aria-hidden="true">
        Less <span className="heat heat-0" /> <span className="heat heat-1" />{' '}
        <span className="heat heat-2" /> <span className="heat heat-3" />{' '}
        <span className="heat heat-4" /> More (2 h or more)
      </p>
    </figure>
  );
}
