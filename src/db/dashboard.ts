import { loadCatalog } from '../catalog/index.js';
import { buildDashboard } from '../core/dashboard.js';
import { listCheckins } from './checkins.js';
import type { Database } from './client.js';
import { getProfile } from './profiles.js';
import { loadProgress } from './progress.js';
import { getRunway, listDismissals } from './records.js';

/** The dashboard's figures for one user and day; the CLI's `status` reads the same. */
export async function dashboardFor(db: Database, userId: string, today: string) {
  const [profile, progress, dismissals, runway, checkins] = await Promise.all([
    getProfile(db, userId),
    loadProgress(db, userId),
    listDismissals(db, userId),
    getRunway(db, userId),
    listCheckins(db, userId),
  ]);
  if (!profile) return null;
  return buildDashboard({
    profile,
    catalog: loadCatalog(),
    progress,
    dismissals,
    runway,
    checkedInWeeks: checkins.map((checkin) => checkin.weekStart),
    today,
  });
}
