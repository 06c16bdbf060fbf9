import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../api/client';
import { ErrorState } from '../shell/ErrorState';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { ConfirmButton } from '../ui/ConfirmButton';
import {
  type PortfolioProject,
  useDeleteProject,
  usePortfolioProject,
  useUpdateProject,
} from './api';
import { Drafts } from './Drafts';
import { formOf, isWebAddress, patchOf } from './form';
import { statusLabel } from './labels';
import { ProjectForm } from './ProjectForm';
import { RepoCheck } from './RepoCheck';

/** `/portfolio/:id`: the project's numbers, its drafted bullet and story, and the repository check. */
export function ProjectDetail() {
  const { id = '' } = useParams();
  const project = usePortfolioProject(id);
  if (project.isPending) return <Loading label="Loading the project…" />;
  if (project.isError) {
    if (isApiError(project.error, 404)) {
      return (
        <div>
          <PageTitle title="Project not found">Project not found</PageTitle>
          <p className="lead">This project does not exist, or it was deleted.</p>
          <p>
            <Link to="/portfolio">Back to your portfolio</Link>
          </p>
        </div>
      );
    }
    return (
      <ErrorState
        error={project.error}
        onRetry={() => project.refetch()}
        what="The project could not be loaded."
      />
    );
  }
  return <Project project={project.data} />;
}

function Project({ project }: { project: PortfolioProject }) {
  const [editing, setEditing] = useState(false);
  const update = useUpdateProject(project.id);
  const remove = useDeleteProject();
  const navigate = useNavigate();

  return (
    <div className="portfolio-detail">
      <p className="back-link">
        <Link to="/portfolio">← Portfolio</Link>
      </p>
      <PageTitle title={project.title}>{project.title}</PageTitle>
      <p>
        <span className={`status-badge status-${project.status}`}>
          {statusLabel(project.status)}
        </span>
      </p>
      <div className="portfolio-detail-grid">
        <div className="detail-numbers">
          <section className="card" aria-labelledby="numbers-title">
            <div className="section-head">
              <h2 id="numbers-title" className="section-title">
                The numbers
              </h2>
              {!editing && (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setEditing(true)}
                >
                  Edit<span className="visually-hidden"> the project</span>
                </button>
              )}
            </div>
            {editing ? (
              <ProjectForm
                idPrefix="edit"
                initial={formOf(project)}
                submitLabel="Save changes"
                pending={update.isPending}
                onCancel={() => setEditing(false)}
                onSubmit={async (values) => {
                  const patch = patchOf(project, values);
                  if (Object.keys(patch).length > 0) await update.mutateAsync(patch);
                  setEditing(false);
                }}
              />
            ) : (
              <Numbers project={project} />
            )}
          </section>
        </div>
        <div className="detail-drafts">
          <Drafts projectId={project.id} />
        </div>
        <div className="detail-repo">
          <RepoCheck project={project} />
          <section className="card danger-zone" aria-labelledby="delete-title">
            <h2 id="delete-title" className="section-title">
              Delete
            </h2>
            <p className="muted small">
              Removes the project and its numbers from mlpath. Your repository is not touched.
            </p>
            <ConfirmButton
              label="Delete project"
              subject={`“${project.title}”`}
              question="Delete this project?"
              confirmLabel="Delete"
              buttonClassName="button button-small"
              disabled={remove.isPending}
              onConfirm={() =>
                remove.mutate(project.id, { onSuccess: () => navigate('/portfolio') })
              }
            />
            {remove.isError && (
              <p className="field-error" role="alert">
                The project could not be deleted: {remove.error.message}
              </p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

const shown = (value: string | undefined) =>
  value ? value : <span className="muted">not recorded</span>;

function LinkValue({ url }: { url: string | undefined }) {
  if (!url) return <span className="muted">not recorded</span>;
  return isWebAddress(url) ? (
    <a href={url} target="_blank" rel="noopener noreferrer" className="break">
      {url}
    </a>
  ) : (
    <span className="break">{url}</span>
  );
}

function Numbers({ project }: { project: PortfolioProject }) {
  const compared = project.metric && project.baselineValue && project.resultValue;
  return (
    <>
      {compared ? (
        <p className="headline-number" data-testid="headline-number">
          {project.metric}: <span className="muted">{project.baselineValue} baseline</span> →{' '}
          <strong>{project.resultValue}</strong>
        </p>
      ) : (
        <p className="muted small">
          Record a metric with a baseline and your result: it is the number every reviewer looks
          for.
        </p>
      )}
      <dl className="facts">
        <dt>Data</dt>
        <dd>
          {shown(project.dataset)}
          {project.datasetSize && ` (${project.datasetSize})`}
        </dd>
        <dt>Metric</dt>
        <dd>{shown(project.metric)}</dd>
        <dt>Baseline</dt>
        <dd>{shown(project.baselineValue)}</dd>
        <dt>Result</dt>
        <dd>{shown(project.resultValue)}</dd>
        <dt>Evaluation set</dt>
        <dd>
          {shown(project.evaluationSize)}
          {project.evaluationMethod && `, ${project.evaluationMethod}`}
        </dd>
        <dt>Repository</dt>
        <dd>
          <LinkValue url={project.repositoryUrl} />
        </dd>
        <dt>Live</dt>
        <dd>
          <LinkValue url={project.deployedUrl} />
        </dd>
        <dt>Write-up</dt>
        <dd>
          <LinkValue url={project.writeupUrl} />
        </dd>
      </dl>
    </>
  );
}
