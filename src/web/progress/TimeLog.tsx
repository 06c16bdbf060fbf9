import { type ChangeEvent, useRef, useState } from 'react';
import { type Issue, isApiError, sentence } from '../api/client';
import { useDeleteTimeEntry, useImportTimeEntries, useTimeEntries } from '../api/queries';
import { formatShort } from '../roadmap/dates';
import { ErrorState } from '../shell/ErrorState';
import { ConfirmButton } from '../ui/ConfirmButton';
import { formatMinutes } from './duration';

const PAGE = 15;

/** `row 3.date` → { row: "Row 3", field: "date" }. */
function rowIssue(issue: Issue): { where: string; message: string } {
  const match = /^row (\d+)(?:\.(.+))?$/.exec(issue.path);
  if (!match) return { where: issue.path || 'File', message: issue.message };
  return {
    where: `Row ${match[1]}${match[2] ? `, ${match[2]}` : ''}`,
    message: issue.message,
  };
}

/** Every logged session, newest first, with the CSV download and import. */
export function TimeLog({ titleOf }: { titleOf: (kind: string, id: string) => string }) {
  const entries = useTimeEntries();
  const remove = useDeleteTimeEntry();
  const importCsv = useImportTimeEntries();
  const [shown, setShown] = useState(PAGE);
  const [result, setResult] = useState<
    { ok: true; text: string } | { ok: false; text: string; issues: Issue[] } | null
  >(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setResult(null);
    const text = await file.text();
    importCsv.mutate(text, {
      onSuccess: ({ imported }) =>
        setResult({
          ok: true,
          text: `Imported ${imported} ${imported === 1 ? 'entry' : 'entries'} from ${file.name}.`,
        }),
      onError: (error) =>
        setResult({
          ok: false,
          text: `${file.name}: ${error instanceof Error ? sentence(error.message) : 'the import failed.'}`,
          issues: isApiError(error) ? error.issues : [],
        }),
      onSettled: () => {
        if (fileRef.current) fileRef.current.value = '';
      },
    });
  };

  const sorted = [...(entries.data ?? [])].sort(
    (a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id),
  );

  return (
    <section className="card" aria-labelledby="log-title">
      <div className="section-head">
        <h2 id="log-title" className="section-title">
          Time log
        </h2>
        {sorted.length > 0 && (
          <a className="button button-small" href="/api/time-entries.csv" download>
            Download CSV
          </a>
        )}
      </div>
      {entries.isPending ? (
        <p className="muted">Loading your log…</p>
      ) : entries.isError ? (
        <ErrorState
          what="Your time log could not be loaded."
          error={entries.error}
          onRetry={() => void entries.refetch()}
        />
      ) : sorted.length === 0 ? (
        <p className="empty-note">
          Nothing logged yet. Log your first session above — even 25 minutes counts — and your week,
          streak and forecast start from it.
        </p>
      ) : (
        <>
          <ul className="log-list">
            {sorted.slice(0, shown).map((entry) => (
              <li key={entry.id} className="log-row">
                <span className="log-date">{formatShort(entry.date)}</span>
                <span className="log-what">
                  {titleOf(entry.targetKind, entry.targetId)}
                  {entry.note && <span className="muted small log-note">{entry.note}</span>}
                </span>
                <span className={`mode-tag mode-${entry.mode}`}>
                  {entry.mode === 'build' ? 'Build' : 'Theory'}
                </span>
                <span className="log-minutes">{formatMinutes(entry.minutes)}</span>
                <ConfirmButton
                  label="Delete"
                  subject={`the ${formatMinutes(entry.minutes)} entry of ${formatShort(entry.date)}`}
                  question="Delete?"
                  confirmLabel="Delete"
                  disabled={remove.isPending}
                  onConfirm={() => remove.mutate(entry.id)}
                />
              </li>
            ))}
          </ul>
          {sorted.length > shown && (
            <button
              type="button"
              className="button button-small"
              onClick={() => setShown((n) => n + 50)}
            >
              Show more ({sorted.length - shown} older)
            </button>
          )}
        </>
      )}
      <div className="csv-import">
        <label htmlFor="csv-import" className="field-label">
          Import a CSV
        </label>
        <p id="csv-import-hint" className="field-hint">
          Columns date, minutes, targetKind, targetId, mode, note — the format of the download. If
          any row is wrong nothing is imported, and each problem is listed by row.
        </p>
        <input
          ref={fileRef}
          id="csv-import"
          type="file"
          accept=".csv,text/csv"
          className="file-input"
          aria-describedby="csv-import-hint"
          disabled={importCsv.isPending}
          onChange={(event) => void onFile(event)}
        />
        <div aria-live="polite">
          {result?.ok && <p className="callout callout-success">{result.text}</p>}
        </div>
        {result && !result.ok && (
          <div className="callout callout-error csv-report" role="alert">
            <p className="callout-title">{result.text}</p>
            {result.issues.length > 0 && (
              <ul>
                {result.issues.map((issue) => {
                  const { where, message } = rowIssue(issue);
                  return (
                    <li key={`${issue.path}:${issue.message}`}>
                      <strong>{where}:</strong> {message}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        )}
      </div>
      {remove.isError && (
        <p className="callout callout-error" role="alert">
          {remove.error instanceof Error ? sentence(remove.error.message) : 'Deleting failed.'}
        </p>
      )}
    </section>
  );
}
