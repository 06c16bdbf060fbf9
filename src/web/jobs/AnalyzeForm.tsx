import { type DragEvent, type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router';
import { isApiError, sentence } from '../api/client';
import { TextField } from '../ui/TextField';
import { type NewAnalysis, useAnalyzePosting } from './api';
import { submitOnCtrlEnter } from './keys';
import { safeHref, sizeText } from './labels';

/** The server's limit for a posting file; checked here first so nobody uploads 40 MB for a no. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ACCEPT =
  '.txt,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf';

interface ChosenFile {
  name: string;
  size: number;
  contentBase64: string;
}

type Field = 'text' | 'company' | 'url';
type FieldErrors = Partial<Record<Field, string>>;

/** The file's bytes as base64 (the data URL without its `data:…;base64,` head). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** The server's reason as a sentence; one that opens with the file's name keeps its spelling. */
function reason(message: string, fileName: string | undefined): string {
  if (!fileName || !message.startsWith(fileName)) return sentence(message);
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

/** "Analyze a posting": pasted text or a file, an optional company and link. */
export function AnalyzeForm() {
  const navigate = useNavigate();
  const analyze = useAnalyzePosting();
  const [text, setText] = useState('');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState(false);
  const [company, setCompany] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<{ title: string; message: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);

  const clearFileInput = () => {
    if (fileInput.current) fileInput.current.value = '';
  };

  const choose = async (chosen: File | undefined) => {
    setProblem(null);
    setErrors((current) => ({ ...current, text: undefined }));
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setFile(null);
      clearFileInput();
      setProblem({
        title: 'This file is too large',
        message: `${chosen.name} is ${sizeText(chosen.size)}; the limit is 5 MB. Paste the posting's text instead, or save it as a smaller PDF or text file.`,
      });
      return;
    }
    if (chosen.size === 0) {
      setFile(null);
      clearFileInput();
      setProblem({
        title: 'This file is empty',
        message: `${chosen.name} has nothing in it. Choose another file or paste the text.`,
      });
      return;
    }
    setReading(true);
    try {
      const contentBase64 = await readAsBase64(chosen);
      setFile({ name: chosen.name, size: chosen.size, contentBase64 });
    } catch {
      setFile(null);
      clearFileInput();
      setProblem({
        title: 'This file could not be read',
        message: `${chosen.name} could not be read. Try again, or paste the text instead.`,
      });
    } finally {
      setReading(false);
    }
  };

  const removeFile = () => {
    // Rendered at once, so the text area is enabled again before it takes focus.
    flushSync(() => setFile(null));
    clearFileInput();
    textArea.current?.focus();
  };

  // The whole card takes a dropped file, so a drop beside the zone never opens it in the tab.
  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');
  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (event: DragEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    void choose(event.dataTransfer.files[0]);
  };

  const validate = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!file && !text.trim()) found.text = 'Paste the posting, or choose a file below.';
    if (url.trim() && !safeHref(url.trim()))
      found.url = 'Enter the full address, starting with https:// or http://.';
    return found;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (analyze.isPending || reading) return;
    setProblem(null);
    const found = validate();
    setErrors(found);
    if (found.text) {
      textArea.current?.focus();
      return;
    }
    if (found.url) {
      document.getElementById('jd-url')?.focus();
      return;
    }
    const body: NewAnalysis = file
      ? { file: { name: file.name, contentBase64: file.contentBase64 } }
      : { text };
    if (company.trim()) body.company = company.trim();
    if (url.trim()) body.url = url.trim();
    analyze.mutate(body, {
      onSuccess: (saved) => {
        setText('');
        setFile(null);
        setCompany('');
        setUrl('');
        clearFileInput();
        navigate(`/jobs/${saved.id}`);
      },
      onError: (error) => {
        const fields: FieldErrors = {};
        if (isApiError(error)) {
          for (const issue of error.issues) {
            const path = issue.path.split('.')[0] as Field;
            if (path === 'company') fields.company = sentence(`The company ${issue.message}`);
            if (path === 'url') fields.url = sentence(`The link ${issue.message}`);
          }
        }
        setErrors(fields);
        setProblem({
          title: 'The posting could not be analyzed',
          message: error instanceof Error ? reason(error.message, file?.name) : 'Try again.',
        });
      },
    });
  };

  const textHintId = 'jd-text-hint';
  const textErrorId = errors.text ? 'jd-text-error' : undefined;

  return (
    <section
      className="card jobs-analyze"
      aria-labelledby="analyze-title"
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <h2 id="analyze-title" className="section-title">
        Analyze a posting
      </h2>
      <p className="section-intro">
        Paste a job description or upload it as a file. mlpath reads what kind of role it is, which
        skills it asks for compared with yours, and its red and green flags — each with the sentence
        it comes from.
      </p>
      <form noValidate onSubmit={onSubmit}>
        <div className={`field${errors.text ? ' field-invalid' : ''}`}>
          <label htmlFor="jd-text" className="field-label">
            The posting's text
          </label>
          <p id={textHintId} className="field-hint">
            {file
              ? `Using the file ${file.name}. Remove it to paste text instead.`
              : 'Everything from the title to the pay and benefits. Ctrl+Enter analyzes.'}
          </p>
          {errors.text && (
            <p id={textErrorId} className="field-error">
              <span className="visually-hidden">Error: </span>
              {errors.text}
            </p>
          )}
          <textarea
            ref={textArea}
            id="jd-text"
            className="input jobs-textarea"
            rows={10}
            value={text}
            disabled={file !== null}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={[textHintId, textErrorId].filter(Boolean).join(' ')}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={submitOnCtrlEnter}
          />
        </div>

        <p className="jobs-or" aria-hidden="true">
          or
        </p>

        <div className={`jobs-drop${dragging ? ' is-dragging' : ''}${file ? ' has-file' : ''}`}>
          <label htmlFor="jd-file" className="field-label">
            Upload the posting as a file
          </label>
          <p id="jd-file-hint" className="field-hint">
            Drop a .txt, .md, .html or .pdf file here, or choose one. Up to 5 MB.
          </p>
          <input
            ref={fileInput}
            id="jd-file"
            type="file"
            className="file-input"
            accept={ACCEPT}
            aria-describedby="jd-file-hint"
            onChange={(event) => void choose(event.target.files?.[0])}
          />
          {reading && <p className="muted small">Reading the file…</p>}
          {file && (
            <p className="jobs-file">
              <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
                <path
                  d="M6 2h8l4 4v16H6zM14 2v4h4"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinejoin="round"
                />
              </svg>
              <span className="jobs-file-name">{file.name}</span>
              <span className="muted">({sizeText(file.size)})</span>
              <button type="button" className="button button-small" onClick={removeFile}>
                Remove file
              </button>
            </p>
          )}
        </div>

        <div className="field-row jobs-details">
          <TextField
            id="jd-company"
            label="Company"
            optional
            autoComplete="organization"
            maxLength={200}
            value={company}
            error={errors.company}
            onChange={(event) => setCompany(event.target.value)}
          />
          <TextField
            id="jd-url"
            label="Link to the posting"
            optional
            type="url"
            inputMode="url"
            placeholder="https://"
            maxLength={2000}
            value={url}
            error={errors.url}
            onChange={(event) => setUrl(event.target.value)}
          />
        </div>

        {problem && (
          <div id="analyze-problem" className="callout callout-error" role="alert">
            <p className="callout-title">{problem.title}</p>
            <p>{problem.message}</p>
          </div>
        )}

        <div className="button-row">
          <button
            type="submit"
            className="button button-primary"
            disabled={analyze.isPending || reading}
          >
            {analyze.isPending ? 'Analyzing…' : 'Analyze'}
          </button>
          {analyze.isPending && (
            <span className="muted small" role="status">
              Reading the posting…
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
