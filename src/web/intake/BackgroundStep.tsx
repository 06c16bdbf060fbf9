import type { Education } from '../api/types';
import { Choice, ChoiceGroup, Why } from '../ui/Choice';
import { fieldId } from './draft';
import { BACKGROUND_ORDER, backgroundChoice, EDUCATION_ORDER, educationLabel } from './options';
import { errorIdOf, type StepProps } from './StepProps';

export function BackgroundStep({ draft, update, errors }: StepProps) {
  const backgroundError = errors.background;
  return (
    <>
      <ChoiceGroup
        legend="Which background is closest to yours?"
        hintId="intake-background-hint"
        hint={
          <Why>
            Where you start changes the length of the road more than anything else. Someone who
            already writes production Python typically needs about 9–15 months to a first ML
            engineering job; someone new to programming, more like 18–30.
          </Why>
        }
        errorId={errorIdOf('background')}
        error={backgroundError}
      >
        {BACKGROUND_ORDER.map((value) => {
          const choice = backgroundChoice(value);
          return (
            <Choice
              key={value}
              id={`intake-background-${value}`}
              name="background"
              checked={draft.background === value}
              onChange={() => update({ background: value }, ['background'])}
              title={choice.label}
              description={choice.description}
              errorId={backgroundError ? errorIdOf('background') : undefined}
            />
          );
        })}
      </ChoiceGroup>

      <div className="field">
        <label htmlFor={fieldId('education')} className="field-label">
          Highest degree <span className="optional">(optional)</span>
        </label>
        <p id="intake-education-hint" className="field-hint">
          Applied ML engineering jobs are open to people without a degree when the portfolio shows
          the work. We only use this to tell you when a goal usually asks for one.
        </p>
        <select
          id={fieldId('education')}
          className="input select"
          value={draft.education}
          aria-describedby={
            errors.education
              ? `intake-education-hint ${errorIdOf('education')}`
              : 'intake-education-hint'
          }
          aria-invalid={errors.education ? true : undefined}
          onChange={(event) =>
            update({ education: event.target.value as Education | '' }, ['education'])
          }
        >
          <option value="">Prefer not to say</option>
          {EDUCATION_ORDER.map((value) => (
            <option key={value} value={value}>
              {educationLabel(value)}
            </option>
          ))}
        </select>
        {errors.education && (
          <p id={errorIdOf('education')} className="field-error">
            {errors.education}
          </p>
        )}
      </div>
    </>
  );
}
