/**
 * Wording helpers for user-facing texts: dates as "Oct 26" or "Oct 26, 2027", hours, shares and
 * short lists. Dates are read from their YYYY-MM-DD text, so no time zone can shift them.
 */
const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

function parts(iso: string): { year: string; month: string; day: number } {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { year, month: MONTH_NAMES[Number(month) - 1] ?? month, day: Number(day) };
}

/** "Oct 26". */
export function shortDate(iso: string): string {
  const { month, day } = parts(iso);
  return `${month} ${day}`;
}

/** "Oct 26, 2027". */
export function longDate(iso: string): string {
  return `${shortDate(iso)}, ${parts(iso).year}`;
}

/** "Oct 26 – Nov 22", with years only when the two dates are in different years. */
export function dateRange(from: string, to: string): string {
  return from.slice(0, 4) === to.slice(0, 4)
    ? `${shortDate(from)} – ${shortDate(to)}`
    : `${longDate(from)} – ${longDate(to)}`;
}

/** A number with at most one decimal: 31, 6.5. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** "1 hour", "31 hours", "6.5 hours". */
export function hoursText(hours: number): string {
  const rounded = round1(hours);
  return `${rounded} ${rounded === 1 ? 'hour' : 'hours'}`;
}

/** "1 week", "9 weeks", counted in whole weeks (rounded down). */
export function weeksText(days: number): string {
  const weeks = Math.floor(days / 7);
  return `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
}

/** "46%". */
export function percentText(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * A title inside a sentence, in curly quotes: “First model: …”; a title that already opens with
 * a quotation (“Also bought” recommendations…) is shown as it is rather than quoted twice.
 */
export const quoted = (title: string): string => (/^[“"'‘]/.test(title) ? title : `“${title}”`);

/** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
export function listText(items: readonly string[], max = 3): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > max) {
    return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  }
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
