import { useEffect, useState } from 'react';

interface CopyButtonProps {
  text: string;
  /** What is copied, for screen readers: "the resume bullet". */
  subject: string;
}

/** Copies text to the clipboard and says so in place for a few seconds. */
export function CopyButton({ text, subject }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 3000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy">
      <button type="button" className="button button-small" onClick={copy}>
        Copy<span className="visually-hidden"> {subject}</span>
      </button>
      <span className="copy-status small" role="status">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text' : ''}
      </span>
    </span>
  );
}
