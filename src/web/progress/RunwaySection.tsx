import { type FormEvent, lazy, type ReactNode, Suspense, useState } from 'react';
import { formatMoney, fromMinor, minorDigits, toMinor } from '../../core/money';
import { isApiError, sentence } from '../api/client';
import { useSaveRunway } from '../api/queries';
import type { Dashboard, RunwayInput } from '../api/types';
import { formatLong, humanizeDates } from '../roadmap/dates';
import type { FieldErrors } from '../ui/forms';
import { TextField } from '../ui/TextField';

const Charts = lazy(() => import('./Charts'));

type MoneyField = 'savings' | 'monthlyExpenses' | 'monthlyIncome' | 'learningBudget';
const MONEY_FIELDS: { field: MoneyField; label: string; hint: ReactNode }[] = [
  {
    field: 'savings',
    label: 'Savings',
    hint: 'Before giving up income, most guides advise 6–12 months of expenses.',
  },
  { field: 'monthlyExpenses', label: 'Monthly expenses', hint: 'Rent, food, bills: all of it.' },
  {
    field: 'monthlyIncome',
    label: 'Monthly income during the switch',
    hint: 'A part-time job or freelancing can bridge the gap; 0 if none.',
  },
  {
    field: 'learningBudget',
    label: 'Learning budget',
    hint: 'Courses, books, cloud credits: $500–2,000 for the whole switch is typical.',
  },
];

interface Draft {
  currency: string;
  savings: string;
  monthlyExpenses: string;
  monthlyIncome: string;
  learningBudget: string;
  emergencyFundMonths: string;
}

const draftOf = (saved: RunwayInput | null): Draft =>
  saved
    ? {
        currency: saved.currency,
        savings: fromMinor(saved.savings, saved.currency),
        monthlyExpenses: fromMinor(saved.monthlyExpenses, saved.currency),
        monthlyIncome: fromMinor(saved.monthlyIncome, saved.currency),
        learningBudget: fromMinor(saved.learningBudget, saved.currency),
        emergencyFundMonths: String(saved.emergencyFundMonths),
      }
    : {
        currency: 'USD',
        savings: '',
        monthlyExpenses: '',
        monthlyIncome: '0',
        learningBudget: '',
        emergencyFundMonths: '6',
      };

/** Savings against expenses: the day the money reaches the emergency floor, against the P80 date. */
export function RunwaySection({
  dashboard,
  saved,
}: {
  dashboard: Dashboard;
  saved: RunwayInput | null;
}) {
  const save = useSaveRunway();
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const currency = draft.currency.trim().toUpperCase();
  const set = (field: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const found: FieldErrors = {};
    const digits = minorDigits(currency);
    if (digits === null)
      found.currency = 'Currency must be a three-letter code such as USD or EUR.';
    const amounts: Partial<Record<MoneyField, number>> = {};
    for (const { field, label } of MONEY_FIELDS) {
      const value = digits === null ? null : toMinor(draft[field], currency);
      if (value === null && digits !== null) {
        found[field] =
          `${label} must be an amount of 0 or more, with at most ${digits} decimal ${digits === 1 ? 'place' : 'places'}.`;
      }
      if (value !== null) amounts[field] = value;
    }
    const months = Number(draft.emergencyFundMonths);
    if (!/^\d+$/.test(draft.emergencyFundMonths.trim()) || months > 24)
      found.emergencyFundMonths = 'Emergency fund must be a whole number of months from 0 to 24.';
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`runway-${first}`)?.focus();
      return;
    }
    save.mutate(
      {
        currency,
        savings: amounts.savings ?? 0,
        monthlyExpenses: amounts.monthlyExpenses ?? 0,
        monthlyIncome: amounts.monthlyIncome ?? 0,
        learningBudget: amounts.learningBudget ?? 0,
        emergencyFundMonths: months,
      },
      {
        onSuccess: () => setStatus('Runway saved.'),
        onError: (error) => {
          if (isApiError(error, 400) && error.issues.length > 0) {
            const fromApi: FieldErrors = {};
            for (const issue of error.issues) fromApi[issue.path] ??= sentence(issue.message);
            setErrors(fromApi);
          } else {
            setStatus(error instanceof Error ? sentence(error.message) : 'Saving failed.');
          }
        },
      },
    );
  };

  const result = dashboard.runway;
  return (
    <section className="card" aria-labelledby="runway-title">
      <h2 id="runway-title" className="section-title">
        Money runway
      </h2>
      {result ? (
        <RunwayResult dashboard={dashboard} />
      ) : (
        <p className="empty-note">
          Set your runway: how long your savings last against the date an offer is likely. It stays
          on this server and only you see it.
        </p>
      )}
      <form className="runway-form" onSubmit={submit} noValidate>
        <TextField
          id="runway-currency"
          label="Currency"
          hint="Three letters, e.g. USD, EUR, GBP"
          className="input-short"
          value={draft.currency}
          maxLength={3}
          autoComplete="off"
          onChange={set('currency')}
          error={errors.currency}
        />
        {MONEY_FIELDS.map(({ field, label, hint }) => (
          <TextField
            key={field}
            id={`runway-${field}`}
            label={`${label} (${minorDigits(currency) === null ? 'amount' : currency})`}
            hint={hint}
            inputMode="decimal"
            autoComplete="off"
            value={draft[field]}
            onChange={set(field)}
            error={errors[field]}
          />
        ))}
        <TextField
          id="runway-emergencyFundMonths"
          label="Emergency fund (months of expenses kept untouched)"
          hint="6 to 12 is the usual advice; 0 to 24."
          inputMode="numeric"
          className="input-short"
          value={draft.emergencyFundMonths}
          onChange={set('emergencyFundMonths')}
          error={errors.emergencyFundMonths}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : result ? 'Update runway' : 'Save runway'}
          </button>
          <span aria-live="polite" className="muted small">
            {status}
          </span>
        </div>
      </form>
    </section>
  );
}

function RunwayResult({ dashboard }: { dashboard: Dashboard }) {
  const runway = dashboard.runway;
  if (!runway) return null;
  const p80 = dashboard.forecast.firstOfferDate.p80;
  return (
    <div className="runway-result" data-testid="runway-result">
      <dl className="figures">
        <div>
          <dt>Money reaches the floor</dt>
          <dd>{runway.runsOutOn ? formatLong(runway.runsOutOn) : 'Not within 10 years'}</dd>
        </div>
        <div>
          <dt>Safe-bet offer (P80)</dt>
          <dd>{formatLong(p80)}</dd>
        </div>
        <div>
          <dt>Emergency floor</dt>
          <dd>{formatMoney(runway.floor, runway.currency)}</dd>
        </div>
      </dl>
      {runway.coversP80 ? (
        <p className="callout callout-success">
          <strong>Covers the P80 date</strong>
          {runway.bufferMonths !== null
            ? ` with ${Math.round(runway.bufferMonths * 10) / 10} months to spare.`
            : '; your income covers your expenses.'}
        </p>
      ) : (
        <p className="callout callout-warning">
          <strong>Does not cover the P80 date.</strong> The money reaches the floor before the
          safe-bet offer date.
        </p>
      )}
      {runway.warning && (
        <div className="callout callout-warning">
          <p>{humanizeDates(runway.warning.message)}</p>
          {runway.warning.extraMonthlyIncome !== undefined && (
            <p>
              <strong>
                Extra income (or cuts) needed:{' '}
                {formatMoney(runway.warning.extraMonthlyIncome, runway.currency)} a month.
              </strong>{' '}
              Freelance data work can bridge it once you have a project to show.
            </p>
          )}
        </div>
      )}
      <Suspense fallback={<p className="muted small">Loading the chart…</p>}>
        <Charts dashboard={dashboard} part="runway" />
      </Suspense>
    </div>
  );
}
