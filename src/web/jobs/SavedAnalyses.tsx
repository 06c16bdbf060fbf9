import { Link } from 'react-router';
import { sentence } from '../api/client';
import { ErrorState } from '../shell/ErrorState';
import { ConfirmButton } from '../ui/ConfirmButton';
import { type AnalysisSummary, useAnalyses, useDeleteAnalysis } from './api';
import { count, dayText, kindLabel, levelLabel } from './labels';

/** "Saved analyses": every posting analyzed so far, newest first, to open or delete. */
export function SavedAnalyses() {
  const analyses = useAnalyses();
  const remove = useDeleteAnalysis();
  return (
    <section className="card saved-analyses" aria-labelledby="saved-title">
      <h2 id="saved-title" className="section-title">
        Saved analyses
        {analyses.data && analyses.data.length > 0 && (
          <span className="flags-count"> ({analyses.data.length})</span>
        )}
      </h2>
      {analyses.isPending ? (
        <div aria-busy="true" aria-live="polite">
          <p className="visually-hidden">Loading your saved analyses…</p>
          <div className="skeleton skeleton-line" aria-hidden="true" />
          <div className="skeleton skeleton-line short" aria-hidden="true" />
        </div>
      ) : analyses.isError ? (
        <ErrorState
          what="Your saved analyses could not be loaded."
          error={analyses.error}
          onRetry={() => void analyses.refetch()}
        />
      ) : analyses.data.length === 0 ? (
        <div className="empty-note" data-testid="saved-empty">
          <p>
            <strong>No postings analyzed yet.</strong> Each one you analyze is kept here, so you can
            compare roles and come back to them.
          </p>
          <p>
            Paste the whole posting, not only the list of requirements: the title, what you would
            do, the requirements, the nice-to-haves, and the pay and benefits. The requirements
            decide which skills count as required, and the pay and benefits are where most green
            flags come from.
          </p>
        </div>
      ) : (
        <>
          {remove.isError && (
            <div className="callout callout-error" role="alert">
              <p className="callout-title">The analysis could not be deleted.</p>
              <p>{remove.error instanceof Error ? sentence(remove.error.message) : 'Try again.'}</p>
            </div>
          )}
          <ul className="saved-list">
            {analyses.data.map((item) => (
              <SavedItem
                key={item.id}
                item={item}
                deleting={remove.isPending && remove.variables === item.id}
                onDelete={() => remove.mutate(item.id)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

interface SavedItemProps {
  item: AnalysisSummary;
  deleting: boolean;
  onDelete: () => void;
}

function SavedItem({ item, deleting, onDelete }: SavedItemProps) {
  return (
    <li className="saved-item" data-analysis={item.id}>
      <div className="saved-main">
        <h3 className="saved-title">
          <Link to={`/jobs/${item.id}`}>{item.title}</Link>
        </h3>
        <p className="saved-meta">
          {item.company && <span>{item.company}</span>}
          <span>Analyzed {dayText(item.analyzedOn)}</span>
        </p>
        <ul className="jobs-badges jobs-badges-small" aria-label="About this role">
          <li className={`jobs-badge kind-${item.kind}`}>{kindLabel(item.kind)}</li>
          <li className="jobs-badge">{levelLabel(item.level)}</li>
        </ul>
        <p className="saved-counts">
          <span>{count(item.skills, 'skill')}</span>
          <span className="count-red">
            <span aria-hidden="true">! </span>
            {count(item.redFlags, 'red flag')}
          </span>
          <span className="count-green">
            <span aria-hidden="true">+ </span>
            {count(item.greenFlags, 'green flag')}
          </span>
        </p>
      </div>
      <div className="saved-actions">
        <ConfirmButton
          label={deleting ? 'Deleting…' : 'Delete'}
          subject={`the analysis of ${item.title}`}
          question="Delete this analysis?"
          confirmLabel="Delete"
          disabled={deleting}
          onConfirm={onDelete}
        />
      </div>
    </li>
  );
}
