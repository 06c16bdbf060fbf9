import { type FormEvent, useRef, useState } from 'react';
import { isApiError, sentence } from '../api/client';
import { useImportBackup } from '../api/queries';
import { describeIssue } from '../ui/forms';

/** "backup.data.profiles" + "is required" → 'The field "data.profiles" is required.' */
function describeBackupIssue(path: string, message: string): string {
  const field = path.replace(/^backup\.?/, '');
  return describeIssue(field ? `The field "${field}"` : 'The file', message);
}

type State =
  | { kind: 'idle' }
  | { kind: 'error'; messages: string[] }
  | { kind: 'conflict'; backup: unknown }
  | { kind: 'done' };

export function BackupSection() {
  const restore = useImportBackup();
  const fileRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const send = (backup: unknown, replace: boolean) =>
    restore.mutate(
      { backup, replace },
      {
        onSuccess: () => {
          setState({ kind: 'done' });
          if (fileRef.current) fileRef.current.value = '';
        },
        onError: (error) => {
          if (isApiError(error, 409)) {
            setState({ kind: 'conflict', backup });
          } else if (isApiError(error) && error.issues.length > 0) {
            setState({
              kind: 'error',
              messages: [
                `${sentence(error.message)} Nothing was changed.`,
                ...error.issues
                  .slice(0, 5)
                  .map((issue) => describeBackupIssue(issue.path, issue.message)),
              ],
            });
          } else {
            setState({
              kind: 'error',
              messages: [`${sentence(error.message)} Nothing was changed.`],
            });
          }
        },
      },
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setState({ kind: 'error', messages: ['Choose a backup file first.'] });
      return;
    }
    let backup: unknown;
    try {
      backup = JSON.parse(await file.text());
    } catch {
      setState({
        kind: 'error',
        messages: ['This file is not a backup from mlpath: it does not contain JSON.'],
      });
      return;
    }
    setState({ kind: 'idle' });
    send(backup, false);
  };

  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title" className="section-title">
        Backup
      </h2>
      <p className="section-intro">
        A backup is one JSON file with everything your account holds. Keep one before big changes,
        or use it to move to another mlpath server.
      </p>
      <p>
        <a className="button" href="/api/export" download>
          Download backup
        </a>
      </p>

      <form className="form restore-form" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor="restore-file" className="field-label">
            Restore from a backup file
          </label>
          <p id="restore-file-hint" className="field-hint">
            A .json file downloaded from mlpath. Restoring replaces what your account holds now.
          </p>
          <input
            ref={fileRef}
            id="restore-file"
            type="file"
            accept="application/json,.json"
            className="file-input"
            aria-describedby="restore-file-hint"
            onChange={() => setState({ kind: 'idle' })}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={restore.isPending}>
            {restore.isPending ? 'Restoring…' : 'Restore backup'}
          </button>
        </div>
        <div role="status">
          {state.kind === 'done' && (
            <p className="callout callout-success">
              The backup has been restored. Your profile shows the restored answers.
            </p>
          )}
        </div>
        {state.kind === 'error' && (
          <div className="error-summary" role="alert">
            <p className="error-summary-title">The backup was not restored</p>
            <ul>
              {state.messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        )}
        {state.kind === 'conflict' && (
          <div className="callout callout-warning" role="alert">
            <p className="callout-title">Replace what your account holds now?</p>
            <p>
              Your account already holds data. Restoring this backup replaces your current profile
              and everything else in your account with the backup's contents. This cannot be undone,
              so download a backup of the current data first if you may want it.
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button button-danger"
                disabled={restore.isPending}
                onClick={() => send(state.backup, true)}
              >
                Replace my data
              </button>
              <button type="button" className="button" onClick={() => setState({ kind: 'idle' })}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </form>
    </section>
  );
}
