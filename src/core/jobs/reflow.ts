import { classifyHeading, ROLE_NOUN, type Section, TITLE_FIELD_LABEL } from './sections.js';
import type { TermMatch } from './terms.js';

/**
 * Putting back the line breaks of a posting that lost them.
 *
 * Why: postings pasted from some job boards, copied out of PDFs or form fields, or handed over by
 * an API that flattens text arrive as one long line. `sections.ts` reads a posting line by line —
 * a heading is a line, a list item is a line, the title is the first line — so on a flattened
 * posting it sees no headings, no items and no title, and skills land in the wrong sections.
 * This module finds the structure the breaks used to show and breaks the line there: before list
 * markers, around headings written inline, after the title at the front.
 *
 * It only ever turns a space into a line break, so the text keeps its length and every offset:
 * terms found before reflowing stay where they are, and flag evidence is still quoted from the
 * text as the person gave it. It reuses the heading vocabulary of `classifyHeading` and asks for
 * a second sign before breaking (a colon, a list marker after the words, capitals, the end of a
 * sentence before them), so a sentence that merely contains "team" or "experience" is left
 * alone. Postings that kept their line breaks are never touched (see `looksFlattened`).
 */

/** A text averaging at least this many characters per non-empty line has lost its breaks. */
export const FLAT_CHARS_PER_LINE = 300;
/** In such a text, lines at least this long are reflowed; shorter ones already are structure. */
const MIN_REFLOW_LINE = 160;

/**
 * Whether a normalized posting reads as flattened: long for its number of lines. Postings that
 * kept their breaks average well under 250 characters a line, even prose ones.
 */
export function looksFlattened(text: string): boolean {
  if (text.length < FLAT_CHARS_PER_LINE) return false;
  let lines = 0;
  let from = 0;
  while (from <= text.length) {
    const newline = text.indexOf('\n', from);
    const end = newline < 0 ? text.length : newline;
    if (end > from) lines++;
    if (newline < 0) break;
    from = newline + 1;
  }
  return text.length / Math.max(1, lines) >= FLAT_CHARS_PER_LINE;
}

/** A run of non-space characters of one line, with what the rules ask of it computed once. */
interface Token {
  text: string;
  start: number;
  end: number;
  /** The text without a trailing colon. */
  plain: string;
  colon: boolean;
  /** A plain word (letters, apostrophes, hyphens, slashes, "&"), colon aside. */
  word: boolean;
  capital: boolean;
  /** In capitals, like "REQUIREMENTS" (colon aside). */
  caps: boolean;
  /** A list marker that starts an item. */
  marker: boolean;
}

const WORD = /^(?:[A-Za-z][A-Za-z'’&/-]*|&)$/;
const CAPITALIZED = /^[A-Z]/;
const CAPS_WORD = /^(?:[A-Z][A-Z'’&/-]+|&)$/;
/** Short acronyms, allowed inside a sentence-case heading ("About the ML team"). */
const ACRONYM = /^[A-Z]{2,4}s?$/;
const SENTENCE_END = /[.!?]["')\]’”]*$/;
const ENDS_COLON = /[:：]$/;
const HASHES = /^#{1,6}$/;
const DIGIT_START = /^\d/;
/** Single-character list markers that are never anything else. */
const DOT_MARKERS = new Set(['•', '·', '▪', '◦', '●', '○', '■', '□', '►', '▶', '➤', '✓', '✔', '→']);
/**
 * Dashes and stars: list markers only when a posting uses them so (before a capital or a digit)
 * three times or more.
 */
const DASH = /^[-*–—]$/;
const DASH_MARKER = / ([-*–—]) (?=[A-Z0-9("'“])/g;
const ITEM_START = /^[A-Z0-9("'“]/;
/** "75,000 - 92,000", "$120k - $140k": a range, not a list. */
const AMOUNT_END = /[\d$€£]$/;
const NUMBER_MARK = /^\d{1,2}[.)]$/;
const NUMBERED = /(?<!\S)(\d{1,2})[.)] (?=[A-Z0-9("'“])/g;
/** Separators between a title and the company or place ("Engineer | Acme", "Engineer — Remote"). */
const SEPARATOR = /^(?:[|·•–—-]|\*\*)$/;
/** Words a heading does not end with ("Experience with", "Knowledge of"). */
const FUNCTION_WORDS = new Set(
  'a an the and or of to with in on for at by from as our your their its into via per than then plus'.split(
    ' ',
  ),
);
/** Words that may open a heading the vocabulary knows by its later words ("What we offer"). */
const LEAD_WORDS = new Set(
  'what who why how where when must the our your about key core basic minimum'.split(' '),
);
/** Capitalized, these open a sentence or a heading, never a name: "About", "What", "Who". */
const OPENERS = /^(?:About|What|Who|Why|How)$/;
const ROLE_WORD = new RegExp(`^${ROLE_NOUN.source}$`, 'i');
/** Role nouns that usually lead a longer title: "Lead ML Engineer", "Head of Data Science". */
const LEADING_ROLE = /^(?:lead|head|associate|director|manager)$/i;
const LEVEL_NUMERAL = /^(?:I{1,3}|IV|V|[1-5])[,;]?$/;
/** Words before a title that show the line is a sentence ("Acme is hiring a …"). */
const SENTENCE_WORDS = /\b(?:is|are|we|hiring|seeking|looking|join)\b/i;

const core = (word: string) => word.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '');

/** Facts about the whole text the line rules need. */
interface TextFacts {
  termStarts: ReadonlySet<number>;
  termEnds: ReadonlySet<number>;
  /** How often each dash or star stands before a capitalized word, ranges aside. */
  dashCounts: ReadonlyMap<string, number>;
  /** Offsets of "1." / "2)" markers whose neighbour in the count is there too. */
  listNumbers: ReadonlySet<number>;
}

/**
 * Breaks the flattened lines of a normalized posting at the structure they lost. `terms` are
 * the catalog terms found in `text` (sorted); no break falls inside one. Returns `text` itself
 * when it does not look flattened, otherwise a text of the same length in which some spaces
 * became line breaks.
 */
export function reflow(
  text: string,
  terms: readonly TermMatch[],
  options: { unwrapped?: boolean } = {},
): string {
  // Paragraphs joined by `unwrapHardWraps` are long lines to reflow even when the rest of the
  // posting kept its breaks.
  if (!options.unwrapped && !looksFlattened(text)) return text;
  const termStarts = new Set<number>();
  const termEnds = new Set<number>();
  for (const term of terms) {
    termStarts.add(term.start);
    termEnds.add(term.end);
  }
  const dashCounts = new Map<string, number>();
  for (const found of text.matchAll(DASH_MARKER)) {
    if (AMOUNT_END.test(text.charAt(found.index - 1))) continue;
    const mark = found[1] ?? '';
    dashCounts.set(mark, (dashCounts.get(mark) ?? 0) + 1);
  }
  const numbered = [...text.matchAll(NUMBERED)].map((found) => ({
    at: found.index,
    value: Number(found[1]),
  }));
  const listNumbers = new Set<number>();
  numbered.forEach((item, index) => {
    const near = numbered.slice(Math.max(0, index - 12), index + 13);
    if (near.some((other) => Math.abs(other.value - item.value) === 1)) listNumbers.add(item.at);
  });
  const facts: TextFacts = { termStarts, termEnds, dashCounts, listNumbers };

  const breaks = new Set<number>();
  let first = true;
  let from = 0;
  while (from <= text.length) {
    const newline = text.indexOf('\n', from);
    const end = newline < 0 ? text.length : newline;
    if (end > from) {
      if (end - from >= MIN_REFLOW_LINE) reflowLine(text, from, end, first, breaks, facts);
      first = false;
    }
    if (newline < 0) break;
    from = newline + 1;
  }

  // Terms are sorted by start: the last one starting before an offset is the only one that can
  // hold it.
  const insideTerm = (offset: number) => {
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((terms[middle] as TermMatch).start < offset) low = middle + 1;
      else high = middle;
    }
    const before = terms[low - 1];
    return before !== undefined && before.end > offset;
  };
  const cuts = [...breaks]
    .filter((offset) => text.charAt(offset) === ' ' && !insideTerm(offset))
    .sort((a, b) => a - b);
  let result = '';
  let last = 0;
  for (const cut of cuts) {
    result += `${text.slice(last, cut)}\n`;
    last = cut + 1;
  }
  return result + text.slice(last);
}

/** The tokens of `text[start, end)`, a line of normalized text (single spaces only). */
function tokenize(text: string, start: number, end: number, facts: TextFacts): Token[] {
  const tokens: Token[] = [];
  let from = start;
  while (from < end) {
    let to = text.indexOf(' ', from);
    if (to < 0 || to > end) to = end;
    if (to > from) {
      const written = text.slice(from, to);
      const colon = ENDS_COLON.test(written);
      const plain = colon ? written.slice(0, -1) : written;
      tokens.push({
        text: written,
        start: from,
        end: to,
        plain,
        colon,
        word: WORD.test(plain),
        capital: CAPITALIZED.test(written),
        caps: CAPS_WORD.test(plain),
        marker: false,
      });
    }
    from = to + 1;
  }
  // List markers: "•", "·" always; "-", "*", "–", "—" when used three times or more; "1." and
  // "2)" when the neighbouring number is there too.
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (!next) return;
    if (DOT_MARKERS.has(token.text)) token.marker = true;
    else if (DASH.test(token.text)) {
      // An item may start with a lowercase tool ("- dbt", "- pandas").
      token.marker =
        (ITEM_START.test(next.text) || facts.termStarts.has(next.start)) &&
        !AMOUNT_END.test(tokens[index - 1]?.text ?? '') &&
        (facts.dashCounts.get(token.text) ?? 0) >= 3;
    } else if (NUMBER_MARK.test(token.text)) token.marker = facts.listNumbers.has(token.start);
  });
  return tokens;
}

type Shape = 'caps' | 'title' | 'sentence';

/** How the words `tokens[from..to]` are capitalized, or null when not like a heading at all. */
function shapeOf(tokens: readonly Token[], from: number, to: number): Shape | null {
  const first = tokens[from] as Token;
  if (!first.capital) return null;
  let caps = true;
  let title = to > from;
  let sentence = true;
  for (let index = from; index <= to; index++) {
    const token = tokens[index] as Token;
    if (!token.caps) caps = false;
    if (!token.capital && token.plain !== '&') title = false;
    if (index > from && token.capital && !ACRONYM.test(token.plain)) sentence = false;
  }
  if (caps) return 'caps';
  if (title) return 'title';
  return sentence ? 'sentence' : null;
}

/** The words `tokens[from..to]` as one label, colons dropped. */
function labelOf(tokens: readonly Token[], from: number, to: number): string {
  let label = (tokens[from] as Token).plain;
  for (let index = from + 1; index <= to; index++) label += ` ${(tokens[index] as Token).plain}`;
  return label;
}

function reflowLine(
  text: string,
  start: number,
  end: number,
  isFirst: boolean,
  breaks: Set<number>,
  facts: TextFacts,
): void {
  const tokens = tokenize(text, start, end, facts);
  const count = tokens.length;
  const at = (index: number) => tokens[index] as Token;
  const breakBefore = (index: number) => {
    if (index > 0 && index < count) breaks.add(at(index).start - 1);
  };
  const breakAfter = (index: number) => {
    if (index >= 0 && index < count - 1) breaks.add(at(index).end);
  };
  const sectionOf = (from: number, to: number): Section | null =>
    classifyHeading(labelOf(tokens, from, to));

  for (let index = 1; index < count; index++) if (at(index).marker) breakBefore(index);

  /**
   * Where a heading that starts at `index` ends (inclusive), or null: the longest run of up to
   * six words that names a section and is followed by what follows a heading — a list marker,
   * the end of the line or, for a short heading, a new capitalized sentence ("Preferred
   * Qualifications Experience with …" ends after "Qualifications", "What You'll Do Own our …"
   * after "Do"). `hashed` is for a Markdown heading, whose start is certain.
   */
  const headingEnd = (index: number, hashed: boolean): number | null => {
    let found: number | null = null;
    for (let last = index; last < Math.min(count, index + 6); last++) {
      const token = at(last);
      if (token.colon) {
        // "## Requirements: …"; a colon label elsewhere is the label rule's.
        return hashed && token.word && sectionOf(index, last) ? last : found;
      }
      // A Markdown heading may hold a comma: "### Nice, but not needed".
      if (hashed && /[^,],$/.test(token.text) && WORD.test(token.text.slice(0, -1))) continue;
      if (!token.word) break;
      const shape = shapeOf(tokens, index, last);
      if (!hashed && (shape === null || shape === 'caps')) continue;
      // The cheap tests first: most runs of words go on with their sentence.
      const next = tokens[last + 1];
      // A list or the line's end closes a heading, unless a sentence after it did already
      // ("## Our stack Python and Go").
      if ((!next || next.marker || HASHES.test(next.text)) && found !== null) break;
      if (next && !next.marker && !HASHES.test(next.text)) {
        if (FUNCTION_WORDS.has(token.text.toLowerCase())) continue;
        if (hashed) {
          if (!DIGIT_START.test(next.text) && !next.capital) continue;
        } else {
          // Without a mark, only a short heading — two words in sentence case, three in title
          // case — or one opening like a heading ("About the job", "Who we are") may end at a
          // new capitalized sentence; a technology or an acronym around the cut ("We can pay
          // EUR 60,000", "The work is mostly Python") is a sentence going on.
          if (!next.capital) continue;
          // A sentence starts there, not a name or a title going on: "Design and ship", not
          // "Applied Scientist" after "Job Description Senior".
          if (tokens[last + 2]?.capital && !SENTENCE_END.test(next.text)) continue;
          if (ACRONYM.test(core(next.text)) || ACRONYM.test(token.plain)) continue;
          if (facts.termStarts.has(next.start)) continue;
          const words = last - index + 1;
          if (words > (shape === 'title' ? 3 : 2) && !OPENERS.test(at(index).text)) continue;
        }
      }
      const section = sectionOf(index, last);
      if (section && (hashed || section !== 'other')) found = last;
    }
    return found;
  };

  /** Widens a label leftwards over words that open headings or sharpen what it names. */
  const extendLeft = (from: number, to: number, floor: number): number => {
    let first = from;
    while (first - 1 >= floor && first - 1 > to - 8) {
      const word = at(first - 1);
      if (!word.word || !word.capital || word.marker) break;
      const label = labelOf(tokens, first - 1, to);
      const wider = classifyHeading(label);
      const capitals = tokens.slice(first - 1, to + 1).every((token) => token.caps);
      if (
        TITLE_FIELD_LABEL.test(label) ||
        (wider && (capitals || LEAD_WORDS.has(word.text.toLowerCase()))) ||
        // "Preferred Qualifications": a preference word turns requirements into wishes.
        (wider === 'preferred' && sectionOf(first, to) !== 'preferred')
      ) {
        first--;
      } else {
        break;
      }
    }
    return first;
  };

  // Markdown headings ("## What you'll do"), when their end can be told.
  for (let index = 0; index < count - 1; index++) {
    if (!HASHES.test(at(index).text)) continue;
    const last = headingEnd(index + 1, true);
    if (last === null) continue;
    breakBefore(index);
    breakAfter(last);
  }

  // Bold headings ("**Requirements**"), and a bold first line (the title).
  for (const found of text.slice(start, end).matchAll(/\*\*([^*]{1,80}?)\*\*:?(?=\s|$)/g)) {
    const inner = (found[1] ?? '').trim().replace(ENDS_COLON, '');
    if (!CAPITALIZED.test(inner) || inner.split(' ').length > 8) continue;
    const section = classifyHeading(inner);
    if ((section === null || section === 'other') && found.index > 0) continue;
    const opening = start + found.index;
    if (opening > start) breaks.add(opening - 1);
    // "**Salary:** …" is a field: its value stays on its line, as with the label rule.
    if (!found[0].includes(':') && !found[0].includes('：')) {
      breaks.add(opening + found[0].length);
    }
  }

  // "Label: …" fields and headings: a break before the label, and after it when it is longer
  // than the five words an inline label may have (`sections.ts` reads shorter ones in place).
  for (let index = 0; index < count; index++) {
    const token = at(index);
    if (!token.colon || !token.word) continue;
    let floor = index;
    while (floor - 1 >= 0 && floor - 1 > index - 8 && at(floor - 1).word && !at(floor - 1).marker) {
      floor--;
    }
    let label = -1;
    for (let first = index; first >= floor; first--) {
      if (!at(first).capital) continue;
      if (TITLE_FIELD_LABEL.test(labelOf(tokens, first, index)) || sectionOf(first, index)) {
        label = first;
        break;
      }
    }
    if (label < 0) continue;
    label = extendLeft(label, index, floor);
    if (label > 0 && at(label - 1).marker) continue;
    breakBefore(label);
    if (index - label + 1 > 5) breakAfter(index);
  }

  // Headings in capitals ("NICE TO HAVE", "ABOUT US") anywhere in the line.
  for (let index = 0; index < count; index++) {
    if (!at(index).caps || at(index).colon) continue;
    const runStart = index;
    let runEnd = index;
    while (runEnd + 1 < count && at(runEnd + 1).caps) {
      runEnd++;
      if (at(runEnd).colon) break;
    }
    index = runEnd;
    // "REQUIRED SKILLS:" is a label: the label rule has it.
    if (at(runEnd).colon) continue;
    // The longest heading that ends the run: "WHAT WE OFFER", not "AWS REQUIREMENTS".
    for (let first = Math.max(runStart, runEnd - 5); first <= runEnd; first++) {
      if (facts.termStarts.has(at(first).start)) continue;
      if (first === runEnd && core(at(first).text).length < 5) continue;
      const section = sectionOf(first, runEnd);
      if (section && section !== 'other') {
        breakBefore(first);
        breakAfter(runEnd);
        break;
      }
    }
  }

  // Headings at the start of a sentence ("… last sentence. What you'll do Build …"), or opening
  // with a word prose capitalizes only there ("… within the US About Acme Acme processes …").
  for (let index = 0; index < count; index++) {
    const token = at(index);
    if (!token.capital || !token.word) continue;
    if (index > 0 && !SENTENCE_END.test(at(index - 1).text) && !OPENERS.test(token.text)) {
      continue;
    }
    const last = headingEnd(index, false);
    if (last === null) continue;
    breakBefore(index);
    breakAfter(last);
  }

  // Headings right before a list: "… written communication Nice to have - PyTorch …".
  for (let index = 1; index < count; index++) {
    if (!at(index).marker || at(index - 1).marker || !at(index - 1).word) continue;
    let floor = index - 1;
    while (
      floor - 1 >= 0 &&
      floor - 1 >= index - 6 &&
      at(floor - 1).word &&
      !at(floor - 1).marker
    ) {
      floor--;
    }
    let label = -1;
    for (let first = index - 1; first >= floor; first--) {
      const shape = shapeOf(tokens, first, index - 1);
      if (shape === null || shape === 'caps') continue;
      const section = sectionOf(first, index - 1);
      if (section && section !== 'other') {
        label = first;
        break;
      }
    }
    if (label < 0) continue;
    label = extendLeft(label, index - 1, floor);
    if (label > 0) {
      const previous = at(label - 1);
      // "What you'll do" and "About us" read as headings after any word; "Data Team" after a
      // capitalized word is more likely the end of an item.
      const ended =
        LEAD_WORDS.has(at(label).text.toLowerCase()) ||
        /[.!?:;)]$/.test(previous.text) ||
        facts.termEnds.has(previous.end) ||
        (/^[a-z]/.test(previous.text) && !FUNCTION_WORDS.has(previous.text.toLowerCase()));
      if (previous.marker || !ended) continue;
    }
    breakBefore(label);
  }

  if (isFirst) breakAfterTitle(tokens, breaks);
}

/**
 * On the first line, ends the title where the role it names ends: "Senior Data Scientist" in
 * "Senior Data Scientist Acme Analytics | Berlin …", keeping a level numeral ("Engineer II") and
 * a parenthesis ("(Applied)"); after a company blurb, the sentence that opens with capitalized
 * words up to a role noun; without a role noun, the text before the first separator.
 */
function breakAfterTitle(tokens: readonly Token[], breaks: Set<number>): void {
  let count = tokens.length;
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (breaks.has(token.start - 1) || token.marker) {
      count = index;
      break;
    }
  }
  if (count < 2) return;
  const at = (index: number) => tokens[index] as Token;
  // A bold first line ("**Senior Engineer, Search**") already says where the title ends.
  if (at(0).text.startsWith('**') && at(count - 1).text.endsWith('**')) return;
  // A "Job title: …" field: the title starts after the label.
  let from = 0;
  if (at(0).colon && TITLE_FIELD_LABEL.test(at(0).plain)) from = 1;
  else if (at(1).colon && TITLE_FIELD_LABEL.test(labelOf(tokens, 0, 1))) from = 2;

  const isRole = (index: number) => index < count && ROLE_WORD.test(core(at(index).text));
  const ends = (index: number) => /[,;:|]$/.test(at(index).text);
  // A heading before the title ("Job Description Senior Applied Scientist …"), not a heading
  // that is part of it ("Team Lead").
  for (let words = 1; from === 0 && words <= Math.min(3, count - 2); words++) {
    const section = classifyHeading(labelOf(tokens, 0, words - 1));
    if (!section || section === 'other' || !at(words).capital || isRole(words)) continue;
    if (tokens.slice(0, words).some((_, index) => isRole(index))) continue;
    from = words;
    breaks.add(at(words).start - 1);
  }
  /** The last token of a title whose first role noun is at `role`. */
  const titleEnd = (role: number): number => {
    let last = role;
    while (!ends(last) && isRole(last + 1)) last++;
    if (last === role && LEADING_ROLE.test(core(at(role).text)) && !ends(role)) {
      for (let ahead = role + 1; ahead < Math.min(count, role + 4); ahead++) {
        const word = at(ahead).text;
        if (SEPARATOR.test(word) || word.startsWith('(')) break;
        if (isRole(ahead)) {
          last = ahead;
          while (!ends(last) && isRole(last + 1)) last++;
          break;
        }
        if (ends(ahead)) break;
      }
    }
    if (!ends(last) && last + 1 < count && LEVEL_NUMERAL.test(at(last + 1).text)) last++;
    if (!ends(last) && last + 1 < count && at(last + 1).text.startsWith('(')) {
      for (let close = last + 1; close < Math.min(count, last + 7); close++) {
        if (/\)[,;:]?$/.test(at(close).text)) {
          last = close;
          break;
        }
      }
    }
    return last;
  };

  let role = -1;
  for (let index = from; index < Math.min(count, from + 12); index++) {
    if (SEPARATOR.test(at(index).text)) break;
    if (isRole(index)) {
      role = index;
      break;
    }
  }
  let last: number;
  if (role >= 0) {
    if (SENTENCE_WORDS.test(labelOf(tokens, from, role))) return;
    last = titleEnd(role);
  } else if (from > 0) {
    return;
  } else {
    // A company blurb before the title ("Acme runs the grid. Senior ML Engineer, Forecasting
    // Houston …").
    for (let begin = 1; begin < Math.min(count, 80); begin++) {
      if (!SENTENCE_END.test(at(begin - 1).text) || !at(begin).capital) continue;
      let found = -1;
      for (let index = begin; index < Math.min(count, begin + 6); index++) {
        if (isRole(index)) {
          found = index;
          break;
        }
        const word = at(index).text;
        if (!at(index).capital && !FUNCTION_WORDS.has(word)) break;
        if (ends(index) || SEPARATOR.test(word)) break;
      }
      if (found < 0) continue;
      const end = titleEnd(found);
      breaks.add(at(begin).start - 1);
      if (end < count - 1) breaks.add(at(end).end);
      return;
    }
    const separator = tokens
      .slice(0, Math.min(count, 11))
      .findIndex((token, index) => index > 0 && SEPARATOR.test(token.text));
    if (separator < 0) return;
    last = separator - 1;
  }
  if (last < count - 1) breaks.add(at(last).end);
}
