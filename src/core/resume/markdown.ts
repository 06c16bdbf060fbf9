import type { CoverLetter } from './cover-letter.js';
import { type Block, type Run, resumeBlocks } from './layout.js';
import type { Resume } from './schema.js';

/**
 * Markdown export: the same blocks as the PDF, with every piece of user text escaped so that
 * names, bullets and URLs print literally (no stray emphasis, headings, lists, links or HTML).
 */

/** Escapes text for a CommonMark paragraph, list item or heading: it renders as written. */
export function escapeMarkdown(text: string, atLineStart = true): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // Characters that open emphasis, code, links, HTML, entities, tables or strikethrough anywhere.
  const escaped = flat.replace(/[\\`*_[\]<>#|~&]/g, (char) => `\\${char}`);
  // At the start of a line: list markers, a thematic break or setext underline, an ordered list.
  if (!atLineStart) return escaped;
  return escaped.replace(/^[-+=]/, (char) => `\\${char}`).replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A link whose target is an http(s) or mailto URL; the target is wrapped so any character is safe. */
const link = (text: string, url: string) =>
  `[${escapeMarkdown(text, false)}](<${url.replace(/[<>\\\s]/g, (char) => encodeURIComponent(char))}>)`;

const runs = (list: Run[]) =>
  list
    .map((run, index) => {
      const body = run.link ? link(run.text, run.link) : escapeMarkdown(run.text, index === 0);
      if (!body.trim()) return run.text.replace(/\|/g, '\\|');
      const leading = /^\s/.test(run.text) ? ' ' : '';
      const trailing = /\s$/.test(run.text) ? ' ' : '';
      return `${leading}${run.bold ? `**${body}**` : run.italic ? `*${body}*` : body}${trailing}`;
    })
    .join('');

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'name':
      return `# ${escapeMarkdown(block.text)}`;
    case 'headline':
      return `**${escapeMarkdown(block.text)}**`;
    case 'contact':
      return runs(block.runs);
    case 'summary':
    case 'paragraph':
      return escapeMarkdown(block.text);
    case 'heading':
      return `## ${escapeMarkdown(block.text)}`;
    case 'entry': {
      const title = runs(block.runs);
      const right = block.right
        ? ` · ${block.right.link ? link(block.right.text, block.right.link) : escapeMarkdown(block.right.text)}`
        : '';
      return `### ${title}${right}`;
    }
    case 'bullet':
      return `- ${escapeMarkdown(block.text)}`;
    case 'line':
      return runs(block.runs);
  }
}

/** The resume as Markdown, one block a paragraph, bullets as a list. */
export function toMarkdown(resume: Resume): string {
  const lines: string[] = [];
  let previous: Block['kind'] | undefined;
  for (const block of resumeBlocks(resume)) {
    // Consecutive bullets form one list; everything else is its own paragraph.
    if (previous !== undefined && !(block.kind === 'bullet' && previous === 'bullet'))
      lines.push('');
    lines.push(blockMarkdown(block));
    previous = block.kind;
  }
  return `${lines.join('\n')}\n`;
}

/** A cover letter as Markdown paragraphs. */
export function coverLetterToMarkdown(letter: CoverLetter): string {
  return `${[letter.greeting, ...letter.paragraphs, `${letter.closing}  \n${letter.signature}`]
    .map((paragraph, index, all) =>
      index === all.length - 1
        ? paragraph
            .split('  \n')
            .map((line) => escapeMarkdown(line))
            .join('  \n')
        : escapeMarkdown(paragraph),
    )
    .join('\n\n')}\n`;
}
