import type { Plan, PlanWeek } from '../api/types';
import { weeksRange } from './dates';
import { levelLabel } from './labels';

/** The first 90 days in three blocks of 30, at the level the intake answers point to. */
export function Sprint({ sprint, weeks }: { sprint: Plan['sprint']; weeks: PlanWeek[] }) {
  if (sprint.length === 0) return null;
  return (
    <section className="card sprint" aria-labelledby="sprint-title">
      <h2 id="sprint-title" className="section-title">
        Your first 90 days
      </h2>
      <p className="section-intro">
        A sprint to build momentum: three blocks of about a month, each with goals you can check
        off.
      </p>
      <ol className="sprint-blocks">
        {sprint.map((block) => (
          <li key={block.days} className="sprint-block">
            <p className="sprint-days">Days {block.days.replace('-', '–')}</p>
            <h3 className="sprint-title">{block.title}</h3>
            <p className="sprint-meta">
              <span className="badge">{levelLabel(block.level)}</span>
              <span className="muted small">
                {weeksRange(weeks, block.weeks.first, block.weeks.last)}
              </span>
            </p>
            <h4 className="mini-heading">Goals</h4>
            <ul className="plain-list">
              {block.goals.map((goal) => (
                <li key={goal}>{goal}</li>
              ))}
            </ul>
            {block.focus.length > 0 && (
              <>
                <h4 className="mini-heading">Focus</h4>
                <ul className="chips">
                  {block.focus.map((focus) => (
                    <li key={focus} className="chip">
                      {focus}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
