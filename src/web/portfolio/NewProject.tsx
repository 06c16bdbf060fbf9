import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { usePlan } from '../api/queries';
import type { PlanProject } from '../api/types';
import { PageTitle } from '../shell/PageTitle';
import { useAddProject } from './api';
import { emptyForm, inputOf } from './form';
import { ProjectForm } from './ProjectForm';

const OWN = '';

/** `/portfolio/new`: a project from one of the plan's tailored projects, or the user's own idea. */
export function NewProject() {
  const plan = usePlan();
  const add = useAddProject();
  const navigate = useNavigate();
  const [start, setStart] = useState(OWN);
  const planProjects: PlanProject[] = plan.data?.projects ?? [];
  const chosen = planProjects.find((project) => project.id === start);

  return (
    <div className="portfolio-new">
      <p className="back-link">
        <Link to="/portfolio">← Portfolio</Link>
      </p>
      <PageTitle title="Add a project">Add a project</PageTitle>
      <section className="card" aria-labelledby="start-title">
        <h2 id="start-title" className="section-title">
          Start from
        </h2>
        <div className="field">
          <label htmlFor="start-from" className="field-label">
            Project
          </label>
          <p id="start-from-hint" className="field-hint">
            Your plan’s projects are tailored to your background; or describe your own.
          </p>
          <select
            id="start-from"
            className="input select"
            aria-describedby="start-from-hint"
            value={start}
            onChange={(event) => setStart(event.target.value)}
          >
            <option value={OWN}>My own idea</option>
            {planProjects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.title}
              </option>
            ))}
          </select>
        </div>
        {plan.isError && (
          <p className="muted small">
            Your plan could not be loaded, so only your own idea is offered.
          </p>
        )}
        {chosen && (
          <div className="plan-project">
            <p>{chosen.summary}</p>
            <p className="mini-heading">It is done when you have</p>
            <ul className="plain-list small">
              {chosen.deliverables.map((deliverable) => (
                <li key={deliverable}>{deliverable}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="details-title">
        <h2 id="details-title" className="section-title">
          Details
        </h2>
        <ProjectForm
          // A new start fills the form afresh.
          key={start}
          idPrefix="new"
          initial={{
            ...emptyForm(),
            ...(chosen ? { title: chosen.title, catalogProjectId: chosen.id } : {}),
          }}
          dataHint={chosen ? `Where to find data: ${chosen.data}` : undefined}
          submitLabel="Add project"
          pending={add.isPending}
          onSubmit={async (values) => {
            const project = await add.mutateAsync(inputOf(values));
            navigate(`/portfolio/${project.id}`);
          }}
        />
      </section>
    </div>
  );
}
