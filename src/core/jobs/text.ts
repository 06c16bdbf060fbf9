/**
 * Text helpers shared by the posting analyzer: the whitespace normalization that flag evidence is
 * quoted from, and splitting a line into clauses.
 */

/**
 * The posting as the analyzer reads and quotes it: line breaks unified, zero-width characters and
 * soft hyphens dropped, every other run of whitespace one space, each line trimmed, at most one
 * empty line in a row. Flag evidence is always a substring of this text.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A span of the normalized text: `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** The lines of a text with their offsets (the newline itself belongs to no line). */
export function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    spans.push({ start, end });
    if (newline < 0) break;
    start = newline + 1;
  }
  return spans;
}

/** A list marker at the start of a line: •, -, *, –, —, 1., 2), a), (3), [ ] and friends. */
export const BULLET =
  /^(?:[-*•·–—▪◦●○■□➤►▶✓✔☐→>+]|\d{1,2}[.)]|[a-zA-Z][.)]|\(\d{1,2}\)|\[[ xX]\])\s+/;

/** Words after which a full stop does not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|incl|approx|ph\.d|m\.sc?|b\.sc?|b\.a|m\.a|dr|mr|mrs|ms|sr|jr|inc|co|ltd|no|st|u\.s|e\.u|a\.k\.a|min|max|yrs?|esp|dept|est|ca|cf|al)$/i;

const BOUNDARY = /[.!?]+["')\]’”]*\s+|;\s+|\s+[•·|]\s+|\s+[–—]\s+(?=[A-Z])/g;

/**
 * Splits `text[start, end)` into clauses at sentence ends, semicolons and inline separators (•, ·,
 * |), never after an abbreviation such as "e.g." or "Ph.D." and never before a lowercase word.
 * Returns trimmed, non-empty spans.
 */
export function clauseSpans(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
  const spans: Span[] = [];
  let from = 0;
  for (const boundary of slice.matchAll(BOUNDARY)) {
    const at = boundary.index;
    const mark = boundary[0];
    if (/^[.!?]/.test(mark)) {
      const next = slice.charAt(at + mark.length);
      const before = slice.slice(Math.max(0, at - 12), at);
      if (/[a-z]/.test(next) || ABBREVIATION.test(before)) continue;
    }
    const keep = /^[.!?]/.test(mark) ? mark.trimEnd().length : 0;
    spans.push({ start: start + from, end: start + at + keep });
    from = at + mark.length;
  }
  spans.push({ start: start + from, end: start + slice.length });
  return spans.map((span) => trimSpan(text, span)).filter((span): span is Span => span !== null);
}

/** A span without surrounding spaces and markdown emphasis; null when nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /[\s*_#]/.test(text.charAt(start))) start++;
  while (end > start && /[\s*_]/.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

/**
 * A quote of at most `max` characters from `text[span]` around `focus` (an offset inside it),
 * cut at word boundaries. Always a substring of `text`.
 */
export function quote(text: string, span: Span, focus = span.start, max = 220): string {
  if (span.end - span.start <= max) return text.slice(span.start, span.end);
  let start = Math.max(span.start, Math.min(focus - 60, span.end - max));
  let end = Math.min(span.end, start + max);
  if (start > span.start) {
    const space = text.indexOf(' ', start);
    if (space > 0 && space < focus) start = space + 1;
  }
  if (end < span.end) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return text.slice(start, end).replace(/[\s,;:]+$/, '');
}
