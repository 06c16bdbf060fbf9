import type { PostingFlag } from './api';

interface FlagsProps {
  tone: 'red' | 'green';
  flags: PostingFlag[];
}

const TONES = {
  red: { title: 'Red flags', icon: '!', none: 'No red flags found in this posting.' },
  green: { title: 'Green flags', icon: '+', none: 'No green flags found in this posting.' },
};

/** The posting's red or green flags: what each means, and the sentence it was found in. */
export function Flags({ tone, flags }: FlagsProps) {
  const { title, icon, none } = TONES[tone];
  const titleId = `${tone}-flags-title`;
  return (
    <section className={`card flags flags-${tone}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        <span className="flags-icon" aria-hidden="true">
          {icon}
        </span>
        {title} <span className="flags-count">({flags.length})</span>
      </h2>
      {flags.length === 0 ? (
        <p className="muted">{none}</p>
      ) : (
        <ul className="flag-list">
          {flags.map((flag) => (
            <li key={`${flag.id}:${flag.evidence}`} className="flag" data-flag={flag.id}>
              <p className="flag-message">{flag.message}</p>
              <blockquote className="flag-evidence">
                <span className="visually-hidden">The posting says: </span>
                {flag.evidence}
              </blockquote>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
