import { useState } from 'react';
import { sentence } from '../api/client';
import { useBulletCoaching } from './api';
import { type BulletDraft, emptyBullet, fieldId, move } from './draft';
import { type FocusRequest, ItemControls, useFocusRequest } from './Fields';
import { elementLabel, verdictLabel } from './labels';
import { useDebounced } from './leave-guard';

const MAX_BULLETS = 8;
const MAX_BULLET_LENGTH = 400;
/** How long typing must pause before a bullet is coached. */
const COACH_DELAY_MS = 600;

interface BulletListProps {
  /** The owner's path: `projects.0` or `experience.1`. */
  path: string;
  /** The owner, for labels: "Readmission risk service". */
  owner: string;
  bullets: BulletDraft[];
  onChange: (bullets: BulletDraft[]) => void;
  errorOf: (path: string) => string | undefined;
  hint: string;
}

/** The bullets of a project or a role, each with the coach's verdict as it is typed. */
export function BulletList({ path, owner, bullets, onChange, errorOf, hint }: BulletListProps) {
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  useFocusRequest(focus, () => setFocus(null));
  const listId = fieldId(`${path}.bullets`);

  return (
    <fieldset className="bullets">
      <legend className="field-label">Bullets</legend>
      <p className="field-hint" id={`${listId}-hint`}>
        {hint}
      </p>
      {bullets.length > 0 && (
        <ol className="bullet-list">
          {bullets.map((bullet, index) => {
            const bulletPath = `${path}.bullets.${index}`;
            const error = errorOf(bulletPath);
            const subject = `bullet ${index + 1} of ${owner || 'this item'}`;
            const id = fieldId(bulletPath);
            return (
              <li key={bullet.key} className="bullet-item">
                <div className={`field${error ? ' field-invalid' : ''}`}>
                  <label htmlFor={id} className="field-label field-label-small">
                    Bullet {index + 1}
                  </label>
                  {error && (
                    <p id={`${id}-error`} className="field-error">
                      <span className="visually-hidden">Error: </span>
                      {error}
                    </p>
                  )}
                  <textarea
                    id={id}
                    className="input bullet-input"
                    rows={2}
                    maxLength={MAX_BULLET_LENGTH}
                    value={bullet.text}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={[`${id}-coach`, error ? `${id}-error` : '']
                      .filter(Boolean)
                      .join(' ')}
                    onChange={(event) =>
                      onChange(
                        bullets.map((item) =>
                          item.key === bullet.key ? { ...item, text: event.target.value } : item,
                        ),
                      )
                    }
                  />
                </div>
                <BulletCoaching id={`${id}-coach`} text={bullet.text} />
                <ItemControls
                  itemKey={bullet.key}
                  subject={subject}
                  index={index}
                  count={bullets.length}
                  onMove={(to) => {
                    onChange(move(bullets, index, to));
                    const direction = to < index ? 'up' : 'down';
                    setFocus({
                      id: `${bullet.key}-${direction}`,
                      fallback: `${bullet.key}-${direction === 'up' ? 'down' : 'up'}`,
                    });
                  }}
                  onRemove={() => {
                    const next = bullets.filter((item) => item.key !== bullet.key);
                    onChange(next);
                    const neighbour = index < next.length ? index : index - 1;
                    setFocus({
                      id:
                        neighbour >= 0 ? fieldId(`${path}.bullets.${neighbour}`) : `${listId}-add`,
                    });
                  }}
                />
              </li>
            );
          })}
        </ol>
      )}
      <button
        id={`${listId}-add`}
        type="button"
        className="button button-small"
        onClick={() => {
          onChange([...bullets, emptyBullet()]);
          setFocus({ id: fieldId(`${path}.bullets.${bullets.length}`) });
        }}
        disabled={bullets.length >= MAX_BULLETS}
      >
        Add a bullet<span className="visually-hidden"> to {owner || 'this item'}</span>
      </button>
    </fieldset>
  );
}

/** The coach's verdict on one bullet, fetched once typing pauses. */
function BulletCoaching({ id, text }: { id: string; text: string }) {
  const settled = useDebounced(text.trim(), COACH_DELAY_MS);
  const coaching = useBulletCoaching(settled);
  if (!text.trim()) {
    return (
      <p id={id} className="inline-coach muted small">
        Write the bullet: what you built, on what data, and the result against a baseline.
      </p>
    );
  }
  const result = coaching.data;
  return (
    <div id={id} className="inline-coach" aria-live="polite" data-testid="bullet-coach">
      {coaching.isError && !result ? (
        <p className="inline-coach-note small muted">
          The coach could not read this bullet:{' '}
          {coaching.error instanceof Error ? sentence(coaching.error.message) : 'try again.'}
        </p>
      ) : !result ? (
        <p className="inline-coach-note small muted">Coaching…</p>
      ) : (
        <>
          <p className="inline-coach-line">
            <span
              className={`resume-verdict resume-verdict-${result.verdict}`}
              data-verdict={result.verdict}
            >
              {verdictLabel(result.verdict)}
            </span>{' '}
            <span className="small">
              <strong>{result.score}</strong>/100
            </span>
          </p>
          {result.missing.length > 0 && (
            <p className="inline-coach-note inline-coach-missing small">
              Could add: {result.missing.slice(0, 4).map(elementLabel).join(', ')}
            </p>
          )}
          {result.suggestion && (
            <p className="inline-coach-try small">
              <span className="inline-coach-try-label">Try: </span>
              {result.suggestion}
            </p>
          )}
        </>
      )}
    </div>
  );
}
