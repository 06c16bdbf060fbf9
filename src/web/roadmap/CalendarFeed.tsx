import { useEffect, useRef, useState } from 'react';
import { sentence } from '../api/client';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../api/queries';
import { ErrorState } from '../shell/ErrorState';
import { ConfirmButton } from '../ui/ConfirmButton';

const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });
/** An ISO timestamp as the reader's own calendar day: "3 May 2026". */
const readableDay = (timestamp: string) => dayFormat.format(new Date(timestamp));

/**
 * The private calendar subscription: a secret address a calendar app follows, so every re-plan
 * reaches the calendar. Only a hash of it is stored, so the address is shown once, right after it
 * is made; later the page can only say that one is active, make a new one or turn it off.
 */
export function CalendarFeed({ id }: { id: string }) {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const [done, setDone] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  // A new address takes focus, so it is read out and ready to copy.
  useEffect(() => {
    if (url) inputRef.current?.focus();
  }, [url]);

  const make = () => {
    setCopied('');
    setDone('');
    create.mutate(undefined, { onSuccess: (created) => setUrl(created.url) });
  };
  const turnOff = () => {
    setCopied('');
    setDone('');
    revoke.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        setDone('The subscription is off: calendars that used its address get nothing new.');
      },
    });
  };
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Copied the address.');
    } catch {
      // No clipboard (an older browser, a denied permission): select it for Ctrl+C instead.
      inputRef.current?.focus();
      inputRef.current?.select();
      setCopied('The address is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };

  const failure = create.error ?? revoke.error;
  const active = feed.data?.active ?? false;

  return (
    <section id={id} className="card calendar-feed" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title" className="section-title" tabIndex={-1}>
        Subscribe in your calendar
      </h2>
      <p>
        The .ics download is a copy of today's plan. A subscription is a private address your
        calendar app (Google Calendar, Outlook, Apple Calendar) checks by itself, so it follows
        every re-plan and profile change.
      </p>
      {feed.isPending ? (
        <p className="muted" aria-busy="true">
          Checking your subscription…
        </p>
      ) : feed.isError ? (
        <ErrorState
          what="Your calendar subscription could not be loaded."
          error={feed.error}
          onRetry={() => void feed.refetch()}
        />
      ) : url ? (
        <div className="feed-new">
          <label htmlFor="feed-url" className="field-label">
            Your private subscription address
          </label>
          <p id="feed-url-hint" className="field-hint">
            Shown only now: mlpath keeps a fingerprint of it, not the address. Paste it where your
            calendar app says “subscribe by URL” or “from the web”.
          </p>
          <div className="feed-copy">
            <input
              ref={inputRef}
              id="feed-url"
              className="input feed-url"
              readOnly
              value={url}
              aria-describedby="feed-url-hint"
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" className="button button-primary" onClick={() => void copy()}>
              Copy
            </button>
          </div>
          <p className="copy-status" role="status">
            {copied}
          </p>
          <ul className="feed-notes">
            <li>
              <strong>Keep it private.</strong> Anyone with the address can read your plan; it needs
              no password.
            </li>
            <li>It follows every re-plan: your calendar updates within a few hours.</li>
            <li>Making a new address stops this one; turning it off stops it for good.</li>
          </ul>
        </div>
      ) : active ? (
        <p className="feed-active">
          A subscription address is active since{' '}
          <strong>{feed.data?.createdAt ? readableDay(feed.data.createdAt) : 'earlier'}</strong>. It
          is not shown again; if you lost it, make a new one — the old one then stops working.
        </p>
      ) : (
        <p className="muted">
          No subscription yet. Make an address, then paste it into your calendar app.
        </p>
      )}
      {!feed.isPending && !feed.isError && (
        <div className="button-row feed-actions">
          {active ? (
            <ConfirmButton
              label="Make a new address"
              subject="for the calendar subscription"
              question="The current address stops working. Make a new one?"
              confirmLabel="Make a new address"
              buttonClassName="button button-small"
              disabled={create.isPending || revoke.isPending}
              onConfirm={make}
            />
          ) : (
            <button
              type="button"
              className="button button-primary"
              disabled={create.isPending}
              onClick={make}
            >
              {create.isPending ? 'Making the address…' : 'Make a subscription address'}
            </button>
          )}
          {active && (
            <ConfirmButton
              label="Turn off"
              subject="the calendar subscription"
              question="Calendars that use this address stop updating. Turn it off?"
              confirmLabel="Turn off"
              buttonClassName="button button-small"
              disabled={create.isPending || revoke.isPending}
              onConfirm={turnOff}
            />
          )}
        </div>
      )}
      <div role="status">{done && <p className="callout callout-success">{done}</p>}</div>
      {failure && (
        <p className="callout callout-error" role="alert">
          {sentence(failure.message)}
        </p>
      )}
    </section>
  );
}
