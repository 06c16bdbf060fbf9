/**
 * What a user records about their progress, as plain data for the pure core (coach rules,
 * forecast, runway). The database stores the same shapes; dates are YYYY-MM-DD.
 */
export const SKILL_STATES = ['todo', 'learning', 'done', 'skipped'] as const;
export const PROJECT_STATES = ['todo', 'in-progress', 'shipped', 'skipped'] as const;
export const TIME_TARGETS = ['skill', 'project'] as const;
export const MODES = ['build', 'theory'] as const;
export const EVIDENCE_TYPES = [
  'repository',
  'commit',
  'deployed-url',
  'certificate',
  'blog-post',
  'kaggle',
] as const;
export const NETWORKING_KINDS = ['coffee-chat', 'meetup', 'post', 'message'] as const;

export interface TimeEntry {
  date: string;
  minutes: number;
  targetKind: (typeof TIME_TARGETS)[number];
  /** A catalog skill or project id. */
  targetId: string;
  mode: (typeof MODES)[number];
  note?: string;
}

export interface SkillState {
  skillId: string;
  status: (typeof SKILL_STATES)[number];
  /** Why a skill was skipped. */
  reason?: string;
  /** When the status last changed. */
  changedOn: string;
}

export interface ProjectState {
  projectId: string;
  status: (typeof PROJECT_STATES)[number];
  startedOn?: string;
  shippedOn?: string;
}

export interface EvidenceLink {
  targetKind: (typeof TIME_TARGETS)[number];
  targetId: string;
  type: (typeof EVIDENCE_TYPES)[number];
  url: string;
  date: string;
}

export interface NetworkingActivity {
  date: string;
  kind: (typeof NETWORKING_KINDS)[number];
  note?: string;
}

/** Money in integer minor units (cents) of one currency. */
export interface RunwayInput {
  currency: string;
  savings: number;
  monthlyExpenses: number;
  /** Income kept during the transition: a job, part-time work, freelancing. */
  monthlyIncome: number;
  /** One-off spending on courses, books and cloud credits. */
  learningBudget: number;
  /** Months of expenses to keep untouched (6–12 is the usual advice). */
  emergencyFundMonths: number;
}

/** Everything recorded, in one value the coach and the forecast read. */
export interface Progress {
  timeEntries: TimeEntry[];
  skillStates: SkillState[];
  projectStates: ProjectState[];
  evidence: EvidenceLink[];
  networking: NetworkingActivity[];
  /** Skills added to the plan from a job posting's gap, beyond the specialization. */
  addedSkills?: string[];
}
