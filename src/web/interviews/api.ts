import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
// Types only: the scheduler and the catalog stay on the server.
import type { InterviewTopic, Level, Round } from '../../catalog/interview/schema';
import type { CodingEntry, CodingProgress } from '../../core/interview/coding';
import type {
  InterviewRoundInput,
  StarStoryInput,
  UserCardInput,
} from '../../core/interview/records';
import type { RetentionWeek, SrsCardState, SrsGrade, TopicDue } from '../../core/interview/srs';
import { apiRequest, isApiError } from '../api/client';

export type {
  CodingEntry,
  CodingProgress,
  InterviewRoundInput,
  InterviewTopic,
  Round,
  SrsGrade,
  StarStoryInput,
  UserCardInput,
};

/** Where a card stands for the user; absent while never reviewed. */
export interface CardReview {
  state: SrsCardState;
  due: string;
  reps: number;
  lapses: number;
  lastReview: string | null;
  dueNow: boolean;
}

/** A catalog card or one of the user's own (`user:<uuid>`). */
export interface StudyCard {
  id: string;
  source: 'catalog' | 'user';
  topic: InterviewTopic;
  rounds: Round[];
  level?: Level;
  prompt: string;
  answer: string | string[];
  outline?: { section: string; points: string[] }[];
  review?: CardReview;
}

export interface NextCard {
  card: StudyCard | null;
  preview: { grade: SrsGrade; due: string }[];
  remaining: { due: number; new: number };
  nextDue: string | null;
}

export interface InterviewStats {
  topics: (TopicDue & { topic: InterviewTopic })[];
  totals: { due: number; new: number; total: number };
  retention: RetentionWeek[];
  retentionWeeks: number;
  reviews: number;
  reviewsToday: number;
}

export interface RoundInfo {
  id: Round;
  title: string;
  description: string;
  typicalLength: string;
  assesses: string[];
  checklist: { id: string; text: string }[];
}

export interface RoundPlan extends InterviewRoundInput {
  id: string;
  application?: { id: string; company: string; role: string };
}

export interface StarStory extends StarStoryInput {
  id: string;
  createdAt: string;
}

export type CodingRecord = CodingEntry & { id: string };

/** What another area lists, read defensively: only the fields this page shows. */
export interface LinkOption {
  id: string;
  label: string;
}

export const interviewKeys = {
  all: ['interviews'],
  next: (topic: string) => ['interviews', 'next', topic],
  stats: ['interviews', 'stats'],
  cards: ['interviews', 'cards'],
  rounds: ['interviews', 'rounds'],
  plans: ['interviews', 'round-plans'],
  stories: ['interviews', 'stories'],
  coding: ['coding-practice'],
  applications: ['interviews', 'link', 'applications'],
  projects: ['interviews', 'link', 'projects'],
} as const;

const patch = <T>(path: string, body: unknown): Promise<T> =>
  apiRequest<T>('PATCH', path, { body });

const idPath = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

/** The next card to study, in a topic or across all. */
export const useNextCard = (topic: InterviewTopic | '') =>
  useQuery({
    queryKey: interviewKeys.next(topic),
    queryFn: () =>
      apiRequest<NextCard>(
        'GET',
        `/api/interviews/review/next${topic ? `?topic=${encodeURIComponent(topic)}` : ''}`,
      ),
    // A card graded elsewhere must not come back from the cache.
    staleTime: 0,
  });

export const useInterviewStats = () =>
  useQuery({
    queryKey: interviewKeys.stats,
    queryFn: () => apiRequest<InterviewStats>('GET', '/api/interviews/stats'),
  });

/** Grades the card shown; then the next card and the counts are fetched again. */
export function useGradeCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { cardId: string; grade: SrsGrade }) =>
      apiRequest<{ cardId: string; grade: number; review: CardReview }>(
        'POST',
        '/api/interviews/review',
        { body },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: interviewKeys.all }),
  });
}

export const useCards = () =>
  useQuery({
    queryKey: interviewKeys.cards,
    queryFn: () => apiRequest<StudyCard[]>('GET', '/api/interviews/cards'),
  });

export function useSaveCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, card }: { id?: string; card: UserCardInput }) =>
      id
        ? patch<StudyCard>(idPath('/api/interviews/cards', id), card)
        : apiRequest<StudyCard>('POST', '/api/interviews/cards', { body: card }),
    onSuccess: () => client.invalidateQueries({ queryKey: interviewKeys.all }),
  });
}

export function useDeleteCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>('DELETE', idPath('/api/interviews/cards', id)),
    onSuccess: () => client.invalidateQueries({ queryKey: interviewKeys.all }),
  });
}

export const useRounds = () =>
  useQuery({
    queryKey: interviewKeys.rounds,
    queryFn: () => apiRequest<RoundInfo[]>('GET', '/api/interviews/rounds'),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useRoundPlans = () =>
  useQuery({
    queryKey: interviewKeys.plans,
    queryFn: () => apiRequest<RoundPlan[]>('GET', '/api/interviews/round-plans'),
  });

export function useSaveRoundPlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, plan }: { id?: string; plan: InterviewRoundInput }) =>
      id
        ? patch<RoundPlan>(idPath('/api/interviews/round-plans', id), plan)
        : apiRequest<RoundPlan>('POST', '/api/interviews/round-plans', { body: plan }),
    onSuccess: () => client.invalidateQueries({ queryKey: interviewKeys.plans }),
  });
}

export function useDeleteRoundPlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>('DELETE', idPath('/api/interviews/round-plans', id)),
    onSuccess: () => client.invalidateQueries({ queryKey: interviewKeys.plans }),
  });
}

export const useStories = () =>
  useQuery({
    queryKey: interviewKeys.stories,
    queryFn: () => apiRequest<StarStory[]>('GET', '/api/interviews/stories'),
  });

export function useSaveStory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, story }: { id?: string; story: StarStoryInput }) =>
      id
        ? patch<StarStory>(idPath('/api/interviews/stories', id), story)
        : apiRequest<StarStory>('POST', '/api/interviews/stories', { body: story }),
    onSuccess: () => client.invalidateQueries({ queryKey: interviewKeys.stories }),
  });
}

export function useDeleteStory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>('DELETE', idPath('/api/interviews/stories', id)),
    onSuccess: () => client.invalidateQueries({ queryKey: interviewKeys.stories }),
  });
}

export const useCodingLog = () =>
  useQuery({
    queryKey: [...interviewKeys.coding, 'list'],
    queryFn: () => apiRequest<CodingRecord[]>('GET', '/api/coding-practice'),
  });

export const useCodingProgress = () =>
  useQuery({
    queryKey: [...interviewKeys.coding, 'progress'],
    queryFn: () => apiRequest<CodingProgress>('GET', '/api/coding-practice/progress'),
  });

export function useLogCoding() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (entry: CodingEntry) =>
      apiRequest<CodingRecord>('POST', '/api/coding-practice', { body: entry }),
    onSuccess: () => client.invalidateQueries({ queryKey: interviewKeys.coding }),
  });
}

export function useDeleteCoding() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>('DELETE', idPath('/api/coding-practice', id)),
    onSuccess: () => client.invalidateQueries({ queryKey: interviewKeys.coding }),
  });
}

/**
 * Rows another area lists (applications, portfolio projects), as id and label. The link is
 * optional: a route that does not exist yet (404) or any failure gives an empty list.
 */
function useLinkOptions(
  key: readonly string[],
  path: string,
  label: (row: Record<string, unknown>) => string | null,
) {
  return useQuery({
    queryKey: key,
    retry: false,
    queryFn: async (): Promise<LinkOption[]> => {
      try {
        const rows = await apiRequest<unknown>('GET', path);
        if (!Array.isArray(rows)) return [];
        return rows.flatMap((row: Record<string, unknown>) => {
          const text = typeof row?.id === 'string' ? label(row) : null;
          return text ? [{ id: row.id as string, label: text }] : [];
        });
      } catch (error) {
        if (isApiError(error, 401)) throw error;
        return [];
      }
    },
  });
}

export const useApplicationOptions = () =>
  useLinkOptions(interviewKeys.applications, '/api/applications', (row) =>
    typeof row.company === 'string'
      ? `${row.company}${typeof row.role === 'string' ? ` — ${row.role}` : ''}`
      : null,
  );

export const useProjectOptions = () =>
  useLinkOptions(interviewKeys.projects, '/api/portfolio/projects', (row) =>
    typeof row.title === 'string' ? row.title : null,
  );
