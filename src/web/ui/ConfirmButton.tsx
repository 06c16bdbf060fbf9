import { useEffect, useRef, useState } from 'react';

interface ConfirmButtonProps {
  /** The button's text, e.g. "Delete". */
  label: string;
  /** What the action affects, for screen readers: "the entry of 3 May". */
  subject: string;
  /** The question asked before acting: "Delete this entry?" */
  question: string;
  confirmLabel?: string;
  onConfirm: () => void;
  disabled?: boolean;
  /** The look of the first button; a quiet small button unless given. */
  buttonClassName?: string;
}

/**
 * A destructive action that asks first, in place: the button turns into the question with
 * "Yes" and "Cancel"; Escape or Cancel go back, and focus follows each step.
 */
export function ConfirmButton({
  label,
  subject,
  question,
  confirmLabel = 'Yes',
  onConfirm,
  disabled,
  buttonClassName = 'button button-small button-quiet',
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (asking) yesRef.current?.focus();
    else if (moved.current) openRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={openRef}
        type="button"
        className={buttonClassName}
        onClick={() => setAsking(true)}
        disabled={disabled}
      >
        {label}
        <span className="visually-hidden"> {subject}</span>
      </button>
    );
  }
  const cancel = () => {
    moved.current = true;
    setAsking(false);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape inside the group cancels
    <span
      className="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <span className="confirm-question">{question}</span>
      <button
        ref={yesRef}
        type="button"
        className="button button-small button-danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
        <span className="visually-hidden"> — {subject}</span>
      </button>
      <button type="button" className="button button-small" onClick={cancel}>
        Cancel
      </button>
    </span>
  );
}
