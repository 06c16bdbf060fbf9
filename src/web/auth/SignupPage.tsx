import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { isApiError, sentence } from '../api/client';
import { useSignup } from '../api/queries';
import { PageTitle } from '../shell/PageTitle';
import { ErrorSummary } from '../ui/ErrorSummary';
import {
  type FieldErrors,
  issuesToErrors,
  looksLikeEmail,
  MIN_PASSWORD_LENGTH,
  summaryItems,
} from '../ui/forms';
import { TextField } from '../ui/TextField';
import { AuthLayout } from './AuthLayout';

const LABELS = {
  email: 'Email address',
  password: 'Password',
  confirm: 'Confirm password',
} as const;
const ORDER = ['email', 'password', 'confirm'];
const fieldId = (path: string) => `signup-${path}`;

/** Starts loading the signed-in pages while the account is being created. */
const preloadIntake = () => {
  void import('../intake/IntakePage');
};

function validate(email: string, password: string, confirm: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) errors.email = 'Enter your email address.';
  else if (!looksLikeEmail(email)) errors.email = 'Enter an email address like name@example.com.';
  if (!password)
    errors.password = `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`;
  else if (password.length < MIN_PASSWORD_LENGTH)
    errors.password = `The password must be at least ${MIN_PASSWORD_LENGTH} characters; it has ${password.length}.`;
  if (password && confirm !== password) errors.confirm = 'The two passwords do not match.';
  return errors;
}

interface SignupPageProps {
  /** The instance has no account yet: this is the first thing anyone sees. */
  welcome: boolean;
  signupOpen: boolean;
}

export function SignupPage({ welcome, signupOpen }: SignupPageProps) {
  const signup = useSignup();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(email, password, confirm);
    setErrors(found);
    setFormErrors([]);
    if (Object.keys(found).length > 0) return;
    preloadIntake();
    signup.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => navigate('/', { replace: true }),
        onError: (error) => {
          if (isApiError(error, 409)) {
            setErrors({
              email: `${sentence(error.message)} Sign in instead, or use another email.`,
            });
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

  if (!signupOpen) {
    return (
      <AuthLayout>
        <PageTitle title="Signup is closed">Signup is closed</PageTitle>
        <div className="card">
          <p>
            This mlpath instance does not take new accounts. Ask the person who runs it to create
            one for you.
          </p>
          <p>
            <Link to="/">Sign in with an existing account</Link>
          </p>
        </div>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout>
      <PageTitle title={welcome ? 'Welcome' : 'Create your account'}>Create your account</PageTitle>
      {welcome ? (
        <p className="lead">
          This mlpath instance is new, so you are the first one here. Create your account to start:
          your answers, plan and progress stay on this server.
        </p>
      ) : (
        <p className="lead">
          mlpath turns where you are today into a realistic plan for your first job as an applied
          machine-learning engineer.
        </p>
      )}

      <form className="card form" noValidate onSubmit={submit}>
        <ErrorSummary items={summaryItems(errors, ORDER, fieldId, formErrors)} />
        <TextField
          id={fieldId('email')}
          label={LABELS.email}
          type="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
          required
        />
        <TextField
          id={fieldId('password')}
          label={LABELS.password}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
          required
          minLength={MIN_PASSWORD_LENGTH}
        />
        <TextField
          id={fieldId('confirm')}
          label={LABELS.confirm}
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(event) => setConfirm(event.target.value)}
          error={errors.confirm}
          required
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={signup.isPending}>
            {signup.isPending ? 'Creating your account…' : 'Create account'}
          </button>
        </div>
      </form>

      {welcome ? (
        <section className="next-steps" aria-labelledby="next-steps-title">
          <h2 id="next-steps-title">What happens next</h2>
          <ol>
            <li>You answer a short intake quiz: five steps, about five minutes.</li>
            <li>mlpath keeps your answers as your profile; you can change them any time.</li>
            <li>Later releases turn them into a dated roadmap, a progress log and more.</li>
          </ol>
        </section>
      ) : (
        <p className="switch-auth">
          Already have an account? <Link to="/">Sign in</Link>
        </p>
      )}
    </AuthLayout>
  );
}
