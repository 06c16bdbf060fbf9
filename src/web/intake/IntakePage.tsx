import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError, sentence } from '../api/client';
import { useProfile, useSaveProfile } from '../api/queries';
import type { Profile } from '../api/types';
import { ErrorState } from '../shell/ErrorState';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { ErrorSummary } from '../ui/ErrorSummary';
import { type FieldErrors, issuesToErrors, summaryItems } from '../ui/forms';
import { BackgroundStep } from './BackgroundStep';
import { DirectionStep } from './DirectionStep';
import {
  type Draft,
  draftFromProfile,
  emptyDraft,
  FIELD_LABELS,
  fieldId,
  STEPS,
  stepOf,
  toProfileInput,
  validateAll,
  validateStep,
} from './draft';
import { ReviewStep } from './ReviewStep';
import { SkillsStep } from './SkillsStep';
import type { StepProps } from './StepProps';
import { TimeStep } from './TimeStep';

const REVIEW = STEPS.length - 1;
const STEP_COMPONENTS = [BackgroundStep, SkillsStep, TimeStep, DirectionStep];

/** `/intake`: the first-run quiz, and later the form to edit its answers. */
export function IntakePage() {
  const profile = useProfile();
  if (profile.isPending) return <Loading label="Loading your answers…" />;
  if (profile.isError) {
    return (
      <ErrorState
        what="Your saved answers could not be loaded."
        error={profile.error}
        onRetry={() => void profile.refetch()}
      />
    );
  }
  return <IntakeQuiz saved={profile.data} />;
}

/** The step to open: `?step=N` (1-based) when editing saved answers, else the first. */
function initialStep(saved: Profile | null, param: string | null): number {
  const wanted = Number(param) - 1;
  return saved && Number.isInteger(wanted) && wanted >= 0 && wanted <= REVIEW ? wanted : 0;
}

function IntakeQuiz({ saved }: { saved: Profile | null }) {
  const editing = saved !== null;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const save = useSaveProfile();
  const [draft, setDraft] = useState<Draft>(() => (saved ? draftFromProfile(saved) : emptyDraft()));
  const [step, setStep] = useState(() => initialStep(saved, params.get('step')));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Focus follows the step, so the new heading is announced and Tab continues from it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs whenever the step changes
  useEffect(() => {
    if (!moved.current) return;
    headingRef.current?.focus();
  }, [step]);

  const goTo = (next: number, withErrors: FieldErrors = {}, withFormErrors: string[] = []) => {
    moved.current = true;
    setErrors(withErrors);
    setFormErrors(withFormErrors);
    setStep(next);
  };

  const update: StepProps['update'] = (patch, paths) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      if (!paths.some((path) => path in current)) return current;
      const next = { ...current };
      for (const path of paths) delete next[path];
      return next;
    });
  };

  const saveAnswers = () => {
    const problems = validateAll(draft);
    const paths = Object.keys(problems);
    if (paths.length > 0) {
      const first = Math.min(...paths.map(stepOf).filter((index) => index >= 0));
      goTo(first, problems);
      return;
    }
    setFormErrors([]);
    save.mutate(toProfileInput(draft), {
      onSuccess: () => navigate('/profile'),
      onError: (error) => {
        if (isApiError(error) && error.issues.length > 0) {
          const mapped = issuesToErrors(error.issues, FIELD_LABELS);
          const steps = Object.keys(mapped.fields)
            .map(stepOf)
            .filter((index) => index >= 0);
          if (steps.length > 0) goTo(Math.min(...steps), mapped.fields, mapped.other);
          else setFormErrors([sentence(error.message), ...mapped.other]);
        } else {
          setFormErrors([`Your answers were not saved. ${sentence(error.message)}`]);
        }
      },
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step === REVIEW) {
      saveAnswers();
      return;
    }
    const problems = validateStep(step, draft);
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      return;
    }
    goTo(step + 1);
  };

  // Enter on a radio card submits the step like Enter in a text field does.
  const submitOnEnter = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type === 'radio') {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  const info = STEPS[step] ?? STEPS[0];
  const StepBody = STEP_COMPONENTS[step];
  const items = summaryItems(errors, info?.fields ?? [], fieldId, formErrors);

  return (
    <div className="page-narrow intake">
      <PageTitle
        title={`${editing ? 'Edit answers' : 'Intake'}: step ${step + 1} of ${STEPS.length}`}
      >
        {editing ? 'Edit your answers' : 'Your starting point'}
      </PageTitle>
      {!editing && step === 0 && (
        <p className="lead">
          Five short steps about where you are, what you can do and how much time you have. It takes
          about five minutes, and you can change every answer later.
        </p>
      )}

      <div className="stepper">
        <div className="stepper-bar" aria-hidden="true">
          <span style={{ width: `${((step + 1) / STEPS.length) * 100}%` }} />
        </div>
        <ol className="stepper-list">
          {STEPS.map((item, index) => {
            const state = index < step ? 'done' : index === step ? 'current' : 'todo';
            return (
              <li key={item.short} className={`stepper-item is-${state}`}>
                {index < step ? (
                  <button type="button" className="stepper-link" onClick={() => goTo(index)}>
                    <span className="stepper-number" aria-hidden="true">
                      ✓
                    </span>
                    <span className="stepper-label">{item.short}</span>
                    <span className="visually-hidden"> (done, go back)</span>
                  </button>
                ) : (
                  <span aria-current={index === step ? 'step' : undefined}>
                    <span className="stepper-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <span className="stepper-label">{item.short}</span>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </div>

      <form className="quiz-form" noValidate onSubmit={submit} onKeyDown={submitOnEnter}>
        <h2 ref={headingRef} tabIndex={-1} className="step-heading">
          <span className="step-count">
            Step {step + 1} of {STEPS.length}
          </span>
          {info?.title}
        </h2>
        <ErrorSummary items={items} />
        {StepBody ? (
          <StepBody draft={draft} update={update} errors={errors} />
        ) : (
          <ReviewStep draft={draft} goTo={(index) => goTo(index)} />
        )}
        <div className="quiz-actions">
          {step > 0 ? (
            <button type="button" className="button" onClick={() => goTo(step - 1)}>
              Back
            </button>
          ) : editing ? (
            <Link to="/profile" className="button">
              Cancel
            </Link>
          ) : (
            <span />
          )}
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {step < REVIEW
              ? 'Next'
              : save.isPending
                ? 'Saving…'
                : editing
                  ? 'Save changes'
                  : 'Save my answers'}
          </button>
        </div>
      </form>
    </div>
  );
}
