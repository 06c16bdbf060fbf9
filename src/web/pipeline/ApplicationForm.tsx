import { type FormEvent, useId, useState } from 'react';
import { isApiError, sentence } from '../api/client';
import { ErrorSummary } from '../ui/ErrorSummary';
import { type FieldErrors, issuesToErrors, summaryItems } from '../ui/forms';
import { TextField } from '../ui/TextField';
import {
  type Application,
  type ApplicationInput,
  type Source,
  type Stage,
  useAnalysisOptions,
  useCompanies,
} from './api';
import { SOURCES, STAGES, sourceLabel, stageLabel } from './labels';

const LABELS: Record<string, string> = {
  company: 'Company',
  companyId: 'Company',
  role: 'Role',
  link: 'Link to the posting',
  source: 'How you applied',
  stage: 'Stage',
  nextAction: 'Next action',
  nextActionOn: 'Next action date',
  analysisId: 'Saved job analysis',
  notes: 'Notes',
};
const ORDER = Object.keys(LABELS);

interface ApplicationFormProps {
  /** The application being edited; a new one when absent. */
  initial?: Application;
  submitLabel: string;
  pending: boolean;
  onSubmit: (input: ApplicationInput) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * Adds or edits an application. The company is typed freely or picked from your companies (then
 * linked to it); the link to a saved job analysis is optional.
 */
export function ApplicationForm({
  initial,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
}: ApplicationFormProps) {
  const id = useId();
  const field = (name: string) => `${id}-${name}`;
  const companies = useCompanies();
  const analyses = useAnalysisOptions();
  const [values, setValues] = useState({
    company: initial?.company ?? '',
    role: initial?.role ?? '',
    link: initial?.link ?? '',
    source: initial?.source ?? ('referral' as Source),
    stage: initial?.stage ?? ('saved' as Stage),
    nextAction: initial?.nextAction ?? '',
    nextActionOn: initial?.nextActionOn ?? '',
    analysisId: initial?.analysisId ?? '',
    notes: initial?.notes ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const set = (name: keyof typeof values) => (value: string) =>
    setValues((current) => ({ ...current, [name]: value }));

  const matched = companies.data?.find(
    (company) => company.name.trim().toLowerCase() === values.company.trim().toLowerCase(),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!values.company.trim()) local.company = 'Enter the company.';
    if (!values.role.trim()) local.role = 'Enter the role.';
    setErrors(local);
    setOther([]);
    if (Object.keys(local).length > 0) return;
    // On edit, an emptied field is sent as null so it is cleared.
    const empty = initial ? null : undefined;
    const optional = (value: string) => (value.trim() ? value.trim() : empty);
    const input: ApplicationInput = {
      company: values.company.trim(),
      role: values.role.trim(),
      source: values.source,
      stage: values.stage,
      companyId: matched?.id ?? empty,
      link: optional(values.link),
      nextAction: optional(values.nextAction),
      nextActionOn: optional(values.nextActionOn),
      analysisId: optional(values.analysisId),
      notes: optional(values.notes),
    };
    const body = Object.fromEntries(
      Object.entries(input).filter(([, value]) => value !== undefined),
    ) as ApplicationInput;
    try {
      await onSubmit(body);
    } catch (error) {
      if (isApiError(error, 400) && error.issues.length > 0) {
        const mapped = issuesToErrors(error.issues, LABELS);
        setErrors(mapped.fields);
        setOther(mapped.other);
      } else {
        setOther([error instanceof Error ? sentence(error.message) : 'Saving failed.']);
      }
    }
  };

  return (
    <form className="form application-form" onSubmit={submit} noValidate>
      <ErrorSummary items={summaryItems(errors, ORDER, field, other)} />
      <div className="form-grid">
        <TextField
          id={field('company')}
          label="Company"
          list={`${id}-companies`}
          autoComplete="off"
          value={values.company}
          onChange={(event) => set('company')(event.target.value)}
          error={errors.company ?? errors.companyId}
          hint={
            matched
              ? `Linked to ${matched.name} in your companies.`
              : 'Type a name or pick one of your companies.'
          }
        />
        <datalist id={`${id}-companies`}>
          {companies.data?.map((company) => (
            <option key={company.id} value={company.name} />
          ))}
        </datalist>
        <TextField
          id={field('role')}
          label="Role"
          value={values.role}
          onChange={(event) => set('role')(event.target.value)}
          error={errors.role}
        />
        <SelectField
          id={field('source')}
          label="How you applied"
          value={values.source}
          onChange={set('source')}
          options={SOURCES.map((source) => [source, sourceLabel(source)])}
          hint="Referrals get answers far more often than cold applications; the funnel compares them."
          error={errors.source}
        />
        <SelectField
          id={field('stage')}
          label="Stage"
          value={values.stage}
          onChange={set('stage')}
          options={STAGES.map((stage) => [stage, stageLabel(stage)])}
          error={errors.stage}
        />
        <TextField
          id={field('link')}
          label="Link to the posting"
          optional
          type="url"
          inputMode="url"
          value={values.link}
          onChange={(event) => set('link')(event.target.value)}
          error={errors.link}
        />
        <SelectField
          id={field('analysisId')}
          label="Saved job analysis"
          optional
          value={values.analysisId}
          onChange={set('analysisId')}
          options={[
            ['', analyses.data?.length ? 'None' : 'None saved yet'],
            ...(analyses.data ?? []).map(
              (item) =>
                [item.id, `${item.title}${item.company ? ` — ${item.company}` : ''}`] as [
                  string,
                  string,
                ],
            ),
          ]}
          error={errors.analysisId}
        />
        <TextField
          id={field('nextAction')}
          label="Next action"
          optional
          placeholder="e.g. Ask Priya for a referral"
          value={values.nextAction}
          onChange={(event) => set('nextAction')(event.target.value)}
          error={errors.nextAction}
        />
        <TextField
          id={field('nextActionOn')}
          label="Next action date"
          optional
          type="date"
          value={values.nextActionOn}
          onChange={(event) => set('nextActionOn')(event.target.value)}
          error={errors.nextActionOn}
        />
      </div>
      <div className={`field${errors.notes ? ' field-invalid' : ''}`}>
        <label className="field-label" htmlFor={field('notes')}>
          Notes <span className="optional">(optional)</span>
        </label>
        <textarea
          id={field('notes')}
          className="input textarea"
          rows={4}
          value={values.notes}
          onChange={(event) => set('notes')(event.target.value)}
        />
        {errors.notes && <p className="field-error">{errors.notes}</p>}
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: [string, string][];
  hint?: string;
  error?: string | undefined;
  optional?: boolean;
}

/** A labelled select whose hint and error are tied to it. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  hint,
  error,
  optional,
}: SelectFieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
        {optional && <span className="optional"> (optional)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <select
        id={id}
        className="input select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      >
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
