import { Choice, ChoiceGroup, Why } from '../ui/Choice';
import { TextField } from '../ui/TextField';
import { fieldId } from './draft';
import {
  DOMAIN_SUGGESTIONS,
  MAX_DOMAIN_LENGTH,
  SPECIALIZATION_ORDER,
  specializationChoice,
  TRACK_ORDER,
  trackChoice,
} from './options';
import { errorIdOf, type StepProps } from './StepProps';

export function DirectionStep({ draft, update, errors }: StepProps) {
  const trackError = errors.track;
  const specializationError = errors.specialization;
  return (
    <>
      <TextField
        id={fieldId('domain')}
        label="The industry of your previous career"
        optional
        why="Hiring managers in your old industry value someone who already understands their data and customers. Your portfolio projects will use data from this domain, so they prove that knowledge too."
        hint="Pick a suggestion or type your own, for example healthcare or logistics."
        list="intake-domain-suggestions"
        autoComplete="off"
        maxLength={MAX_DOMAIN_LENGTH + 20}
        value={draft.domain}
        onChange={(event) => update({ domain: event.target.value }, ['domain'])}
        error={errors.domain}
      />
      <datalist id="intake-domain-suggestions">
        {DOMAIN_SUGGESTIONS.map((domain) => (
          <option key={domain} value={domain} />
        ))}
      </datalist>

      <ChoiceGroup
        legend="Which kind of role are you aiming for?"
        hintId="intake-track-hint"
        hint={
          <Why>
            Research roles at AI labs overwhelmingly ask for a PhD or published papers. For most
            career switchers the applied track, building and shipping ML systems inside products, is
            the realistic door in.
          </Why>
        }
        errorId={errorIdOf('track')}
        error={trackError}
      >
        {TRACK_ORDER.map((value) => {
          const choice = trackChoice(value);
          return (
            <Choice
              key={value}
              id={`intake-track-${value}`}
              name="track"
              checked={draft.track === value}
              onChange={() => update({ track: value }, ['track'])}
              title={choice.label}
              description={choice.description}
              errorId={trackError ? errorIdOf('track') : undefined}
            />
          );
        })}
      </ChoiceGroup>

      <ChoiceGroup
        legend="Which kind of ML work interests you most?"
        hintId="intake-specialization-hint"
        hint={
          <Why>
            A focus makes your portfolio read as one story instead of a pile of tutorials. Not sure?
            Let us pick the one that suits your domain, such as time series for logistics or
            computer vision for manufacturing.
          </Why>
        }
        errorId={errorIdOf('specialization')}
        error={specializationError}
      >
        <Choice
          id="intake-specialization-auto"
          name="specialization"
          checked={draft.specialization === 'auto'}
          onChange={() => update({ specialization: 'auto' }, ['specialization'])}
          title="Pick for me from my domain"
          description="The roadmap chooses the focus that fits your previous career best."
          errorId={specializationError ? errorIdOf('specialization') : undefined}
        />
        {SPECIALIZATION_ORDER.map((value) => {
          const choice = specializationChoice(value);
          return (
            <Choice
              key={value}
              id={`intake-specialization-${value}`}
              name="specialization"
              checked={draft.specialization === value}
              onChange={() => update({ specialization: value }, ['specialization'])}
              title={choice.label}
              description={choice.description}
              errorId={specializationError ? errorIdOf('specialization') : undefined}
            />
          );
        })}
      </ChoiceGroup>
    </>
  );
}
