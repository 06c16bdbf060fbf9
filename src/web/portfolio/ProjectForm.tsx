import { type FormEvent, type ReactNode, useState } from 'react';
import { isApiError, sentence } from '../api/client';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextField } from '../ui/TextField';
import type { PortfolioStatus } from './api';
import { type TextField as Field, type FormValues, formErrors, TEXT_FIELDS } from './form';
import { STATUS_LABELS } from './labels';

interface ProjectFormProps {
  /** Prefix of the inputs' ids, so two forms never share one. */
  idPrefix: string;
  initial: FormValues;
  submitLabel: string;
  pending: boolean;
  /** Sends the values; rejects with the API's error, whose field issues are shown in place. */
  onSubmit: (values: FormValues) => Promise<unknown>;
  onCancel?: () => void;
  /** Shown under the data field: where the data for the chosen plan project can come from. */
  dataHint?: ReactNode;
}

const LABELS: Record<Field, string> = {
  title: 'Title',
  repositoryUrl: 'Repository address',
  deployedUrl: 'Live address',
  localPath: 'Folder on this computer',
  dataset: 'Data',
  datasetSize: 'Dataset size',
  metric: 'Metric',
  baselineValue: 'Baseline value',
  resultValue: 'Your result',
  evaluationSize: 'Evaluation set size',
  evaluationMethod: 'How you evaluated',
  writeupUrl: 'Write-up address',
};

const HINTS: Partial<Record<Field, string>> = {
  title: 'What it does, in a few words: “Churn prediction for a gym chain”.',
  deployedUrl: 'Where anyone can try it: an API, a demo app.',
  localPath:
    'The full path of the repository on the computer running mlpath, for the repository check.',
  dataset: 'What the data is: “member check-ins from a regional gym chain”.',
  datasetSize: 'As you would write it on a resume: “12,000 rows”.',
  metric: 'The one number that matters: “recall on the churn class”.',
  baselineValue: 'What a simple baseline scored, e.g. 64%.',
  resultValue: 'What your model scored on the same held-out set, e.g. 81%.',
  evaluationSize: 'How big the held-out set was: “2,400 rows”.',
  evaluationMethod: '“time-based split”, “5-fold cross-validation”…',
  writeupUrl: 'A blog post about the project; it counts toward your posts.',
};

const GROUPS: { legend: string; fields: Field[]; note?: string }[] = [
  { legend: 'Where it lives', fields: ['repositoryUrl', 'deployedUrl', 'localPath', 'writeupUrl'] },
  { legend: 'Data', fields: ['dataset', 'datasetSize'] },
  {
    legend: 'Evaluation',
    fields: ['metric', 'baselineValue', 'resultValue', 'evaluationSize', 'evaluationMethod'],
    note: 'Fill these in as you measure them. The drafted resume bullet leaves a placeholder for anything empty; it never makes a number up.',
  },
];

/** The fields of a portfolio project, for adding one and for editing it. */
export function ProjectForm({
  idPrefix,
  initial,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
  dataHint,
}: ProjectFormProps) {
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const id = (field: string) => `${idPrefix}-${field}`;
  const set = (field: keyof FormValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const found = formErrors(values);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    try {
      await onSubmit(values);
    } catch (failure) {
      const issues = isApiError(failure) ? failure.issues : [];
      const byField: Partial<Record<Field, string>> = {};
      for (const issue of issues) {
        if ((TEXT_FIELDS as readonly string[]).includes(issue.path)) {
          byField[issue.path as Field] = sentence(`This ${issue.message}`);
        }
      }
      setErrors(byField);
      if (Object.keys(byField).length === 0) {
        setProblem(failure instanceof Error ? sentence(failure.message) : 'It could not be saved.');
      }
    }
  };

  const field = (name: Field, extra: { type?: string; hint?: ReactNode } = {}) => (
    <TextField
      key={name}
      id={id(name)}
      label={LABELS[name]}
      optional={name !== 'title'}
      hint={extra.hint ?? HINTS[name]}
      error={errors[name]}
      type={extra.type ?? 'text'}
      value={values[name]}
      onChange={(event) => set(name)(event.target.value)}
      {...(name.endsWith('Url') ? { inputMode: 'url' as const, placeholder: 'https://' } : {})}
      autoComplete="off"
    />
  );

  const summary = Object.entries(errors).map(([name, message]) => ({
    fieldId: id(name),
    message: `${LABELS[name as Field]}: ${message}`,
  }));
  return (
    <form className="form portfolio-form" onSubmit={submit} noValidate>
      {summary.length > 0 && <ErrorSummary items={summary} />}
      {problem && (
        <div className="callout callout-error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <div className="field-row">
        {field('title')}
        <div className="field">
          <label htmlFor={id('status')} className="field-label">
            Status
          </label>
          <select
            id={id('status')}
            className="input select"
            value={values.status}
            onChange={(event) => set('status')(event.target.value as PortfolioStatus)}
          >
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className="portfolio-fieldset">
          <legend className="mini-heading">{group.legend}</legend>
          {group.note && <p className="muted small">{group.note}</p>}
          <div className="field-row">
            {group.fields.map((name) =>
              field(name, {
                ...(name.endsWith('Url') ? { type: 'url' } : {}),
                ...(name === 'dataset' && dataHint ? { hint: dataHint } : {}),
              }),
            )}
          </div>
        </fieldset>
      ))}
      <div className="button-row form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
