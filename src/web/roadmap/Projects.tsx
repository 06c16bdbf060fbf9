import type { PlanProject, PlanWeek } from '../api/types';
import { weeksRange } from './dates';
import { domainLabel } from './labels';

/** The portfolio projects, tailored to the prior-career domain when there is one. */
export function Projects({ projects, weeks }: { projects: PlanProject[]; weeks: PlanWeek[] }) {
  if (projects.length === 0) return null;
  return (
    <section className="projects" aria-labelledby="projects-title">
      <h2 id="projects-title" className="block-title">
        Portfolio projects
      </h2>
      <p className="section-intro">
        What hiring managers look at first. Each one ends with something you can show: a repository,
        a write-up and, where marked, a running service.
      </p>
      <ul className="project-cards">
        {[...projects]
          .sort((a, b) => a.startWeek - b.startWeek)
          .map((project) => {
            const domain = domainLabel(project.domain);
            return (
              <li key={project.id} className="card project-card">
                <div className="project-head">
                  <h3 className="project-title">{project.title}</h3>
                  {project.deployed && <span className="tag tag-deployed">Deployed</span>}
                </div>
                <p className="project-when">
                  Weeks {project.startWeek}–{project.endWeek} ·{' '}
                  {weeksRange(weeks, project.startWeek, project.endWeek)} · {project.hours} hours
                </p>
                {domain && <p className="project-domain">Tailored to {domain.toLowerCase()}</p>}
                <p>{project.summary}</p>
                <p className="project-data">
                  <strong>Data: </strong>
                  {project.data}
                </p>
                <h4 className="mini-heading">Deliverables</h4>
                <ul className="plain-list">
                  {project.deliverables.map((deliverable) => (
                    <li key={deliverable}>{deliverable}</li>
                  ))}
                </ul>
              </li>
            );
          })}
      </ul>
    </section>
  );
}
