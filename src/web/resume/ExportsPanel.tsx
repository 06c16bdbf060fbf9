import { type ChangeEvent, useRef, useState } from 'react';
import { isApiError, sentence } from '../api/client';
import { EXPORTS, useImportJsonResume } from './api';

interface ExportsPanelProps {
  saved: boolean;
  dirty: boolean;
  onImported: () => void;
}

/** Downloads of the saved resume, and the JSON Resume import. */
export function ExportsPanel({ saved, dirty, onImported }: ExportsPanelProps) {
  return (
    <section className="card resume-panel" aria-labelledby="resume-exports-title">
      <h2 id="resume-exports-title" className="section-title">
        Export and import
      </h2>
      {saved ? (
        <>
          <p className="section-intro">
            The PDF is one column of real text, so applicant tracking systems read it in order. It
            uses the largest type that fits one page.
          </p>
          {dirty && (
            <p className="muted small stale-note">
              Downloads contain your saved resume: save first to include your latest edits.
            </p>
          )}
          <ul className="export-links">
            <li>
              <a className="button" href={EXPORTS.pdf} download>
                Download PDF
              </a>
            </li>
            <li>
              <a className="button" href={EXPORTS.markdown} download>
                Download Markdown
              </a>
            </li>
            <li>
              <a className="button" href={EXPORTS.jsonResume} download>
                Download JSON Resume
              </a>
            </li>
          </ul>
        </>
      ) : (
        <p className="empty-note">
          Save your resume to download it as PDF, Markdown or JSON Resume.
        </p>
      )}
      <ImportJsonResume hasResume={saved} dirty={dirty} onImported={onImported} />
    </section>
  );
}

interface ImportProps {
  hasResume: boolean;
  dirty: boolean;
  onImported: () => void;
}

/**
 * Reads a JSON Resume file (jsonresume.org) into the resume. When one is saved the server refuses
 * with 409 and the user is asked before it is replaced.
 */
export function ImportJsonResume({ hasResume, dirty, onImported }: ImportProps) {
  const importer = useImportJsonResume();
  const [pending, setPending] = useState<{ document: unknown; name: string } | null>(null);
  const [message, setMessage] = useState<{
    tone: 'error' | 'success';
    text: string;
    details?: string[];
  } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const send = (document: unknown, name: string, replace: boolean) => {
    setMessage(null);
    importer.mutate(
      { document, replace },
      {
        onSuccess: (result) => {
          setPending(null);
          if (input.current) input.current.value = '';
          setMessage({
            tone: 'success',
            text: `Imported ${name}.`,
            ...(result.ignored.length > 0
              ? {
                  details: [
                    `Left out, as they have no place on a one-page switcher resume: ${result.ignored.join(', ')}.`,
                  ],
                }
              : {}),
          });
          onImported();
        },
        onError: (error) => {
          if (isApiError(error, 409)) {
            setPending({ document, name });
            window.setTimeout(() => confirmRef.current?.focus(), 0);
            return;
          }
          setPending(null);
          setMessage({
            tone: 'error',
            text: `${name} could not be imported: ${error instanceof Error ? sentence(error.message) : 'try again.'}`,
            details: isApiError(error)
              ? error.issues.map((issue) => `${issue.path}: ${issue.message}`)
              : [],
          });
        },
      },
    );
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setPending(null);
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      setMessage({
        tone: 'error',
        text: `${file.name} is not a JSON file. Choose a JSON Resume (.json).`,
      });
      return;
    }
    // Unsaved edits of a resume never saved would be lost without the server noticing: ask.
    if (dirty && !hasResume) {
      setPending({ document, name: file.name });
      window.setTimeout(() => confirmRef.current?.focus(), 0);
      return;
    }
    send(document, file.name, false);
  };

  return (
    <div className="resume-import">
      <h3 className="mini-heading">Import a JSON Resume</h3>
      <p className="muted small">
        A resume.json from jsonresume.org or another tool. Projects, work, skills, education and
        certificates come across; anything else is listed and left out.
      </p>
      <label htmlFor="resume-import-file" className="field-label">
        JSON Resume file
      </label>
      <input
        ref={input}
        id="resume-import-file"
        type="file"
        className="file-input"
        accept=".json,application/json"
        disabled={importer.isPending}
        onChange={(event) => void onFile(event)}
      />
      {importer.isPending && <p className="muted small">Importing…</p>}
      {pending && (
        <div className="callout callout-warning" role="alert">
          <p className="callout-title">
            {hasResume ? 'Replace your saved resume?' : 'Replace what you have typed?'}
          </p>
          <p>
            Importing {pending.name}{' '}
            {hasResume
              ? `overwrites your saved resume${dirty ? ' and your unsaved edits' : ''}. Your cover letter is kept.`
              : 'replaces the edits you have not saved.'}
          </p>
          <div className="button-row">
            <button
              ref={confirmRef}
              type="button"
              className="button button-danger"
              onClick={() => send(pending.document, pending.name, true)}
              disabled={importer.isPending}
            >
              Replace my resume
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setPending(null);
                if (input.current) input.current.value = '';
                input.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {message && (
        <div
          className={`callout ${message.tone === 'error' ? 'callout-error' : 'callout-success'}`}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          <p>{message.text}</p>
          {message.details && message.details.length > 0 && (
            <ul className="small">
              {message.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
