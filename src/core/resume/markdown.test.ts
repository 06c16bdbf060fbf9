import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import Markdown from 'react-markdown';
import { describe, expect, it } from 'vitest';
import { resumeBlocks } from './layout.js';
import { escapeMarkdown, toMarkdown } from './markdown.js';
import { resumeArbitrary, sampleResume } from './test-fixtures.js';

/** Renders Markdown the way the web app does and returns the visible text and the element names. */
function render(markdown: string): { text: string; tags: Set<string> } {
  const html = renderToStaticMarkup(createElement(Markdown, null, markdown));
  const tags = new Set<string>();
  let text = '';
  const walk = (node: { type: string; name?: string; data?: string; children?: unknown[] }) => {
    if (node.type === 'text') text += node.data ?? '';
    if (node.name) tags.add(node.name);
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    if (node.name && /^(p|li|h\d)$/.test(node.name)) text += ' ';
  };
  walk(parseDocument(html, { decodeEntities: true }) as never);
  return { text: text.replace(/\s+/g, ' ').trim(), tags };
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('toMarkdown', () => {
  it('prints the sample with a heading per section and every bullet as a list item', () => {
    const markdown = toMarkdown(sampleResume());
    expect(markdown).toMatch(/^# Dana Okafor\n/);
    for (const heading of ['Projects', 'Experience', 'Skills', 'Education', 'Certificates']) {
      expect(markdown).toContain(`\n## ${heading}\n`);
    }
    expect(markdown.indexOf('## Projects')).toBeLessThan(markdown.indexOf('## Experience'));
    expect(markdown).toContain('- Built a LightGBM model on 48,000');
    expect(markdown).toContain(
      '[github.com/dana-okafor/readmission-risk](<https://github.com/dana-okafor/readmission-risk>)',
    );
  });

  it('escapes user text: whatever it contains renders literally, with no extra markup', () => {
    const markup = new Set([
      'em',
      'strong',
      'code',
      'img',
      'del',
      'table',
      'ol',
      'hr',
      'blockquote',
      'pre',
    ]);
    fc.assert(
      fc.property(resumeArbitrary, (resume) => {
        const { text, tags } = render(toMarkdown(resume));
        for (const block of resumeBlocks(resume)) {
          const pieces =
            'runs' in block
              ? [
                  ...block.runs,
                  ...(block.kind === 'entry' && block.right ? [block.right] : []),
                ].map((run) => run.text)
              : [block.text];
          for (const piece of pieces.map(normalize).filter((piece) => piece !== '·')) {
            expect(text).toContain(piece);
          }
        }
        for (const tag of tags) {
          if (tag === 'strong' || tag === 'em') continue;
          expect(markup.has(tag), `unexpected <${tag}>`).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
    // 60 rendered resumes take a few seconds; more on a loaded machine.
  }, 30_000);

  it('escapes the characters that would start markup', () => {
    expect(escapeMarkdown('# 1. *a* _b_ [c](d) <e> `f` | ~g~ & h')).toBe(
      '\\# 1. \\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\`f\\` \\| \\~g\\~ \\& h',
    );
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('- item')).toBe('\\- item');
  });
});
