import { Link } from 'react-router';
import { PageTitle } from '../shell/PageTitle';
import type { Area } from './areas';

/** The honest page of an area that is not built yet. */
export function AreaPage({ area }: { area: Area }) {
  return (
    <div className="page-narrow">
      <PageTitle title={area.title}>{area.title}</PageTitle>
      <div className="card placeholder">
        <p className="badge">Not built yet</p>
        <p className="lead">{area.summary}</p>
        <p>
          This area arrives in a later release of mlpath. Nothing here is simulated in the meantime.
        </p>
        <h2 className="subheading">Planned</h2>
        <ul className="plain-list">
          {area.parts.map((part) => (
            <li key={part}>{part}</li>
          ))}
        </ul>
      </div>
      <p className="muted">
        What you can do today: keep <Link to="/profile">your profile</Link> up to date. Everything
        later builds on it.
      </p>
    </div>
  );
}
