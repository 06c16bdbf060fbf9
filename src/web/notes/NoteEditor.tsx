import '../styles/notes.css';
import {
  type KeyboardEvent,
  lazy,
  Suspense,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { isApiError, sentence } from '../api/client';
import { useNotes, useSaveNote } from '../api/queries';
import type { TimeTargetKind } from '../api/types';
import { ErrorState } from '../shell/ErrorState';

const Markdown = lazy(() => import('./Markdown'));

/** The longest note the API keeps. */
export const MAX_NOTE_LENGTH = 20_000;

type Tab = 'write' | 'preview';

interface NoteEditorProps {
  targetKind: TimeTargetKind;
  targetId: string;
  /** The skill's or project's title, for the field's label. */
  title: string;
  /** Told whenever the draft starts or stops differing from the saved note. */
  onDirtyChange?: (dirty: boolean) => void;
}

/** Asks the browser to confirm leaving the page while `dirty` (a reload, a closed tab). */
export function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only with a return value.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}

/**
 * A Markdown note on a skill or project, with Write and Preview tabs. Save with the button or
 * Ctrl/Cmd+Enter; an empty note is deleted. Until saved, the draft is kept and the page warns
 * before it is left.
 */
export function NoteEditor({ targetKind, targetId, title, onDirtyChange }: NoteEditorProps) {
  const notes = useNotes();
  const save = useSaveNote();
  const id = useId();
  const saved =
    notes.data?.find((note) => note.targetKind === targetKind && note.targetId === targetId)
      ?.body ?? '';
  /** null while the text shown is the saved note. */
  const [draft, setDraft] = useState<string | null>(null);
  /** null until a tab is chosen: Preview for a saved note, Write for none. */
  const [chosenTab, setChosenTab] = useState<Tab | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());

  const text = draft ?? saved;
  const dirty = draft !== null && draft !== saved;
  const tab: Tab = chosenTab ?? (saved ? 'preview' : 'write');

  useLeaveGuard(dirty);
  const dirtyRef = useRef(onDirtyChange);
  dirtyRef.current = onDirtyChange;
  // Told before the next key press can arrive, so an Escape right after typing is caught.
  useLayoutEffect(() => dirtyRef.current?.(dirty), [dirty]);
  // Leaving (the panel shows another skill) ends any unsaved state.
  useLayoutEffect(() => () => dirtyRef.current?.(false), []);

  const submit = () => {
    if (save.isPending || !dirty) return;
    const body = text.trim();
    if (body.length > MAX_NOTE_LENGTH) {
      setError(`A note holds at most ${MAX_NOTE_LENGTH} characters.`);
      return;
    }
    setError('');
    setStatus('');
    save.mutate(
      { targetKind, targetId, body },
      {
        onSuccess: () => {
          setDraft(null);
          setStatus(body ? 'Note saved.' : 'Note deleted.');
        },
        onError: (failure) => {
          const issue = isApiError(failure) ? failure.issues[0] : undefined;
          setError(sentence(issue ? `the note ${issue.message}` : failure.message));
        },
      },
    );
  };

  const choose = (next: Tab) => {
    setChosenTab(next);
    setStatus('');
    if (next === 'write') window.setTimeout(() => textRef.current?.focus(), 0);
  };

  // Arrow keys move between the two tabs, as in every tab list.
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next: Tab =
      event.key === 'Home'
        ? 'write'
        : event.key === 'End'
          ? 'preview'
          : tab === 'write'
            ? 'preview'
            : 'write';
    setChosenTab(next);
    tabRefs.current.get(next)?.focus();
  };

  const onTextKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  if (notes.isPending) return <p className="muted small">Loading your note…</p>;
  if (notes.isError) {
    return (
      <ErrorState
        what="Your notes could not be loaded."
        error={notes.error}
        onRetry={() => void notes.refetch()}
      />
    );
  }

  const tabButton = (value: Tab, label: string) => (
    <button
      ref={(element) => {
        if (element) tabRefs.current.set(value, element);
        else tabRefs.current.delete(value);
      }}
      type="button"
      role="tab"
      id={`${id}-${value}-tab`}
      className="note-tab"
      aria-selected={tab === value}
      aria-controls={`${id}-${value}`}
      tabIndex={tab === value ? 0 : -1}
      onClick={() => choose(value)}
      onKeyDown={onTabKey}
    >
      {label}
    </button>
  );

  return (
    <div className="note-editor" data-note={`${targetKind}:${targetId}`}>
      <div className="note-tabs" role="tablist" aria-label={`Note on ${title}`}>
        {tabButton('write', 'Write')}
        {tabButton('preview', 'Preview')}
      </div>
      <div
        id={`${id}-write`}
        role="tabpanel"
        aria-labelledby={`${id}-write-tab`}
        className="note-panel"
        hidden={tab !== 'write'}
      >
        <label htmlFor={`${id}-text`} className="visually-hidden">
          Note on {title}, in Markdown
        </label>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          className="input textarea note-text"
          rows={6}
          value={text}
          maxLength={MAX_NOTE_LENGTH}
          aria-describedby={`${id}-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            setStatus('');
          }}
          onKeyDown={onTextKey}
        />
        <p id={`${id}-hint`} className="field-hint small">
          Markdown: **bold**, *italic*, lists, `code`, [links](https://…). <kbd>Ctrl</kbd>+
          <kbd>Enter</kbd> saves.
        </p>
      </div>
      <div
        id={`${id}-preview`}
        role="tabpanel"
        aria-labelledby={`${id}-preview-tab`}
        className="note-panel note-preview"
        hidden={tab !== 'preview'}
      >
        {tab === 'preview' &&
          (text.trim() ? (
            <Suspense fallback={<p className="muted small">Loading the preview…</p>}>
              <Markdown text={text} />
            </Suspense>
          ) : (
            <p className="muted small">Nothing written yet.</p>
          ))}
      </div>
      <div className="note-actions">
        <button
          type="button"
          className="button button-small button-primary"
          disabled={!dirty || save.isPending}
          onClick={submit}
        >
          {save.isPending ? 'Saving…' : 'Save note'}
        </button>
        {dirty && (
          <>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => {
                setDraft(null);
                setError('');
                setStatus('Changes discarded.');
              }}
            >
              Discard changes
            </button>
            <span className="muted small">Unsaved changes</span>
          </>
        )}
        <span className="note-status small" role="status">
          {status}
        </span>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
