import type { ReactNode } from 'react';

interface ChoiceGroupProps {
  legend: ReactNode;
  /** The id for the group's hint, when it has one. */
  hintId?: string;
  hint?: ReactNode;
  errorId: string;
  error?: string | undefined;
  children: ReactNode;
  /** `cards` lays options out as a responsive grid of cards, `levels` as four compact columns. */
  layout?: 'cards' | 'levels' | 'list';
  className?: string;
}

/** A fieldset of radio choices with its legend, hint and error. */
export function ChoiceGroup({
  legend,
  hintId,
  hint,
  errorId,
  error,
  children,
  layout = 'cards',
  className,
}: ChoiceGroupProps) {
  return (
    <fieldset
      className={`choice-group${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={hint && hintId ? hintId : undefined}
    >
      <legend className="field-label">{legend}</legend>
      {hint && (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className={`choices choices-${layout}`}>{children}</div>
    </fieldset>
  );
}

interface ChoiceProps {
  id: string;
  name: string;
  checked: boolean;
  onChange: () => void;
  title: ReactNode;
  description?: ReactNode;
  /** The group's error id, when the group has an error. */
  errorId?: string | undefined;
}

/** One radio option drawn as a card; the whole card is its label. */
export function Choice({ id, name, checked, onChange, title, description, errorId }: ChoiceProps) {
  return (
    <label className="choice" htmlFor={id}>
      <input
        type="radio"
        id={id}
        name={name}
        className="choice-input"
        checked={checked}
        onChange={onChange}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
      />
      <span className="choice-text">
        <span className="choice-title">{title}</span>
        {description && <span className="choice-description">{description}</span>}
      </span>
    </label>
  );
}

/** "Why we ask": one or two sentences on what an answer changes in the plan. */
export function Why({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div className="why" id={id}>
      <p className="why-title">Why this matters</p>
      <p>{children}</p>
    </div>
  );
}
