import { sentence } from '../api/client';

interface ErrorStateProps {
  error: unknown;
  onRetry: () => void;
  /** What failed, in the reader's words: "Your profile could not be loaded." */
  what: string;
}

/** An API failure: what failed, the server's reason, and a way to try again. */
export function ErrorState({ error, onRetry, what }: ErrorStateProps) {
  const reason = error instanceof Error ? sentence(error.message) : 'Something went wrong.';
  return (
    <div className="callout callout-error" role="alert">
      <p className="callout-title">{what}</p>
      <p>{reason}</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
