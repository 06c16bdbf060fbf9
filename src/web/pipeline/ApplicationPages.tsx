import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError, sentence } from '../api/client';
import { formatLong, formatShort } from '../roadmap/dates';
import { ErrorState } from '../shell/ErrorState';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ApplicationForm } from './ApplicationForm';
import {
  type ApplicationDetail,
  type Stage,
  useApplication,
  useCreateApplication,
  useDeleteApplication,
  useMoveApplication,
  useUpdateApplication,
} from './api';
import { SOURCE_SHORT, STAGES, sourceLabel, stageLabel } from './labels';

/** `/applications/new`. */
export function NewApplication() {
  const navigate = useNavigate();
  const create = useCreateApplication();
  return (
    <section className="card" aria-labelledby="new-title">
      <h2 id="new-title" className="section-title">
        Add an application
      </h2>
      <ApplicationForm
        submitLabel="Save application"
        pending={create.isPending}
        onSubmit={async (input) => {
          const saved = await create.mutateAsync(input);
          navigate(`/applications/${saved.id}`);
        }}
        onCancel={() => navigate('/applications')}
      />
    </section>
  );
}

/** Loads the application of the address, with not-found and error states. */
function WithApplication({ children }: { children: (item: ApplicationDetail) => React.ReactNode }) {
  const { id = '' } = useParams();
  const application = useApplication(id);
  if (application.isError) {
    if (isApiError(application.error, 404)) {
      return (
        <div className="card">
          <h2 className="section-title">Application not found</h2>
          <p>
            It may have been deleted. <Link to="/applications">Back to your applications</Link>.
          </p>
        </div>
      );
    }
    return (
      <ErrorState
        what="The application could not be loaded."
        error={application.error}
        onRetry={() => void application.refetch()}
      />
    );
  }
  if (application.isPending) return <p className="muted">Loading the application…</p>;
  return <>{children(application.data)}</>;
}

/** `/applications/:id/edit`. */
export function EditApplication() {
  return <WithApplication>{(item) => <EditForm application={item} />}</WithApplication>;
}

function EditForm({ application }: { application: ApplicationDetail }) {
  const navigate = useNavigate();
  const update = useUpdateApplication(application.id);
  const back = () => navigate(`/applications/${application.id}`);
  return (
    <section className="card" aria-labelledby="edit-title">
      <h2 id="edit-title" className="section-title">
        Edit {application.role} at {application.company}
      </h2>
      <ApplicationForm
        initial={application}
        submitLabel="Save changes"
        pending={update.isPending}
        onSubmit={async (input) => {
          await update.mutateAsync(input);
          back();
        }}
        onCancel={back}
      />
    </section>
  );
}

/** `/applications/:id`: the application, its stage history, a move and delete. */
export function ApplicationView() {
  return <WithApplication>{(item) => <Detail application={item} />}</WithApplication>;
}

function Detail({ application }: { application: ApplicationDetail }) {
  const navigate = useNavigate();
  const move = useMoveApplication();
  const remove = useDeleteApplication();
  const [stage, setStage] = useState<Stage>(application.stage);
  const [status, setStatus] = useState('');
  const title = `${application.role} at ${application.company}`;

  return (
    <article className="card application-detail" aria-labelledby="detail-title">
      <p className="muted">
        <Link to="/applications">← All applications</Link>
      </p>
      <h2 id="detail-title" className="section-title">
        {application.role} <span className="muted">at</span> {application.company}
      </h2>
      <dl className="detail-list">
        <dt>Stage</dt>
        <dd>
          <span className={`stage-badge stage-${application.stage}`}>
            {stageLabel(application.stage)}
          </span>
          {application.stageOn && <> since {formatLong(application.stageOn)}</>}
        </dd>
        <dt>How you applied</dt>
        <dd>
          <span className={`source-badge source-${application.source}`}>
            {SOURCE_SHORT[application.source]}
          </span>{' '}
          {sourceLabel(application.source)}
        </dd>
        {application.appliedOn && (
          <>
            <dt>Applied</dt>
            <dd>{formatLong(application.appliedOn)}</dd>
          </>
        )}
        {application.link && (
          <>
            <dt>Posting</dt>
            <dd>
              <a href={application.link} rel="noopener noreferrer" target="_blank">
                {application.link}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </dd>
          </>
        )}
        {application.analysisId && (
          <>
            <dt>Job analysis</dt>
            <dd>
              <Link to={`/jobs/${application.analysisId}`}>Open the saved analysis</Link>
            </dd>
          </>
        )}
        {(application.nextAction || application.nextActionOn) && (
          <>
            <dt>Next action</dt>
            <dd>
              {application.nextAction ?? 'Next step'}
              {application.nextActionOn && <> · {formatLong(application.nextActionOn)}</>}
            </dd>
          </>
        )}
        {application.notes && (
          <>
            <dt>Notes</dt>
            <dd className="pre-line">{application.notes}</dd>
          </>
        )}
      </dl>

      <form
        className="move-form"
        onSubmit={(event) => {
          event.preventDefault();
          move.mutate(
            { id: application.id, stage },
            {
              onSuccess: () => setStatus(`Moved to ${stageLabel(stage)}.`),
              onError: (error) => setStatus(`Not moved: ${sentence(error.message)}`),
            },
          );
        }}
      >
        <label htmlFor="detail-stage" className="field-label">
          Move to
        </label>
        <select
          id="detail-stage"
          className="input select"
          value={stage}
          onChange={(event) => setStage(event.target.value as Stage)}
        >
          {STAGES.map((item) => (
            <option key={item} value={item}>
              {stageLabel(item)}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="button"
          disabled={stage === application.stage || move.isPending}
        >
          Move
        </button>
        <span role="status" className="muted">
          {status}
        </span>
      </form>

      <h3 className="subheading">Stage history</h3>
      <ol className="stage-history">
        {application.history.map((row) => (
          <li key={row.id}>
            <span className={`stage-badge stage-${row.stage}`}>{stageLabel(row.stage)}</span>{' '}
            <time dateTime={row.changedOn}>{formatShort(row.changedOn)}</time>
          </li>
        ))}
      </ol>

      <div className="button-row">
        <Link className="button" to={`/applications/${application.id}/edit`}>
          Edit
        </Link>
        <ConfirmButton
          label="Delete"
          subject={title}
          question="Delete this application, its stage history and its interview rounds?"
          confirmLabel="Delete"
          buttonClassName="button button-quiet"
          onConfirm={() =>
            remove.mutate(application.id, { onSuccess: () => navigate('/applications') })
          }
        />
      </div>
    </article>
  );
}
