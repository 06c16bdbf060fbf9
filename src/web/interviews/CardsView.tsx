import { type FormEvent, useId, useRef, useState } from 'react';
import { isApiError, sentence } from '../api/client';
import { submitOnCtrlEnter } from '../jobs/keys';
import { ErrorState } from '../shell/ErrorState';
import { Loading } from '../shell/Loading';
import { ConfirmButton } from '../ui/ConfirmButton';
import { type FieldErrors, issuesToErrors } from '../ui/forms';
import {
  type InterviewTopic,
  type Round,
  type StudyCard,
  type UserCardInput,
  useCards,
  useDeleteCard,
  useSaveCard,
} from './api';
import { CardAnswer } from './CardAnswer';
import { ROUND_LABELS, TOPIC_LABELS, whenDue } from './labels';

const TOPICS = Object.keys(TOPIC_LABELS) as InterviewTopic[];
const ROUNDS = Object.keys(ROUND_LABELS) as Round[];

const EMPTY: UserCardInput = {
  topic: 'python',
  rounds: ['technical-screen'],
  prompt: '',
  answer: '',
};

/** The question bank: browse the catalog and your own cards, write and edit your own. */
export function CardsView() {
  const cards = useCards();
  const [topic, setTopic] = useState<InterviewTopic | ''>('');
  const [round, setRound] = useState<Round | ''>('');
  const [editing, setEditing] = useState<StudyCard | null>(null);
  const formRef = useRef<HTMLElement>(null);

  const shown = (cards.data ?? []).filter(
    (card) => (!topic || card.topic === topic) && (!round || card.rounds.includes(round)),
  );
  const own = shown.filter((card) => card.source === 'user');
  const catalog = shown.filter((card) => card.source === 'catalog');

  return (
    <div className="interviews-cards">
      <CardForm
        key={editing?.id ?? 'new'}
        editing={editing}
        sectionRef={formRef}
        onDone={() => setEditing(null)}
      />
      <section className="card" aria-labelledby="bank-title">
        <h2 id="bank-title" className="section-title">
          Question bank
        </h2>
        <div className="field-row filter-row">
          <div className="field">
            <label htmlFor="cards-topic" className="field-label">
              Topic
            </label>
            <select
              id="cards-topic"
              className="input select"
              value={topic}
              onChange={(event) => setTopic(event.target.value as InterviewTopic | '')}
            >
              <option value="">All topics</option>
              {TOPICS.map((value) => (
                <option key={value} value={value}>
                  {TOPIC_LABELS[value]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="cards-round" className="field-label">
              Round
            </label>
            <select
              id="cards-round"
              className="input select"
              value={round}
              onChange={(event) => setRound(event.target.value as Round | '')}
            >
              <option value="">All rounds</option>
              {ROUNDS.map((value) => (
                <option key={value} value={value}>
                  {ROUND_LABELS[value]}
                </option>
              ))}
            </select>
          </div>
        </div>
        {cards.isError ? (
          <ErrorState
            what="The cards could not be loaded."
            error={cards.error}
            onRetry={() => void cards.refetch()}
          />
        ) : cards.isPending ? (
          <Loading />
        ) : (
          <>
            <h3 className="subheading">Your cards ({own.length})</h3>
            {own.length === 0 ? (
              <p className="empty-note">
                None here yet. Write down every question you are asked in a real interview; it is
                the best card you will ever have.
              </p>
            ) : (
              <CardList
                cards={own}
                onEdit={(card) => {
                  setEditing(card);
                  requestAnimationFrame(() =>
                    formRef.current?.querySelector<HTMLElement>('select, textarea')?.focus(),
                  );
                }}
              />
            )}
            <h3 className="subheading">From the catalog ({catalog.length})</h3>
            <CardList cards={catalog} />
          </>
        )}
      </section>
    </div>
  );
}

function CardList({ cards, onEdit }: { cards: StudyCard[]; onEdit?: (card: StudyCard) => void }) {
  const remove = useDeleteCard();
  return (
    <ul className="bank-list">
      {cards.map((card) => (
        <li key={card.id} className="bank-item">
          <details>
            <summary>
              <span className="bank-prompt">{card.prompt}</span>
              <span className="bank-meta muted small">
                {TOPIC_LABELS[card.topic]}
                {card.level ? ` · ${card.level}` : ''} ·{' '}
                {card.review
                  ? card.review.dueNow
                    ? 'due now'
                    : `due ${whenDue(card.review.due)}`
                  : 'new'}
              </span>
            </summary>
            <CardAnswer card={card} />
          </details>
          {onEdit && (
            <div className="button-row">
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => onEdit(card)}
              >
                Edit<span className="visually-hidden"> the card “{card.prompt}”</span>
              </button>
              <ConfirmButton
                label="Delete"
                subject={`the card “${card.prompt}”`}
                question="Delete this card and its review history?"
                confirmLabel="Delete"
                disabled={remove.isPending}
                onConfirm={() => remove.mutate(card.id)}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

const LABELS: Record<string, string> = {
  topic: 'Topic',
  rounds: 'Rounds',
  prompt: 'Question',
  answer: 'Answer',
};

function CardForm({
  editing,
  sectionRef,
  onDone,
}: {
  editing: StudyCard | null;
  sectionRef: React.RefObject<HTMLElement | null>;
  onDone: () => void;
}) {
  const save = useSaveCard();
  const id = useId();
  const [card, setCard] = useState<UserCardInput>(
    editing
      ? {
          topic: editing.topic,
          rounds: editing.rounds,
          prompt: editing.prompt,
          answer: typeof editing.answer === 'string' ? editing.answer : editing.answer.join('\n'),
        }
      : EMPTY,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    setErrors({});
    save.mutate(
      { ...(editing ? { id: editing.id } : {}), card },
      {
        onSuccess: () => {
          setSaved(editing ? 'Card saved.' : 'Card added. It comes up first in your next review.');
          if (editing) onDone();
          else setCard({ ...EMPTY, topic: card.topic, rounds: card.rounds });
        },
        onError: (error) => {
          if (isApiError(error, 400)) setErrors(issuesToErrors(error.issues, LABELS).fields);
        },
      },
    );
  };
  const toggleRound = (round: Round, on: boolean) =>
    setCard({
      ...card,
      rounds: on ? [...card.rounds, round] : card.rounds.filter((value) => value !== round),
    });

  return (
    <section ref={sectionRef} className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {editing ? 'Edit your card' : 'Add your own card'}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-topic`} className="field-label">
            Topic
          </label>
          <select
            id={`${id}-topic`}
            className="input select"
            value={card.topic}
            onChange={(event) => setCard({ ...card, topic: event.target.value as InterviewTopic })}
          >
            {TOPICS.map((value) => (
              <option key={value} value={value}>
                {TOPIC_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className={`field round-checks${errors.rounds ? ' field-invalid' : ''}`}>
          <legend className="field-label">Rounds it prepares for</legend>
          {errors.rounds && <p className="field-error">{errors.rounds}</p>}
          {ROUNDS.map((round) => (
            <label key={round} className="check">
              <input
                type="checkbox"
                checked={card.rounds.includes(round)}
                onChange={(event) => toggleRound(round, event.target.checked)}
              />{' '}
              {ROUND_LABELS[round]}
            </label>
          ))}
        </fieldset>
        <TextArea
          id={`${id}-prompt`}
          label="Question"
          value={card.prompt}
          error={errors.prompt}
          rows={2}
          onChange={(prompt) => setCard({ ...card, prompt })}
        />
        <TextArea
          id={`${id}-answer`}
          label="Answer"
          hint="The answer you want to be able to give: a few sentences or a list of points."
          value={card.answer}
          error={errors.answer}
          rows={5}
          onChange={(answer) => setCard({ ...card, answer })}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {editing ? 'Save card' : 'Add card'}
          </button>
          {editing && (
            <button type="button" className="button" onClick={onDone}>
              Cancel
            </button>
          )}
        </div>
        <div aria-live="polite">{saved && <p className="muted small">{saved}</p>}</div>
        {save.isError && !isApiError(save.error, 400) && (
          <p className="callout callout-error" role="alert">
            {save.error instanceof Error ? sentence(save.error.message) : 'Saving failed.'}
          </p>
        )}
      </form>
    </section>
  );
}

/** A labelled text area with its hint and error tied to it. */
export function TextArea({
  id,
  label,
  hint,
  error,
  value,
  rows = 3,
  optional,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  rows?: number;
  optional?: boolean;
  onChange: (value: string) => void;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="optional"> (optional)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <textarea
        id={id}
        className="input textarea"
        rows={rows}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy.join(' ') || undefined}
        onKeyDown={submitOnCtrlEnter}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
