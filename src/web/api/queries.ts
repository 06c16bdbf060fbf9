import {
  QueryClient,
  type QueryKey,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { ApiError, apiRequest, isApiError, setUnauthorizedListener } from './client';
import type {
  Account,
  CalendarFeedStatus,
  CatalogSkill,
  Checkin,
  Dashboard,
  EvidenceInput,
  EvidenceLink,
  Instance,
  NetworkingActivity,
  NetworkingInput,
  NewCalendarFeed,
  Note,
  Plan,
  PlanSnapshot,
  Profile,
  ProfileInput,
  ProjectProgress,
  ProjectProgressStatus,
  RunwayInput,
  Session,
  SkillProgress,
  SkillProgressStatus,
  TimeEntry,
  TimeEntryInput,
} from './types';

export const queryKeys = {
  instance: ['instance'],
  me: ['me'],
  profile: ['profile'],
  plan: ['plan'],
  planHistory: ['plan-history'],
  calendarFeed: ['calendar-feed'],
  catalogSkills: ['catalog', 'skills'],
  sessions: ['sessions'],
} as const;

let sessionEnded = false;

/** True once after a call answered 401 while signed in; the sign-in page explains why it shows. */
export function takeSessionEnded(): boolean {
  const ended = sessionEnded;
  sessionEnded = false;
  return ended;
}

/** Everything that belongs to one account; `me` and `instance` are set, never dropped. */
const isAccountData = (query: { queryKey: readonly unknown[] }) =>
  query.queryKey[0] !== 'me' && query.queryKey[0] !== 'instance';

/**
 * Fetches again what a change made stale: the queries on screen at once, while those off screen
 * are dropped, so the page that shows them next loads them instead of showing what was true
 * before the change (an old estimate after a profile edit) until its refetch answers.
 */
export function refetchOrDrop(client: QueryClient, keys: readonly QueryKey[]): Promise<unknown> {
  return Promise.all(
    keys.map((queryKey) => {
      client.removeQueries({ queryKey, type: 'inactive' });
      return client.invalidateQueries({ queryKey });
    }),
  );
}

/** Forgets everything that belonged to the signed-in user and shows the signed-out app. */
export function signedOut(client: QueryClient): void {
  // `me` is overwritten rather than removed: a removed query would leave its observers behind.
  client.setQueryData(queryKeys.me, null);
  client.removeQueries({ predicate: isAccountData });
  client.invalidateQueries({ queryKey: queryKeys.instance });
}

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will answer the same again; only network and server failures are retried.
        retry: (failures, error) =>
          failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
  setUnauthorizedListener(() => {
    if (client.getQueryData(queryKeys.me)) sessionEnded = true;
    signedOut(client);
  });
  return client;
}

export const useInstance = () =>
  useQuery({
    queryKey: queryKeys.instance,
    queryFn: () => apiRequest<Instance>('GET', '/api/instance'),
  });

/** The signed-in account, or null when there is no session. */
export const useMe = () =>
  useQuery({
    queryKey: queryKeys.me,
    queryFn: async () => {
      try {
        return await apiRequest<Account>('GET', '/api/me', { expectUnauthorized: true });
      } catch (error) {
        if (isApiError(error, 401)) return null;
        throw error;
      }
    },
  });

/** The saved intake answers, or null before the first intake. */
export const useProfile = () =>
  useQuery({
    queryKey: queryKeys.profile,
    queryFn: async () => {
      try {
        return await apiRequest<Profile>('GET', '/api/profile');
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
  });

/** The plan built from the saved profile, or null before the first intake (the API answers 404). */
export const usePlan = () =>
  useQuery({
    queryKey: queryKeys.plan,
    queryFn: async () => {
      try {
        return await apiRequest<Plan>('GET', '/api/plan');
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
  });

/** Every estimate made so far, oldest first: the intake, each profile edit and each re-plan. */
export const usePlanHistory = () =>
  useQuery({
    queryKey: queryKeys.planHistory,
    queryFn: () => apiRequest<PlanSnapshot[]>('GET', '/api/plan/history'),
  });

/**
 * Starts the plan again today at the given weekly hours (stored in the profile too). The new
 * estimate joins the history and moves the dashboard's forecast, so all four are fetched again.
 */
export function useReplan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (hoursPerWeek: number) =>
      apiRequest<Plan>('POST', '/api/plan/replan', { body: { hoursPerWeek } }),
    onSuccess: (plan) => {
      client.setQueryData(queryKeys.plan, plan);
      return refetchOrDrop(client, [
        queryKeys.plan,
        queryKeys.profile,
        queryKeys.planHistory,
        progressKeys.dashboard,
      ]);
    },
  });
}

/** Whether a private calendar subscription address is active. */
export const useCalendarFeed = () =>
  useQuery({
    queryKey: queryKeys.calendarFeed,
    queryFn: () => apiRequest<CalendarFeedStatus>('GET', '/api/calendar-feed'),
  });

/** Makes a new secret subscription address; any earlier one stops working. */
export function useCreateCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<NewCalendarFeed>('POST', '/api/calendar-feed'),
    onSuccess: (feed) =>
      client.setQueryData<CalendarFeedStatus>(queryKeys.calendarFeed, {
        active: true,
        createdAt: feed.createdAt,
      }),
  });
}

/** Turns the subscription off; a 404 (already off, e.g. in another tab) counts as done. */
export function useRevokeCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await apiRequest<void>('DELETE', '/api/calendar-feed');
      } catch (error) {
        if (!isApiError(error, 404)) throw error;
      }
    },
    onSuccess: () =>
      client.setQueryData<CalendarFeedStatus>(queryKeys.calendarFeed, {
        active: false,
        createdAt: null,
      }),
  });
}

/** The catalog's skill texts; they change only with a new release, so they are kept for an hour. */
export const useCatalogSkills = (enabled = true) =>
  useQuery({
    queryKey: queryKeys.catalogSkills,
    queryFn: () => apiRequest<CatalogSkill[]>('GET', '/api/catalog/skills'),
    staleTime: 60 * 60_000,
    enabled,
  });

export const useSessions = () =>
  useQuery({
    queryKey: queryKeys.sessions,
    queryFn: () => apiRequest<Session[]>('GET', '/api/sessions'),
  });

export interface Credentials {
  email: string;
  password: string;
}

function useSignIn(path: '/api/auth/signup' | '/api/auth/login') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Credentials) =>
      apiRequest<Account>('POST', path, { body, expectUnauthorized: true }),
    onSuccess: (account) => {
      client.removeQueries({ predicate: isAccountData });
      client.setQueryData(queryKeys.me, account);
      client.invalidateQueries({ queryKey: queryKeys.instance });
    },
  });
}

export const useSignup = () => useSignIn('/api/auth/signup');
export const useLogin = () => useSignIn('/api/auth/login');

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('POST', '/api/auth/logout'),
    onSettled: () => signedOut(client),
  });
}

export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileInput) => apiRequest<Profile>('PUT', '/api/profile', { body }),
    onSuccess: (profile) => {
      client.setQueryData(queryKeys.profile, profile);
      // The plan is built from the profile, so every answer can change it; each save also adds
      // the new estimate to the plan history and moves the forecast.
      void refetchOrDrop(client, [queryKeys.plan, queryKeys.planHistory, progressKeys.dashboard]);
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      apiRequest<void>('PUT', '/api/account/password', { body }),
    // The server signs out every other session when the password changes.
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
}

export function useRevokeSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>('DELETE', `/api/sessions/${encodeURIComponent(id)}`),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
}

export function useDeleteAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (password: string) =>
      apiRequest<void>('DELETE', '/api/account', { body: { password } }),
    onSuccess: () => signedOut(client),
  });
}

export function useImportBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ backup, replace }: { backup: unknown; replace: boolean }) =>
      apiRequest<unknown>('POST', replace ? '/api/import?replace=true' : '/api/import', {
        body: backup,
      }),
    onSuccess: () => {
      // What is off screen is dropped rather than marked stale: the next page opened would show
      // the data from before the restore until its refetch answered.
      client.removeQueries({ predicate: isAccountData, type: 'inactive' });
      return client.invalidateQueries({ predicate: isAccountData });
    },
  });
}

// ——— Progress: the dashboard, the time log and everything else a user records ———

export const progressKeys = {
  dashboard: ['dashboard'],
  timeEntries: ['time-entries'],
  skillStates: ['progress', 'skills'],
  projectStates: ['progress', 'projects'],
  networking: ['networking'],
  evidence: ['evidence'],
  runway: ['runway'],
  checkins: ['checkins'],
  notes: ['notes'],
} as const;

/** A GET that answers 404 until something exists (no profile, no runway yet) reads as null. */
async function orNull<T>(path: string): Promise<T | null> {
  try {
    return await apiRequest<T>('GET', path);
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

/** The dashboard, or null before the intake quiz (the API answers 404). */
export const useDashboard = () =>
  useQuery({
    queryKey: progressKeys.dashboard,
    queryFn: () => orNull<Dashboard>('/api/dashboard'),
  });

export const useTimeEntries = () =>
  useQuery({
    queryKey: progressKeys.timeEntries,
    queryFn: () => apiRequest<TimeEntry[]>('GET', '/api/time-entries'),
  });

/** The sessions of one date range (inclusive ISO days), e.g. the week a check-in is about. */
export const useTimeEntriesBetween = (from: string, to: string) =>
  useQuery({
    queryKey: [...progressKeys.timeEntries, { from, to }],
    queryFn: () =>
      apiRequest<TimeEntry[]>(
        'GET',
        `/api/time-entries?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      ),
  });

/** The weekly check-ins, newest first. */
export const useCheckins = () =>
  useQuery({
    queryKey: progressKeys.checkins,
    queryFn: () => apiRequest<Checkin[]>('GET', '/api/checkins'),
  });

/** Every Markdown note of the skills and projects; one list, read by each editor. */
export const useNotes = () =>
  useQuery({
    queryKey: progressKeys.notes,
    queryFn: () => apiRequest<Note[]>('GET', '/api/notes'),
  });

export const useSkillStates = () =>
  useQuery({
    queryKey: progressKeys.skillStates,
    queryFn: () => apiRequest<SkillProgress[]>('GET', '/api/progress/skills'),
  });

export const useProjectStates = () =>
  useQuery({
    queryKey: progressKeys.projectStates,
    queryFn: () => apiRequest<ProjectProgress[]>('GET', '/api/progress/projects'),
  });

export const useNetworking = () =>
  useQuery({
    queryKey: progressKeys.networking,
    queryFn: () => apiRequest<NetworkingActivity[]>('GET', '/api/networking'),
  });

export const useEvidence = () =>
  useQuery({
    queryKey: progressKeys.evidence,
    queryFn: () => apiRequest<EvidenceLink[]>('GET', '/api/evidence'),
  });

/** The saved runway inputs, or null before they are set (the API answers 404). */
export const useRunway = () =>
  useQuery({
    queryKey: progressKeys.runway,
    queryFn: () => orNull<RunwayInput>('/api/runway'),
  });

/**
 * A change to recorded progress. Afterwards the dashboard and the plan (both computed from the
 * records) and the lists the change touched are fetched again.
 */
function useProgressMutation<TVariables, TResult>(
  mutationFn: (variables: TVariables) => Promise<TResult>,
  lists: readonly (readonly string[])[],
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => refetchOrDrop(client, [progressKeys.dashboard, queryKeys.plan, ...lists]),
  });
}

export const useAddTimeEntry = () =>
  useProgressMutation(
    (body: TimeEntryInput) => apiRequest<TimeEntry>('POST', '/api/time-entries', { body }),
    [progressKeys.timeEntries],
  );

export const useDeleteTimeEntry = () =>
  useProgressMutation(
    (id: string) => apiRequest<void>('DELETE', `/api/time-entries/${encodeURIComponent(id)}`),
    [progressKeys.timeEntries],
  );

/** Imports a time-log CSV; a 400 carries one issue per bad row (`row 3.date`). */
export const useImportTimeEntries = () =>
  useProgressMutation(
    (csv: string) => apiRequest<{ imported: number }>('POST', '/api/time-entries/import', { csv }),
    [progressKeys.timeEntries],
  );

export const useSetSkillState = () =>
  useProgressMutation(
    (body: { skillId: string; status: SkillProgressStatus; reason?: string }) =>
      apiRequest<SkillProgress>('PUT', '/api/progress/skills', { body }),
    [progressKeys.skillStates],
  );

export const useSetProjectState = () =>
  useProgressMutation(
    (body: { projectId: string; status: ProjectProgressStatus }) =>
      apiRequest<ProjectProgress>('PUT', '/api/progress/projects', { body }),
    [progressKeys.projectStates],
  );

export const useAddNetworking = () =>
  useProgressMutation(
    (body: NetworkingInput) => apiRequest<NetworkingActivity>('POST', '/api/networking', { body }),
    [progressKeys.networking],
  );

export const useDeleteNetworking = () =>
  useProgressMutation(
    (id: string) => apiRequest<void>('DELETE', `/api/networking/${encodeURIComponent(id)}`),
    [progressKeys.networking],
  );

export const useAddEvidence = () =>
  useProgressMutation(
    (body: EvidenceInput) => apiRequest<EvidenceLink>('POST', '/api/evidence', { body }),
    [progressKeys.evidence],
  );

export const useDeleteEvidence = () =>
  useProgressMutation(
    (id: string) => apiRequest<void>('DELETE', `/api/evidence/${encodeURIComponent(id)}`),
    [progressKeys.evidence],
  );

/** Dismisses a coach alert for good, or snoozes it until `until`. */
export const useDismissAlert = () =>
  useProgressMutation(
    (body: { ruleId: string; until?: string }) =>
      apiRequest<void>('PUT', '/api/coach/dismissals', { body }),
    [],
  );

export const useSaveRunway = () =>
  useProgressMutation(
    (body: RunwayInput) => apiRequest<RunwayInput>('PUT', '/api/runway', { body }),
    [progressKeys.runway],
  );

/** Saves the check-in of one week; the dashboard then stops asking for it. */
export function useSaveCheckin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Checkin) => apiRequest<Checkin>('PUT', '/api/checkins', { body }),
    onSuccess: () =>
      Promise.all(
        [progressKeys.dashboard, progressKeys.checkins].map((queryKey) =>
          client.invalidateQueries({ queryKey }),
        ),
      ),
  });
}

/**
 * Saves a note (an empty body deletes it). The cached list is updated in place, so every open
 * editor sees the saved text at once, then fetched again.
 */
export function useSaveNote() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (note: Note) => apiRequest<void>('PUT', '/api/notes', { body: note }),
    onSuccess: (_, note) => {
      client.setQueryData<Note[]>(progressKeys.notes, (notes = []) => {
        const others = notes.filter(
          (item) => item.targetKind !== note.targetKind || item.targetId !== note.targetId,
        );
        return note.body ? [...others, note] : others;
      });
      return client.invalidateQueries({ queryKey: progressKeys.notes });
    },
  });
}
