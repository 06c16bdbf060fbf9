import { Link } from 'react-router';
import type { PostingAnalysis } from './api';

export type GapStatus = 'covered' | 'weak' | 'missing';

/** How each gap status reads: an icon and words, so colour is never the only cue. */
export const GAP_STATUS: Record<GapStatus, { icon: string; label: string; legend: string }> = {
  covered: { icon: '✓', label: 'you have it', legend: 'You have it (used in projects or at work)' },
  weak: { icon: '◐', label: 'basic level', legend: 'Basic level (tutorials so far)' },
  missing: { icon: '✕', label: 'missing', legend: 'Missing from your skills' },
};

/** The gap status of each skill id the posting names, or an empty map without a profile. */
export function gapStatuses(gap: PostingAnalysis['gap']): Map<string, GapStatus> {
  const statuses = new Map<string, GapStatus>();
  if (!gap) return statuses;
  for (const status of ['covered', 'weak', 'missing'] as const) {
    for (const id of gap[status]) statuses.set(id, status);
  }
  return statuses;
}

interface SkillChipsProps {
  ids: string[];
  statuses: Map<string, GapStatus>;
  nameOf: (id: string) => string;
  /** For the list's accessible name: "Required skills". */
  label: string;
}

/** A posting's skills as chips, each coloured and marked by how the profile covers it. */
export function SkillChips({ ids, statuses, nameOf, label }: SkillChipsProps) {
  if (ids.length === 0) return <p className="muted">None named.</p>;
  return (
    <ul className="skill-chips" aria-label={label}>
      {ids.map((id) => {
        const status = statuses.get(id);
        const look = status ? GAP_STATUS[status] : null;
        return (
          <li key={id} className={`skill-chip${status ? ` gap-${status}` : ''}`} data-skill={id}>
            {look && (
              <span className="skill-chip-icon" aria-hidden="true">
                {look.icon}
              </span>
            )}
            {nameOf(id)}
            {look && <span className="visually-hidden"> ({look.label})</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** The key to the chip colours, or why there is none yet. */
export function GapLegend({ hasGap }: { hasGap: boolean }) {
  if (!hasGap) {
    return (
      <p className="muted small">
        <Link to="/intake">Answer the intake quiz</Link> to see which of these skills you already
        have.
      </p>
    );
  }
  return (
    <ul className="gap-legend" aria-label="What the marks mean">
      {(['covered', 'weak', 'missing'] as const).map((status) => (
        <li key={status} className={`gap-legend-item gap-${status}`}>
          <span className="skill-chip-icon" aria-hidden="true">
            {GAP_STATUS[status].icon}
          </span>
          {GAP_STATUS[status].legend}
        </li>
      ))}
    </ul>
  );
}
