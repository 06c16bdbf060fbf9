import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { sentence } from '../api/client';
import { ErrorState } from '../shell/ErrorState';
import { Loading } from '../shell/Loading';
import { Announcer, isTextEntry, useAnnouncer } from '../ui/shortcuts';
import {
  type InterviewTopic,
  type NextCard,
  type SrsGrade,
  useGradeCard,
  useInterviewStats,
  useNextCard,
} from './api';
import { CardAnswer } from './CardAnswer';
import { GRADES, ROUND_LABELS, TOPIC_LABELS, whenDue } from './labels';

const RetentionChart = lazy(() => import('./RetentionChart'));

/** Elements whose own Space or digit handling must win over the review shortcuts. */
const OWN_KEYS = 'button, a, summary, [role="button"], [role="link"]';

/** The review session with the counts per topic and the retention chart. */
export function ReviewView() {
  const [topic, setTopic] = useState<InterviewTopic | ''>('');
  const stats = useInterviewStats();
  return (
    <div className="interviews-review">
      <ReviewSession topic={topic} />
      <TopicCounts stats={stats} topic={topic} onTopic={setTopic} />
      <section className="card" aria-labelledby="retention-title">
        <h2 id="retention-title" className="section-title">
          How much you remember
        </h2>
        {stats.isError ? (
          <ErrorState
            what="The review history could not be loaded."
            error={stats.error}
            onRetry={() => void stats.refetch()}
          />
        ) : stats.data ? (
          <Suspense fallback={<Loading label="Loading the chart…" />}>
            <RetentionChart stats={stats.data} />
          </Suspense>
        ) : (
          <Loading />
        )}
      </section>
    </div>
  );
}

function TopicCounts({
  stats,
  topic,
  onTopic,
}: {
  stats: ReturnType<typeof useInterviewStats>;
  topic: InterviewTopic | '';
  onTopic: (topic: InterviewTopic | '') => void;
}) {
  const data = stats.data;
  return (
    <section className="card" aria-labelledby="topics-title">
      <h2 id="topics-title" className="section-title">
        Due by topic
      </h2>
      <div className="field">
        <label htmlFor="review-topic" className="field-label">
          Study
        </label>
        <select
          id="review-topic"
          className="input select"
          value={topic}
          onChange={(event) => onTopic(event.target.value as InterviewTopic | '')}
        >
          <option value="">All topics</option>
          {data?.topics.map((row) => (
            <option key={row.topic} value={row.topic}>
              {TOPIC_LABELS[row.topic]} — {row.due} due, {row.new} new
            </option>
          ))}
        </select>
      </div>
      {stats.isError ? (
        <ErrorState
          what="The counts could not be loaded."
          error={stats.error}
          onRetry={() => void stats.refetch()}
        />
      ) : !data ? (
        <Loading />
      ) : (
        <div className="table-scroll">
          <table className="data-table topic-table">
            <caption className="visually-hidden">Cards due and new per topic</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                <th scope="col" className="num">
                  Due
                </th>
                <th scope="col" className="num">
                  New
                </th>
                <th scope="col" className="num">
                  All
                </th>
              </tr>
            </thead>
            <tbody>
              {data.topics.map((row) => (
                <tr key={row.topic} aria-current={row.topic === topic ? 'true' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onTopic(row.topic === topic ? '' : row.topic)}
                    >
                      {TOPIC_LABELS[row.topic]}
                    </button>
                  </th>
                  <td className="num">{row.due}</td>
                  <td className="num">{row.new}</td>
                  <td className="num">{row.total}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All topics</th>
                <td className="num">{data.totals.due}</td>
                <td className="num">{data.totals.new}</td>
                <td className="num">{data.totals.total}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}

function ReviewSession({ topic }: { topic: InterviewTopic | '' }) {
  const next = useNextCard(topic);
  return (
    <section className="card review-card" aria-labelledby="review-title">
      <h2 id="review-title" className="section-title">
        Review{topic ? `: ${TOPIC_LABELS[topic]}` : ''}
      </h2>
      {next.isError ? (
        <ErrorState
          what="The next card could not be loaded."
          error={next.error}
          onRetry={() => void next.refetch()}
        />
      ) : !next.data ? (
        <Loading label="Finding the next card…" />
      ) : (
        <Session next={next.data} topic={topic} refreshing={next.isFetching} />
      )}
    </section>
  );
}

function Session({
  next,
  topic,
  refreshing,
}: {
  next: NextCard;
  topic: InterviewTopic | '';
  refreshing: boolean;
}) {
  const grade = useGradeCard();
  const [message, announce] = useAnnouncer();
  const answerRef = useRef<HTMLElement>(null);
  const promptRef = useRef<HTMLElement>(null);
  const card = next.card;
  const cardId = card?.id;
  // Busy while this card's grade is saved or the next card is fetched; a grade still waiting for
  // the counts to refresh must not hold up the card shown after it.
  const busy = (grade.isPending && grade.variables?.cardId === cardId) || refreshing;
  // The card shown, and since when: a new card, or the same one back after a grade, starts
  // hidden in the very render that shows it (an effect would flash the last answer first).
  const shown = card ? `${card.id}@${card.review?.lastReview ?? ''}` : '';
  const [revealedFor, setRevealedFor] = useState<string | null>(null);
  const revealed = shown !== '' && revealedFor === shown;

  // Focus goes back to the question after a grade.
  const graded = useRef(false);
  useEffect(() => {
    if (graded.current && shown) promptRef.current?.focus();
    graded.current = false;
  }, [shown]);

  const reveal = () => {
    setRevealedFor(shown);
    requestAnimationFrame(() => answerRef.current?.focus());
  };
  const submit = (value: SrsGrade) => {
    if (!cardId || busy) return;
    const label = GRADES.find((item) => item.grade === value)?.label ?? '';
    graded.current = true;
    grade.mutate(
      { cardId, grade: value },
      { onSuccess: () => announce(`Graded ${label}. Next card.`) },
    );
  };

  const keys = useRef({ reveal, submit, revealed });
  keys.current = { reveal, submit, revealed };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTextEntry(event.target)) return;
      const target = event.target instanceof Element ? event.target : null;
      if (event.key === ' ' && !keys.current.revealed) {
        if (target?.closest(OWN_KEYS)) return;
        event.preventDefault();
        keys.current.reveal();
      } else if (keys.current.revealed && /^[1-4]$/.test(event.key)) {
        event.preventDefault();
        keys.current.submit(Number(event.key) as SrsGrade);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const left = next.remaining.due + next.remaining.new;
  return (
    <>
      <p className="review-remaining" aria-live="polite">
        <strong data-testid="to-study">{left}</strong> to study now ({next.remaining.due} due for
        review, {next.remaining.new} new)
      </p>
      <Announcer message={message} />
      {!card ? (
        <div className="empty-state review-done">
          <p className="review-done-title">Nothing left to study now{topic ? ' here' : ''}.</p>
          <p>
            {next.nextDue
              ? `The next card comes back ${whenDue(next.nextDue)}.`
              : 'Every card has a date; come back tomorrow.'}{' '}
            Add questions you were asked on the <Link to="/interviews/cards">Cards</Link> page.
          </p>
        </div>
      ) : (
        <>
          <section
            ref={promptRef}
            className="review-prompt"
            tabIndex={-1}
            aria-labelledby="review-question"
          >
            <p className="review-meta">
              <span className="badge">{TOPIC_LABELS[card.topic]}</span>
              {card.level && <span className="badge">{card.level} level</span>}
              {card.source === 'user' && <span className="badge badge-accent">your card</span>}
              <span className="muted small">
                {card.review ? `reviewed ${card.review.reps}×` : 'new'} ·{' '}
                {card.rounds.map((round) => ROUND_LABELS[round]).join(', ')}
              </span>
            </p>
            <p id="review-question" className="review-question">
              {card.prompt}
            </p>
          </section>
          {!revealed ? (
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={reveal}>
                Show answer <kbd>Space</kbd>
              </button>
              <span className="muted small">Answer aloud first, then check.</span>
            </div>
          ) : (
            <>
              <section
                ref={answerRef}
                className="review-answer"
                tabIndex={-1}
                aria-label="Model answer"
              >
                <CardAnswer card={card} />
              </section>
              <fieldset className="grade-group" disabled={busy}>
                <legend>How well did you answer? Press 1–4.</legend>
                <ul className="grade-list">
                  {GRADES.map((item) => {
                    const due = next.preview.find((entry) => entry.grade === item.grade)?.due;
                    return (
                      <li key={item.grade}>
                        <button
                          type="button"
                          className={`button grade-button grade-${item.grade}`}
                          onClick={() => submit(item.grade)}
                          aria-describedby={`grade-${item.grade}-meaning`}
                        >
                          <kbd>{item.grade}</kbd> {item.label}
                        </button>
                        <span id={`grade-${item.grade}-meaning`} className="grade-meaning">
                          {item.meaning}
                          {due && <> Back {whenDue(due)}.</>}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            </>
          )}
          {grade.isError && (
            <p className="callout callout-error" role="alert">
              {grade.error instanceof Error
                ? sentence(grade.error.message)
                : 'The grade was not saved.'}
            </p>
          )}
        </>
      )}
    </>
  );
}
