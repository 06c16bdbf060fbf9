import type { RoutesPlugin } from '../context.js';
import { accountRoutes } from './account/account.js';
import { authRoutes } from './auth/auth.js';
import { backupRoutes } from './backup/backup.js';
import { calendarFeedRoutes } from './calendar/calendar.js';
import { calendarFeedPublicRoutes } from './calendar/feed.js';
import { catalogRoutes } from './catalog/catalog.js';
import { dashboardRoutes } from './dashboard/dashboard.js';
import { healthRoutes } from './health/health.js';
import { interviewRoutes } from './interviews/interviews.js';
import { jobAnalysisRoutes } from './jobs/analyses.js';
import { meRoutes } from './me/me.js';
import { offerRoutes } from './offers/offers.js';
import { pipelineRoutes } from './pipeline/pipeline.js';
import { planRoutes } from './plan/plan.js';
import { portfolioRoutes } from './portfolio/portfolio.js';
import { profileRoutes } from './profile/profile.js';
import { checkinRoutes } from './progress/checkins.js';
import { progressRoutes } from './progress/progress.js';
import { recordRoutes } from './progress/records.js';
import { resumeCoachRoutes } from './resume/coach.js';
import { resumeRoutes } from './resume/resume.js';
import { sessionRoutes } from './sessions/sessions.js';

/** Routes that answer without a session. Adding one here is a deliberate, reviewed choice. */
export const publicRoutes: RoutesPlugin[] = [healthRoutes, authRoutes, calendarFeedPublicRoutes];

/** Every other area: registered behind the session check, so a new route cannot skip it. */
export const userRoutes: RoutesPlugin[] = [
  meRoutes,
  profileRoutes,
  planRoutes,
  catalogRoutes,
  progressRoutes,
  recordRoutes,
  checkinRoutes,
  calendarFeedRoutes,
  jobAnalysisRoutes,
  resumeCoachRoutes,
  resumeRoutes,
  pipelineRoutes,
  portfolioRoutes,
  interviewRoutes,
  offerRoutes,
  dashboardRoutes,
  sessionRoutes,
  accountRoutes,
  backupRoutes,
];
