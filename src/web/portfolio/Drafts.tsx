import { ErrorState } from '../shell/ErrorState';
import { Loading } from '../shell/Loading';
import { type ProjectDrafts, useProjectDrafts } from './api';
import { CopyButton } from './CopyButton';
import { elementLabel, verdictLabel } from './labels';

/** Shows placeholders as highlighted marks, so what is left to fill stands out. */
function WithPlaceholders({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]+\])/g);
  return (
    <>
      {parts.map((part, index) =>
        /^\[[^\]]+\]$/.test(part) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
          <mark key={index} className="placeholder">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** The drafted resume bullet with its coaching, and the STAR story, for one project. */
export function Drafts({ projectId }: { projectId: string }) {
  const drafts = useProjectDrafts(projectId);
  if (drafts.isPending) return <Loading label="Drafting…" />;
  if (drafts.isError)
    return (
      <ErrorState
        error={drafts.error}
        onRetry={() => drafts.refetch()}
        what="The drafts could not be made."
      />
    );
  return (
    <>
      <BulletDraft bullet={drafts.data.bullet} />
      <StarDraft star={drafts.data.star} />
    </>
  );
}

function BulletDraft({ bullet }: { bullet: ProjectDrafts['bullet'] }) {
  const { coaching } = bullet;
  return (
    <section className="card" aria-labelledby="bullet-title">
      <div className="section-head">
        <h2 id="bullet-title" className="section-title">
          Resume bullet
        </h2>
        <CopyButton text={bullet.text} subject="the resume bullet" />
      </div>
      <blockquote className="draft-text" data-testid="bullet-draft">
        <WithPlaceholders text={bullet.text} />
      </blockquote>
      {bullet.placeholders.length > 0 && (
        <p className="muted small">
          Fill in the{' '}
          {bullet.placeholders.length === 1 ? 'part' : `${bullet.placeholders.length} parts`} in
          brackets (edit the project, or the text once copied). Numbers only ever come from what you
          recorded.
        </p>
      )}
      <div className="draft-coaching">
        <h3 id="coaching-title" className="mini-heading">
          Coaching
        </h3>
        <p className="coaching-score">
          <span className={`verdict verdict-${coaching.verdict}`}>
            {verdictLabel(coaching.verdict)}
          </span>{' '}
          <strong>{coaching.score}</strong> of 100
          {bullet.placeholders.length > 0 && (
            <span className="muted small"> — counting only the parts you have filled in</span>
          )}
        </p>
        <ul className="element-chips" aria-label="What the bullet shows">
          {coaching.has.map((element) => (
            <li key={element} className="element-chip is-present">
              <span aria-hidden="true">✓ </span>
              {elementLabel(element)}
            </li>
          ))}
          {coaching.missing.map((element) => (
            <li key={element} className="element-chip is-missing">
              <span aria-hidden="true">✗ </span>
              <span className="visually-hidden">Missing: </span>
              {elementLabel(element)}
            </li>
          ))}
        </ul>
        {coaching.issues.length > 0 && (
          <ul className="plain-list small">
            {coaching.issues.map((issue) => (
              <li key={issue.id}>{issue.message}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

const STAR_PARTS = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
] as const;

function StarDraft({ star }: { star: ProjectDrafts['star'] }) {
  const whole = STAR_PARTS.map(([key, label]) => `${label}: ${star[key]}`).join('\n');
  return (
    <section className="card" aria-labelledby="star-title">
      <div className="section-head">
        <h2 id="star-title" className="section-title">
          Interview story (STAR)
        </h2>
        <CopyButton text={whole} subject="the interview story" />
      </div>
      <p className="section-intro">
        A first draft of how you would tell this project in an interview. Say it aloud and make it
        yours; the bracketed parts only you can fill.
      </p>
      <dl className="star">
        {STAR_PARTS.map(([key, label]) => (
          <div key={key} className="star-part">
            <dt>{label}</dt>
            <dd>
              <WithPlaceholders text={star[key]} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
