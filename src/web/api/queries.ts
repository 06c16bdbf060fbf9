import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest, isApiError, setUnauthorizedListener } from './client';
import type {
  Account,
  CatalogSkill,
  Instance,
  Plan,
  Profile,
  ProfileInput,
  Session,
} from './types';

export const queryKeys = {
  instance: ['instance'],
  me: ['me'],
  profile: ['profile'],
  plan: ['plan'],
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
      // The plan is built from the profile, so every answer can change it.
      client.invalidateQueries({ queryKey: queryKeys.plan });
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
    onSuccess: () => client.invalidateQueries({ predicate: isAccountData }),
  });
}
