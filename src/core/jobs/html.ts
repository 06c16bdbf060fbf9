import { Parser } from 'htmlparser2';

/** Elements whose content is never posting text (code, styling, embedded media, navigation). */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'nav',
  'button',
  'select',
  'option',
  'textarea',
]);

/** What may sit inside <head>; anything else starts the body. */
const HEAD_CONTENT = new Set([
  'title',
  'meta',
  'link',
  'style',
  'script',
  'base',
  'noscript',
  'template',
]);

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const SECTION_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** Blocks after which an empty line separates what follows (paragraphs, headings, lists). */
const PARAGRAPHS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'section',
]);

/**
 * The readable text of an HTML page: scripts, styles and other non-text elements dropped (their
 * content and every attribute, so an `onerror` handler is just ignored), entities decoded, block
 * elements on lines of their own, each list item on its own line with a "- " marker, each section
 * heading (h2–h6) with a Markdown "#" marker of its level, `<br>` a line break. Nothing is
 * executed or fetched: this is a tokenizer, not a browser.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipping = 0;
  const skipStack: string[] = [];
  const newline = (blank = false) => {
    const last = out.at(-1) ?? '';
    if (out.length === 0) return;
    if (blank) {
      if (!last.endsWith('\n\n')) out.push(last.endsWith('\n') ? '\n' : '\n\n');
    } else if (!last.endsWith('\n')) out.push('\n');
  };
  const parser = new Parser(
    {
      onopentag(name) {
        // A body element ends an unclosed <head>, as in a browser.
        if (skipStack.length === 1 && skipStack[0] === 'head' && !HEAD_CONTENT.has(name)) {
          skipStack.pop();
          skipping--;
        }
        if (SKIPPED.has(name)) {
          skipping++;
          skipStack.push(name);
          return;
        }
        if (skipping > 0) return;
        if (name === 'br') out.push('\n');
        else if (BLOCKS.has(name)) newline(PARAGRAPHS.has(name));
        if (name === 'li') out.push('- ');
        // A section heading keeps a Markdown marker, so the posting reader knows it for a heading
        // even when its words are a slogan ("Go further, faster") rather than a section name.
        // <h1> is left plain: on a job page it is the title, which is read as the first line.
        else if (SECTION_HEADINGS.has(name)) out.push(`${'#'.repeat(Number(name.slice(1)))} `);
        else if (name === 'td' || name === 'th') out.push(' ');
      },
      ontext(text) {
        if (skipping > 0) return;
        // Runs of white space (no-break spaces included) read as one space, as a browser shows them.
        out.push(text.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        if (SKIPPED.has(name) && skipStack.at(-1) === name) {
          skipStack.pop();
          skipping--;
          return;
        }
        if (skipping > 0) return;
        if (BLOCKS.has(name)) newline(PARAGRAPHS.has(name));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when a text looks like an HTML document rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (/^(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/.test(head)) return true;
  const tags = text.match(
    /<\/?(?:p|div|br|li|ul|ol|h[1-6]|span|strong|b|em|section|body|table|tr|td)\b[^>]*>/gi,
  );
  return (tags?.length ?? 0) >= 3;
}
