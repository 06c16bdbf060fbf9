import type {
  PortfolioProject,
  PortfolioProjectInput,
  PortfolioProjectPatch,
  PortfolioStatus,
} from './api';

/** The form's text fields, in the order the form shows them. */
export const TEXT_FIELDS = [
  'title',
  'repositoryUrl',
  'deployedUrl',
  'localPath',
  'dataset',
  'datasetSize',
  'metric',
  'baselineValue',
  'resultValue',
  'evaluationSize',
  'evaluationMethod',
  'writeupUrl',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** What the form holds: every field as typed, '' for empty. */
export type FormValues = Record<TextField, string> & {
  status: PortfolioStatus;
  catalogProjectId: string;
};

export const emptyForm = (): FormValues => ({
  ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, ''])) as Record<TextField, string>),
  status: 'building',
  catalogProjectId: '',
});

/** The form filled from a stored project, for editing. */
export function formOf(project: PortfolioProject): FormValues {
  const values = emptyForm();
  for (const field of TEXT_FIELDS) values[field] = project[field] ?? '';
  values.status = project.status;
  values.catalogProjectId = project.catalogProjectId ?? '';
  return values;
}

/** The body of a new project: empty fields are left out, never sent as "". */
export function inputOf(values: FormValues): PortfolioProjectInput {
  const input: PortfolioProjectInput = { title: values.title.trim(), status: values.status };
  for (const field of TEXT_FIELDS) {
    const value = values[field].trim();
    if (field !== 'title' && value) input[field] = value;
  }
  if (values.catalogProjectId) input.catalogProjectId = values.catalogProjectId;
  return input;
}

/** Only what changed; a field emptied by the user is sent as null, which clears it. */
export function patchOf(project: PortfolioProject, values: FormValues): PortfolioProjectPatch {
  const next = inputOf(values);
  const patch: PortfolioProjectPatch = {};
  if (next.title !== project.title) patch.title = next.title;
  if (next.status !== project.status) patch.status = next.status;
  for (const field of [...TEXT_FIELDS.filter((f) => f !== 'title'), 'catalogProjectId'] as const) {
    if (next[field] !== project[field]) patch[field] = next[field] ?? null;
  }
  return patch;
}

/** Problems the browser can see before sending: the server still checks everything. */
export function formErrors(values: FormValues): Partial<Record<TextField, string>> {
  const errors: Partial<Record<TextField, string>> = {};
  if (!values.title.trim()) errors.title = 'Give the project a short title.';
  for (const field of ['repositoryUrl', 'deployedUrl', 'writeupUrl'] as const) {
    const value = values[field].trim();
    if (value && !isWebAddress(value)) {
      errors[field] = 'Enter a web address that starts with https:// or http://.';
    }
  }
  const path = values.localPath.trim();
  if (path && !/^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(path)) {
    errors.localPath = 'Enter the full path of the folder, starting with / (or C:\\ on Windows).';
  }
  return errors;
}

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
