import '../styles/jobs.css';
import { Fragment, useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError, sentence } from '../api/client';
import { useCatalogSkills } from '../api/queries';
import { ErrorState } from '../shell/ErrorState';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { ConfirmButton } from '../ui/ConfirmButton';
import { AddToPlan } from './AddToPlan';
import { type SavedAnalysis, useAnalysis, useDeleteAnalysis } from './api';
import { BulletCoach } from './BulletCoach';
import { Flags } from './Flags';
import { highlightQuotes } from './highlight';
import { dayText, hostOf, kindLabel, kindNote, levelLabel, safeHref, skillName } from './labels';
import { GapLegend, gapStatuses, SkillChips } from './SkillChips';

/** `/jobs/:id`: one saved analysis, linkable, with the way back to the list. */
export function AnalysisPage() {
  const { id = '' } = useParams();
  const analysis = useAnalysis(id);
  const title = analysis.data?.analysis.title;
  return (
    <div className="jobs">
      <p className="jobs-back">
        <Link to="/jobs">
          <span aria-hidden="true">← </span>Job search
        </Link>
      </p>
      <PageTitle title={title ? `${title} · Job search` : 'Job posting · Job search'}>
        {title ?? (analysis.isError ? 'Job posting' : 'Loading the analysis…')}
      </PageTitle>
      {analysis.isPending ? (
        <Loading label="Loading the analysis…" />
      ) : analysis.isError ? (
        isApiError(analysis.error, 404) ? (
          <div className="card empty-state">
            <h2 className="section-title">This analysis does not exist</h2>
            <p>It may have been deleted, or the link is incomplete.</p>
            <Link to="/jobs" className="button button-primary">
              Go to your saved analyses
            </Link>
          </div>
        ) : (
          <ErrorState
            what="The analysis could not be loaded."
            error={analysis.error}
            onRetry={() => void analysis.refetch()}
          />
        )
      ) : (
        <AnalysisView saved={analysis.data} />
      )}
    </div>
  );
}

function AnalysisView({ saved }: { saved: SavedAnalysis }) {
  const navigate = useNavigate();
  const catalog = useCatalogSkills();
  const remove = useDeleteAnalysis();
  const { analysis } = saved;
  const titles = useMemo(
    () => new Map(catalog.data?.map((skill) => [skill.id, skill.title])),
    [catalog.data],
  );
  const nameOf = (id: string) => skillName(id, titles);
  const statuses = gapStatuses(analysis.gap);
  const quotes = useMemo(
    () => [...analysis.redFlags, ...analysis.greenFlags].map((flag) => flag.evidence),
    [analysis],
  );
  const href = safeHref(saved.url);
  const note = kindNote(analysis.kind);

  return (
    <>
      <p className="jobs-meta">
        {saved.company && <span className="jobs-company">{saved.company}</span>}
        {href && (
          <a href={href} target="_blank" rel="noopener noreferrer nofollow">
            Posting on {hostOf(href)}
            <span aria-hidden="true"> ↗</span>
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
        <span className="muted">Analyzed {dayText(saved.analyzedOn)}</span>
      </p>

      <ul className="jobs-badges" aria-label="About this role">
        <li className={`jobs-badge kind-${analysis.kind}`}>{kindLabel(analysis.kind)}</li>
        <li className="jobs-badge">{levelLabel(analysis.level)}</li>
        <li className={`jobs-badge${analysis.phdRequired ? ' badge-warn' : ''}`}>
          {analysis.phdRequired ? 'PhD required' : 'No PhD asked'}
        </li>
        <li className="jobs-badge">
          {analysis.yearsRequired === null
            ? 'Years of experience not stated'
            : `${analysis.yearsRequired}+ ${analysis.yearsRequired === 1 ? 'year' : 'years'} asked`}
        </li>
      </ul>

      {analysis.kind === 'research' ? (
        <div className="callout callout-warning" data-testid="research-note">
          <p className="callout-title">Research roles usually want a PhD</p>
          <p>
            Research teams mostly hire people with a doctorate and published papers. Career
            switchers are hired far more often into applied roles — building, shipping and
            monitoring models inside a product — so look for those first.
          </p>
        </div>
      ) : analysis.phdRequired ? (
        <div className="callout callout-warning">
          <p className="callout-title">This posting asks for a PhD</p>
          <p>
            Without one, apply only if the rest fits well: some teams treat it as a wish rather than
            a rule, and say so when asked.
          </p>
        </div>
      ) : (
        note && <p className="muted jobs-kind-note">{note}</p>
      )}

      <section className="card" aria-labelledby="skills-title">
        <h2 id="skills-title" className="section-title">
          Skills it asks for
        </h2>
        <GapLegend hasGap={analysis.gap !== undefined} />
        {catalog.isError && (
          <p className="muted small">The skill names could not be loaded; showing their ids.</p>
        )}
        <div className="skill-groups">
          <div>
            <h3 className="mini-heading">Required ({analysis.skills.required.length})</h3>
            <SkillChips
              ids={analysis.skills.required}
              statuses={statuses}
              nameOf={nameOf}
              label="Required skills"
            />
          </div>
          <div>
            <h3 className="mini-heading">Nice to have ({analysis.skills.preferred.length})</h3>
            <SkillChips
              ids={analysis.skills.preferred}
              statuses={statuses}
              nameOf={nameOf}
              label="Nice-to-have skills"
            />
          </div>
        </div>
      </section>

      <AddToPlan analysisId={saved.id} gap={analysis.gap} nameOf={nameOf} />

      <div className="flags-grid">
        <Flags tone="red" flags={analysis.redFlags} />
        <Flags tone="green" flags={analysis.greenFlags} />
      </div>

      <section className="card" aria-labelledby="posting-title">
        <h2 id="posting-title" className="section-title">
          The posting
        </h2>
        <details className="disclosure jobs-posting">
          <summary>Show the text mlpath read</summary>
          <p className="muted small">The sentences quoted as evidence are highlighted.</p>
          <PostingText posting={saved.posting} quotes={quotes} />
        </details>
      </section>

      <BulletCoach />

      <div className="jobs-delete">
        <ConfirmButton
          label="Delete this analysis"
          subject={`of ${analysis.title}`}
          question="Delete this analysis for good?"
          confirmLabel="Delete"
          buttonClassName="button button-small"
          disabled={remove.isPending}
          onConfirm={() =>
            remove.mutate(saved.id, { onSuccess: () => navigate('/jobs', { replace: true }) })
          }
        />
        {remove.isError && (
          <p className="field-error" role="alert">
            {remove.error instanceof Error
              ? sentence(remove.error.message)
              : 'The analysis could not be deleted.'}
          </p>
        )}
      </div>
    </>
  );
}

/** The extracted text, with evidence in <mark>: text nodes only, never parsed as HTML. */
function PostingText({ posting, quotes }: { posting: string; quotes: string[] }) {
  const segments = useMemo(() => highlightQuotes(posting, quotes), [posting, quotes]);
  return (
    <div className="jobs-posting-text" data-testid="posting-text">
      {segments.map((segment, index) =>
        segment.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the segments are fixed for one posting
          <mark key={index}>{segment.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the segments are fixed for one posting
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </div>
  );
}
