import { Link } from 'react-router';

/** What to do first when there are no applications yet. */
export function EmptyPipeline() {
  return (
    <div className="card pipeline-empty">
      <h2 className="section-title">No applications yet</h2>
      <ol>
        <li>
          <strong>List the companies you are aiming at</strong> in{' '}
          <Link to="/applications/companies">Companies</Link>. Software made for the industry you
          come from gives a switcher the best odds; note each company’s tier to see how much
          preparation it needs.
        </li>
        <li>
          <strong>Look for someone inside before you apply.</strong> A referral gets an answer many
          times more often than a cold application — keep the people you know in{' '}
          <Link to="/applications/contacts">Contacts</Link>.
        </li>
        <li>
          <strong>Add your first application</strong>, even one you have only saved for later.
        </li>
      </ol>
      <p className="button-row">
        <Link className="button button-primary" to="/applications/new">
          Add an application
        </Link>
        <Link className="button" to="/applications/import">
          Import from a CSV file
        </Link>
      </p>
    </div>
  );
}
