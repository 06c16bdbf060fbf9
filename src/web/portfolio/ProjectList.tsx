import { Link } from 'react-router';
import { ErrorState } from '../shell/ErrorState';
import { Loading } from '../shell/Loading';
import { usePortfolioProjects } from './api';
import { statusLabel } from './labels';

/** The user's portfolio projects with their status and headline number. */
export function ProjectList() {
  const projects = usePortfolioProjects();
  return (
    <section className="card" aria-labelledby="projects-title">
      <div className="section-head">
        <h2 id="projects-title" className="section-title">
          Projects
        </h2>
        <Link to="/portfolio/new" className="button button-primary button-small">
          Add a project
        </Link>
      </div>
      {projects.isPending ? (
        <Loading label="Loading your projects…" />
      ) : projects.isError ? (
        <ErrorState
          error={projects.error}
          onRetry={() => projects.refetch()}
          what="Your projects could not be loaded."
        />
      ) : projects.data.length === 0 ? (
        <p className="empty-note">
          No projects yet. Start from one of your plan’s projects, or your own idea: one project
          taken all the way to a live address with a measured result beats several half-finished
          ones.
        </p>
      ) : (
        <ul className="project-list">
          {projects.data.map((project) => (
            <li key={project.id} className="project-row">
              <div className="project-row-main">
                <Link to={`/portfolio/${project.id}`} className="project-row-title">
                  {project.title}
                </Link>
                <p className="muted small">
                  {project.metric && project.baselineValue && project.resultValue
                    ? `${project.metric}: ${project.baselineValue} → ${project.resultValue}`
                    : 'No result against a baseline yet'}
                  {project.deployedUrl ? ' · live' : ''}
                </p>
              </div>
              <span className={`status-badge status-${project.status}`}>
                {statusLabel(project.status)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
