import type { SkillState } from './labels';

/** A shape per skill state, so the state never rests on colour alone (the text says it too). */
export function StatusIcon({ state }: { state: SkillState }) {
  return (
    <svg
      className={`status-icon status-${state}`}
      aria-hidden="true"
      viewBox="0 0 16 16"
      width="14"
      height="14"
    >
      {state === 'planned' && (
        <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      )}
      {state === 'learning' && (
        <>
          <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M8 2.5a5.5 5.5 0 0 1 0 11Z" fill="currentColor" />
        </>
      )}
      {state === 'done' && (
        <>
          <circle cx="8" cy="8" r="6.5" fill="currentColor" />
          <path
            className="status-check"
            d="m5 8.2 2 2 4-4.3"
            fill="none"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      )}
      {state === 'skipped' && (
        <>
          <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M4.2 11.8 11.8 4.2" stroke="currentColor" strokeWidth="1.6" />
        </>
      )}
      {state === 'known' && (
        <path
          d="m3.5 8.4 3 3 6-6.6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}
