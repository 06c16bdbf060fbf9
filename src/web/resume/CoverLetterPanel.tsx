import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type Issue, isApiError, sentence } from '../api/client';
import { ErrorState } from '../shell/ErrorState';
import {
  type CoverLetter,
  EXPORTS,
  useAnalyses,
  useCoverLetter,
  useDraftCoverLetter,
  useSaveCoverLetter,
} from './api';
import { Field } from './Fields';

const PARAGRAPHS = [
  {
    label: 'Why this role at this company',
    hint: 'Replace the bracketed prompt with a real reason.',
  },
  { label: 'Your strongest project, with its numbers', hint: '' },
  { label: 'How your previous career carries over', hint: '' },
  { label: 'A short close that asks for a conversation', hint: '' },
] as const;

/**
 * The cover letter helper: a four-paragraph draft from the resume and a saved posting, edited
 * here and saved explicitly; exports as PDF and text once saved.
 */
export function CoverLetterPanel({ onDirtyChange }: { onDirtyChange: (dirty: boolean) => void }) {
  const saved = useCoverLetter(true);
  const analyses = useAnalyses();
  const draftLetter = useDraftCoverLetter();
  const save = useSaveCoverLetter();
  const [analysisId, setAnalysisId] = useState('');
  const [company, setCompany] = useState('');
  const [letter, setLetter] = useState<CoverLetter | null>(null);
  /** The letter as last saved or loaded; anything else is unsaved. */
  const [baseline, setBaseline] = useState<CoverLetter | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const firstParagraph = useRef<HTMLDivElement>(null);

  // The saved letter fills the form once, when it arrives; later refetches never overwrite edits.
  useEffect(() => {
    if (saved.data && letter === null) {
      setLetter(saved.data);
      setBaseline(saved.data);
    }
  }, [saved.data, letter]);

  const dirty = letter !== null && letter !== baseline;
  const dirtyRef = useRef(onDirtyChange);
  dirtyRef.current = onDirtyChange;
  useLayoutEffect(() => dirtyRef.current(dirty), [dirty]);

  const makeDraft = () => {
    if (dirty && !window.confirm('Replace the letter you are editing with a new draft?')) return;
    setMessage(null);
    draftLetter.mutate(
      {
        ...(analysisId ? { analysisId } : {}),
        ...(company.trim() ? { company: company.trim() } : {}),
      },
      {
        onSuccess: (draft) => {
          setLetter(draft);
          setIssues([]);
          setMessage({
            tone: 'success',
            text: 'Draft ready. Edit the bracketed parts, then save. Nothing is saved until you do.',
          });
          window.setTimeout(() => firstParagraph.current?.querySelector('textarea')?.focus(), 0);
        },
        onError: (error) =>
          setMessage({
            tone: 'error',
            text: `The draft could not be made: ${error instanceof Error ? sentence(error.message) : 'try again.'}`,
          }),
      },
    );
  };

  const submit = () => {
    if (!letter || save.isPending) return;
    const sent = letter;
    setMessage(null);
    save.mutate(sent, {
      onSuccess: () => {
        setBaseline(sent);
        setIssues([]);
        setMessage({ tone: 'success', text: 'Cover letter saved.' });
      },
      onError: (error) => {
        setIssues(isApiError(error, 400) ? error.issues : []);
        setMessage({
          tone: 'error',
          text: `The letter was not saved; your edits are still here. ${error instanceof Error ? sentence(error.message) : ''}`,
        });
      },
    });
  };

  const errorOf = (path: string) => issues.find((issue) => issue.path === path)?.message;
  const set = (change: Partial<CoverLetter>) =>
    setLetter((current) => (current ? { ...current, ...change } : current));
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key.toLowerCase() === 's' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      // The page's own Ctrl+S saves the resume; inside the letter it saves the letter.
      event.stopPropagation();
      submit();
    }
  };

  return (
    <section className="card resume-panel cover-letter" aria-labelledby="cover-letter-title">
      <h2 id="cover-letter-title" className="section-title">
        Cover letter
      </h2>
      <p className="section-intro">
        Four short paragraphs: why this role, your strongest project with its numbers, what your
        previous career brings, and a request for a conversation. Every number comes from your
        resume; the parts only you can write are left in [brackets].
      </p>
      {saved.isError ? (
        <ErrorState
          what="Your cover letter could not be loaded."
          error={saved.error}
          onRetry={() => void saved.refetch()}
        />
      ) : saved.isPending ? (
        <p className="muted">Loading your cover letter…</p>
      ) : (
        <>
          <div className="cover-letter-source">
            <div className="field">
              <label htmlFor="cover-letter-analysis" className="field-label">
                Saved posting <span className="optional">(optional)</span>
              </label>
              <select
                id="cover-letter-analysis"
                className="input select"
                value={analysisId}
                onChange={(event) => setAnalysisId(event.target.value)}
              >
                <option value="">No posting: a general draft</option>
                {analyses.data?.map((analysis) => (
                  <option key={analysis.id} value={analysis.id}>
                    {analysis.title}
                    {analysis.company ? ` — ${analysis.company}` : ''}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="cover-letter-company" className="field-label">
                Company <span className="optional">(optional)</span>
              </label>
              <input
                id="cover-letter-company"
                className="input"
                maxLength={200}
                value={company}
                onChange={(event) => setCompany(event.target.value)}
              />
            </div>
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={makeDraft}
                disabled={draftLetter.isPending}
              >
                {draftLetter.isPending ? 'Drafting…' : letter ? 'Draft again' : 'Draft a letter'}
              </button>
            </div>
          </div>

          {message && (
            <div
              className={`callout ${message.tone === 'error' ? 'callout-error' : 'callout-success'}`}
              role={message.tone === 'error' ? 'alert' : 'status'}
            >
              <p>{message.text}</p>
            </div>
          )}

          {letter === null ? (
            <p className="empty-note">
              No letter yet. Choose a posting (or none) and draft one to start from.
            </p>
          ) : (
            <form
              className="cover-letter-form"
              aria-label="Cover letter"
              noValidate
              onKeyDown={onKeyDown}
              onSubmit={(event) => {
                event.preventDefault();
                submit();
              }}
            >
              <Field
                path="letter.greeting"
                label="Greeting"
                value={letter.greeting}
                maxLength={200}
                onChange={(greeting) => set({ greeting })}
                error={errorOf('greeting')}
              />
              <div ref={firstParagraph}>
                {PARAGRAPHS.map((paragraph, index) => (
                  <Field
                    key={paragraph.label}
                    path={`letter.paragraphs.${index}`}
                    label={`Paragraph ${index + 1}: ${paragraph.label}`}
                    hint={paragraph.hint || undefined}
                    rows={5}
                    maxLength={2000}
                    value={letter.paragraphs[index] ?? ''}
                    onChange={(text) =>
                      set({
                        paragraphs: letter.paragraphs.map((old, at) =>
                          at === index ? text : old,
                        ) as CoverLetter['paragraphs'],
                      })
                    }
                    error={errorOf(`paragraphs.${index}`)}
                  />
                ))}
              </div>
              <div className="field-row">
                <Field
                  path="letter.closing"
                  label="Sign-off"
                  value={letter.closing}
                  maxLength={100}
                  onChange={(closing) => set({ closing })}
                  error={errorOf('closing')}
                />
                <Field
                  path="letter.signature"
                  label="Your name"
                  value={letter.signature}
                  maxLength={100}
                  onChange={(signature) => set({ signature })}
                  error={errorOf('signature')}
                />
              </div>
              <div className="button-row">
                <button type="submit" className="button button-primary" disabled={save.isPending}>
                  {save.isPending ? 'Saving…' : 'Save letter'}
                </button>
                <span className="small muted" role="status">
                  {dirty ? 'Unsaved changes' : baseline ? 'Saved' : ''}
                </span>
              </div>
            </form>
          )}

          {baseline && (
            <div className="export-row">
              <p className="small muted">
                Downloads contain the saved letter
                {dirty ? ' (save first to include your edits)' : ''}.
              </p>
              <ul className="export-links">
                <li>
                  <a className="button" href={EXPORTS.letterPdf} download>
                    Letter as PDF
                  </a>
                </li>
                <li>
                  <a className="button" href={EXPORTS.letterText} download>
                    Letter as text
                  </a>
                </li>
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
