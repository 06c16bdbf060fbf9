import '../styles/pipeline.css';
import { Link, NavLink, Route, Routes } from 'react-router';
import { PageTitle } from '../shell/PageTitle';
import { ApplicationView, EditApplication, NewApplication } from './ApplicationPages';
import { ApplicationTable } from './ApplicationTable';
import { Board } from './Board';
import { Companies } from './Companies';
import { Contacts } from './Contacts';
import { FunnelView } from './FunnelView';
import { ImportCsv } from './ImportCsv';
import { ProfileChecklist } from './ProfileChecklist';

const SECTIONS: [string, string][] = [
  ['/applications', 'Board'],
  ['/applications/table', 'Table'],
  ['/applications/funnel', 'Funnel'],
  ['/applications/companies', 'Companies'],
  ['/applications/contacts', 'Contacts'],
  ['/applications/profile', 'Public profile'],
  ['/applications/import', 'Import'],
];

/** `/applications/*`: the job search — applications, where they stand, and who can help. */
export function PipelinePage() {
  return (
    <div className="pipeline">
      <div className="pipeline-head">
        <PageTitle title="Applications">Applications</PageTitle>
        <div className="button-row">
          <Link className="button button-primary" to="/applications/new">
            Add an application
          </Link>
          <a className="button" href="/api/applications.csv" download>
            Export CSV
          </a>
        </div>
      </div>
      <p className="lead">
        Track every application from saved to offer. Referrals answer far more often than cold
        applications, so the funnel shows which channel works for you.
      </p>
      <nav className="pipeline-nav" aria-label="Applications">
        <ul>
          {SECTIONS.map(([to, label]) => (
            <li key={to}>
              <NavLink to={to} end>
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<Board />} />
        <Route path="table" element={<ApplicationTable />} />
        <Route path="new" element={<NewApplication />} />
        <Route path="funnel" element={<FunnelView />} />
        <Route path="companies" element={<Companies />} />
        <Route path="contacts" element={<Contacts />} />
        <Route path="profile" element={<ProfileChecklist />} />
        <Route path="import" element={<ImportCsv />} />
        <Route path=":id" element={<ApplicationView />} />
        <Route path=":id/edit" element={<EditApplication />} />
      </Routes>
    </div>
  );
}
