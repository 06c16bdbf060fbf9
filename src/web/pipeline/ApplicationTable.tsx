import { useState } from 'react';
import { Link } from 'react-router';
import { formatShort, localToday } from '../roadmap/dates';
import { ErrorState } from '../shell/ErrorState';
import { type Source, type Stage, useApplications } from './api';
import { EmptyPipeline } from './EmptyPipeline';
import { SOURCE_SHORT, SOURCES, STAGES, sourceLabel, stageLabel } from './labels';

/** The applications as a table, filtered by stage, source, company and text. */
export function ApplicationTable() {
  const applications = useApplications();
  const [stage, setStage] = useState<Stage | ''>('');
  const [source, setSource] = useState<Source | ''>('');
  const [company, setCompany] = useState('');
  const [text, setText] = useState('');

  if (applications.isError) {
    return (
      <ErrorState
        what="Your applications could not be loaded."
        error={applications.error}
        onRetry={() => void applications.refetch()}
      />
    );
  }
  if (applications.isPending) return <p className="muted">Loading your applications…</p>;
  const list = applications.data;
  if (list.length === 0) return <EmptyPipeline />;

  const companies = [...new Set(list.map((item) => item.company))].sort((a, b) =>
    a.localeCompare(b),
  );
  const needle = text.trim().toLowerCase();
  const shown = list.filter(
    (item) =>
      (!stage || item.stage === stage) &&
      (!source || item.source === source) &&
      (!company || item.company === company) &&
      (!needle ||
        [item.company, item.role, item.notes ?? '', item.nextAction ?? '']
          .join(' ')
          .toLowerCase()
          .includes(needle)),
  );
  const today = localToday();
  const filtered = Boolean(stage || source || company || needle);

  return (
    <section aria-labelledby="table-title" className="card">
      <h2 id="table-title" className="section-title">
        All applications
      </h2>
      <div className="filters">
        <div className="field">
          <label className="field-label" htmlFor="filter-stage">
            Stage
          </label>
          <select
            id="filter-stage"
            className="input select"
            value={stage}
            onChange={(event) => setStage(event.target.value as Stage | '')}
          >
            <option value="">All stages</option>
            {STAGES.map((item) => (
              <option key={item} value={item}>
                {stageLabel(item)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="filter-source">
            Source
          </label>
          <select
            id="filter-source"
            className="input select"
            value={source}
            onChange={(event) => setSource(event.target.value as Source | '')}
          >
            <option value="">All sources</option>
            {SOURCES.map((item) => (
              <option key={item} value={item}>
                {sourceLabel(item)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="filter-company">
            Company
          </label>
          <select
            id="filter-company"
            className="input select"
            value={company}
            onChange={(event) => setCompany(event.target.value)}
          >
            <option value="">All companies</option>
            {companies.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="filter-text">
            Search
          </label>
          <input
            id="filter-text"
            className="input"
            type="search"
            value={text}
            placeholder="Role, company, notes"
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      </div>
      <p className="muted" role="status">
        {filtered ? `Showing ${shown.length} of ${list.length}.` : `${list.length} applications.`}
      </p>
      {shown.length === 0 ? (
        <p>No application matches these filters.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Company</th>
                <th scope="col">Stage</th>
                <th scope="col">Source</th>
                <th scope="col">Applied</th>
                <th scope="col">Next action</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link to={`/applications/${item.id}`}>{item.role}</Link>
                  </th>
                  <td>{item.company}</td>
                  <td>
                    <span className={`stage-badge stage-${item.stage}`}>
                      {stageLabel(item.stage)}
                    </span>
                  </td>
                  <td>
                    <span className={`source-badge source-${item.source}`}>
                      {SOURCE_SHORT[item.source]}
                    </span>
                  </td>
                  <td>{item.appliedOn ? formatShort(item.appliedOn) : '—'}</td>
                  <td
                    className={item.nextActionOn && item.nextActionOn < today ? 'is-overdue' : ''}
                  >
                    {item.nextActionOn
                      ? `${item.nextAction ?? 'Next step'} · ${formatShort(item.nextActionOn)}`
                      : (item.nextAction ?? '—')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
