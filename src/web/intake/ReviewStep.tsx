import type { Profile } from '../api/types';
import { ProfileDetails } from '../profile/ProfileDetails';
import { needsResearchWarning, ResearchWarning } from '../profile/ResearchWarning';
import { type Draft, toProfileInput } from './draft';
import { SKILL_AREAS } from './options';

/** The draft as the profile page will show it (the server adds the same defaults). */
function previewOf(draft: Draft): Profile {
  const input = toProfileInput(draft);
  return {
    ...input,
    skills: Object.fromEntries(
      SKILL_AREAS.map((area) => [area, draft.skills[area] ?? 0]),
    ) as Profile['skills'],
    track: input.track ?? 'applied',
  };
}

interface ReviewStepProps {
  draft: Draft;
  goTo: (step: number) => void;
}

export function ReviewStep({ draft, goTo }: ReviewStepProps) {
  const preview = previewOf(draft);
  return (
    <>
      <p className="step-intro">
        Check your answers before saving. You can change them any time from your profile, and the
        plan will follow.
      </p>
      {needsResearchWarning(preview) && <ResearchWarning headingLevel={3} />}
      <ProfileDetails
        profile={preview}
        headingLevel={3}
        change={(step, section) => (
          <button type="button" className="button button-small" onClick={() => goTo(step)}>
            Change<span className="visually-hidden"> {section}</span>
          </button>
        )}
      />
    </>
  );
}
