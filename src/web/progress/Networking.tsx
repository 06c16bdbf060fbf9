import { type FormEvent, useState } from 'react';
import { sentence } from '../api/client';
import { useAddNetworking, useDeleteNetworking, useNetworking } from '../api/queries';
import type { NetworkingKind } from '../api/types';
import { formatShort, localToday } from '../roadmap/dates';
import { ConfirmButton } from '../ui/ConfirmButton';

export const KIND_LABELS: Record<NetworkingKind, string> = {
  'coffee-chat': 'Coffee chat',
  meetup: 'Meetup',
  post: 'Public post',
  message: 'Message',
};

/** Conversations, meetups and posts: most first offers come through people. */
export function Networking() {
  const list = useNetworking();
  const add = useAddNetworking();
  const remove = useDeleteNetworking();
  const [date, setDate] = useState(localToday);
  const [kind, setKind] = useState<NetworkingKind>('coffee-chat');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const trimmed = note.trim();
    add.mutate(
      { date, kind, ...(trimmed ? { note: trimmed } : {}) },
      {
        onSuccess: () => {
          setSaved(`Added: ${KIND_LABELS[kind]} on ${formatShort(date)}.`);
          setNote('');
        },
      },
    );
  };
  const items = [...(list.data ?? [])].sort((a, b) => b.date.localeCompare(a.date));

  return (
    <section className="card" aria-labelledby="networking-title">
      <h2 id="networking-title" className="section-title">
        Networking
      </h2>
      <form className="inline-grid" onSubmit={submit}>
        <div className="field">
          <label htmlFor="net-date" className="field-label">
            Date
          </label>
          <input
            id="net-date"
            type="date"
            className="input"
            value={date}
            required
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="net-kind" className="field-label">
            Kind
          </label>
          <select
            id="net-kind"
            className="input select"
            value={kind}
            onChange={(e) => setKind(e.target.value as NetworkingKind)}
          >
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-grow">
          <label htmlFor="net-note" className="field-label">
            Note <span className="optional">(optional)</span>
          </label>
          <input
            id="net-note"
            className="input"
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          Add
        </button>
      </form>
      <div aria-live="polite">{saved && <p className="muted small">{saved}</p>}</div>
      {add.isError && (
        <p className="callout callout-error" role="alert">
          {add.error instanceof Error ? sentence(add.error.message) : 'Saving failed.'}
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty-note">
          Nothing yet. One coffee chat or a short post about what you built each week adds up: most
          first offers come through people.
        </p>
      ) : (
        <ul className="log-list">
          {items.map((item) => (
            <li key={item.id} className="log-row log-row-3">
              <span className="log-date">{formatShort(item.date)}</span>
              <span className="log-what">
                {KIND_LABELS[item.kind]}
                {item.note && <span className="muted small log-note">{item.note}</span>}
              </span>
              <ConfirmButton
                label="Delete"
                subject={`${KIND_LABELS[item.kind]} of ${formatShort(item.date)}`}
                question="Delete?"
                confirmLabel="Delete"
                disabled={remove.isPending}
                onConfirm={() => remove.mutate(item.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
