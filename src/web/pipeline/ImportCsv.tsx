import { type ChangeEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { isApiError, sentence } from '../api/client';
import { formatShort } from '../roadmap/dates';
import {
  type ColumnMapping,
  type ImportField,
  type ImportPreview,
  useImportApplications,
  usePreviewImport,
} from './api';
import { SOURCE_SHORT, stageLabel } from './labels';

const FIELDS: [ImportField, string][] = [
  ['company', 'Company'],
  ['role', 'Role'],
  ['link', 'Link'],
  ['stage', 'Stage'],
  ['source', 'Source'],
  ['appliedOn', 'Date applied'],
  ['nextAction', 'Next action'],
  ['nextActionOn', 'Next action date'],
  ['notes', 'Notes'],
];
const FIELD_LABEL = Object.fromEntries(FIELDS) as Record<ImportField | 'file', string>;
const PREVIEW_ROWS = 20;

/**
 * `/applications/import`: a CSV from another tracker or a spreadsheet, in three steps — the
 * file, which column is which, and a preview. Nothing is saved until the last step, and then
 * every row or none.
 */
export function ImportCsv() {
  const id = useId();
  const preview = usePreviewImport();
  const save = useImportApplications();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  const [result, setResult] = useState<ImportPreview | null>(null);
  /**
   * The columns as the user matched them, shown at once: the selects must not spring back to the
   * last preview while the next one is read, nor lose a change made before it answered.
   */
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [problem, setProblem] = useState('');
  const [imported, setImported] = useState<number | null>(null);

  const read = (text: string, chosen?: ColumnMapping) => {
    setProblem('');
    setImported(null);
    setMapping(chosen ?? null);
    // Only the last call's callbacks run, so an earlier preview never overwrites a later one.
    preview.mutate(
      { csv: text, ...(chosen ? { mapping: chosen } : {}) },
      {
        onSuccess: (answer) => {
          setResult(answer);
          setMapping(answer.mapping);
        },
        onError: (error) => {
          setResult(null);
          setProblem(sentence(error.message));
        },
      },
    );
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    setFileName(file.name);
    setCsv(text);
    read(text);
  };

  const changeMapping = (field: ImportField, column: string) => {
    if (!result) return;
    const next: ColumnMapping = { ...(mapping ?? result.mapping) };
    if (column) next[field] = column;
    else delete next[field];
    read(csv, next);
  };

  const confirm = () => {
    if (!result) return;
    save.mutate(
      { csv, mapping: result.mapping },
      {
        onSuccess: ({ imported: count }) => {
          setImported(count);
          setResult(null);
          setCsv('');
          setFileName('');
        },
        onError: (error) =>
          setProblem(
            isApiError(error, 400)
              ? `${sentence(error.message)} See the problems below.`
              : sentence(error.message),
          ),
      },
    );
  };

  const fileErrors = result?.errors.filter((error) => error.row === 0) ?? [];
  const rowErrors = result?.errors.filter((error) => error.row > 0) ?? [];

  return (
    <section className="card import" aria-labelledby="import-title">
      <h2 id="import-title" className="section-title">
        Import applications from a CSV file
      </h2>
      <p className="section-intro">
        Export your list from another tracker or a spreadsheet as CSV. The first line should name
        the columns — company, role, status, date applied and so on. You will see every row before
        anything is saved.
      </p>
      {imported !== null && (
        <div className="notice notice-success" role="status">
          Imported {imported} application{imported === 1 ? '' : 's'}.{' '}
          <Link to="/applications">See them on the board</Link>.
        </div>
      )}

      <h3 className="subheading">1. Choose the file</h3>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-file`}>
          CSV file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          className="file-input"
          onChange={(event) => void onFile(event)}
        />
      </div>
      <details className="paste">
        <summary>Or paste the CSV text</summary>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-text`}>
            CSV text
          </label>
          <textarea
            id={`${id}-text`}
            className="input textarea mono"
            rows={6}
            value={csv}
            onChange={(event) => {
              setCsv(event.target.value);
              setFileName('');
            }}
          />
        </div>
        <button
          type="button"
          className="button"
          disabled={!csv.trim() || preview.isPending}
          onClick={() => read(csv)}
        >
          Read the text
        </button>
      </details>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {preview.isPending && <p className="muted">Reading {fileName || 'the file'}…</p>}

      {result && (
        <>
          <h3 className="subheading">2. Match the columns</h3>
          <p className="field-hint">
            We guessed from the column names{fileName ? ` of ${fileName}` : ''}. Company and role
            are needed; a missing stage is taken from the date applied, a missing source counts as a
            cold application.
          </p>
          <div className="mapping-grid">
            {FIELDS.map(([field, label]) => (
              <div className="field" key={field}>
                <label className="field-label" htmlFor={`${id}-map-${field}`}>
                  {label}
                </label>
                <select
                  id={`${id}-map-${field}`}
                  className="input select"
                  value={(mapping ?? result.mapping)[field] ?? ''}
                  onChange={(event) => changeMapping(field, event.target.value)}
                >
                  <option value="">— not in the file —</option>
                  {result.columns.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>

          <h3 className="subheading">3. Check and import</h3>
          {fileErrors.length > 0 && (
            <ul className="import-errors" aria-label="Problems with the file">
              {fileErrors.map((error) => (
                <li key={`${error.field}:${error.message}`}>
                  {error.field === 'file' ? '' : `${FIELD_LABEL[error.field]}: `}
                  {sentence(error.message)}
                </li>
              ))}
            </ul>
          )}
          {rowErrors.length > 0 && (
            <div className="error-summary" role="alert">
              <p className="error-summary-title">
                {rowErrors.length} problem{rowErrors.length === 1 ? '' : 's'} to fix in the file
                first — nothing is imported until every row can be read.
              </p>
              <ul>
                {rowErrors.slice(0, 50).map((error) => (
                  <li key={`${error.row}:${error.field}:${error.message}`}>
                    Row {error.row}, {FIELD_LABEL[error.field]}: {sentence(error.message)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {result.rows.length > 0 && (
            <div className="table-scroll">
              <table className="data-table">
                <caption>
                  {result.rows.length} row{result.rows.length === 1 ? '' : 's'} ready
                  {result.rows.length > PREVIEW_ROWS ? ` (the first ${PREVIEW_ROWS} shown)` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Company</th>
                    <th scope="col">Role</th>
                    <th scope="col">Stage</th>
                    <th scope="col">Source</th>
                    <th scope="col">Applied</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.slice(0, PREVIEW_ROWS).map(({ row, application, appliedOn }) => (
                    <tr key={row}>
                      <td>{row}</td>
                      <th scope="row">{application.company}</th>
                      <td>{application.role}</td>
                      <td>{stageLabel(application.stage)}</td>
                      <td>{SOURCE_SHORT[application.source]}</td>
                      <td>{appliedOn ? formatShort(appliedOn) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={
                result.errors.length > 0 ||
                result.rows.length === 0 ||
                preview.isPending ||
                save.isPending
              }
              onClick={confirm}
            >
              {save.isPending
                ? 'Importing…'
                : `Import ${result.rows.length} application${result.rows.length === 1 ? '' : 's'}`}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
