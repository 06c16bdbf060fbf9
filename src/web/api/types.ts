// Types only: importing the server's modules for their values would pull zod into the bundle.
import type { RESOURCE_TYPES, SKILL_CATEGORIES } from '../../catalog/schema';
import type { Dashboard } from '../../core/dashboard';
import type { PlanSnapshot } from '../../core/plan/history';
import type { Plan } from '../../core/plan/schema';
import type { Profile as NormalizedProfile, SkillArea, SkillLevel } from '../../core/profile';
import type {
  EVIDENCE_TYPES,
  EvidenceLink as EvidenceInput,
  NETWORKING_KINDS,
  NetworkingActivity as NetworkingInput,
  PROJECT_STATES,
  RunwayInput,
  SKILL_STATES,
  TimeEntry as TimeEntryInput,
} from '../../core/progress/types';

export type { SkillArea, SkillLevel };

export interface Instance {
  hasUsers: boolean;
  signupOpen: boolean;
}

export interface Account {
  id: string;
  email: string;
}

/** What `GET /api/profile` and `PUT /api/profile` answer: every skill and the track present. */
export type Profile = NormalizedProfile;
export type Background = Profile['background'];
export type Track = Profile['track'];
export type Specialization = NonNullable<Profile['specialization']>;
export type Education = NonNullable<Profile['education']>;

/** The body of `PUT /api/profile`: optional fields are left out, never null or "". */
export interface ProfileInput {
  background: Background;
  domain?: string;
  skills?: Partial<Record<SkillArea, SkillLevel>>;
  hoursPerWeek: number;
  startDate?: string;
  targetDate?: string;
  track?: Track;
  specialization?: Specialization;
  education?: Education;
}

export interface Session {
  id: string;
  userAgent: string | null;
  createdAt: string;
  expiresAt: string;
  current: boolean;
}

/** What `GET /api/plan` answers: the dated plan built from the stored profile. */
export type { Plan };
export type PlanWeek = Plan['weeks'][number];
export type PlanItem = PlanWeek['items'][number];
export type PlanSkill = Plan['skills'][number];
export type PlanPhase = Plan['phases'][number];
export type PlanProject = Plan['projects'][number];
export type PlanMilestone = Plan['milestones'][number];
export type PlanWarning = Plan['warnings'][number];
export type SkillStatus = PlanSkill['status'];

export interface Resource {
  title: string;
  url: string;
  type: (typeof RESOURCE_TYPES)[number];
  free: boolean;
}

/** One skill of `GET /api/catalog/skills`: the texts the roadmap's detail panel shows. */
export interface CatalogSkill {
  id: string;
  title: string;
  category: (typeof SKILL_CATEGORIES)[number];
  summary: string;
  why: string;
  /** How you know you have the skill: a concrete deliverable or check. */
  proof: string;
  prerequisites: string[];
  resources: Resource[];
}

/** What `GET /api/dashboard` answers: this week, burn-up, heatmap, forecast, alerts, runway. */
export type { Dashboard };
export type CoachAlert = Dashboard['alerts'][number];
export type DashboardRunway = NonNullable<Dashboard['runway']>;
export type Forecast = Dashboard['forecast'];

export type TimeTargetKind = TimeEntryInput['targetKind'];
export type Mode = TimeEntryInput['mode'];
export type { EvidenceInput, NetworkingInput, RunwayInput, TimeEntryInput };

/** One row of `GET /api/time-entries`. */
export type TimeEntry = TimeEntryInput & { id: string };
export type NetworkingActivity = NetworkingInput & { id: string };
export type EvidenceLink = EvidenceInput & { id: string };

export type SkillProgressStatus = (typeof SKILL_STATES)[number];
export type ProjectProgressStatus = (typeof PROJECT_STATES)[number];
export type NetworkingKind = (typeof NETWORKING_KINDS)[number];
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** One row of `GET /api/progress/skills`. */
export interface SkillProgress {
  skillId: string;
  status: SkillProgressStatus;
  reason?: string;
  changedOn: string;
}

/** One row of `GET /api/progress/projects`. */
export interface ProjectProgress {
  projectId: string;
  status: ProjectProgressStatus;
  startedOn?: string;
  shippedOn?: string;
}

/** One plan as it was made (`GET /api/plan/history`): enough to chart how the dates moved. */
export type { PlanSnapshot };
export type PlanSnapshotReason = PlanSnapshot['reason'];

/** `GET /api/calendar-feed`: whether a private subscription address exists, and since when. */
export interface CalendarFeedStatus {
  active: boolean;
  /** An ISO timestamp, or null without an address. */
  createdAt: string | null;
}

/** `POST /api/calendar-feed`: the new secret address, shown this once (only its hash is kept). */
export interface NewCalendarFeed {
  url: string;
  createdAt: string;
}

/** One weekly check-in (`GET /api/checkins`, newest first; the body of `PUT /api/checkins`). */
export interface Checkin {
  /** The Monday of the week it is about. */
  weekStart: string;
  wentWell: string;
  blockers: string;
  nextFocus: string;
}

/** One Markdown note of `GET /api/notes`; `PUT /api/notes` with an empty body deletes it. */
export interface Note {
  targetKind: TimeTargetKind;
  targetId: string;
  body: string;
}
