import { Link, Navigate } from 'react-router';
import { useProfile } from '../api/queries';
import { ErrorState } from '../shell/ErrorState';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { ProfileDetails } from './ProfileDetails';
import { needsResearchWarning, ResearchWarning } from './ResearchWarning';

/** `/profile`: the saved intake answers in friendly words. */
export function ProfilePage() {
  const profile = useProfile();
  if (profile.isPending) return <Loading label="Loading your profile…" />;
  if (profile.isError) {
    return (
      <ErrorState
        what="Your profile could not be loaded."
        error={profile.error}
        onRetry={() => void profile.refetch()}
      />
    );
  }
  // No answers yet: the quiz is the only useful thing to show.
  if (!profile.data) return <Navigate to="/intake" replace />;

  return (
    <div className="page-narrow">
      <div className="page-head">
        <PageTitle title="Your profile">Your profile</PageTitle>
        <Link to="/intake" className="button button-primary">
          Edit answers
        </Link>
      </div>
      <p className="lead">
        What you told mlpath about where you start. Your roadmap will be built from these answers,
        so keep them current when things change.
      </p>
      {needsResearchWarning(profile.data) && <ResearchWarning headingLevel={2} />}
      <ProfileDetails
        profile={profile.data}
        headingLevel={2}
        change={(step, section) => (
          <Link to={`/intake?step=${step + 1}`} className="button button-small">
            Edit<span className="visually-hidden"> {section}</span>
          </Link>
        )}
      />
    </div>
  );
}
