import { useLayoutEffect, useRef, useState } from 'react';
import { type Issue, isApiError, sentence } from '../api/client';
import { ErrorSummary } from '../ui/ErrorSummary';
import { type Resume, useSaveResume } from './api';
import { ChecksPanel } from './ChecksPanel';
import { fieldId, fieldPath, fromDraft, type ResumeDraft } from './draft';
import { useSaveShortcut } from './leave-guard';
import { MatchPanel } from './MatchPanel';
import {
  CertificatesSection,
  EducationSection,
  ExperienceSection,
  HeaderSection,
  ProjectsSection,
  SkillsSection,
  SummarySection,
} from './Sections';

interface ResumeEditorProps {
  initial: ResumeDraft;
  /** The saved resume, or null while this one has never been saved. */
  saved: Resume | null;
  /** Told whenever the form starts or stops differing from the saved resume. */
  onDirtyChange: (dirty: boolean) => void;
}

const PLACE_WORDS: Record<string, string> = {
  basics: 'Header',
  links: 'links',
  summary: 'Summary',
  projects: 'Project',
  experience: 'Role',
  skills: 'Skill group',
  education: 'School',
  certificates: 'Certificate',
  bullets: 'bullet',
  company: 'employer',
  studyType: 'degree',
  area: 'field',
  repo: 'repository',
  url: 'link',
  start: 'from',
  end: 'until',
  keywords: 'tools',
  sectionOrder: 'Section order',
};

/** "experience.0.start" → "Role 1 › from": where an issue is, in the form's words. */
function placeOf(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part) && parts.length > 0) parts[parts.length - 1] += ` ${Number(part) + 1}`;
    else parts.push(PLACE_WORDS[part] ?? part);
  }
  return parts.join(' › ');
}

/**
 * The resume editor: the sections in the order a switcher's resume uses, saved explicitly (button
 * or Ctrl/Cmd+S). A failed save keeps every edit and points at the fields to fix; leaving with
 * unsaved edits asks first.
 */
export function ResumeEditor({ initial, saved, onDirtyChange }: ResumeEditorProps) {
  const save = useSaveResume();
  const [draft, setDraft] = useState(initial);
  /** The draft as last saved (or loaded): anything else is an unsaved change. */
  const [savedDraft, setSavedDraft] = useState<ResumeDraft | null>(saved ? initial : null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const dirty = draft !== savedDraft;

  const dirtyRef = useRef(onDirtyChange);
  dirtyRef.current = onDirtyChange;
  useLayoutEffect(() => dirtyRef.current(dirty), [dirty]);

  const submit = () => {
    if (save.isPending) return;
    const sent = draft;
    setStatus('Saving…');
    save.mutate(fromDraft(sent), {
      onSuccess: () => {
        setSavedDraft(sent);
        setIssues([]);
        setFailure(null);
        setStatus('');
      },
      onError: (error) => {
        setStatus('');
        if (isApiError(error, 400) && error.issues.length > 0) {
          setIssues(error.issues);
          setFailure(null);
        } else {
          setIssues([]);
          setFailure(
            error instanceof Error ? sentence(error.message) : 'The resume could not be saved.',
          );
        }
        // The edits stay in the form; focus moves to what went wrong.
        window.setTimeout(
          () => summaryRef.current?.querySelector<HTMLElement>('a, [tabindex="-1"]')?.focus(),
          0,
        );
      },
    });
  };
  useSaveShortcut(submit);

  const update = (change: (current: ResumeDraft) => ResumeDraft) => {
    setDraft(change);
    setStatus('');
  };
  const errorOf = (path: string) =>
    issues.find((issue) => fieldPath(draft, issue.path) === path)?.message;
  const sectionProps = { draft, update, errorOf };

  const order = draft.sectionOrder ?? [];
  const projectsAfter =
    order.includes('experience') &&
    (!order.includes('projects') || order.indexOf('experience') < order.indexOf('projects'));

  return (
    <>
      <form
        className="resume-editor"
        aria-label="Resume"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="resume-toolbar">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save resume'}
          </button>
          <p className="resume-save-state small" role="status">
            {status === 'Saving…'
              ? 'Saving…'
              : dirty
                ? saved
                  ? 'Unsaved changes'
                  : 'Not saved yet'
                : status || 'All changes saved'}
          </p>
          <p className="muted small resume-shortcut">
            <kbd>Ctrl</kbd>+<kbd>S</kbd> saves
          </p>
        </div>

        <div ref={summaryRef}>
          {issues.length > 0 && (
            <ErrorSummary
              title="The resume was not saved: fix these and save again"
              items={issues.map((issue) => ({
                message: `${placeOf(fieldPath(draft, issue.path))}: ${issue.message}`,
                fieldId: fieldId(fieldPath(draft, issue.path)),
              }))}
            />
          )}
          {failure && (
            <div className="callout callout-error" role="alert" tabIndex={-1}>
              <p className="callout-title">The resume was not saved. Your edits are still here.</p>
              <p>{failure}</p>
            </div>
          )}
        </div>

        {projectsAfter && (
          <div className="callout callout-warning">
            <p>
              This resume prints your previous experience before your projects. Reviewers should
              meet your ML work first.
            </p>
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                update(({ sectionOrder: _order, ...current }) => current as ResumeDraft)
              }
            >
              Put projects first
            </button>
          </div>
        )}

        <HeaderSection {...sectionProps} />
        <SummarySection {...sectionProps} />
        <ProjectsSection {...sectionProps} />
        <ExperienceSection {...sectionProps} />
        <SkillsSection {...sectionProps} />
        <EducationSection {...sectionProps} />
        <CertificatesSection {...sectionProps} />

        <div className="resume-toolbar resume-toolbar-end">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save resume'}
          </button>
        </div>
      </form>

      <ChecksPanel saved={saved !== null} dirty={dirty} />
      <MatchPanel saved={saved !== null} dirty={dirty} />
    </>
  );
}
