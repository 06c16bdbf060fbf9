/** Messages between the benchmark driver (`run.ts`) and the process hosting the servers. */

import type { Profile } from '../src/core/profile.js';

export type BenchDatabase = 'embedded' | 'postgres';

export interface AppTarget {
  database: BenchDatabase;
  port: number;
  /** The `Cookie` header value of the signed-in benchmark user. */
  cookie: string;
  account: { id: string; email: string };
  profile: Profile;
  /** Rows of the user's synthetic history (test/synthetic-history.ts). */
  history: { timeEntries: number; skillStates: number; projectStates: number; networking: number };
  /** Median of 7 uncached dashboard builds, in the server process (load + compute). */
  dashboardColdMedianMs: number;
}

/** What one server process hosts: the bare baseline, or the real app on one database. */
export type ServerRole = 'baseline' | BenchDatabase;

export type ServerMessage =
  | { type: 'ready'; pid: number; port: number; app: AppTarget | null }
  | { type: 'error'; message: string };

export type DriverMessage = { type: 'stop' };

/** The profile saved for the benchmark user, already in normalized form. */
export const BENCH_PROFILE: Profile = {
  background: 'software-engineer',
  skills: { python: 3, sql: 2, math: 1, git: 3, ml: 0, deployment: 2 },
  hoursPerWeek: 15,
  track: 'applied',
};

export const BASELINE_PATH = '/';
export const BASELINE_BODY = { ok: true };
