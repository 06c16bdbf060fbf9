import { type FormEvent, useState } from 'react';
import { failureMessage } from '../api/client';
import { useProfile } from '../api/queries';
import { ErrorState } from '../shell/ErrorState';
import { ConfirmButton } from '../ui/ConfirmButton';
import { TextField } from '../ui/TextField';
import { SelectField } from './ApplicationForm';
import {
  type Company,
  type CompanyInput,
  useCompanies,
  useDeleteCompany,
  useSaveCompany,
} from './api';
import { FITS, fitOf, matchesDomain, TIERS, tierOf } from './labels';

/** `/applications/companies`: where to apply, ranked by how well each hires career switchers. */
export function Companies() {
  const companies = useCompanies();
  const profile = useProfile();
  const remove = useDeleteCompany();
  const [editing, setEditing] = useState<Company | 'new' | null>(null);
  const domain = profile.data?.domain;

  if (companies.isError) {
    return (
      <ErrorState
        what="Your companies could not be loaded."
        error={companies.error}
        onRetry={() => void companies.refetch()}
      />
    );
  }
  const list = [...(companies.data ?? [])].sort(
    (a, b) => (fitOf(a.fit)?.rank ?? 9) - (fitOf(b.fit)?.rank ?? 9) || a.name.localeCompare(b.name),
  );

  return (
    <div className="pipeline-columns">
      <section className="card" aria-labelledby="companies-title">
        <div className="section-head">
          <h2 id="companies-title" className="section-title">
            Companies
          </h2>
          {editing === null && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setEditing('new')}
            >
              Add a company
            </button>
          )}
        </div>
        {editing !== null && (
          <CompanyForm
            key={editing === 'new' ? 'new' : editing.id}
            initial={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        )}
        {companies.isPending ? (
          <p className="muted">Loading your companies…</p>
        ) : list.length === 0 ? (
          <div className="pipeline-empty">
            <p>
              <strong>No companies yet.</strong> Start with software companies in the industry you
              come from{domain ? ` (${domain})` : ''}: that is where your background counts as
              expertise. Then mid-market software adding ML, and consulting firms with an ML
              practice.
            </p>
          </div>
        ) : (
          <ul className="company-list">
            {list.map((company) => {
              const fit = fitOf(company.fit);
              const tier = tierOf(company.tier);
              const yours = matchesDomain(company.industry, domain);
              return (
                <li key={company.id} className={`company${yours ? ' is-your-domain' : ''}`}>
                  <div className="company-head">
                    <h3 className="company-name">{company.name}</h3>
                    {yours && <span className="badge badge-accent">Your domain</span>}
                  </div>
                  <p className="company-facts">
                    {company.industry && <span>{company.industry}</span>}
                    {tier && (
                      <span>
                        Tier {tier.tier} · {tier.preparation}
                      </span>
                    )}
                    {fit && <span>Fit: {fit.label}</span>}
                  </p>
                  {yours && (
                    <p className="company-note">
                      Same industry as your background — your domain knowledge is a selling point
                      here.
                    </p>
                  )}
                  {company.notes && <p className="pre-line">{company.notes}</p>}
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => setEditing(company)}
                    >
                      Edit<span className="visually-hidden"> {company.name}</span>
                    </button>
                    <ConfirmButton
                      label="Delete"
                      subject={company.name}
                      question={`Delete ${company.name}? Its applications keep the name.`}
                      confirmLabel="Delete"
                      onConfirm={() => remove.mutate(company.id)}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <aside className="card guide" aria-labelledby="fit-title">
        <h2 id="fit-title" className="section-title">
          Where switchers get hired
        </h2>
        <ol className="guide-list">
          {FITS.map((fit) => (
            <li key={fit.id}>
              <strong>{fit.label}.</strong> {fit.why}
            </li>
          ))}
        </ol>
        <h3 className="subheading">Tiers and preparation</h3>
        <ul className="guide-list">
          {TIERS.map((tier) => (
            <li key={tier.tier}>
              <strong>
                Tier {tier.tier}: {tier.label}
              </strong>{' '}
              ({tier.examples}) — {tier.preparation}; they look for {tier.asks}.
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}

function CompanyForm({ initial, onDone }: { initial?: Company | undefined; onDone: () => void }) {
  const save = useSaveCompany();
  const [name, setName] = useState(initial?.name ?? '');
  const [tier, setTier] = useState(initial?.tier ? String(initial.tier) : '');
  const [fit, setFit] = useState<string>(initial?.fit ?? '');
  const [industry, setIndustry] = useState(initial?.industry ?? '');
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const [error, setError] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Enter the company’s name.');
      return;
    }
    const clear = initial ? null : undefined;
    const body = Object.fromEntries(
      Object.entries({
        name: name.trim(),
        tier: tier ? Number(tier) : clear,
        fit: fit || clear,
        industry: industry.trim() || clear,
        notes: notes.trim() || clear,
      }).filter(([, value]) => value !== undefined),
    ) as CompanyInput;
    try {
      await save.mutateAsync(initial ? { id: initial.id, body } : { body });
      onDone();
    } catch (failure) {
      setError(failureMessage(failure));
    }
  };

  return (
    <form className="form inline-form" onSubmit={submit} noValidate>
      <h3 className="subheading">{initial ? `Edit ${initial.name}` : 'New company'}</h3>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-grid">
        <TextField
          id="company-name"
          label="Name"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          id="company-industry"
          label="Industry"
          optional
          value={industry}
          onChange={(event) => setIndustry(event.target.value)}
        />
        <SelectField
          id="company-tier"
          label="Tier"
          optional
          value={tier}
          onChange={setTier}
          options={[
            ['', 'Not set'],
            ...TIERS.map(
              (item) => [String(item.tier), `${item.tier}: ${item.label}`] as [string, string],
            ),
          ]}
        />
        <SelectField
          id="company-fit"
          label="Fit for a career switcher"
          optional
          value={fit}
          onChange={setFit}
          options={[
            ['', 'Not set'],
            ...FITS.map((item) => [item.id, item.label] as [string, string]),
          ]}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="company-notes">
          Notes <span className="optional">(optional)</span>
        </label>
        <textarea
          id="company-notes"
          className="input textarea"
          rows={3}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {initial ? 'Save changes' : 'Save company'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
