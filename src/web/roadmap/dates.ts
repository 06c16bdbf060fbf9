/**
 * Calendar days for the roadmap. The plan speaks in ISO days (YYYY-MM-DD) and week numbers; all
 * arithmetic runs on UTC epoch days so no time zone or daylight-saving change can shift a date.
 */
const DAY_MS = 86_400_000;

export const toEpochDay = (iso: string): number =>
  Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const fromEpochDay = (day: number): string =>
  new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => fromEpochDay(toEpochDay(iso) + days);
export const daysBetween = (from: string, to: string): number => toEpochDay(to) - toEpochDay(from);

/** Today in the reader's own time zone, as an ISO day. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const longFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const mediumFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const dayMonthFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const monthYearFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2027-10-11" → "11 October 2027". */
export const formatLong = (iso: string): string => longFormat.format(utc(iso));
/** "2027-10-11" → "11 Oct 2027". */
export const formatShort = (iso: string): string => mediumFormat.format(utc(iso));
/** "2027-10-11" → "October 2027". */
export const formatMonth = (iso: string): string => monthYearFormat.format(utc(iso));

/** "19 Jan – 8 Feb 2026", or with both years when the range crosses a new year. */
export function formatRange(from: string, to: string): string {
  if (from === to) return formatShort(from);
  if (from.slice(0, 4) === to.slice(0, 4)) {
    return `${dayMonthFormat.format(utc(from))} – ${formatShort(to)}`;
  }
  return `${formatShort(from)} – ${formatShort(to)}`;
}

/** Rewrites the ISO dates inside a server sentence as plain dates ("… 11 October 2027 …"). */
export const humanizeDates = (text: string): string =>
  text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) =>
    Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) ? iso : formatLong(iso),
  );

/** The weeks of a plan as it numbers them: 1 is the week of its first start date. */
export interface WeekLike {
  index: number;
  start: string;
}

/** The Monday (or whichever day the plan starts on) of week `index`, counting from week 1. */
export function weekStart(weeks: readonly WeekLike[], index: number): string {
  const known = weeks.find((week) => week.index === index);
  if (known) return known.start;
  const first = weeks[0];
  if (!first) throw new Error('a plan without weeks has no dates');
  return addDays(first.start, (index - first.index) * 7);
}

/** The last day of week `index` (its start plus six days). */
export const weekEnd = (weeks: readonly WeekLike[], index: number): string =>
  addDays(weekStart(weeks, index), 6);

/** "Weeks 3–5 · 19 Jan – 8 Feb 2026": the dates a range of plan weeks covers. */
export const weeksRange = (weeks: readonly WeekLike[], first: number, last: number): string =>
  formatRange(weekStart(weeks, first), weekEnd(weeks, last));

/**
 * The position in `weeks` of the week that contains `today`: the first week before the plan
 * starts, the last one after it ends, and -1 only for a plan without weeks.
 */
export function currentWeekPosition(weeks: readonly WeekLike[], today: string): number {
  if (weeks.length === 0) return -1;
  const day = toEpochDay(today);
  for (let position = weeks.length - 1; position >= 0; position--) {
    const week = weeks[position];
    if (week && toEpochDay(week.start) <= day) return position;
  }
  return 0;
}

/** Where today falls relative to the plan, for the words around "this week". */
export function planMoment(
  weeks: readonly WeekLike[],
  today: string,
): 'before' | 'during' | 'after' | 'empty' {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return 'empty';
  if (today < first.start) return 'before';
  if (today > addDays(last.start, 6)) return 'after';
  return 'during';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** An epoch day as a date axis reads it: "Oct ’27". */
export const axisMonth = (day: number) => {
  const iso = fromEpochDay(day);
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ’${iso.slice(2, 4)}`;
};

/**
 * Ticks on the first of a month, about five of them, spanning `low`–`high` (epoch days), so the
 * date axis reads in whole months.
 */
export function monthTicks(low: number, high: number): number[] {
  const start = fromEpochDay(low);
  const end = fromEpochDay(high);
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7)) - 1;
  const months = (Number(end.slice(0, 4)) - year) * 12 + Number(end.slice(5, 7)) - 1 - month + 1;
  const step = Math.max(1, Math.ceil(months / 5));
  const ticks: number[] = [];
  for (;;) {
    const day = toEpochDay(`${year}-${String(month + 1).padStart(2, '0')}-01`);
    ticks.push(day);
    if (day > high) break;
    month += step;
    year += Math.floor(month / 12);
    month %= 12;
  }
  return ticks;
}
