import { Link } from 'react-router';
import { PageTitle } from './PageTitle';

export function NotFoundPage() {
  return (
    <div className="page-narrow">
      <PageTitle title="Page not found">Page not found</PageTitle>
      <p className="lead">
        There is no page at this address. It may have moved, or the link has a typo.
      </p>
      <p>
        <Link to="/profile">Go to your profile</Link>
      </p>
    </div>
  );
}
