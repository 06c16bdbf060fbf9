import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError, sentence } from '../api/client';
import { useDeleteAccount } from '../api/queries';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextField } from '../ui/TextField';

/** The danger zone: a modal <dialog> that asks for the password before deleting everything. */
export function DeleteAccountSection() {
  const remove = useDeleteAccount();
  const navigate = useNavigate();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | undefined>();

  const open = () => {
    setPassword('');
    setError(undefined);
    setFormError(undefined);
    remove.reset();
    dialogRef.current?.showModal();
    passwordRef.current?.focus();
  };

  const close = () => dialogRef.current?.close();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    if (!password) {
      setError('Enter your password to confirm.');
      passwordRef.current?.focus();
      return;
    }
    setError(undefined);
    remove.mutate(password, {
      onSuccess: () => {
        close();
        navigate('/', { replace: true });
      },
      onError: (failure) => {
        if (isApiError(failure, 403)) {
          setError('The password is wrong. Nothing was deleted.');
          passwordRef.current?.focus();
        } else {
          setFormError(`${sentence(failure.message)} Nothing was deleted.`);
        }
      },
    });
  };

  return (
    <section className="card danger-zone" aria-labelledby="danger-title">
      <h2 id="danger-title" className="section-title">
        Delete account
      </h2>
      <p className="section-intro">
        Deleting your account removes it and everything in it from this server, for good.
      </p>
      <button type="button" className="button button-danger" onClick={open}>
        Delete account…
      </button>

      <dialog
        ref={dialogRef}
        className="dialog"
        aria-labelledby="delete-title"
        aria-describedby="delete-description"
        onClose={() => setPassword('')}
      >
        <form noValidate onSubmit={submit} className="form">
          <h2 id="delete-title" className="dialog-title">
            Delete your account?
          </h2>
          <div id="delete-description">
            <p>This permanently removes from this server:</p>
            <ul>
              <li>your account and sign-in on every device,</li>
              <li>your intake answers and profile,</li>
              <li>everything else mlpath stores for you.</li>
            </ul>
            <p>
              It cannot be undone. If you may want your data later, close this and download a backup
              first.
            </p>
          </div>
          {formError && <ErrorSummary items={[{ message: formError }]} />}
          <TextField
            ref={passwordRef}
            id="delete-password"
            label="Your password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={error}
          />
          <div className="button-row dialog-actions">
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="button button-danger" disabled={remove.isPending}>
              {remove.isPending ? 'Deleting…' : 'Delete my account'}
            </button>
          </div>
        </form>
      </dialog>
    </section>
  );
}
