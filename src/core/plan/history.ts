import { z } from 'zod';
import { isoDate } from '../profile.js';
import type { Plan } from './schema.js';

export const SNAPSHOT_REASONS = ['profile', 'replan'] as const;

/** The figures of one plan as it was made: enough to chart how the first-offer date moved. */
export const PlanSnapshotSchema = z.object({
  madeOn: isoDate,
  reason: z.enum(SNAPSHOT_REASONS),
  startDate: isoDate,
  hoursPerWeek: z.number().min(1).max(80),
  p50: isoDate,
  p80: isoDate,
  targetDate: isoDate.optional(),
  /** Skills the plan still schedules (done and skipped ones are left out). */
  remainingSkills: z.number().int().min(0),
  remainingHours: z.number().min(0),
});
export type PlanSnapshot = z.infer<typeof PlanSnapshotSchema>;

export function snapshotOf(
  plan: Plan,
  reason: PlanSnapshot['reason'],
  madeOn: string,
): PlanSnapshot {
  const remaining = plan.skills.filter(
    (skill) => skill.status === 'planned' || skill.status === 'learning',
  );
  return {
    madeOn,
    reason,
    startDate: plan.weeks[0]?.start ?? plan.profile.startDate ?? madeOn,
    hoursPerWeek: plan.profile.hoursPerWeek,
    p50: plan.estimate.firstOfferDate.p50,
    p80: plan.estimate.firstOfferDate.p80,
    ...(plan.profile.targetDate ? { targetDate: plan.profile.targetDate } : {}),
    remainingSkills: remaining.length,
    remainingHours: Math.round(plan.weeks.reduce((sum, week) => sum + week.hours, 0)),
  };
}
