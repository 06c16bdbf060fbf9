import type { PlanMilestone } from '../api/types';
import { formatLong } from './dates';

/** The milestones in order, numbered like the diamonds on the timeline. */
export function Milestones({ milestones }: { milestones: PlanMilestone[] }) {
  if (milestones.length === 0) return null;
  return (
    <section className="card milestones" aria-labelledby="milestones-title">
      <h2 id="milestones-title" className="section-title">
        Milestones
      </h2>
      <ol className="milestone-list">
        {milestones.map((milestone, index) => (
          <li key={milestone.id} className="milestone">
            <span className="milestone-number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="milestone-title">{milestone.title}</span>
            <span className="milestone-date">
              <time dateTime={milestone.date}>{formatLong(milestone.date)}</time>
              <span className="muted"> · week {milestone.week}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
