/**
 * A small, forgiving reader of README files (Markdown, reStructuredText or plain text): enough
 * structure for the repository checks — headings, prose paragraphs, tables, code and links —
 * without a full Markdown parser. Unusual syntax degrades to prose; it never throws.
 */

export type BlockKind = 'heading' | 'paragraph' | 'table' | 'code';

/** A block of the README; `line` is 1-based, where the block starts. */
export interface Block {
  kind: BlockKind;
  /** Prose with inline markup removed (links keep their text); for code, the code itself. */
  text: string;
  line: number;
  /** Table rows split into cells (tables only). */
  rows?: string[][];
  /** 1 for a title, 2 and more for sections (headings only). */
  level?: number;
}

/** A link a reader can follow (image sources are not links). */
export interface Link {
  url: string;
  /** The link's own text, empty for a bare URL. */
  text: string;
  /** The text of the block the link sits in. */
  context: string;
  line: number;
}

export interface Readme {
  format: 'markdown' | 'rst' | 'text';
  blocks: Block[];
  headings: string[];
  /** Code blocks and inline code spans. */
  code: string[];
  links: Link[];
  /** Words of prose, headings and tables: code and URLs are not counted. */
  words: number;
}

export const formatOf = (path: string): Readme['format'] =>
  /\.rst$/i.test(path)
    ? 'rst'
    : /\.(md|markdown|mdown|mkd)$/i.test(path) || !/\./.test(path.slice(path.lastIndexOf('/') + 1))
      ? 'markdown'
      : 'text';

const FENCE = /^\s*(`{3,}|~{3,})/;
/** Tested on lines made only of `-`, `*`, `_` and blanks (see `isThematicBreak`). */
const THEMATIC_BREAK = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const ATX = /^\s{0,3}(#{1,6})(?:\s+(.*))?$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const RST_ADORNMENT = /^([=\-~^"'`#*+:.])\1{2,}\s*$/;
/** Tested on trimmed lines made only of `|`, `:`, `-` and blanks (see `isTableSeparator`). */
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-+:?\s*)*\|?$/;
const SHELL_PROMPT = /^\s*\$ /;

// Cheap character tests first: the patterns above backtrack on long runs of blanks otherwise.
const isThematicBreak = (line: string) => /^[-*_\s]+$/.test(line) && THEMATIC_BREAK.test(line);
const isTableSeparator = (line: string) => {
  const trimmed = line.trim();
  return /^[|:\-\s]+$/.test(trimmed) && TABLE_SEPARATOR.test(trimmed);
};

/** An ATX heading's text without the optional closing hashes. */
function atxTitle(rest: string): string {
  let title = rest.trim();
  let end = title.length;
  while (end > 0 && title[end - 1] === '#') end--;
  if (end === 0 || /\s/.test(title[end - 1] ?? '')) title = title.slice(0, end).trim();
  return title;
}
const LIST_ITEM = /^\s{0,3}([-*+]|\d{1,3}[.)])\s+/;
const REFERENCE_DEFINITION = /^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+.*)?$/;
const INDENTED = /^( {4}|\t)/;
const URL = /\bhttps?:\/\/[^\s<>"'`)\]]+/gi;

/** HTML comments blanked out, their line breaks kept (an unclosed one is left alone). */
function withoutComments(text: string): string {
  let result = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf('<!--', from);
    const end = start < 0 ? -1 : text.indexOf('-->', start + 4);
    if (end < 0) return result + text.slice(from);
    result += text.slice(from, start) + text.slice(start, end + 3).replace(/[^\n]/g, '');
    from = end + 3;
  }
}

/** Reads a README into blocks, headings, code, links and a word count. */
export function parseReadme(source: string, format: Readme['format'] = 'markdown'): Readme {
  // Comments disappear but keep their line breaks, so that line numbers stay right.
  const text = withoutComments(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const lines = text.split('\n');
  const references = new Map<string, string>();
  for (const line of lines) {
    const match = REFERENCE_DEFINITION.exec(line);
    if (match?.[1] && match[2]) references.set(match[1].toLowerCase(), match[2]);
  }

  const raw: { kind: BlockKind; lines: string[]; line: number; level?: number }[] = [];
  // rst has no fixed heading levels: the first adornment character seen is level 1, and so on.
  const adornments: string[] = [];
  const rstLevel = (char: string) => {
    if (!adornments.includes(char)) adornments.push(char);
    return adornments.indexOf(char) + 1;
  };
  let paragraph: { lines: string[]; line: number } | null = null;
  const flush = () => {
    if (paragraph) raw.push({ kind: 'paragraph', ...paragraph });
    paragraph = null;
  };
  const previousKind = () => raw.at(-1)?.kind;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const lineNumber = index + 1;
    const fence = FENCE.exec(line);
    if (fence?.[1] && format !== 'rst') {
      flush();
      const marker = fence[1];
      const body: string[] = [];
      index++;
      while (index < lines.length && !(lines[index] ?? '').trim().startsWith(marker)) {
        body.push(lines[index] ?? '');
        index++;
      }
      raw.push({ kind: 'code', lines: body, line: lineNumber });
      continue;
    }
    if (line.trim() === '') {
      // rst: a paragraph ending in "::" introduces an indented literal (code) block.
      const current = paragraph as { lines: string[]; line: number } | null;
      if (format === 'rst' && /::\s*$/.test(current?.lines.at(-1) ?? '')) {
        flush();
        const body = indentedAfter(lines, index);
        index += body.length;
        raw.push({ kind: 'code', lines: body, line: lineNumber + 1 });
        continue;
      }
      flush();
      continue;
    }
    if (REFERENCE_DEFINITION.test(line)) {
      flush();
      continue;
    }
    if (format === 'rst' && /^\.\. /.test(line)) {
      // Other directives (images, notes, targets): skip them with their indented options.
      flush();
      const body = indentedAfter(lines, index);
      index += body.length;
      if (/^\.\. (code-block|code|sourcecode)::/.test(line)) {
        const options = /^\s+:[\w-]+:/;
        raw.push({
          kind: 'code',
          lines: body.filter((item) => !options.test(item)),
          line: lineNumber,
        });
      }
      continue;
    }
    const open = paragraph as { lines: string[]; line: number } | null;
    if (isThematicBreak(line) && (!open || LIST_ITEM.test(open.lines.at(-1) ?? ''))) {
      flush();
      continue;
    }
    const atx = format === 'rst' ? null : ATX.exec(line);
    if (atx) {
      flush();
      raw.push({
        kind: 'heading',
        lines: [atxTitle(atx[2] ?? '')],
        line: lineNumber,
        level: atx[1]?.length ?? 1,
      });
      continue;
    }
    const underline = format === 'rst' ? RST_ADORNMENT : SETEXT;
    const current = paragraph as { lines: string[]; line: number } | null;
    const last = current?.lines.at(-1);
    if (current && last && underline.test(line) && !line.includes('|') && !LIST_ITEM.test(last)) {
      const title = current.lines.pop() ?? '';
      flush();
      const char = line.trim()[0] ?? '=';
      const level = format === 'rst' ? rstLevel(char) : char === '=' ? 1 : 2;
      raw.push({ kind: 'heading', lines: [title], line: lineNumber - 1, level });
      continue;
    }
    if (format === 'rst' && RST_ADORNMENT.test(line)) continue; // an overline or a transition
    if (current && last?.includes('|') && isTableSeparator(line)) {
      const header = current.lines.pop() ?? '';
      flush();
      const rows = [header];
      while (index + 1 < lines.length && (lines[index + 1] ?? '').includes('|')) {
        rows.push(lines[index + 1] ?? '');
        index++;
      }
      raw.push({ kind: 'table', lines: rows, line: lineNumber - 1 });
      continue;
    }
    if (
      INDENTED.test(line) &&
      !paragraph &&
      format !== 'rst' &&
      (previousKind() !== 'paragraph' || !LIST_ITEM.test(raw.at(-1)?.lines[0] ?? ''))
    ) {
      const body = [line];
      while (index + 1 < lines.length) {
        const next = lines[index + 1] ?? '';
        if (next.trim() !== '' && !INDENTED.test(next)) break;
        body.push(next);
        index++;
      }
      while ((body.at(-1) ?? '').trim() === '') body.pop();
      const dedented = body.map((item) => item.replace(INDENTED, ''));
      raw.push({ kind: 'code', lines: dedented, line: lineNumber });
      continue;
    }
    if (LIST_ITEM.test(line) || SHELL_PROMPT.test(line)) flush();
    if (SHELL_PROMPT.test(line)) {
      // A shell prompt line in plain text is a command.
      raw.push({ kind: 'code', lines: [line.replace(SHELL_PROMPT, '')], line: lineNumber });
      continue;
    }
    if (!paragraph) paragraph = { lines: [], line: lineNumber };
    (paragraph as { lines: string[] }).lines.push(line);
  }
  flush();

  const blocks: Block[] = [];
  const code: string[] = [];
  const links: Link[] = [];
  for (const block of raw) {
    if (block.kind === 'code') {
      const body = block.lines.join('\n');
      if (body.trim() !== '') {
        blocks.push({ kind: 'code', text: body, line: block.line });
        code.push(body);
      }
      continue;
    }
    const found: { url: string; text: string }[] = [];
    const inline = (markup: string) => {
      const { text: plain, links: inlineLinks, code: spans } = stripInline(markup, references);
      found.push(...inlineLinks);
      code.push(...spans);
      return plain;
    };
    if (block.kind === 'table') {
      const rows = block.lines
        .map((row) =>
          row
            .trim()
            .replace(/^\|/, '')
            .replace(/\|$/, '')
            .split('|')
            .map((cell) => inline(cell).trim()),
        )
        .filter((cells) => !cells.every((cell) => /^:?-*:?$/.test(cell)));
      blocks.push({
        kind: 'table',
        text: rows.map((cells) => cells.join(' | ')).join('\n'),
        line: block.line,
        rows,
      });
    } else {
      const plain = inline(block.lines.map((item) => item.trim()).join('\n'))
        .replace(/^\s*([-*+]|\d{1,3}[.)])\s+/, '')
        .split('\n')
        .map((part) => part.trim())
        .join(' ')
        .trim();
      if (plain === '' && found.length === 0) continue;
      const pushed: Block = { kind: block.kind, text: plain, line: block.line };
      if (block.level !== undefined) pushed.level = block.level;
      blocks.push(pushed);
    }
    const context = blocks.at(-1)?.text ?? '';
    for (const link of found) links.push({ ...link, context, line: block.line });
  }

  const headings = blocks.filter((block) => block.kind === 'heading').map((block) => block.text);
  const words = blocks
    .filter((block) => block.kind !== 'code')
    .reduce((sum, block) => sum + countWords(block.text.replace(URL, ' ')), 0);
  return { format, blocks, headings, code, links, words };
}

/** The lines after `index` that are blank or indented: the body of an rst block. */
function indentedAfter(lines: readonly string[], index: number): string[] {
  const body: string[] = [];
  for (let next = index + 1; next < lines.length; next++) {
    const line = lines[next] ?? '';
    if (line.trim() !== '' && !/^\s/.test(line)) break;
    body.push(line);
  }
  // Trailing blank lines belong to what follows.
  while (body.length > 0 && (body.at(-1) ?? '').trim() === '') body.pop();
  return body;
}

const countWords = (text: string): number =>
  text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;

/**
 * Removes inline markup from a piece of prose: images become their alt text (their source is not
 * a link), links their text, HTML tags vanish; code spans keep their content. Returns the plain
 * text with the links and code spans found.
 */
function stripInline(
  markup: string,
  references: Map<string, string>,
): { text: string; links: { url: string; text: string }[]; code: string[] } {
  // Every pattern here stops at the next bracket, angle bracket, backquote or space, so that no
  // scan runs past the next construct: the time stays linear in the README's size, whatever it
  // holds.
  const links: { url: string; text: string }[] = [];
  const code: string[] = [];
  if (!/[`<[!*_~&]|https?:/i.test(markup)) return { text: markup, links, code };
  const link = (url: string, label: string) => {
    links.push({ url, text: label.trim() });
    return label;
  };
  let text = markup
    // Inline code first, so nothing inside it is read as a link. rst uses double backquotes.
    .replace(/``([^`]+)``|`([^`\n]+)`(?!_)/g, (_all, double: string, single: string) => {
      const span = double ?? single ?? '';
      code.push(span);
      return span;
    })
    // reStructuredText links: `text <url>`_
    .replace(/`([^`<]*)<([^<>`\s]+)>`__?/g, (_all, label: string, url: string) => link(url, label))
    // Autolinks <https://…>
    .replace(/<(https?:\/\/[^<>\s]+)>/gi, (_all, url: string) => link(url, ''))
    // HTML anchors (an image inside one gives its alt text), then other tags.
    .replace(
      /<a\s[^<>]*?href\s*=\s*["']([^"'<>]+)["'][^<>]*>((?:[^<]|<(?!\/?a[\s>]))*)<\/a>/gi,
      (_all, url: string, inner: string) =>
        link(
          url,
          inner
            .replace(/<img\s[^<>]*?alt\s*=\s*["']([^"'<>]*)["'][^<>]*>/gi, '$1')
            .replace(/<[^<>]*>/g, ''),
        ),
    )
    .replace(/<img\s[^<>]*?alt\s*=\s*["']([^"'<>]*)["'][^<>]*>/gi, '$1')
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    // Markdown images (inline and by reference) keep only their alt text.
    .replace(/!\[([^[\]]*)\]\([^()\s]*(?:\s+["'][^"'\n]*["'])?\s*\)/g, '$1')
    .replace(/!\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
    // Markdown links: inline, then by reference ([text][label], [label][], [label]).
    .replace(
      /\[([^[\]]*)\]\(\s*<?([^()<>[\]\s]+)>?(?:\s+["'][^"'\n]*["'])?\s*\)/g,
      (_all, label: string, url: string) => link(url, label),
    )
    .replace(/\[([^[\]]+)\]\[([^[\]]*)\]/g, (all, label: string, key: string) => {
      const url = references.get((key || label).toLowerCase());
      return url ? link(url, label) : all;
    })
    .replace(/\[([^[\]]+)\](?![(:[])/g, (all, label: string) => {
      const url = references.get(label.toLowerCase());
      return url ? link(url, label) : all;
    });
  const linked = new Set(links.map((item) => item.url));
  for (const url of text.match(URL) ?? []) {
    const clean = url.replace(/[.,;:!?]+$/, '');
    if (!linked.has(clean)) {
      links.push({ url: clean, text: '' });
      linked.add(clean);
    }
  }
  // Emphasis markers go; underscores only at the edges of words (snake_case stays).
  text = text
    .replace(/\*+|~~/g, '')
    .replace(/(^|[\s(])_+|_+(?=[\s).,;:!?]|$)/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  return { text, links, code };
}

/**
 * The sentences of a prose block. Decimal points, "vs." and "e.g." do not end a sentence.
 */
export function sentences(text: string): string[] {
  const guarded = text.replace(/\b(vs|e\.g|i\.e|approx|incl|etc|cf|no|fig)\./gi, '$1\u2024');
  return guarded
    .split(/(?<=[.!?])\s+(?=[A-Z0-9("'“*])/)
    .map((sentence) => sentence.replace(/\u2024/g, '.').trim())
    .filter((sentence) => sentence !== '');
}
