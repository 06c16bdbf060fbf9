import { addDays, daysBetween, toEpochDay } from './dates';

/** A span of calendar days drawn as one horizontal axis, from whole month to whole month. */
export interface Domain {
  /** The first day of the first month shown. */
  start: string;
  /** The first day of the month after the last one shown (exclusive). */
  end: string;
}

const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;

function nextMonth(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The whole months that cover every given day. */
export function monthDomain(days: readonly string[]): Domain {
  if (days.length === 0) throw new Error('a timeline needs at least one date');
  const sorted = [...days].sort();
  const first = sorted[0] as string;
  const last = sorted.at(-1) as string;
  return { start: monthStart(first), end: nextMonth(last) };
}

/** Number of months in the domain. */
export function monthCount(domain: Domain): number {
  const years = Number(domain.end.slice(0, 4)) - Number(domain.start.slice(0, 4));
  return years * 12 + Number(domain.end.slice(5, 7)) - Number(domain.start.slice(5, 7));
}

/** Where a day sits on the axis, in percent of its width (0 at the start, 100 at the end). */
export function position(domain: Domain, iso: string): number {
  const total = daysBetween(domain.start, domain.end);
  if (total <= 0) return 0;
  return (daysBetween(domain.start, iso) / total) * 100;
}

/** The width of an inclusive range of days (both ends are whole days), in percent. */
export const span = (domain: Domain, from: string, to: string): number =>
  position(domain, addDays(to, 1)) - position(domain, from);

export const contains = (domain: Domain, iso: string): boolean =>
  toEpochDay(iso) >= toEpochDay(domain.start) && toEpochDay(iso) < toEpochDay(domain.end);

export interface Tick {
  /** The first day of the month. */
  date: string;
  /** Percent from the left. */
  at: number;
  /** The month's label, or null where the labels would crowd each other. */
  label: string | null;
  /** The first month of a year (or of the axis): its label carries the year. */
  major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How many months apart the labels are: about a dozen labels, on a calendar-friendly step. */
export function labelStep(months: number): number {
  if (months <= 14) return 1;
  if (months <= 26) return 2;
  if (months <= 40) return 3;
  if (months <= 80) return 6;
  return 12;
}

/** One tick per month; labels on every `labelStep` months, counted from January. */
export function monthTicks(domain: Domain): Tick[] {
  const step = labelStep(monthCount(domain));
  const ticks: Tick[] = [];
  for (let date = domain.start; date < domain.end; date = nextMonth(date)) {
    const month = Number(date.slice(5, 7)) - 1;
    const first = ticks.length === 0;
    const major = month === 0 || first;
    const labelled = month % step === 0 || first;
    const name = MONTHS[month] ?? '';
    ticks.push({
      date,
      at: position(domain, date),
      label: labelled ? (major ? `${name} ${date.slice(0, 4)}` : name) : null,
      major,
    });
  }
  // The axis's first label may sit too close to the next one; drop it rather than overlap.
  const [first, second] = ticks;
  const nextLabelled = ticks.slice(1).find((tick) => tick.label);
  if (first && second && nextLabelled && first.label && monthGap(first, nextLabelled) < step) {
    first.label = null;
    if (!nextLabelled.major) nextLabelled.label += ` ${nextLabelled.date.slice(0, 4)}`;
  }
  return ticks;
}

const monthGap = (a: Tick, b: Tick) =>
  (Number(b.date.slice(0, 4)) - Number(a.date.slice(0, 4))) * 12 +
  Number(b.date.slice(5, 7)) -
  Number(a.date.slice(5, 7));

/**
 * A lane (0–2) per marker, so numbers of milestones close in time are not drawn on each other:
 * a marker closer than `gap` (percent) to the last one in a lane moves to the next lane.
 */
export function milestoneLanes(positions: readonly number[], gap: number): number[] {
  // Positions are in date order, as the plan lists its milestones.
  const lastInLane: number[] = [];
  return positions.map((at) => {
    let lane = lastInLane.findIndex((last) => at - last >= gap);
    if (lane < 0) lane = lastInLane.length < 3 ? lastInLane.length : 0;
    lastInLane[lane] = at;
    return lane;
  });
}
