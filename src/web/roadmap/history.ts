import type { PlanSnapshot } from '../api/types';
import { daysBetween } from './dates';

/** Why a plan was made, in words: the intake or a profile edit, or a re-plan. */
const REASONS: Record<PlanSnapshot['reason'], string> = {
  profile: 'Profile saved',
  replan: 'Re-planned',
};
export const reasonLabel = (reason: PlanSnapshot['reason']): string => REASONS[reason] ?? reason;

/** "moved 3 weeks later", "moved 10 days earlier", "did not move": how a date moved. */
export function movement(from: string, to: string): string {
  const days = daysBetween(from, to);
  if (days === 0) return 'did not move';
  const size = Math.abs(days);
  const amount =
    size >= 14 ? `${Math.round(size / 7)} weeks` : `${size} ${size === 1 ? 'day' : 'days'}`;
  return `moved ${amount} ${days > 0 ? 'later' : 'earlier'}`;
}
