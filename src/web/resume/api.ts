import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
// Types only: the coach, the checks and the exports run on the server.
import type { BulletCoaching } from '../../core/resume/bullet-coach';
import type { ResumeCheck } from '../../core/resume/checks';
import type { CoverLetter } from '../../core/resume/cover-letter';
import type { KeywordMatch } from '../../core/resume/keywords';
import type { Resume, ResumeInput } from '../../core/resume/schema';
import { apiRequest, isApiError } from '../api/client';

export type { BulletCoaching, CoverLetter, Resume, ResumeCheck, ResumeInput };

/** `GET /api/resume/checks`: the switcher checks and each bullet's coaching. */
export interface ResumeChecks {
  checks: ResumeCheck[];
  bullets: {
    section: 'projects' | 'experience';
    owner: string;
    index: number;
    text: string;
    coaching: BulletCoaching;
  }[];
}

/** `GET /api/resume/match/:analysisId`. */
export interface ResumeMatch extends KeywordMatch {
  analysisId: string;
  title: string;
  company?: string;
}

/** One row of `GET /api/jobs/analyses` (only what the resume page shows). */
export interface AnalysisSummary {
  id: string;
  title: string;
  company?: string;
  analyzedOn: string;
}

export interface ImportResult {
  resume: Resume;
  ignored: string[];
}

export const resumeKeys = {
  resume: ['resume'],
  checks: ['resume', 'checks'],
  match: (analysisId: string) => ['resume', 'match', analysisId],
  coverLetter: ['resume', 'cover-letter'],
  coach: (text: string) => ['resume', 'coach', text],
  // The jobs area's key, so both pages share one cached list.
  analyses: ['jobs', 'analyses'],
} as const;

/** Download addresses of the exports (served as attachments). */
export const EXPORTS = {
  pdf: '/api/resume.pdf',
  markdown: '/api/resume.md',
  jsonResume: '/api/resume.json',
  letterPdf: '/api/resume/cover-letter.pdf',
  letterText: '/api/resume/cover-letter.txt',
} as const;

/** A 404 means "not saved yet": null rather than an error. */
async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

/** The saved resume, or null before one is saved. */
export const useResume = () =>
  useQuery({
    queryKey: resumeKeys.resume,
    queryFn: () => orNull(apiRequest<Resume>('GET', '/api/resume')),
  });

/** Everything computed from the saved resume is stale once it changes. */
function afterResumeChange(client: ReturnType<typeof useQueryClient>, resume: Resume) {
  client.setQueryData(resumeKeys.resume, resume);
  return Promise.all([
    client.invalidateQueries({ queryKey: resumeKeys.checks }),
    client.invalidateQueries({ queryKey: ['resume', 'match'] }),
  ]);
}

/** Saves the whole resume; on failure the caller keeps its draft. */
export function useSaveResume() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (resume: ResumeInput) => apiRequest<Resume>('PUT', '/api/resume', { body: resume }),
    onSuccess: (resume) => afterResumeChange(client, resume),
  });
}

/** Reads a JSON Resume document into the resume; 409 when one is saved and `replace` is false. */
export function useImportJsonResume() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ document, replace }: { document: unknown; replace: boolean }) =>
      apiRequest<ImportResult>(
        'POST',
        `/api/resume/import${replace ? '?replace=true' : ''}`,
        // A JSON null would be sent as no body at all; the server then names the problem.
        { body: document ?? {} },
      ),
    onSuccess: (result) => afterResumeChange(client, result.resume),
  });
}

export const useResumeChecks = (enabled: boolean) =>
  useQuery({
    queryKey: resumeKeys.checks,
    queryFn: () => apiRequest<ResumeChecks>('GET', '/api/resume/checks'),
    enabled,
  });

export const useAnalyses = () =>
  useQuery({
    queryKey: resumeKeys.analyses,
    queryFn: () => apiRequest<AnalysisSummary[]>('GET', '/api/jobs/analyses'),
  });

export const useResumeMatch = (analysisId: string) =>
  useQuery({
    queryKey: resumeKeys.match(analysisId),
    queryFn: () =>
      apiRequest<ResumeMatch>('GET', `/api/resume/match/${encodeURIComponent(analysisId)}`),
    enabled: analysisId !== '',
  });

/**
 * The coaching of one bullet. The caller passes the text once typing pauses; the previous answer
 * stays on screen while the next one loads, so the badge does not flicker.
 */
export const useBulletCoaching = (text: string) =>
  useQuery({
    queryKey: resumeKeys.coach(text),
    queryFn: () =>
      apiRequest<BulletCoaching>('POST', '/api/resume/coach-bullet', { body: { text } }),
    enabled: text.trim() !== '',
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
    retry: false,
  });

/** The saved cover letter, or null before one is saved. */
export const useCoverLetter = (enabled: boolean) =>
  useQuery({
    queryKey: resumeKeys.coverLetter,
    queryFn: () => orNull(apiRequest<CoverLetter>('GET', '/api/resume/cover-letter')),
    enabled,
  });

export function useSaveCoverLetter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (letter: CoverLetter) =>
      apiRequest<CoverLetter>('PUT', '/api/resume/cover-letter', { body: letter }),
    onSuccess: (letter) => client.setQueryData(resumeKeys.coverLetter, letter),
  });
}

/** A draft letter from the resume and a saved analysis; nothing is saved. */
export const useDraftCoverLetter = () =>
  useMutation({
    mutationFn: (body: { analysisId?: string; company?: string }) =>
      apiRequest<CoverLetter>('POST', '/api/resume/cover-letter/draft', { body }),
  });
