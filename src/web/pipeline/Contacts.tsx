import { type FormEvent, useState } from 'react';
import { failureMessage } from '../api/client';
import { formatShort, localToday } from '../roadmap/dates';
import { ErrorState } from '../shell/ErrorState';
import { ConfirmButton } from '../ui/ConfirmButton';
import { TextField } from '../ui/TextField';
import { SelectField } from './ApplicationForm';
import {
  type Contact,
  type ContactInput,
  type ReferralState,
  useCompanies,
  useContacts,
  useDeleteContact,
  useSaveContact,
} from './api';
import { REFERRAL_LABELS, REFERRAL_STATES } from './labels';

/** `/applications/contacts`: the people who can open a door, and when to get back to them. */
export function Contacts() {
  const contacts = useContacts();
  const companies = useCompanies();
  const remove = useDeleteContact();
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const today = localToday();
  const companyName = (id?: string) => companies.data?.find((item) => item.id === id)?.name;

  if (contacts.isError) {
    return (
      <ErrorState
        what="Your contacts could not be loaded."
        error={contacts.error}
        onRetry={() => void contacts.refetch()}
      />
    );
  }
  const list = contacts.data ?? [];
  const referrals = list.filter((item) => item.referral === 'given').length;

  return (
    <section className="card" aria-labelledby="contacts-title">
      <div className="section-head">
        <h2 id="contacts-title" className="section-title">
          Contacts
        </h2>
        {editing === null && (
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            Add a contact
          </button>
        )}
      </div>
      <p className="section-intro">
        About half of jobs are filled through someone who knew the candidate. Keep the people who
        could refer you here, and a date to get back in touch.
        {list.length > 0 && ` ${referrals} of ${list.length} have referred you so far.`}
      </p>
      {editing !== null && (
        <ContactForm
          key={editing === 'new' ? 'new' : editing.id}
          initial={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {contacts.isPending ? (
        <p className="muted">Loading your contacts…</p>
      ) : list.length === 0 ? (
        <div className="pipeline-empty">
          <p>
            <strong>No contacts yet.</strong> Think of former colleagues now at companies you are
            aiming at, classmates, people from meetups. Add one, note how you met, and set a date to
            write to them.
          </p>
        </div>
      ) : (
        <ul className="contact-list">
          {list.map((contact) => {
            const due = contact.nextContactOn && contact.nextContactOn <= today;
            return (
              <li key={contact.id} className="contact">
                <div className="company-head">
                  <h3 className="company-name">{contact.name}</h3>
                  <span className={`referral-badge referral-${contact.referral}`}>
                    {REFERRAL_LABELS[contact.referral]}
                  </span>
                </div>
                <p className="company-facts">
                  {companyName(contact.companyId) && <span>{companyName(contact.companyId)}</span>}
                  {contact.howMet && <span>Met: {contact.howMet}</span>}
                  {contact.lastContactOn && (
                    <span>Last spoke {formatShort(contact.lastContactOn)}</span>
                  )}
                  {contact.nextContactOn && (
                    <span className={due ? 'is-overdue' : ''}>
                      {due ? 'Due: get in touch' : 'Next'} {formatShort(contact.nextContactOn)}
                    </span>
                  )}
                </p>
                {contact.notes && <p className="pre-line">{contact.notes}</p>}
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => setEditing(contact)}
                  >
                    Edit<span className="visually-hidden"> {contact.name}</span>
                  </button>
                  <ConfirmButton
                    label="Delete"
                    subject={contact.name}
                    question={`Delete ${contact.name}?`}
                    confirmLabel="Delete"
                    onConfirm={() => remove.mutate(contact.id)}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ContactForm({ initial, onDone }: { initial?: Contact | undefined; onDone: () => void }) {
  const save = useSaveContact();
  const companies = useCompanies();
  const [values, setValues] = useState({
    name: initial?.name ?? '',
    companyId: initial?.companyId ?? '',
    howMet: initial?.howMet ?? '',
    lastContactOn: initial?.lastContactOn ?? '',
    nextContactOn: initial?.nextContactOn ?? '',
    referral: initial?.referral ?? ('none' as ReferralState),
    notes: initial?.notes ?? '',
  });
  const [error, setError] = useState('');
  const set = (name: keyof typeof values) => (value: string) =>
    setValues((current) => ({ ...current, [name]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!values.name.trim()) {
      setError('Enter the contact’s name.');
      return;
    }
    const clear = initial ? null : undefined;
    const body = Object.fromEntries(
      Object.entries({
        name: values.name.trim(),
        referral: values.referral,
        companyId: values.companyId || clear,
        howMet: values.howMet.trim() || clear,
        lastContactOn: values.lastContactOn || clear,
        nextContactOn: values.nextContactOn || clear,
        notes: values.notes.trim() || clear,
      }).filter(([, value]) => value !== undefined),
    ) as ContactInput;
    try {
      await save.mutateAsync(initial ? { id: initial.id, body } : { body });
      onDone();
    } catch (failure) {
      setError(failureMessage(failure));
    }
  };

  return (
    <form className="form inline-form" onSubmit={submit} noValidate>
      <h3 className="subheading">{initial ? `Edit ${initial.name}` : 'New contact'}</h3>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-grid">
        <TextField
          id="contact-name"
          label="Name"
          value={values.name}
          onChange={(event) => set('name')(event.target.value)}
        />
        <SelectField
          id="contact-company"
          label="Company"
          optional
          value={values.companyId}
          onChange={set('companyId')}
          options={[
            ['', 'None'],
            ...(companies.data ?? []).map((item) => [item.id, item.name] as [string, string]),
          ]}
        />
        <TextField
          id="contact-how-met"
          label="How you met"
          optional
          placeholder="e.g. former colleague, meetup"
          value={values.howMet}
          onChange={(event) => set('howMet')(event.target.value)}
        />
        <SelectField
          id="contact-referral"
          label="Referral"
          value={values.referral}
          onChange={set('referral')}
          options={REFERRAL_STATES.map((state) => [state, REFERRAL_LABELS[state]])}
        />
        <TextField
          id="contact-last"
          label="Last contact"
          optional
          type="date"
          value={values.lastContactOn}
          onChange={(event) => set('lastContactOn')(event.target.value)}
        />
        <TextField
          id="contact-next"
          label="Next contact"
          optional
          type="date"
          value={values.nextContactOn}
          onChange={(event) => set('nextContactOn')(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="contact-notes">
          Notes <span className="optional">(optional)</span>
        </label>
        <textarea
          id="contact-notes"
          className="input textarea"
          rows={3}
          value={values.notes}
          onChange={(event) => set('notes')(event.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {initial ? 'Save changes' : 'Save contact'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
