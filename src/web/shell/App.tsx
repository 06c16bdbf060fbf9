import { Route, Routes } from 'react-router';
import { isApiError } from '../api/client';
import { useInstance, useMe } from '../api/queries';
import { AuthLayout } from '../auth/AuthLayout';
import { SignInPage } from '../auth/SignInPage';
import { SignupPage } from '../auth/SignupPage';
import { ErrorState } from './ErrorState';
import { Loading } from './Loading';
import { PageTitle } from './PageTitle';
import { SignedInApp } from './SignedInApp';

/**
 * Decides between the signed-in app and the signed-out pages. A fresh instance (no account yet)
 * opens on the welcome page; otherwise on sign-in, with signup when the instance allows it.
 */
export function App() {
  const me = useMe();
  const instance = useInstance();

  if (me.data) return <SignedInApp />;

  if (me.isError || (me.data === null && instance.isError)) {
    const failed = me.isError ? me : instance;
    const offline = isApiError(failed.error, 0);
    return (
      <AuthLayout>
        <PageTitle title={offline ? 'Cannot reach the server' : 'Could not load'}>
          {offline ? 'mlpath cannot reach its server' : 'mlpath could not load'}
        </PageTitle>
        <ErrorState
          what="The app could not load."
          error={failed.error}
          onRetry={() => {
            void me.refetch();
            void instance.refetch();
          }}
        />
      </AuthLayout>
    );
  }

  if (me.isPending || !instance.data) {
    return (
      <AuthLayout>
        <Loading />
      </AuthLayout>
    );
  }

  const { hasUsers, signupOpen } = instance.data;
  const front = hasUsers ? (
    <SignInPage signupOpen={signupOpen} />
  ) : (
    <SignupPage welcome signupOpen />
  );
  return (
    <Routes>
      <Route
        path="/signup"
        element={hasUsers ? <SignupPage welcome={false} signupOpen={signupOpen} /> : front}
      />
      <Route path="*" element={front} />
    </Routes>
  );
}
