import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
// Types only: the analyzer and the coach stay on the server.
import type { PostingAnalysis } from '../../core/jobs/analyze';
import type { BulletCoaching } from '../../core/resume/bullet-coach';
import { apiRequest, isApiError } from '../api/client';
import { progressKeys, queryKeys, refetchOrDrop } from '../api/queries';

export type { BulletCoaching, PostingAnalysis };
export type PostingKind = PostingAnalysis['kind'];
export type PostingLevel = PostingAnalysis['level'];
export type PostingFlag = PostingAnalysis['redFlags'][number];
export type BulletElement = BulletCoaching['has'][number];

/** What `POST /api/jobs/analyses` takes: the posting as text or as a file, never both. */
export interface NewAnalysis {
  text?: string;
  file?: { name: string; contentBase64: string };
  company?: string;
  url?: string;
}

/** One saved analysis: the posting's extracted text and what the analyzer read in it. */
export interface SavedAnalysis {
  id: string;
  company?: string;
  url?: string;
  /** The plain text the analysis was made from; every flag's evidence is a quote of it. */
  posting: string;
  analyzedOn: string;
  analysis: PostingAnalysis;
}

/** One row of `GET /api/jobs/analyses`, with counts instead of lists. */
export interface AnalysisSummary {
  id: string;
  title: string;
  company?: string;
  url?: string;
  kind: PostingKind;
  level: PostingLevel;
  analyzedOn: string;
  skills: number;
  redFlags: number;
  greenFlags: number;
}

/** What adding a posting's gap to the plan did, and the estimate after it. */
export interface PlanAdditions {
  added: string[];
  alreadyPlanned: string[];
  firstOfferDate: { p50: string; p80: string };
}

export const jobKeys = {
  analyses: ['jobs', 'analyses'],
  analysis: (id: string) => ['jobs', 'analyses', id],
} as const;

const analysisPath = (id: string) => `/api/jobs/analyses/${encodeURIComponent(id)}`;

/** The saved analyses, newest first. */
export const useAnalyses = () =>
  useQuery({
    queryKey: jobKeys.analyses,
    queryFn: () => apiRequest<AnalysisSummary[]>('GET', '/api/jobs/analyses'),
  });

/** One saved analysis, its gap measured against the profile as it is now. */
export const useAnalysis = (id: string) =>
  useQuery({
    queryKey: jobKeys.analysis(id),
    queryFn: () => apiRequest<SavedAnalysis>('GET', analysisPath(id)),
  });

/** Analyzes and saves a posting; the answer is cached so its page opens without a second fetch. */
export function useAnalyzePosting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAnalysis) =>
      apiRequest<SavedAnalysis>('POST', '/api/jobs/analyses', { body }),
    onSuccess: (saved) => {
      client.setQueryData(jobKeys.analysis(saved.id), saved);
      return client.invalidateQueries({ queryKey: jobKeys.analyses, exact: true });
    },
  });
}

/** Deletes an analysis; a 404 (already gone, e.g. in another tab) counts as done. */
export function useDeleteAnalysis() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      try {
        await apiRequest<void>('DELETE', analysisPath(id));
      } catch (error) {
        if (!isApiError(error, 404)) throw error;
      }
    },
    onSuccess: (_, id) => {
      client.setQueryData<AnalysisSummary[]>(jobKeys.analyses, (list) =>
        list?.filter((item) => item.id !== id),
      );
      client.removeQueries({ queryKey: jobKeys.analysis(id), exact: true });
      return client.invalidateQueries({ queryKey: jobKeys.analyses, exact: true });
    },
  });
}

/**
 * Puts the posting's missing and weak skills into the plan and re-plans. The plan, its history
 * and the dashboard's forecast all move, so they are fetched again.
 */
export function useAddToPlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<PlanAdditions>('POST', `${analysisPath(id)}/add-to-plan`),
    onSuccess: () =>
      refetchOrDrop(client, [queryKeys.plan, queryKeys.planHistory, progressKeys.dashboard]),
  });
}

/** Scores one resume bullet; nothing is saved. */
export const useCoachBullet = () =>
  useMutation({
    mutationFn: (text: string) =>
      apiRequest<BulletCoaching>('POST', '/api/resume/coach-bullet', { body: { text } }),
  });
