import { type FormEvent, useEffect, useRef, useState } from 'react';
import { formatMoney, minorDigits } from '../../core/money';
import { isApiError, sentence } from '../api/client';
import { formatLong } from '../roadmap/dates';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorSummary } from '../ui/ErrorSummary';
import { type FieldErrors, issuesToErrors } from '../ui/forms';
import { TextField } from '../ui/TextField';
import { type Band, type Bands as BandsData, useResetBand, useSaveBand } from './api';
import { BAND_LABELS, type BandDraft, bandDraftOf, readBandDraft } from './form';

const range = (low: number, high: number, currency: string) =>
  low === high
    ? formatMoney(low, currency)
    : `${formatMoney(low, currency)}–${formatMoney(high, currency)}`;

/**
 * The salary bands by level. Each level shows the article's figures or the person's own, marked
 * in words; the article's source and caveat stay visible whatever was edited.
 */
export function Bands({ bands }: { bands: BandsData }) {
  const edited = bands.levels.filter((band) => band.origin === 'mine').length;
  return (
    <div className="offers-bands" data-testid="bands">
      <h3 className="subheading">Salary bands by level</h3>
      <p className="muted small">
        Offers are checked against these yearly totals (base, bonus and equity). The starting
        figures come from one article and are for the {bands.region}; change a level to figures you
        trust more, such as a survey for your city, and reset it whenever you like.
      </p>
      <ul className="band-list">
        {bands.levels.map((band) => (
          <BandRow key={band.level} band={band} region={bands.region} />
        ))}
      </ul>
      <div className="callout callout-warning">
        <p className="callout-title">
          {edited === 0
            ? 'US figures from one article — a rough yardstick only'
            : 'About the article’s figures (a rough yardstick only)'}
        </p>
        <p>{bands.caveat}</p>
        <p className="small">
          Source: “{bands.source.title}”, {bands.source.publisher}, {bands.source.year}.
          {edited > 0 &&
            ` Levels marked “Your figures” use the numbers you entered instead; the article’s are shown beside them.`}
        </p>
      </div>
    </div>
  );
}

/** One level: its figures and where they come from, then change or reset. */
function BandRow({ band, region }: { band: Band; region: string }) {
  const [editing, setEditing] = useState(false);
  const reset = useResetBand(band.level);
  const changeRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const mine = band.origin === 'mine';
  const titleId = `band-${band.level}-title`;
  const subject = `the ${band.label} band`;

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      changeRef.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  return (
    <li
      className={`band-row${mine ? ' band-row-mine' : ''}`}
      aria-labelledby={titleId}
      data-testid={`band-${band.level}`}
    >
      <div className="band-head">
        <span id={titleId} className="band-title">
          {band.label}
        </span>
        <span className={`badge ${mine ? 'badge-mine' : 'badge-article'}`}>
          {mine ? 'Your figures' : 'Article’s figures'}
        </span>
      </div>
      <p className="band-range">
        <span className="offers-amount">{range(band.low, band.high, band.currency)}</span> total per
        year
      </p>
      {mine && (
        <p className="band-detail small">
          {band.note && (
            <>
              Your source: <span className="band-note">{band.note}</span>.{' '}
            </>
          )}
          {band.changedOn && <>Saved {formatLong(band.changedOn)}. </>}
          The article says {range(band.article.low, band.article.high, band.article.currency)} (
          {region}).
        </p>
      )}
      {reset.isError && (
        <p className="callout callout-error" role="alert">
          {reset.error instanceof Error ? sentence(reset.error.message) : 'Reset failed.'}
        </p>
      )}
      {editing ? (
        <BandForm band={band} onDone={close} />
      ) : (
        <div className="button-row band-actions">
          <button
            ref={changeRef}
            type="button"
            className="button button-small"
            onClick={() => setEditing(true)}
          >
            {mine ? 'Change' : 'Use my own figures'}
            <span className="visually-hidden"> for {subject}</span>
          </button>
          {mine && (
            <ConfirmButton
              label="Reset to the article’s figures"
              subject={subject}
              question={`Go back to ${range(band.article.low, band.article.high, band.article.currency)}? Your figures and note are removed.`}
              confirmLabel="Reset"
              onConfirm={() => reset.mutate()}
              disabled={reset.isPending}
            />
          )}
        </div>
      )}
    </li>
  );
}

const BAND_HINTS: Partial<Record<keyof BandDraft, string>> = {
  currency:
    'Three letters, e.g. EUR for figures from Berlin. Offers in other currencies are not checked against it.',
  note: 'The survey, site or people the figures come from, and the city.',
};

/** Edits one level's figures; Escape or Cancel closes it without saving. */
function BandForm({ band, onDone }: { band: Band; onDone: () => void }) {
  const prefix = `band-${band.level}`;
  const save = useSaveBand(band.level);
  const [draft, setDraft] = useState<BandDraft>(() => bandDraftOf(band));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const firstRef = useRef<HTMLInputElement>(null);
  const currency = draft.currency.trim().toUpperCase();
  const unit = minorDigits(currency) === null ? 'amount' : currency;

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const set = (field: keyof BandDraft) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOther([]);
    const read = readBandDraft(draft);
    if (!read.ok) {
      setErrors(read.errors);
      const first = (['low', 'high', 'currency', 'note'] as const).find((key) => read.errors[key]);
      if (first) document.getElementById(`${prefix}-${first}`)?.focus();
      return;
    }
    setErrors({});
    try {
      await save.mutateAsync(read.input);
      onDone();
    } catch (error) {
      if (isApiError(error, 400) && error.issues.length > 0) {
        const mapped = issuesToErrors(error.issues, BAND_LABELS);
        setErrors(mapped.fields);
        setOther(mapped.other);
      } else {
        setOther([error instanceof Error ? sentence(error.message) : 'Saving failed.']);
      }
    }
  };

  const summary = [
    ...(['low', 'high', 'currency', 'note'] as const).flatMap((field) => {
      const message = errors[field];
      return message ? [{ message, fieldId: `${prefix}-${field}` }] : [];
    }),
    ...other.map((message) => ({ message })),
  ];

  return (
    <form
      className="form band-form"
      onSubmit={submit}
      noValidate
      aria-label={`Your figures for the ${band.label} band`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <ErrorSummary items={summary} />
      <div className="field-row">
        <TextField
          ref={firstRef}
          id={`${prefix}-low`}
          label={`${BAND_LABELS.low} (${unit})`}
          inputMode="decimal"
          autoComplete="off"
          value={draft.low}
          onChange={set('low')}
          error={errors.low}
        />
        <TextField
          id={`${prefix}-high`}
          label={`${BAND_LABELS.high} (${unit})`}
          inputMode="decimal"
          autoComplete="off"
          value={draft.high}
          onChange={set('high')}
          error={errors.high}
        />
      </div>
      <TextField
        id={`${prefix}-currency`}
        label={BAND_LABELS.currency}
        hint={BAND_HINTS.currency}
        className="input-short"
        maxLength={3}
        autoComplete="off"
        value={draft.currency}
        onChange={set('currency')}
        error={errors.currency}
      />
      <TextField
        id={`${prefix}-note`}
        label={BAND_LABELS.note}
        hint={BAND_HINTS.note}
        optional
        maxLength={500}
        autoComplete="off"
        value={draft.note}
        onChange={set('note')}
        error={errors.note}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary button-small"
          disabled={save.isPending}
        >
          {save.isPending ? 'Saving…' : 'Save my figures'}
        </button>
        <button type="button" className="button button-small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
