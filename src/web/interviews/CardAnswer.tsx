import type { StudyCard } from './api';

const SECTION_LABELS: Record<string, string> = {
  requirements: 'Requirements',
  data: 'Data',
  features: 'Features',
  model: 'Model',
  'offline-evaluation': 'Offline evaluation',
  'online-evaluation': 'Online evaluation',
  serving: 'Serving',
  monitoring: 'Monitoring',
  iteration: 'Iteration',
};

/** Text with `code` spans, as the catalog writes identifiers and SQL. */
function Inline({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return (
    <>
      {parts.map((part, index) =>
        // Odd parts sit between backticks; the position is the part's identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: the split never reorders
        index % 2 === 1 ? <code key={index}>{part}</code> : <span key={index}>{part}</span>,
      )}
    </>
  );
}

/** A card's model answer: prose, a list of points, and a design outline when it has one. */
export function CardAnswer({ card }: { card: StudyCard }) {
  return (
    <div className="card-answer">
      {typeof card.answer === 'string' ? (
        card.answer.split(/\n{2,}/).map((paragraph) => (
          <p key={paragraph}>
            <Inline text={paragraph} />
          </p>
        ))
      ) : (
        <ul>
          {card.answer.map((point) => (
            <li key={point}>
              <Inline text={point} />
            </li>
          ))}
        </ul>
      )}
      {card.outline && (
        <dl className="card-outline">
          {card.outline.map((part) => (
            <div key={part.section}>
              <dt>{SECTION_LABELS[part.section] ?? part.section}</dt>
              {part.points.map((point) => (
                <dd key={point}>
                  <Inline text={point} />
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
