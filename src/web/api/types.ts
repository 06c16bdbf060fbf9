// Types only: importing the server's modules for their values would pull zod into the bundle.
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
