import { useState } from 'react';
import { Link } from 'react-router';
import { useCatalogSkills } from '../api/queries';
import { ErrorState } from '../shell/ErrorState';
import { useAnalyses, useResumeMatch } from './api';
import { StaleNote } from './ChecksPanel';
import { skillName } from './labels';

/** The saved resume's words against a saved job analysis: a score, what matches, what is missing. */
export function MatchPanel({ saved, dirty }: { saved: boolean; dirty: boolean }) {
  const analyses = useAnalyses();
  const [chosen, setChosen] = useState('');
  const match = useResumeMatch(saved ? chosen : '');
  const catalog = useCatalogSkills();
  const titles = new Map(catalog.data?.map((skill) => [skill.id, skill.title]));
  const name = (id: string) => skillName(id, titles);

  return (
    <section className="card resume-panel" aria-labelledby="resume-match-title">
      <h2 id="resume-match-title" className="section-title">
        Match a job posting
      </h2>
      <p className="section-intro">
        Compares the skills a saved posting asks for with the words of your resume. Add what you
        really have; never claim what you do not.
      </p>
      {!saved ? (
        <p className="empty-note">Save your resume first.</p>
      ) : analyses.isError ? (
        <ErrorState
          what="Your saved postings could not be loaded."
          error={analyses.error}
          onRetry={() => void analyses.refetch()}
        />
      ) : analyses.isPending ? (
        <p className="muted">Loading your saved postings…</p>
      ) : analyses.data.length === 0 ? (
        <p className="empty-note">
          No saved posting yet. <Link to="/jobs">Analyze a job posting</Link> first, then come back
          to match it.
        </p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="resume-match-analysis" className="field-label">
              Posting
            </label>
            <select
              id="resume-match-analysis"
              className="input select"
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
            >
              <option value="">Choose a saved posting…</option>
              {analyses.data.map((analysis) => (
                <option key={analysis.id} value={analysis.id}>
                  {analysis.title}
                  {analysis.company ? ` — ${analysis.company}` : ''}
                </option>
              ))}
            </select>
          </div>
          <StaleNote dirty={dirty && chosen !== ''} />
          <div aria-live="polite">
            {chosen === '' ? null : match.isError ? (
              <ErrorState
                what="The match could not be computed."
                error={match.error}
                onRetry={() => void match.refetch()}
              />
            ) : match.isPending ? (
              <p className="muted">Matching…</p>
            ) : (
              <div className="match-result" data-testid="match-result">
                <p className="match-score">
                  <strong>{match.data.score}</strong>
                  <span className="small"> / 100 match</span>
                </p>
                <meter
                  className="match-meter"
                  aria-label="Match score"
                  min={0}
                  max={100}
                  low={50}
                  high={80}
                  optimum={100}
                  value={match.data.score}
                >
                  {match.data.score} of 100
                </meter>
                <div className="match-columns">
                  <SkillList
                    title="On your resume"
                    icon="✓"
                    tone="match-yes"
                    ids={[...match.data.matched.required, ...match.data.matched.preferred]}
                    preferred={new Set(match.data.matched.preferred)}
                    name={name}
                    empty="None of the posting's skills appear yet."
                  />
                  <SkillList
                    title="Missing"
                    icon="✕"
                    tone="match-no"
                    ids={[...match.data.missing.required, ...match.data.missing.preferred]}
                    preferred={new Set(match.data.missing.preferred)}
                    name={name}
                    empty="Nothing: every skill it names is on your resume."
                  />
                </div>
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function SkillList({
  title,
  icon,
  tone,
  ids,
  preferred,
  name,
  empty,
}: {
  title: string;
  icon: string;
  tone: string;
  ids: string[];
  preferred: Set<string>;
  name: (id: string) => string;
  empty: string;
}) {
  return (
    <div>
      <h3 className="mini-heading">{title}</h3>
      {ids.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <ul className="match-chips" aria-label={title}>
          {ids.map((id) => (
            <li key={id} className={`match-chip ${tone}`} data-skill={id}>
              <span aria-hidden="true">{icon}</span> {name(id)}
              {preferred.has(id) && <span className="match-nice"> (nice to have)</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
