import { type FormEvent, useState } from 'react';
import { minorDigits } from '../../core/money';
import { isApiError, sentence } from '../api/client';
import { ErrorSummary } from '../ui/ErrorSummary';
import { type FieldErrors, issuesToErrors } from '../ui/forms';
import { TextField } from '../ui/TextField';
import type { Offer, OfferInput } from './api';
import {
  draftOf,
  emptyDraft,
  FIELD_LABELS,
  MONEY_FIELDS,
  type OfferDraft,
  readDraft,
} from './form';

const HINTS: Partial<Record<keyof OfferDraft, string>> = {
  currency: 'Three letters, e.g. USD, EUR, GBP. Offers are never converted.',
  base: 'What the contract says, before tax.',
  equityPerYear: 'The grant’s value divided by its vesting years; 0 if none.',
  signOn: 'Paid once, so it counts in the first year only.',
  receivedOn: 'An acceptance cannot be dated before it.',
};

interface OfferFormProps {
  /** The offer being changed; a new one when absent. */
  offer?: Offer;
  /** Sends the input; resolves when saved, rejects with the API's error. */
  onSave: (input: OfferInput) => Promise<unknown>;
  onCancel?: () => void;
  saving: boolean;
}

/** The offer's figures, typed in whole currency units and sent in minor units. */
export function OfferForm({ offer, onSave, onCancel, saving }: OfferFormProps) {
  const prefix = offer ? `offer-${offer.id}` : 'offer-new';
  const [draft, setDraft] = useState<OfferDraft>(() => (offer ? draftOf(offer) : emptyDraft()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const set = (field: keyof OfferDraft) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));
  const currency = draft.currency.trim().toUpperCase();
  const unit = minorDigits(currency) === null ? 'amount' : currency;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    setOther([]);
    const read = readDraft(draft);
    if (!read.ok) {
      setErrors(read.errors);
      const first = Object.keys(read.errors)[0];
      if (first) document.getElementById(`${prefix}-${first}`)?.focus();
      return;
    }
    setErrors({});
    try {
      await onSave(read.input);
      if (!offer) setDraft(emptyDraft());
      setStatus(offer ? 'Changes saved.' : `Offer from ${read.input.company} added.`);
    } catch (error) {
      if (isApiError(error, 400) && error.issues.length > 0) {
        const mapped = issuesToErrors(error.issues, FIELD_LABELS);
        setErrors(mapped.fields);
        setOther(mapped.other);
      } else {
        setOther([error instanceof Error ? sentence(error.message) : 'Saving failed.']);
      }
    }
  };

  const summary = [
    ...Object.entries(errors).map(([field, message]) => ({
      message,
      fieldId: `${prefix}-${field}`,
    })),
    ...other.map((message) => ({ message })),
  ];

  const text = (field: keyof OfferDraft, extra: object = {}) => (
    <TextField
      id={`${prefix}-${field}`}
      label={FIELD_LABELS[field]}
      hint={HINTS[field]}
      value={draft[field]}
      onChange={set(field)}
      error={errors[field]}
      autoComplete="off"
      {...extra}
    />
  );

  return (
    <form className="form offer-form" onSubmit={submit} noValidate>
      <ErrorSummary items={summary} />
      <div className="field-row">
        {text('company', { maxLength: 200 })}
        {text('role', { maxLength: 200 })}
      </div>
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor={`${prefix}-level`}>
            Level
          </label>
          <select
            id={`${prefix}-level`}
            className="input select"
            value={draft.level}
            onChange={set('level')}
          >
            <option value="entry">Entry level</option>
            <option value="mid">Mid level</option>
            <option value="senior">Senior</option>
          </select>
        </div>
        {text('location', { maxLength: 200 })}
      </div>
      {text('currency', { className: 'input-short', maxLength: 3 })}
      <div className="field-row">
        {MONEY_FIELDS.map((field) => (
          <TextField
            key={field}
            id={`${prefix}-${field}`}
            label={`${FIELD_LABELS[field]} (${unit})`}
            hint={HINTS[field]}
            inputMode="decimal"
            autoComplete="off"
            value={draft[field]}
            onChange={set(field)}
            error={errors[field]}
          />
        ))}
      </div>
      <div className="field-row">
        {text('receivedOn', { type: 'date', optional: true, className: 'input-date' })}
        {text('deadline', { type: 'date', optional: true, className: 'input-date' })}
      </div>
      {text('benefits', { optional: true, maxLength: 2000 })}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : offer ? 'Save changes' : 'Add offer'}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <span aria-live="polite" className="muted small">
          {status}
        </span>
      </div>
    </form>
  );
}
