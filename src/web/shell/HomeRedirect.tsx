import { Navigate } from 'react-router';
import { useProfile } from '../api/queries';
import { ErrorState } from './ErrorState';
import { Loading } from './Loading';
import { useDocumentTitle } from './PageTitle';

/** `/`: the intake quiz until it has been answered, the profile afterwards. */
export function HomeRedirect() {
  const profile = useProfile();
  useDocumentTitle('');
  if (profile.isPending) return <Loading />;
  if (profile.isError) {
    return (
      <ErrorState
        what="Your profile could not be loaded."
        error={profile.error}
        onRetry={() => void profile.refetch()}
      />
    );
  }
  return <Navigate to={profile.data ? '/profile' : '/intake'} replace />;
}
