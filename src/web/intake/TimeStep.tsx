import { TextField } from '../ui/TextField';
import { fieldId, isIsoDate } from './draft';
import { MAX_HOURS, MIN_HOURS } from './options';
import type { StepProps } from './StepProps';

/** The day after a YYYY-MM-DD day, for the target date's `min`. */
function dayAfter(value: string): string | undefined {
  if (!isIsoDate(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function TimeStep({ draft, update, errors }: StepProps) {
  const hours = Number(draft.hoursPerWeek);
  const lowHours = draft.hoursPerWeek.trim() !== '' && hours >= MIN_HOURS && hours < 8;
  return (
    <>
      <TextField
        id={fieldId('hoursPerWeek')}
        label="Hours per week"
        why="The plan's dates come from this. Half the hours means roughly twice the calendar time, so pick a number you can keep up in a busy week, not your best one."
        hint="About 15 hours a week is typical for people who switch while working. Under 8 stretches the timeline a lot."
        type="number"
        inputMode="decimal"
        min={MIN_HOURS}
        max={MAX_HOURS}
        step="any"
        className="input-short"
        value={draft.hoursPerWeek}
        onChange={(event) => update({ hoursPerWeek: event.target.value }, ['hoursPerWeek'])}
        error={errors.hoursPerWeek}
        required
      />
      {lowHours && (
        <p className="callout callout-info">
          At under 8 hours a week the plan still works, but expect it to run much longer. Even one
          extra evening a week makes a visible difference.
        </p>
      )}
      <div className="field-row">
        <TextField
          id={fieldId('startDate')}
          label="Start date"
          optional
          hint="When you start (or started) working towards the switch."
          type="date"
          value={draft.startDate}
          onChange={(event) =>
            update({ startDate: event.target.value }, ['startDate', 'targetDate'])
          }
          error={errors.startDate}
        />
        <TextField
          id={fieldId('targetDate')}
          label="Target date"
          optional
          hint="A deadline you have in mind. Leave it empty and the roadmap will estimate one."
          type="date"
          min={dayAfter(draft.startDate)}
          value={draft.targetDate}
          onChange={(event) => update({ targetDate: event.target.value }, ['targetDate'])}
          error={errors.targetDate}
        />
      </div>
    </>
  );
}
