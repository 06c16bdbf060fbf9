import '../styles/resume.css';
import { useState } from 'react';
import { ErrorState } from '../shell/ErrorState';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { useResume } from './api';
import { CoverLetterPanel } from './CoverLetterPanel';
import { starterDraft, toDraft } from './draft';
import { ExportsPanel } from './ExportsPanel';
import { useLeaveGuard } from './leave-guard';
import { ResumeEditor } from './ResumeEditor';

/**
 * `/resume`: the resume editor with inline bullet coaching, the switcher checks, the keyword
 * match against a saved posting, exports, JSON Resume import and the cover letter helper.
 * Until a resume is saved (the API answers 404) the page offers to start one or import one.
 */
export function ResumePage() {
  const resume = useResume();
  const [started, setStarted] = useState(false);
  /** Bumped by an import, so the editor reloads from the imported resume. */
  const [generation, setGeneration] = useState(0);
  const [resumeDirty, setResumeDirty] = useState(false);
  const [letterDirty, setLetterDirty] = useState(false);
  useLeaveGuard(resumeDirty || letterDirty);

  const saved = resume.data ?? null;
  return (
    <div className="resume-page">
      <PageTitle title="Resume">Resume and cover letter</PageTitle>
      <p className="lead">
        A one-page resume built the way career switchers get interviews: your projects first, with
        their numbers, then the career you are coming from.
      </p>
      {resume.isError ? (
        <ErrorState
          what="Your resume could not be loaded."
          error={resume.error}
          onRetry={() => void resume.refetch()}
        />
      ) : resume.isPending ? (
        <Loading label="Loading your resume…" />
      ) : saved || started ? (
        <ResumeEditor
          key={generation}
          initial={saved ? toDraft(saved) : starterDraft()}
          saved={saved}
          onDirtyChange={setResumeDirty}
        />
      ) : (
        <div className="card resume-start">
          <h2 className="section-title">No resume yet</h2>
          <p>
            Start from a blank resume laid out for a career switch: a header, a two-line summary,
            one or two projects, your previous roles with a bullet or two each, skills and
            education. Or import a JSON Resume below.
          </p>
          <button type="button" className="button button-primary" onClick={() => setStarted(true)}>
            Start my resume
          </button>
        </div>
      )}
      {!resume.isPending && !resume.isError && (
        <ExportsPanel
          saved={saved !== null}
          dirty={resumeDirty}
          onImported={() => {
            setStarted(true);
            setGeneration((value) => value + 1);
          }}
        />
      )}
      {saved && <CoverLetterPanel onDirtyChange={setLetterDirty} />}
    </div>
  );
}
