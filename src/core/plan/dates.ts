/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC. Plans count whole days from a start date
 * and never meet time zones or clock times, so epoch-day integers are exact and sufficient.
 */
const DAY_MS = 86_400_000;

/** Days in an average month, as the contract defines months. */
export const DAYS_PER_MONTH = 30.44;

export const toEpochDay = (iso: string): number =>
  Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const fromEpochDay = (day: number): string =>
  new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => fromEpochDay(toEpochDay(iso) + days);
export const daysBetween = (from: string, to: string): number => toEpochDay(to) - toEpochDay(from);
export const monthsToDays = (months: number): number => Math.round(months * DAYS_PER_MONTH);

/** The Monday of the week a date falls in (weeks run Monday to Sunday). */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}
