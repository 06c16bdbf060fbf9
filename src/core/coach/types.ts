import type { Catalog } from '../../catalog/schema.js';
import type { Forecast } from '../forecast/forecast.js';
import type { Plan } from '../plan/schema.js';
import type { Profile } from '../profile.js';
import type { Progress } from '../progress/types.js';

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A rule the user dismissed for good (no `until`) or snoozed until a date (YYYY-MM-DD). */
export interface Dismissal {
  ruleId: string;
  until?: string;
}

/** Everything the coach reads; `today` is YYYY-MM-DD and always given by the caller. */
export interface CoachContext {
  profile: Profile;
  plan: Plan;
  progress: Progress;
  today: string;
  catalog: Catalog;
  dismissals?: Dismissal[];
  /**
   * The velocity forecast for the same inputs, when the caller already has it; rules that need it
   * compute it themselves otherwise.
   */
  forecast?: Forecast;
}

/** One pitfall the coach sees in the data. `id` is the rule's id. */
export interface Alert {
  id: string;
  severity: Severity;
  /** What is going wrong, in a sentence or two. */
  message: string;
  /** The user's own numbers and dates that triggered the alert. */
  evidence: string;
  /** One concrete next step. */
  action: string;
}

export interface Rule {
  /** Stable kebab-case id, also the alert's id and the key of a dismissal. */
  id: string;
  title: string;
  check(context: CoachContext): Alert | null;
}
