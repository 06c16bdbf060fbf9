import { type FormEvent, useEffect, useRef, useState } from 'react';
import { formatMoney } from '../../core/money';
import { isApiError, sentence } from '../api/client';
import { formatLong, humanizeDates } from '../roadmap/dates';
import { ConfirmButton } from '../ui/ConfirmButton';
import { describeIssue } from '../ui/forms';
import {
  type ChecklistItem,
  type Offer,
  useAcceptOffer,
  useDeleteOffer,
  useSetNegotiationItem,
  useUpdateOffer,
} from './api';
import { acceptDayBounds, acceptDayError } from './form';
import { OfferForm } from './OfferForm';
import { useShownTick } from './shown-tick';

/** One offer: its figures, the negotiation checklist, and accept, change or delete. */
export function OfferCard({
  offer,
  checklist,
}: {
  offer: Offer;
  checklist: ChecklistItem[] | undefined;
}) {
  const [editing, setEditing] = useState(false);
  const update = useUpdateOffer(offer.id);
  const remove = useDeleteOffer();
  const accept = useAcceptOffer();
  const subject = `the offer from ${offer.company}`;
  const titleId = `offer-${offer.id}-title`;
  const money = (value: number) => formatMoney(value, offer.currency);
  // A refused acceptance day is shown at its date field instead.
  const failure = [remove, accept].find(
    (mutation) => mutation.isError && !isApiError(mutation.error, 400),
  )?.error;

  return (
    <article className="card offer-card" aria-labelledby={titleId} data-testid="offer-card">
      <header className="offer-card-head">
        <h3 id={titleId} className="offer-card-title">
          {offer.company}
          <span className="offers-sub">
            {offer.role} · {offer.location}
          </span>
        </h3>
        {offer.acceptedOn && (
          <span className="badge badge-accent">Accepted {formatLong(offer.acceptedOn)}</span>
        )}
      </header>
      {editing ? (
        <OfferForm
          offer={offer}
          saving={update.isPending}
          onSave={async (input) => {
            const { applicationId: _link, ...fields } = input;
            await update.mutateAsync({
              ...fields,
              benefits: fields.benefits ?? null,
              deadline: fields.deadline ?? null,
              receivedOn: fields.receivedOn ?? null,
            });
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <dl className="offer-figures">
            <div>
              <dt>Base</dt>
              <dd>{money(offer.base)}</dd>
            </div>
            <div>
              <dt>Bonus</dt>
              <dd>{money(offer.bonus ?? 0)}</dd>
            </div>
            <div>
              <dt>Equity / year</dt>
              <dd>{money(offer.equityPerYear ?? 0)}</dd>
            </div>
            <div>
              <dt>Sign-on</dt>
              <dd>{money(offer.signOn ?? 0)}</dd>
            </div>
          </dl>
          {offer.receivedOn && (
            <p className="muted small offer-received">
              Offer came on {formatLong(offer.receivedOn)}.
            </p>
          )}
          {offer.benefits && <p className="offer-benefits">{offer.benefits}</p>}
          {failure && (
            <p className="callout callout-error" role="alert">
              {failure instanceof Error ? sentence(failure.message) : 'That did not work.'}
            </p>
          )}
          <div className="button-row offer-actions">
            {offer.acceptedOn ? (
              <ConfirmButton
                label="Take back acceptance"
                subject={subject}
                question="Go back to the job search?"
                buttonClassName="button button-small"
                onConfirm={() => accept.mutate({ id: offer.id, on: null })}
                disabled={accept.isPending}
              />
            ) : (
              <AcceptButton
                offer={offer}
                subject={subject}
                pending={accept.isPending}
                onAccept={(on) => accept.mutateAsync({ id: offer.id, on })}
              />
            )}
            <button type="button" className="button button-small" onClick={() => setEditing(true)}>
              Change<span className="visually-hidden"> {subject}</span>
            </button>
            <ConfirmButton
              label="Delete"
              subject={subject}
              question="Delete this offer and its checklist?"
              onConfirm={() => remove.mutate(offer.id)}
              disabled={remove.isPending}
            />
          </div>
        </>
      )}
      <Negotiation offer={offer} checklist={checklist} />
    </article>
  );
}

/**
 * Accepting asks first, in place, with the day to record: today unless the person said yes
 * earlier, never in the future nor before the offer came. Growth mode counts from that day.
 * Escape or Cancel go back; focus moves to the date, then back to the button.
 */
function AcceptButton({
  offer,
  subject,
  pending,
  onAccept,
}: {
  offer: Offer;
  subject: string;
  pending: boolean;
  onAccept: (on: string) => Promise<unknown>;
}) {
  const [asking, setAsking] = useState(false);
  const [bounds, setBounds] = useState(() => acceptDayBounds(new Date(), offer.receivedOn));
  const [day, setDay] = useState('');
  const [error, setError] = useState<string | null>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const dayRef = useRef<HTMLInputElement>(null);
  const moved = useRef(false);
  const id = `offer-${offer.id}-accepted-on`;

  useEffect(() => {
    if (asking) dayRef.current?.focus();
    else if (moved.current) openRef.current?.focus();
  }, [asking]);

  const open = () => {
    const now = acceptDayBounds(new Date(), offer.receivedOn);
    setBounds(now);
    setDay(now.suggested);
    setError(null);
    setAsking(true);
  };
  const cancel = () => {
    moved.current = true;
    setAsking(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = acceptDayError(day, bounds, formatLong);
    if (problem) {
      setError(problem);
      dayRef.current?.focus();
      return;
    }
    try {
      await onAccept(day);
    } catch (failure) {
      const issue = isApiError(failure, 400) ? failure.issues[0] : undefined;
      setError(
        issue
          ? humanizeDates(describeIssue('The day you accepted', issue.message))
          : failure instanceof Error
            ? sentence(failure.message)
            : 'Accepting failed.',
      );
      dayRef.current?.focus();
    }
  };

  if (!asking) {
    return (
      <button
        ref={openRef}
        type="button"
        className="button button-small button-primary"
        onClick={open}
        disabled={pending}
      >
        Accept this offer<span className="visually-hidden"> {subject}</span>
      </button>
    );
  }
  return (
    <form
      className="accept-confirm"
      onSubmit={submit}
      noValidate
      aria-label={`Accept ${subject}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <p className="confirm-question">
        Accept {offer.company}? Growth mode counts your years in the job from the day you accepted.
      </p>
      <div className={`field${error ? ' field-invalid' : ''}`}>
        <label htmlFor={id} className="field-label">
          Accepted on
        </label>
        <p id={`${id}-hint`} className="field-hint">
          Today, unless you said yes earlier
          {offer.receivedOn ? ` (not before ${formatLong(offer.receivedOn)}, when it came)` : ''}.
        </p>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <input
          ref={dayRef}
          id={id}
          type="date"
          className="input input-date"
          value={day}
          min={bounds.min}
          max={bounds.max}
          onChange={(event) => setDay(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-small button-primary" disabled={pending}>
          {pending ? 'Accepting…' : 'Accept'}
          <span className="visually-hidden"> — {subject}</span>
        </button>
        <button type="button" className="button button-small" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The negotiation checklist of one offer; each ticked step shows the day it was done. */
function Negotiation({
  offer,
  checklist,
}: {
  offer: Offer;
  checklist: ChecklistItem[] | undefined;
}) {
  const set = useSetNegotiationItem(offer.id);
  const tick = useShownTick();
  if (!checklist) return null;
  const done = Object.keys(offer.negotiation).length;
  return (
    <details className="disclosure offer-negotiation">
      <summary>
        Negotiation checklist ({done} of {checklist.length} done)
      </summary>
      {set.isError && (
        <p className="callout callout-error" role="alert">
          {set.error instanceof Error ? sentence(set.error.message) : 'Saving failed.'}
        </p>
      )}
      <ul className="checklist">
        {checklist.map((item) => {
          const on = offer.negotiation[item.id];
          const id = `offer-${offer.id}-${item.id}`;
          return (
            <li key={item.id} className="checklist-item">
              <input
                id={id}
                type="checkbox"
                checked={tick.checked(item.id, on !== undefined)}
                disabled={set.isPending}
                onChange={(event) => {
                  // Shows the click at once; the server's answer replaces it.
                  tick.show(item.id, event.target.checked);
                  set.mutate(
                    { itemId: item.id, done: event.target.checked },
                    { onSettled: tick.clear },
                  );
                }}
                aria-describedby={`${id}-why`}
              />
              <div>
                <label htmlFor={id}>{item.item}</label>
                {on && <span className="checklist-date"> — done {formatLong(on)}</span>}
                <p id={`${id}-why`} className="field-hint">
                  {item.why}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
