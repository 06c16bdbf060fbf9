import { Choice, ChoiceGroup, Why } from '../ui/Choice';
import { areaCopy, levelChoice, SKILL_AREAS, SKILL_LEVELS } from './options';
import { errorIdOf, type StepProps } from './StepProps';

export function SkillsStep({ draft, update, errors }: StepProps) {
  return (
    <>
      <Why>
        Your plan skips what you already know and spends your hours on the gaps. Honest beats
        modest: a level set too high leaves gaps that interviews find, one set too low spends weeks
        on things you can already do.
      </Why>
      <div className="level-key">
        <p className="level-key-title">The four levels</p>
        <dl>
          {SKILL_LEVELS.map((level) => {
            const choice = levelChoice(level);
            return (
              <div key={level}>
                <dt>
                  {level} · {choice.label}
                </dt>
                <dd>{choice.description}</dd>
              </div>
            );
          })}
        </dl>
      </div>
      {SKILL_AREAS.map((area) => {
        const copy = areaCopy(area);
        const path = `skills.${area}`;
        const error = errors[path];
        const errorId = errorIdOf(path);
        return (
          <ChoiceGroup
            key={area}
            legend={copy.label}
            hintId={`intake-skills-${area}-hint`}
            hint={copy.about}
            errorId={errorId}
            error={error}
            layout="levels"
            className="skill-group"
          >
            {SKILL_LEVELS.map((level) => (
              <Choice
                key={level}
                id={`intake-skills-${area}-${level}`}
                name={`skills-${area}`}
                checked={draft.skills[area] === level}
                onChange={() => update({ skills: { ...draft.skills, [area]: level } }, [path])}
                title={`${level} · ${levelChoice(level).label}`}
                description={copy.examples[level]}
                errorId={error ? errorId : undefined}
              />
            ))}
          </ChoiceGroup>
        );
      })}
    </>
  );
}
