import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
// Types only: the drafting, readiness and repository rules stay on the server.
import type { ProjectDrafts } from '../../core/portfolio/drafts';
import type { Readiness, ReadinessItem } from '../../core/portfolio/readiness';
import type {
  PORTFOLIO_STATUSES,
  PortfolioProject,
  PortfolioProjectInput,
} from '../../core/portfolio/records';
import type { RepoCheck, RepoReport } from '../../core/portfolio/repo-checks';
import { apiRequest } from '../api/client';
import { interviewKeys, type LinkOption, type StarStory } from '../interviews/api';

export type {
  PortfolioProject,
  PortfolioProjectInput,
  ProjectDrafts,
  Readiness,
  ReadinessItem,
  RepoCheck,
  RepoReport,
};
export type PortfolioStatus = (typeof PORTFOLIO_STATUSES)[number];
/** A change: any field; `null` clears an optional one. */
export type PortfolioProjectPatch = {
  [K in keyof PortfolioProjectInput]?: K extends 'title' | 'status'
    ? PortfolioProjectInput[K]
    : PortfolioProjectInput[K] | null;
};

export const portfolioKeys = {
  projects: ['portfolio', 'projects'],
  project: (id: string) => ['portfolio', 'projects', id],
  drafts: (id: string) => ['portfolio', 'projects', id, 'drafts'],
  readiness: ['portfolio', 'readiness'],
} as const;

const projectPath = (id: string) => `/api/portfolio/projects/${encodeURIComponent(id)}`;

export const usePortfolioProjects = () =>
  useQuery({
    queryKey: portfolioKeys.projects,
    queryFn: () => apiRequest<PortfolioProject[]>('GET', '/api/portfolio/projects'),
  });

export const usePortfolioProject = (id: string) =>
  useQuery({
    queryKey: portfolioKeys.project(id),
    queryFn: () => apiRequest<PortfolioProject>('GET', projectPath(id)),
  });

export const useProjectDrafts = (id: string) =>
  useQuery({
    queryKey: portfolioKeys.drafts(id),
    queryFn: () => apiRequest<ProjectDrafts>('GET', `${projectPath(id)}/drafts`),
  });

/** Always fetched afresh on mount: evidence added on the Progress page changes it too. */
export const useReadiness = () =>
  useQuery({
    queryKey: portfolioKeys.readiness,
    queryFn: () => apiRequest<Readiness>('GET', '/api/portfolio/readiness'),
    staleTime: 0,
  });

/**
 * Everything the portfolio shows depends on the projects: refetch it all after a change, and the
 * interview page's STAR stories, which name and link a project.
 */
const useRefresh = () => {
  const client = useQueryClient();
  return () =>
    Promise.all(
      [['portfolio'], interviewKeys.stories, interviewKeys.projects].map((queryKey) =>
        client.invalidateQueries({ queryKey }),
      ),
    );
};

export function useAddProject() {
  const client = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: PortfolioProjectInput) =>
      apiRequest<PortfolioProject>('POST', '/api/portfolio/projects', { body: input }),
    onSuccess: (project) => {
      client.setQueryData(portfolioKeys.project(project.id), project);
      // The list is off screen while the form is: without this it would come back without the
      // new project until its refetch answered. The server lists projects oldest first.
      client.setQueryData<PortfolioProject[]>(
        portfolioKeys.projects,
        (projects) => projects && [...projects.filter((item) => item.id !== project.id), project],
      );
      return refresh();
    },
  });
}

export function useUpdateProject(id: string) {
  const client = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    // The shared client names the methods it has used so far; PATCH is sent the same way.
    mutationFn: (patch: PortfolioProjectPatch) =>
      apiRequest<PortfolioProject>('PATCH', projectPath(id), { body: patch }),
    onSuccess: (project) => {
      client.setQueryData(portfolioKeys.project(id), project);
      // A rename must not show the old title in the list while it is fetched again.
      client.setQueryData<PortfolioProject[]>(portfolioKeys.projects, (projects) =>
        projects?.map((item) => (item.id === project.id ? project : item)),
      );
      return refresh();
    },
  });
}

export function useDeleteProject() {
  const client = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>('DELETE', projectPath(id)),
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: portfolioKeys.project(id) });
      // The list is not on screen while a project is, so invalidating alone would show the
      // deleted project for a moment after returning to it.
      client.setQueryData<PortfolioProject[]>(portfolioKeys.projects, (projects) =>
        projects?.filter((project) => project.id !== id),
      );
      // STAR stories about it keep their text but lose the link (the database unlinks them too).
      client.setQueryData<StarStory[]>(interviewKeys.stories, (stories) =>
        stories?.map((story) => {
          if (story.projectId !== id) return story;
          const { projectId: _unlinked, ...unlinked } = story;
          return unlinked;
        }),
      );
      client.setQueryData<LinkOption[]>(interviewKeys.projects, (options) =>
        options?.filter((option) => option.id !== id),
      );
      return refresh();
    },
  });
}

/** Runs the repository check; the report is kept by the mutation, not stored on the server. */
export const useCheckRepository = (id: string) =>
  useMutation({
    mutationFn: () => apiRequest<RepoReport>('POST', `${projectPath(id)}/check-repo`),
  });
