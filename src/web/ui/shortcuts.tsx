import { type KeyboardEvent as ReactKeyboardEvent, useEffect, useRef, useState } from 'react';
import type { SkillProgressStatus } from '../api/types';

/** The one-letter keys that set the state of the skill that has focus. */
export const SKILL_KEYS: Record<string, SkillProgressStatus> = {
  t: 'todo',
  l: 'learning',
  d: 'done',
  s: 'skipped',
};

/** True when a key press belongs to text being typed: inputs, text areas, selects, editors. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(
    target.type,
  );
}

/** The state a key press asks for, or null when it is not a shortcut (or the user is typing). */
export function skillShortcut(
  event: Pick<
    KeyboardEvent | ReactKeyboardEvent,
    'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented' | 'target'
  >,
): SkillProgressStatus | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return null;
  if (isTextEntry(event.target)) return null;
  return SKILL_KEYS[event.key] ?? null;
}

/**
 * A message for screen readers, spoken once when it changes. `announce` clears first, so the same
 * words said twice are heard twice.
 */
export function useAnnouncer(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const announce = (next: string) => {
    setMessage('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(next), 50);
  };
  return [message, announce];
}

/** The live region `useAnnouncer` speaks through (visible to screen readers only). */
export function Announcer({ message }: { message: string }) {
  return (
    <p className="visually-hidden" role="status">
      {message}
    </p>
  );
}

/** `?` anywhere on the page, outside a text field, opens the shortcuts help. */
export function useHelpKey(open: () => void): void {
  const openRef = useRef(open);
  openRef.current = open;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      event.preventDefault();
      openRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** The visible reminder beside a list of skills: the four keys and the way to the help. */
export function ShortcutHint({ onHelp }: { onHelp: () => void }) {
  return (
    <p className="shortcut-hint muted small">
      <span>
        Shortcuts on the skill that has focus: <kbd>t</kbd> to do, <kbd>l</kbd> learning,{' '}
        <kbd>d</kbd> done, <kbd>s</kbd> skipped.
      </span>{' '}
      <button type="button" className="link-button" onClick={onHelp}>
        All shortcuts <kbd>?</kbd>
      </button>
    </p>
  );
}

/** One more line of the help, for keys a page adds (the quick log's `l`). */
export interface ExtraShortcut {
  keys: string;
  action: string;
}

/** The shortcuts help: a small modal dialog listing every key, closed by Escape or its button. */
export function ShortcutsHelp({
  open,
  onClose,
  extra = [],
}: {
  open: boolean;
  onClose: () => void;
  extra?: ExtraShortcut[];
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const rows: ExtraShortcut[] = [
    { keys: 't', action: 'Mark the skill that has focus as to do' },
    { keys: 'l', action: 'Mark it as learning' },
    { keys: 'd', action: 'Mark it as done' },
    { keys: 's', action: 'Skip it (asks for an optional reason)' },
    ...extra,
    { keys: '?', action: 'Show this help' },
    { keys: 'Esc', action: 'Close this help, a question or the skill panel' },
  ];
  return (
    <dialog
      ref={ref}
      className="dialog shortcuts-help"
      aria-labelledby="shortcuts-help-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-help-title" className="dialog-title">
        Keyboard shortcuts
      </h2>
      <p className="muted small">
        Move to a skill with Tab (a row of status buttons, a box of the skills map, or the open
        skill panel), then press a key. Keys do nothing while you type in a field.
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.keys}>
              <th scope="row">
                <kbd>{row.keys}</kbd>
              </th>
              <td>{row.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
