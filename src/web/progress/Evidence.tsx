import { type FormEvent, useState } from 'react';
import { failureMessage } from '../api/client';
import { useAddEvidence, useDeleteEvidence, useEvidence } from '../api/queries';
import type { EvidenceType } from '../api/types';
import { formatShort, localToday } from '../roadmap/dates';
import { ConfirmButton } from '../ui/ConfirmButton';
import { parseTarget, type TargetGroups } from './targets';

const TYPE_LABELS: Record<EvidenceType, string> = {
  repository: 'Repository',
  commit: 'Commit',
  'deployed-url': 'Deployed app',
  certificate: 'Certificate',
  'blog-post': 'Blog post',
  kaggle: 'Kaggle',
};

/** Only http and https addresses ever become links; anything else stays plain text. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Links that prove the work: repositories, deployed apps, posts, certificates. */
export function Evidence({ targets }: { targets: TargetGroups }) {
  const list = useEvidence();
  const add = useAddEvidence();
  const remove = useDeleteEvidence();
  const all = [...targets.thisWeek, ...targets.skills, ...targets.projects];
  const [target, setTarget] = useState(all[0]?.value ?? '');
  const [type, setType] = useState<EvidenceType>('repository');
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseTarget(target);
    if (!safeHref(url.trim())) {
      setError('Enter a web address that starts with https:// or http://.');
      document.getElementById('ev-url')?.focus();
      return;
    }
    if (!parsed) return;
    setError('');
    add.mutate(
      { targetKind: parsed.kind, targetId: parsed.id, type, url: url.trim(), date: localToday() },
      {
        onSuccess: () => setUrl(''),
        onError: (failure) => setError(failureMessage(failure)),
      },
    );
  };

  const items = [...(list.data ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section className="card" aria-labelledby="evidence-title">
      <h2 id="evidence-title" className="section-title">
        Evidence
      </h2>
      <form className="inline-grid" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="ev-target" className="field-label">
            For
          </label>
          <select
            id="ev-target"
            className="input select"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          >
            {all.map((item) => (
              <option key={item.value} value={item.value}>
                {item.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ev-type" className="field-label">
            Type
          </label>
          <select
            id="ev-type"
            className="input select"
            value={type}
            onChange={(e) => setType(e.target.value as EvidenceType)}
          >
            {Object.entries(TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className={`field field-grow${error ? ' field-invalid' : ''}`}>
          <label htmlFor="ev-url" className="field-label">
            Link
          </label>
          {error && (
            <p id="ev-url-error" className="field-error">
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <input
            id="ev-url"
            type="url"
            className="input"
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'ev-url-error' : undefined}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          Add
        </button>
      </form>
      {items.length === 0 ? (
        <p className="empty-note">
          No links yet. A repository, a deployed demo or a write-up per project is what a hiring
          manager opens first.
        </p>
      ) : (
        <ul className="log-list">
          {items.map((item) => {
            const href = safeHref(item.url);
            const title =
              targets.byValue.get(`${item.targetKind}:${item.targetId}`)?.title ?? item.targetId;
            return (
              <li key={item.id} className="log-row log-row-3">
                <span className="log-date">{TYPE_LABELS[item.type]}</span>
                <span className="log-what">
                  {href ? (
                    <a
                      href={href}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="evidence-link"
                    >
                      {item.url}
                    </a>
                  ) : (
                    <span className="evidence-link">{item.url}</span>
                  )}
                  <span className="muted small log-note">
                    {title}, {formatShort(item.date)}
                  </span>
                </span>
                <ConfirmButton
                  label="Delete"
                  subject={`the link ${item.url}`}
                  question="Delete?"
                  confirmLabel="Delete"
                  disabled={remove.isPending}
                  onConfirm={() => remove.mutate(item.id)}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
