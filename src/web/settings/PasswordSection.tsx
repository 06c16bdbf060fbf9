import { type FormEvent, useState } from 'react';
import { isApiError, sentence } from '../api/client';
import { useChangePassword } from '../api/queries';
import { ErrorSummary } from '../ui/ErrorSummary';
import { type FieldErrors, issuesToErrors, MIN_PASSWORD_LENGTH, summaryItems } from '../ui/forms';
import { TextField } from '../ui/TextField';

const LABELS = {
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirm: 'Confirm new password',
} as const;
const ORDER = ['currentPassword', 'newPassword', 'confirm'];
const fieldId = (path: string) => `password-${path}`;

export function PasswordSection() {
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [done, setDone] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!current) found.currentPassword = 'Enter your current password.';
    if (next.length < MIN_PASSWORD_LENGTH)
      found.newPassword = `The new password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
    if (next && confirm !== next) found.confirm = 'The two new passwords do not match.';
    setErrors(found);
    setFormErrors([]);
    setDone(false);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setConfirm('');
          setDone(true);
        },
        onError: (error) => {
          if (isApiError(error, 403)) {
            setErrors({ currentPassword: 'The current password is wrong.' });
          } else if (isApiError(error) && error.issues.length > 0) {
            const mapped = issuesToErrors(error.issues, LABELS);
            setErrors(mapped.fields);
            setFormErrors(mapped.other);
          } else {
            setFormErrors([sentence(error.message)]);
          }
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title" className="section-title">
        Change password
      </h2>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary items={summaryItems(errors, ORDER, fieldId, formErrors)} />
        <div role="status">
          {done && (
            <p className="callout callout-success">
              Your password has been changed. Every other device has been signed out.
            </p>
          )}
        </div>
        <TextField
          id={fieldId('currentPassword')}
          label={LABELS.currentPassword}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          error={errors.currentPassword}
        />
        <TextField
          id={fieldId('newPassword')}
          label={LABELS.newPassword}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(event) => setNext(event.target.value)}
          error={errors.newPassword}
        />
        <TextField
          id={fieldId('confirm')}
          label={LABELS.confirm}
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(event) => setConfirm(event.target.value)}
          error={errors.confirm}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={change.isPending}>
            {change.isPending ? 'Changing…' : 'Change password'}
          </button>
        </div>
      </form>
    </section>
  );
}
