import type { Profile } from '../api/types';

/** True when the chosen track usually needs a degree the person has not said they hold. */
export const needsResearchWarning = (profile: Pick<Profile, 'track' | 'education'>) =>
  profile.track === 'research' && profile.education !== 'phd';

export function ResearchWarning({ headingLevel }: { headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="callout callout-warning">
      <Heading className="callout-title">Research roles usually ask for a PhD</Heading>
      <p>
        Labs hiring researchers overwhelmingly ask for a PhD or published papers, and you have not
        said you hold a PhD. The applied track, building and shipping ML systems in products, is the
        realistic door for most career switchers; you can move to research work later from there.
      </p>
    </div>
  );
}
