import { type ReactNode, useEffect, useRef } from 'react';
import { fieldId } from './draft';

interface FieldProps {
  /** The field's path in the resume document (`projects.0.name`); gives the control its id. */
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  /** A text area of this many rows instead of a one-line input. */
  rows?: number;
  type?: 'text' | 'email' | 'url' | 'tel';
  autoComplete?: string;
  placeholder?: string;
  maxLength?: number;
  className?: string;
}

/** One labelled control of the editor, with its hint and the server's error tied to it. */
export function Field({
  path,
  label,
  value,
  onChange,
  hint,
  error,
  optional,
  rows,
  type = 'text',
  autoComplete,
  placeholder,
  maxLength,
  className,
}: FieldProps) {
  const id = fieldId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    className: 'input',
    value,
    placeholder,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="optional"> (optional)</span>}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {rows ? (
        <textarea {...shared} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...shared}
          type={type}
          autoComplete={autoComplete}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}

/** Which control should take focus after an item moved or was removed. */
export interface FocusRequest {
  id: string;
  /** Tried when `id` is missing or disabled (e.g. "Move up" on the new first item). */
  fallback?: string;
}

/** Focuses the requested control once the list has re-rendered, then forgets the request. */
export function useFocusRequest(request: FocusRequest | null, done: () => void): void {
  const doneRef = useRef(done);
  doneRef.current = done;
  useEffect(() => {
    if (!request) return;
    const usable = (id: string | undefined) => {
      const element = id ? document.getElementById(id) : null;
      return element && !(element as HTMLButtonElement).disabled ? element : null;
    };
    (usable(request.id) ?? usable(request.fallback))?.focus();
    doneRef.current();
  }, [request]);
}

interface ItemControlsProps {
  /** The item's key: the buttons' ids derive from it. */
  itemKey: string;
  /** What the buttons act on, for screen readers: "project 2, Readmission risk". */
  subject: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** Move up, move down and remove: real buttons, so the keyboard reorders as well as the mouse. */
export function ItemControls({
  itemKey,
  subject,
  index,
  count,
  onMove,
  onRemove,
}: ItemControlsProps) {
  return (
    <div className="item-controls">
      <button
        id={`${itemKey}-up`}
        type="button"
        className="button button-small button-quiet"
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
      >
        <span aria-hidden="true">↑</span> Up
        <span className="visually-hidden"> — move {subject}</span>
      </button>
      <button
        id={`${itemKey}-down`}
        type="button"
        className="button button-small button-quiet"
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        <span aria-hidden="true">↓</span> Down
        <span className="visually-hidden"> — move {subject}</span>
      </button>
      <button
        id={`${itemKey}-remove`}
        type="button"
        className="button button-small button-quiet item-remove"
        onClick={onRemove}
      >
        Remove<span className="visually-hidden"> {subject}</span>
      </button>
    </div>
  );
}
