/** The longest single entry the API accepts: a full day. */
export const MAX_MINUTES = 24 * 60;

/**
 * Reads a duration as people type it: plain minutes (`45`), `90m`, `90 min`, `1.5h`, `1,5 h`,
 * `1h30m`, `1h 30`, `1:30`. Returns whole minutes, or null when the text is not a duration.
 */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim().toLowerCase().replace(',', '.').replace(/\s+/g, '');
  if (!trimmed) return null;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const clock = /^(\d+):([0-5]\d)$/.exec(trimmed);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const match =
    /^(?:(\d+(?:\.\d+)?|\.\d+)(?:h|hr|hrs|hour|hours))?(?:(\d+)(?:m|min|mins|minutes?)?)?$/.exec(
      trimmed,
    );
  if (!match || (!match[1] && !match[2])) return null;
  // "30" after an hour part is minutes ("1h30"); a bare number was handled above.
  return Math.round(Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0));
}

/** 90 → "1 h 30 min", 45 → "45 min", 120 → "2 h". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Hours with at most one decimal: 12 → "12", 2.25 → "2.3". */
export function hoursNumber(hours: number): string {
  const rounded = Math.round(hours * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
