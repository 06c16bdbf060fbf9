/** A run of the posting's text, marked when it is part of a quoted piece of evidence. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Splits `text` into runs so that every occurrence of every quote is marked. Overlapping and
 * touching quotes merge into one mark. The result is plain strings, rendered as React text
 * nodes and <mark> elements: the posting is never parsed as HTML.
 */
export function highlightQuotes(text: string, quotes: readonly string[]): Segment[] {
  const ranges: [number, number][] = [];
  for (const quote of new Set(quotes)) {
    if (!quote.trim()) continue;
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + quote.length)) {
      ranges.push([at, at + quote.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);

  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }

  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}
