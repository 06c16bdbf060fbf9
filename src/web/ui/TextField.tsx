import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { Why } from './Choice';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  ref?: Ref<HTMLInputElement>;
  label: ReactNode;
  /** Shown under the label before anything is typed: the rule, not just the error. */
  hint?: ReactNode;
  /** One or two sentences on why the question is asked, shown above the input. */
  why?: ReactNode;
  error?: string | undefined;
  /** Marks the label "(optional)". */
  optional?: boolean;
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({
  id,
  label,
  hint,
  why,
  error,
  optional,
  className,
  ...input
}: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="optional"> (optional)</span>}
      </label>
      {why && <Why>{why}</Why>}
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
      <input
        id={id}
        className={`input${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
    </div>
  );
}
