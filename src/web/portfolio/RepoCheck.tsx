import { isApiError, sentence } from '../api/client';
import { type PortfolioProject, useCheckRepository } from './api';
import { checkLabel } from './labels';

/** The repository check on the project's local folder, when mlpath runs on this computer. */
export function RepoCheck({ project }: { project: PortfolioProject }) {
  const check = useCheckRepository(project.id);
  const report = check.data;
  const notLocal = isApiError(check.error, 403);
  return (
    <section className="card" aria-labelledby="repo-check-title">
      <h2 id="repo-check-title" className="section-title">
        Repository check
      </h2>
      <p className="section-intro">
        Reads the repository in the project’s folder the way a reviewer would: README with results,
        setup steps, tests, CI, pinned dependencies, a live link, history. Nothing is changed or
        sent anywhere.
      </p>
      {project.localPath ? (
        <p className="small">
          Folder: <code className="path">{project.localPath}</code>
        </p>
      ) : (
        <p className="muted small">
          Add the project’s folder on this computer (edit the project) to run the check.
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={check.isPending || !project.localPath}
          onClick={() => check.mutate()}
        >
          {check.isPending ? 'Checking…' : report ? 'Check again' : 'Check repository'}
        </button>
      </div>
      <div aria-live="polite">
        {notLocal ? (
          <div className="callout callout-warning" data-testid="repo-check-local-only">
            <p className="callout-title">Only on a local install</p>
            <p>
              The check reads a folder on the computer that runs mlpath, so it works when you open
              mlpath on that same computer (at 127.0.0.1 or localhost). Anywhere else, run{' '}
              <code>mlpath check-repo PATH</code> on the computer that holds the repository.
            </p>
          </div>
        ) : check.isError ? (
          <div className="callout callout-error" role="alert">
            <p className="callout-title">The check could not run</p>
            <p>{sentence(check.error.message)}</p>
          </div>
        ) : report ? (
          <div className="repo-report" data-testid="repo-report">
            <p className="repo-score">
              Score <strong>{report.score}</strong> of 100
            </p>
            <meter
              className="repo-meter"
              aria-label="Repository score"
              min={0}
              max={100}
              low={50}
              high={80}
              optimum={100}
              value={report.score}
            >
              {report.score} of 100
            </meter>
            <ul className="repo-checks">
              {report.checks.map((item) => (
                <li key={item.id} className={`repo-check ${item.pass ? 'is-pass' : 'is-fail'}`}>
                  <span className="repo-check-icon" aria-hidden="true">
                    {item.pass ? '✓' : '✗'}
                  </span>
                  <div>
                    <p className="repo-check-name">
                      <span className="visually-hidden">{item.pass ? 'Passed: ' : 'Failed: '}</span>
                      {checkLabel(item.id)}{' '}
                      <span className="muted small">
                        {item.pass ? `+${item.weight}` : `0 of ${item.weight}`}
                      </span>
                    </p>
                    <p className="small">{item.detail}</p>
                    {item.fix && <p className="small repo-fix">→ {item.fix}</p>}
                  </div>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
