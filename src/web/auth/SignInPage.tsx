import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { isApiError, sentence } from '../api/client';
import { takeSessionEnded, useLogin } from '../api/queries';
import { PageTitle } from '../shell/PageTitle';
import { ErrorSummary } from '../ui/ErrorSummary';
import { type FieldErrors, issuesToErrors, looksLikeEmail, summaryItems } from '../ui/forms';
import { TextField } from '../ui/TextField';
import { AuthLayout } from './AuthLayout';

const LABELS = { email: 'Email address', password: 'Password' } as const;
const ORDER = ['email', 'password'];
const fieldId = (path: string) => `signin-${path}`;

/** "4 min 05 s", "40 s". */
export function formatWait(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  return rest ? `${minutes} min ${String(rest).padStart(2, '0')} s` : `${minutes} min`;
}

/** Seconds left until `until` (a Date.now() value), updated every second. */
function useSecondsLeft(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, (until - now) / 1000);
}

export function SignInPage({ signupOpen }: { signupOpen: boolean }) {
  const login = useLogin();
  const [sessionEnded] = useState(takeSessionEnded);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const [lockMessage, setLockMessage] = useState('');
  const secondsLeft = useSecondsLeft(lockedUntil);
  const locked = lockedUntil !== null && secondsLeft > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!email.trim()) found.email = 'Enter your email address.';
    else if (!looksLikeEmail(email)) found.email = 'Enter an email address like name@example.com.';
    if (!password) found.password = 'Enter your password.';
    setErrors(found);
    setFormErrors([]);
    setLockedUntil(null);
    if (Object.keys(found).length > 0) return;
    login.mutate(
      { email: email.trim(), password },
      {
        onError: (error) => {
          if (isApiError(error, 401)) {
            setFormErrors(['The email or password is wrong.']);
          } else if (isApiError(error, 429)) {
            setLockMessage(sentence(error.message));
            setLockedUntil(Date.now() + (error.retryAfter ?? 60) * 1000);
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

  const items = summaryItems(errors, ORDER, fieldId, formErrors);
  if (lockedUntil !== null) items.push({ message: lockMessage });

  return (
    <AuthLayout>
      <PageTitle title="Sign in">Sign in</PageTitle>
      <p className="lead">Welcome back. Sign in to continue with your plan.</p>
      {sessionEnded && (
        <p className="callout callout-info">Your session has ended. Sign in again to continue.</p>
      )}
      <form className="card form" noValidate onSubmit={submit}>
        <ErrorSummary
          items={items}
          title={lockedUntil !== null ? 'Too many attempts' : undefined}
        />
        {lockedUntil !== null && (
          <p className="wait-note">
            {locked
              ? `You can try again in ${formatWait(secondsLeft)}.`
              : 'The wait is over: you can try again now.'}
          </p>
        )}
        <TextField
          id={fieldId('email')}
          label={LABELS.email}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
          required
        />
        <TextField
          id={fieldId('password')}
          label={LABELS.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
          required
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={login.isPending}>
            {login.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
      {signupOpen && (
        <p className="switch-auth">
          New to mlpath? <Link to="/signup">Create an account</Link>
        </p>
      )}
    </AuthLayout>
  );
}
