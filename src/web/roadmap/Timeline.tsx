import type { CSSProperties } from 'react';
import type { Plan } from '../api/types';
import { addDays, formatLong, formatRange, formatShort } from './dates';
import { phaseName, phaseSlot } from './labels';
import {
  contains,
  labelStep,
  milestoneLanes,
  monthCount,
  monthDomain,
  monthTicks,
  position,
  span,
} from './timeline';

/** Room each month label needs; narrower and the chart scrolls inside its own box instead. */
const LABEL_PX = 72;

const pct = (value: number) => `${value.toFixed(3)}%`;

/**
 * The phases as bars on one shared month axis (a small Gantt chart), with the milestones as
 * numbered markers, the likely offer window and a "today" line. The bars are for the eye; the
 * same dates are in the table under it and in the milestones list.
 */
export function Timeline({ plan, today }: { plan: Plan; today: string }) {
  const lastWeek = plan.weeks.at(-1);
  const domain = monthDomain([
    ...plan.phases.flatMap((phase) => [phase.start, phase.end]),
    ...plan.milestones.map((milestone) => milestone.date),
    ...(plan.weeks[0] ? [plan.weeks[0].start] : []),
    ...(lastWeek ? [addDays(lastWeek.start, 6)] : []),
    plan.estimate.firstOfferDate.p80,
  ]);
  const ticks = monthTicks(domain);
  const months = monthCount(domain);
  const pxPerMonth = Math.max(10, LABEL_PX / labelStep(months));
  const showToday = contains(domain, today);
  const { p50, p80 } = plan.estimate.firstOfferDate;
  const phases = [...plan.phases].sort((a, b) => a.start.localeCompare(b.start));
  const chartStyle = { '--chart-min': `${months * pxPerMonth}px` } as CSSProperties;
  const overlapping = phases.some((phase, index) =>
    phases.slice(index + 1).some((other) => other.start <= phase.end && phase.start <= other.end),
  );
  const lanes = milestoneLanes(
    plan.milestones.map((milestone) => position(domain, milestone.date)),
    (100 * 18) / (months * pxPerMonth),
  );

  return (
    <section className="card timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="section-title">
        Timeline
      </h2>
      <p className="section-intro">
        {overlapping
          ? 'Phases overlap: the theory of a later phase starts early and runs beside practical work. '
          : ''}
        Numbered diamonds are the milestones listed further down.
      </p>
      {/* Scrolls sideways on its own when the months do not fit; focusable for keyboard scrolling. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section className="chart-scroll" tabIndex={0} aria-label="Timeline chart">
        <div
          className="chart"
          style={chartStyle}
          role="img"
          aria-label={`Timeline from ${formatLong(domain.start)} to ${formatLong(addDays(domain.end, -1))}: ${phases.length} phases and ${plan.milestones.length} milestones. The same dates are in the table below.`}
        >
          <div className="chart-axis" aria-hidden="true">
            {ticks.map((tick) => (
              <span
                key={tick.date}
                className={`chart-tick${tick.major ? ' is-major' : ''}`}
                style={{ left: pct(tick.at) }}
              >
                {tick.label && <span className="chart-tick-label">{tick.label}</span>}
              </span>
            ))}
          </div>
          <div className="chart-body">
            <div className="chart-grid" aria-hidden="true">
              {ticks.map((tick) => (
                <span
                  key={tick.date}
                  className={`chart-gridline${tick.major ? ' is-major' : ''}`}
                  style={{ left: pct(tick.at) }}
                />
              ))}
              <span
                className="chart-window"
                style={{ left: pct(position(domain, p50)), width: pct(span(domain, p50, p80)) }}
                title={`Likely offer window: ${formatRange(p50, p80)}`}
              />
            </div>
            {phases.map((phase, index) => {
              const left = position(domain, phase.start);
              const width = span(domain, phase.start, phase.end);
              return (
                <div key={phase.id} className="chart-row">
                  <span className="chart-row-label">
                    {phaseName(phase.id)}
                    <span className="chart-row-dates">
                      {' '}
                      · {formatRange(phase.start, phase.end)}
                    </span>
                  </span>
                  <span
                    className={`chart-bar phase-${phaseSlot(phase.id, index)}`}
                    style={{ left: pct(left), width: pct(width) }}
                    title={`${phase.title}: ${formatRange(phase.start, phase.end)}`}
                  />
                </div>
              );
            })}
            <div className="chart-row chart-milestones">
              <span className="chart-row-label">Milestones</span>
              {plan.milestones.map((milestone, index) => (
                <span
                  key={milestone.id}
                  className={`chart-milestone lane-${lanes[index] ?? 0}`}
                  style={{ left: pct(position(domain, milestone.date)) }}
                  title={`${milestone.title}: ${formatShort(milestone.date)}`}
                >
                  <span className="chart-milestone-mark" />
                  <span className="chart-milestone-number">{index + 1}</span>
                </span>
              ))}
            </div>
            {showToday && (
              <span className="chart-today" style={{ left: pct(position(domain, today)) }}>
                <span className="chart-today-label">Today</span>
              </span>
            )}
          </div>
        </div>
      </section>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="legend-swatch legend-window" /> Likely offer window (P50 to P80)
        </li>
        {showToday && (
          <li>
            <span className="legend-swatch legend-today" /> Today
          </li>
        )}
        <li>
          <span className="legend-swatch legend-milestone" /> Milestone
        </li>
      </ul>
      <details className="disclosure">
        <summary>Show the timeline as a table</summary>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Phases of the plan with their dates</caption>
            <thead>
              <tr>
                <th scope="col">Phase</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
              </tr>
            </thead>
            <tbody>
              {phases.map((phase) => (
                <tr key={phase.id}>
                  <th scope="row">{phase.title}</th>
                  <td>{formatShort(phase.start)}</td>
                  <td>{formatShort(phase.end)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Likely offer window (P50 to P80)</th>
                <td>{formatShort(p50)}</td>
                <td>{formatShort(p80)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
