import type { RoutesPlugin } from '../context.js';
import { accountRoutes } from './account/account.js';
import { authRoutes } from './auth/auth.js';
import { backupRoutes } from './backup/backup.js';
import { catalogRoutes } from './catalog/catalog.js';
import { dashboardRoutes } from './dashboard/dashboard.js';
import { healthRoutes } from './health/health.js';
import { meRoutes } from './me/me.js';
import { planRoutes } from './plan/plan.js';
import { profileRoutes } from './profile/profile.js';
import { progressRoutes } from './progress/progress.js';
import { recordRoutes } from './progress/records.js';
import { sessionRoutes } from './sessions/sessions.js';

/** Routes that answer without a session. Adding one here is a deliberate, reviewed choice. */
export const publicRoutes: RoutesPlugin[] = [healthRoutes, authRoutes];

/** Every other area: registered behind the session check, so a new route cannot skip it. */
export const userRoutes: RoutesPlugin[] = [
  meRoutes,
  profileRoutes,
  planRoutes,
  catalogRoutes,
  progressRoutes,
  recordRoutes,
  dashboardRoutes,
  sessionRoutes,
  accountRoutes,
  backupRoutes,
];
