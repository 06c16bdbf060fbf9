import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
// Types only: parsing and the funnel stay on the server.
import type { ColumnMapping, ImportField } from '../../core/pipeline/csv';
import type { Funnel } from '../../core/pipeline/funnel';
import type { Reminder } from '../../core/pipeline/reminders';
import type {
  ChecklistItemId,
  Fit,
  ReferralState,
  Source,
  Stage,
} from '../../core/pipeline/vocabulary';
import { apiRequest, isApiError } from '../api/client';
import { interviewKeys, type LinkOption, type RoundPlan } from '../interviews/api';

export type { ColumnMapping, Fit, Funnel, ImportField, ReferralState, Reminder, Source, Stage };

/** One application as `GET /api/applications` lists it. */
export interface Application {
  id: string;
  companyId?: string;
  company: string;
  role: string;
  link?: string;
  analysisId?: string;
  source: Source;
  stage: Stage;
  nextAction?: string;
  nextActionOn?: string;
  notes?: string;
  /** The day it was sent, from its stage history. */
  appliedOn?: string;
  /** The day it reached its current stage. */
  stageOn?: string;
  updatedAt: string;
}

export interface ApplicationDetail extends Application {
  history: { id: string; stage: Stage; changedOn: string }[];
}

/** What the form sends; on edit, null clears an optional field. */
export interface ApplicationInput {
  company: string;
  companyId?: string | null;
  role: string;
  link?: string | null;
  analysisId?: string | null;
  source: Source;
  stage: Stage;
  nextAction?: string | null;
  nextActionOn?: string | null;
  notes?: string | null;
}

export interface Company {
  id: string;
  name: string;
  tier?: number;
  fit?: Fit;
  industry?: string;
  notes?: string;
}
export type CompanyInput = Omit<Company, 'id'>;

export interface Contact {
  id: string;
  name: string;
  companyId?: string;
  howMet?: string;
  lastContactOn?: string;
  nextContactOn?: string;
  referral: ReferralState;
  notes?: string;
}
export type ContactInput = Omit<Contact, 'id'>;

export interface Checklist {
  items: {
    id: ChecklistItemId;
    group: string;
    label: string;
    why: string;
    done: boolean;
    doneOn?: string;
  }[];
  done: number;
  total: number;
}

export interface ImportPreview {
  columns: string[];
  mapping: ColumnMapping;
  rows: {
    row: number;
    application: Omit<ApplicationInput, 'companyId' | 'analysisId'>;
    appliedOn?: string;
  }[];
  errors: { row: number; field: ImportField | 'file'; message: string }[];
}

/** A saved job analysis, as much of it as the form's picker needs. */
export interface AnalysisOption {
  id: string;
  title: string;
  company?: string;
  url?: string;
  analyzedOn: string;
}

export const pipelineKeys = {
  all: ['pipeline'],
  applications: ['pipeline', 'applications'],
  application: (id: string) => ['pipeline', 'applications', id],
  funnel: ['pipeline', 'funnel'],
  reminders: ['pipeline', 'reminders'],
  companies: ['pipeline', 'companies'],
  contacts: ['pipeline', 'contacts'],
  checklist: ['pipeline', 'checklist'],
  analyses: ['jobs', 'analyses'],
} as const;

const patch = <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body });

const applicationPath = (id: string) => `/api/applications/${encodeURIComponent(id)}`;

/**
 * Everything that reads applications changes when one does: the pipeline, and the interview
 * page's rounds (which name and link their application) and its list of applications to link.
 */
const refreshPipeline = (client: ReturnType<typeof useQueryClient>) =>
  Promise.all(
    [pipelineKeys.all, interviewKeys.plans, interviewKeys.applications].map((queryKey) =>
      client.invalidateQueries({ queryKey }),
    ),
  );

/**
 * Puts a saved application first in the cached list, as the server orders it (last changed
 * first). The list is off screen while the form is, so without this it would show the old row, or
 * none, for a moment after the form is left.
 */
const putFirst = (client: ReturnType<typeof useQueryClient>, saved: ApplicationDetail) => {
  const { history: _history, ...row } = saved;
  client.setQueryData<Application[]>(
    pipelineKeys.applications,
    (list) => list && [row, ...list.filter((item) => item.id !== saved.id)],
  );
};

export const useApplications = () =>
  useQuery({
    queryKey: pipelineKeys.applications,
    queryFn: () => apiRequest<Application[]>('GET', '/api/applications'),
  });

export const useApplication = (id: string) =>
  useQuery({
    queryKey: pipelineKeys.application(id),
    queryFn: () => apiRequest<ApplicationDetail>('GET', applicationPath(id)),
  });

export const useFunnel = () =>
  useQuery({
    queryKey: pipelineKeys.funnel,
    queryFn: () => apiRequest<Funnel>('GET', '/api/applications/funnel'),
  });

export const useReminders = () =>
  useQuery({
    queryKey: pipelineKeys.reminders,
    queryFn: () => apiRequest<Reminder[]>('GET', '/api/reminders'),
  });

export const useCompanies = () =>
  useQuery({
    queryKey: pipelineKeys.companies,
    queryFn: () => apiRequest<Company[]>('GET', '/api/companies'),
  });

export const useContacts = () =>
  useQuery({
    queryKey: pipelineKeys.contacts,
    queryFn: () => apiRequest<Contact[]>('GET', '/api/contacts'),
  });

export const useChecklist = () =>
  useQuery({
    queryKey: pipelineKeys.checklist,
    queryFn: () => apiRequest<Checklist>('GET', '/api/profile-checklist'),
  });

/** Saved job analyses, to link an application to the posting it answers. */
export const useAnalysisOptions = () =>
  useQuery({
    queryKey: pipelineKeys.analyses,
    queryFn: () => apiRequest<AnalysisOption[]>('GET', '/api/jobs/analyses'),
  });

export function useCreateApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplicationInput) =>
      apiRequest<ApplicationDetail>('POST', '/api/applications', { body }),
    onSuccess: (saved) => {
      client.setQueryData(pipelineKeys.application(saved.id), saved);
      putFirst(client, saved);
      return refreshPipeline(client);
    },
  });
}

export function useUpdateApplication(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<ApplicationInput>) =>
      patch<ApplicationDetail>(applicationPath(id), body),
    onSuccess: (saved) => {
      client.setQueryData(pipelineKeys.application(saved.id), saved);
      putFirst(client, saved);
      return refreshPipeline(client);
    },
  });
}

const MOVE_KEY = ['pipeline', 'move'];

/**
 * Moves an application to a stage. The board shows the move at once; if the server refuses, the
 * list is fetched again and the card goes back. Moves are sent one after another, so two quick
 * ones arrive in the order they were made, and the list is fetched again after the last only:
 * an earlier answer would put the card back in a column it has already left.
 */
export function useMoveApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: MOVE_KEY,
    scope: { id: MOVE_KEY.join('/') },
    mutationFn: ({ id, stage }: { id: string; stage: Stage }) =>
      apiRequest<ApplicationDetail>('POST', `${applicationPath(id)}/stage`, { body: { stage } }),
    onMutate: async ({ id, stage }) => {
      await client.cancelQueries({ queryKey: pipelineKeys.applications, exact: true });
      client.setQueryData<Application[]>(pipelineKeys.applications, (list) =>
        list?.map((item) => (item.id === id ? { ...item, stage } : item)),
      );
    },
    onSuccess: (saved) => client.setQueryData(pipelineKeys.application(saved.id), saved),
    onSettled: () =>
      client.isMutating({ mutationKey: MOVE_KEY }) === 1 ? refreshPipeline(client) : undefined,
  });
}

/** Deletes an application; a 404 (already gone, e.g. in another tab) counts as done. */
export function useDeleteApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      try {
        await apiRequest<void>('DELETE', applicationPath(id));
      } catch (error) {
        if (!isApiError(error, 404)) throw error;
      }
    },
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: pipelineKeys.application(id), exact: true });
      // Off screen while the application is open: drop it now so the board never shows it again.
      client.setQueryData<Application[]>(pipelineKeys.applications, (applications) =>
        applications?.filter((application) => application.id !== id),
      );
      // Its interview rounds go with it (the database deletes them too), and it can no longer be
      // linked to a round.
      client.setQueryData<RoundPlan[]>(interviewKeys.plans, (plans) =>
        plans?.filter((plan) => plan.applicationId !== id),
      );
      client.setQueryData<LinkOption[]>(interviewKeys.applications, (options) =>
        options?.filter((option) => option.id !== id),
      );
      return refreshPipeline(client);
    },
  });
}

export function useSaveCompany() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Partial<CompanyInput> | CompanyInput }) =>
      id
        ? patch<Company>(`/api/companies/${encodeURIComponent(id)}`, body)
        : apiRequest<Company>('POST', '/api/companies', { body }),
    onSuccess: () => refreshPipeline(client),
  });
}

export function useDeleteCompany() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      try {
        await apiRequest<void>('DELETE', `/api/companies/${encodeURIComponent(id)}`);
      } catch (error) {
        if (!isApiError(error, 404)) throw error;
      }
    },
    onSuccess: () => refreshPipeline(client),
  });
}

export function useSaveContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Partial<ContactInput> | ContactInput }) =>
      id
        ? patch<Contact>(`/api/contacts/${encodeURIComponent(id)}`, body)
        : apiRequest<Contact>('POST', '/api/contacts', { body }),
    onSuccess: () => refreshPipeline(client),
  });
}

export function useDeleteContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      try {
        await apiRequest<void>('DELETE', `/api/contacts/${encodeURIComponent(id)}`);
      } catch (error) {
        if (!isApiError(error, 404)) throw error;
      }
    },
    onSuccess: () => refreshPipeline(client),
  });
}

const TOGGLE_KEY = ['pipeline', 'checklist-toggle'];

export function useToggleChecklistItem() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: TOGGLE_KEY,
    mutationFn: ({ id, done }: { id: ChecklistItemId; done: boolean }) =>
      apiRequest<Checklist>('PUT', `/api/profile-checklist/${encodeURIComponent(id)}`, {
        body: { done },
      }),
    // Optimistic, so the box ticks on click instead of springing back until the server answers.
    onMutate: async ({ id, done }) => {
      await client.cancelQueries({ queryKey: pipelineKeys.checklist });
      const previous = client.getQueryData<Checklist>(pipelineKeys.checklist);
      if (previous) {
        const items = previous.items.map((item) => (item.id === id ? { ...item, done } : item));
        client.setQueryData<Checklist>(pipelineKeys.checklist, {
          ...previous,
          items,
          done: items.filter((item) => item.done).length,
        });
      }
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) client.setQueryData(pipelineKeys.checklist, context.previous);
    },
    // With another box still being saved, its answer is the one to show: this one's would untick
    // that box again until it came.
    onSuccess: (checklist) => {
      if (client.isMutating({ mutationKey: TOGGLE_KEY }) === 1) {
        client.setQueryData(pipelineKeys.checklist, checklist);
      }
    },
  });
}

export const usePreviewImport = () =>
  useMutation({
    mutationFn: (body: { csv: string; mapping?: ColumnMapping }) =>
      apiRequest<ImportPreview>('POST', '/api/applications/import/preview', { body }),
  });

export function useImportApplications() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { csv: string; mapping: ColumnMapping }) =>
      apiRequest<{ imported: number }>('POST', '/api/applications/import', { body }),
    onSuccess: () => refreshPipeline(client),
  });
}
