// Types only: importing the server's modules for their values would pull zod into the bundle.
import type { RESOURCE_TYPES, SKILL_CATEGORIES } from '../../catalog/schema';
import type { Plan } from '../../core/plan/schema';
import type { Profile as NormalizedProfile, SkillArea, SkillLevel } from '../../core/profile';

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
