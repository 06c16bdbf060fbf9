import { Link } from 'react-router';
import type { PlanWarning } from '../api/types';
import { humanizeDates } from './dates';
import { warningTitle } from './labels';

/** What the intake answers can change, per warning, as a way forward. */
const REMEDY: Record<string, { text: string; step: number }> = {
  'deadline-infeasible': { text: 'Change your hours or target date', step: 3 },
  'research-track': { text: 'Change your track', step: 4 },
  'low-hours': { text: 'Change your hours', step: 3 },
  'unrealistic-compression': { text: 'Change your target date', step: 3 },
};

function WarningIcon() {
  return (
    <svg className="warning-icon" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
      <path
        d="M12 3 2.5 20h19L12 3Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      <path d="M12 10v4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <circle cx="12" cy="17.3" r="1.2" fill="currentColor" />
    </svg>
  );
}

/**
 * The plan's warnings as calm but prominent callouts. Static content, so no role="alert": it
 * would interrupt a screen reader on every visit for something the page simply says.
 */
export function Warnings({ warnings }: { warnings: PlanWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section className="warnings" aria-labelledby="warnings-title">
      <h2 id="warnings-title" className="visually-hidden">
        {warnings.length === 1 ? 'One thing to know' : `${warnings.length} things to know`}
      </h2>
      {warnings.map((warning) => {
        const remedy = REMEDY[warning.id];
        return (
          <div
            key={warning.id}
            className="callout callout-warning warning"
            data-warning={warning.id}
          >
            <WarningIcon />
            <div className="warning-body">
              <h3 className="callout-title">{warningTitle(warning.id)}</h3>
              <p>{humanizeDates(warning.message)}</p>
              {remedy && (
                <p>
                  <Link to={`/intake?step=${remedy.step}`}>{remedy.text}</Link>
                </p>
              )}
            </div>
          </div>
        );
      })}
    </section>
  );
}
