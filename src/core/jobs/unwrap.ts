import { lineSpans } from './text.js';

/**
 * Joining the lines of paragraphs that were wrapped at a fixed width.
 *
 * Why: text copied from some job boards, e-mails and PDFs keeps the line breaks of its display
 * width, so one sentence runs over several lines and one line holds the end of one item and the
 * start of the next. `sections.ts` reads a posting line by line, so it would cut requirements in
 * half and miss terms split over two lines ("precision and" / "recall"). Here a wrapped paragraph
 * becomes one line again; `reflow` then finds its items and inline headings as in a flattened
 * posting.
 *
 * Only a line break is ever turned into a space, so the text keeps its length and every offset.
 * A posting counts as wrapped only with clear signs: several long lines that end mid-sentence and
 * go on in lowercase on the next line. Postings whose lines are items and headings, however long,
 * are never touched. The first line (the title) is never joined to what follows.
 */

/** Lines that run on in lowercase this many times make a posting read as wrapped. */
const MIN_RUN_ONS = 3;
/** ...when they are at least this share of its lines that are near the wrap width. */
const MIN_RUN_ON_SHARE = 0.25;
/** Lines at least this share of the wrap width were cut by it, not ended by the writer. */
const NEAR_WIDTH = 0.7;
/** Wrap widths seen in practice; a text whose long lines are longer was not wrapped for width. */
const WIDTH_RANGE = { min: 40, max: 130 };

const SENTENCE_END = /[.!?]["')\]’”]*$/;
const ENDS_COLON = /[:：]$/;
/** What a line starts with when it is a new item or a heading, never the rest of a sentence. */
const NEW_BLOCK = /^(?:[-*•·▪◦●○■□►▶➤✓✔→–—]\s|#{1,6}\s|\d{1,2}[.)]\s|[A-Za-z][.)]\s)/;
const RUNS_ON = /^[a-z(]/;

/** The width the text was wrapped at: the length most of its long lines stay under. */
function wrapWidth(lengths: readonly number[]): number {
  const long = lengths.filter((length) => length >= WIDTH_RANGE.min).sort((a, b) => a - b);
  if (long.length === 0) return 0;
  return long[Math.floor((long.length - 1) * 0.9)] ?? 0;
}

export function unwrapHardWraps(text: string): string {
  const lines = lineSpans(text).map((span) => ({
    ...span,
    text: text.slice(span.start, span.end),
  }));
  const width = wrapWidth(lines.map((line) => line.text.length));
  if (width < WIDTH_RANGE.min || width > WIDTH_RANGE.max) return text;

  const nearWidth = (line: { text: string }) => line.text.length >= width * NEAR_WIDTH;
  const firstLine = lines.findIndex((line) => line.text !== '');
  const joins: number[] = [];
  let runOns = 0;
  let candidates = 0;
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (index === firstLine || !next || next.text === '' || !nearWidth(line)) return;
    candidates++;
    if (ENDS_COLON.test(line.text) || NEW_BLOCK.test(next.text)) return;
    if (!SENTENCE_END.test(line.text) && RUNS_ON.test(next.text)) runOns++;
    joins.push(line.end);
  });
  if (runOns < MIN_RUN_ONS || runOns < candidates * MIN_RUN_ON_SHARE) return text;

  let joined = '';
  let from = 0;
  for (const at of joins) {
    joined += `${text.slice(from, at)} `;
    from = at + 1;
  }
  return joined + text.slice(from);
}
