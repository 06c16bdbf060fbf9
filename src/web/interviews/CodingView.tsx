import { type FormEvent, useState } from 'react';
import type { CodingTopic, Difficulty } from '../../core/interview/coding';
import { isApiError, sentence } from '../api/client';
import { formatLong, formatShort, localToday } from '../roadmap/dates';
import { ErrorState } from '../shell/ErrorState';
import { Loading } from '../shell/Loading';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorSummary } from '../ui/ErrorSummary';
import { type FieldErrors, issuesToErrors, summaryItems } from '../ui/forms';
import {
  type CodingProgress,
  useCodingLog,
  useCodingProgress,
  useDeleteCoding,
  useLogCoding,
} from './api';
import { CODING_TOPIC_LABELS, DIFFICULTY_LABELS } from './labels';

const TOPICS = Object.keys(CODING_TOPIC_LABELS) as CodingTopic[];
const DIFFICULTIES = Object.keys(DIFFICULTY_LABELS) as Difficulty[];

/** The coding-practice log: problems toward 200, their topics and the pace. */
export function CodingView() {
  const progress = useCodingProgress();
  return (
    <div className="interviews-coding">
      <section className="card" aria-labelledby="coding-progress-title">
        <h2 id="coding-progress-title" className="section-title">
          Toward 200 problems
        </h2>
        {progress.isError ? (
          <ErrorState
            what="Your coding progress could not be loaded."
            error={progress.error}
            onRetry={() => void progress.refetch()}
          />
        ) : !progress.data ? (
          <Loading />
        ) : (
          <ProgressSummary progress={progress.data} />
        )}
      </section>
      <LogForm />
      <CodingLog />
    </div>
  );
}

function ProgressSummary({ progress }: { progress: CodingProgress }) {
  const topics = TOPICS.filter((topic) => progress.byTopic[topic] > 0).sort(
    (a, b) => progress.byTopic[b] - progress.byTopic[a],
  );
  const most = Math.max(1, ...topics.map((topic) => progress.byTopic[topic]));
  return (
    <>
      <p className="coding-count">
        <strong data-testid="coding-problems">{progress.problems}</strong> of {progress.target}{' '}
        problems solved ({progress.percent}%)
      </p>
      <progress
        className="coding-meter"
        max={progress.target}
        value={Math.min(progress.problems, progress.target)}
        aria-label={`${progress.problems} of ${progress.target} problems`}
      />
      <p className="muted small">
        {progress.reached
          ? 'Target reached. Keep a few problems a week going so the habit stays.'
          : progress.eta
            ? `At ${progress.weeklyPace} new problems a week you reach ${progress.target} around ${formatLong(progress.eta)}.`
            : 'Log a few problems to see your weekly pace and when you reach the target.'}{' '}
        Mostly medium problems, solved out loud on a timer, prepare you best for the technical
        screen.
      </p>
      {progress.problems > 0 && (
        <div className="coding-split">
          <table className="data-table">
            <caption>By difficulty</caption>
            <tbody>
              {DIFFICULTIES.map((difficulty) => (
                <tr key={difficulty}>
                  <th scope="row">{DIFFICULTY_LABELS[difficulty]}</th>
                  <td className="num">{progress.byDifficulty[difficulty].count}</td>
                  <td className="num">
                    {Math.round(progress.byDifficulty[difficulty].share * 100)}%
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="data-table topic-bars">
            <caption>By topic</caption>
            <tbody>
              {topics.map((topic) => (
                <tr key={topic}>
                  <th scope="row">{CODING_TOPIC_LABELS[topic]}</th>
                  <td className="bar-cell">
                    <span
                      className="bar"
                      style={{ width: `${(progress.byTopic[topic] / most) * 100}%` }}
                    />
                  </td>
                  <td className="num">{progress.byTopic[topic]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

const LABELS: Record<string, string> = {
  name: 'Problem',
  link: 'Link',
  topic: 'Topic',
  difficulty: 'Difficulty',
  date: 'Date',
  minutes: 'Minutes',
};

function LogForm() {
  const log = useLogCoding();
  const [name, setName] = useState('');
  const [link, setLink] = useState('');
  const [topic, setTopic] = useState<CodingTopic>('arrays');
  const [difficulty, setDifficulty] = useState<Difficulty>('medium');
  const [date, setDate] = useState(localToday);
  const [minutes, setMinutes] = useState('30');
  const [solvedAlone, setSolvedAlone] = useState(true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [saved, setSaved] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    setErrors({});
    setOther([]);
    const entry = {
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(link.trim() ? { link: link.trim() } : {}),
      topic,
      difficulty,
      date,
      minutes: Number(minutes),
      solvedAlone,
    };
    log.mutate(entry, {
      onSuccess: () => {
        setSaved(`Logged: ${entry.name ?? entry.link}.`);
        setName('');
        setLink('');
      },
      onError: (error) => {
        if (!isApiError(error, 400)) return;
        const mapped = issuesToErrors(error.issues, LABELS);
        setErrors(mapped.fields);
        setOther(mapped.other);
      },
    });
  };
  const items = summaryItems(
    errors,
    ['name', 'link', 'topic', 'difficulty', 'date', 'minutes'],
    (path) => `coding-${path}`,
    other,
  );
  const field = (id: string, label: string, control: React.ReactNode, optional = false) => (
    <div className={`field${errors[id] ? ' field-invalid' : ''}`}>
      <label htmlFor={`coding-${id}`} className="field-label">
        {label}
        {optional && <span className="optional"> (optional)</span>}
      </label>
      {errors[id] && (
        <p id={`coding-${id}-error`} className="field-error">
          {errors[id]}
        </p>
      )}
      {control}
    </div>
  );
  const described = (id: string) => (errors[id] ? `coding-${id}-error` : undefined);

  return (
    <section className="card" aria-labelledby="coding-log-title">
      <h2 id="coding-log-title" className="section-title">
        Log a problem
      </h2>
      <ErrorSummary items={items} />
      <form className="coding-form" onSubmit={submit} noValidate>
        {field(
          'name',
          'Problem',
          <input
            id="coding-name"
            className="input"
            value={name}
            maxLength={200}
            aria-describedby={described('name')}
            onChange={(event) => setName(event.target.value)}
          />,
        )}
        {field(
          'link',
          'Link',
          <input
            id="coding-link"
            type="url"
            className="input"
            value={link}
            placeholder="https://"
            aria-describedby={described('link')}
            onChange={(event) => setLink(event.target.value)}
          />,
          true,
        )}
        {field(
          'topic',
          'Topic',
          <select
            id="coding-topic"
            className="input select"
            value={topic}
            onChange={(event) => setTopic(event.target.value as CodingTopic)}
          >
            {TOPICS.map((value) => (
              <option key={value} value={value}>
                {CODING_TOPIC_LABELS[value]}
              </option>
            ))}
          </select>,
        )}
        {field(
          'difficulty',
          'Difficulty',
          <select
            id="coding-difficulty"
            className="input select"
            value={difficulty}
            onChange={(event) => setDifficulty(event.target.value as Difficulty)}
          >
            {DIFFICULTIES.map((value) => (
              <option key={value} value={value}>
                {DIFFICULTY_LABELS[value]}
              </option>
            ))}
          </select>,
        )}
        {field(
          'date',
          'Date',
          <input
            id="coding-date"
            type="date"
            className="input"
            value={date}
            aria-describedby={described('date')}
            onChange={(event) => setDate(event.target.value)}
          />,
        )}
        {field(
          'minutes',
          'Minutes',
          <input
            id="coding-minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={600}
            className="input input-short"
            value={minutes}
            aria-describedby={described('minutes')}
            onChange={(event) => setMinutes(event.target.value)}
          />,
        )}
        <label className="check coding-alone">
          <input
            type="checkbox"
            checked={solvedAlone}
            onChange={(event) => setSolvedAlone(event.target.checked)}
          />{' '}
          Solved without hints or reading a solution
        </label>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={log.isPending}>
            Log problem
          </button>
        </div>
      </form>
      <div aria-live="polite">{saved && <p className="muted small">{saved}</p>}</div>
      {log.isError && !isApiError(log.error, 400) && (
        <p className="callout callout-error" role="alert">
          {log.error instanceof Error ? sentence(log.error.message) : 'Saving failed.'}
        </p>
      )}
    </section>
  );
}

function CodingLog() {
  const list = useCodingLog();
  const remove = useDeleteCoding();
  return (
    <section className="card" aria-labelledby="coding-history-title">
      <h2 id="coding-history-title" className="section-title">
        Logged problems
      </h2>
      {list.isError ? (
        <ErrorState
          what="The log could not be loaded."
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : !list.data ? (
        <Loading />
      ) : list.data.length === 0 ? (
        <p className="empty-note">
          Nothing logged yet. Count every attempt, including the ones you could not finish: the
          repeats show which topics need another look.
        </p>
      ) : (
        <ul className="coding-list">
          {list.data.map((entry) => {
            const title = entry.name ?? entry.link ?? 'Problem';
            return (
              <li key={entry.id} className="coding-row">
                <span className="log-date">{formatShort(entry.date)}</span>
                <span className="coding-what">
                  {entry.link ? (
                    <a href={entry.link} rel="noopener noreferrer" target="_blank">
                      {title}
                    </a>
                  ) : (
                    title
                  )}
                  <span className="muted small">
                    {CODING_TOPIC_LABELS[entry.topic]} · {DIFFICULTY_LABELS[entry.difficulty]} ·{' '}
                    {entry.minutes} min{entry.solvedAlone ? '' : ' · with help'}
                  </span>
                </span>
                <ConfirmButton
                  label="Delete"
                  subject={`${title} of ${formatShort(entry.date)}`}
                  question="Delete?"
                  confirmLabel="Delete"
                  disabled={remove.isPending}
                  onConfirm={() => remove.mutate(entry.id)}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
