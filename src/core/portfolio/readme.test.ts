import { describe, expect, it } from 'vitest';
import { formatOf, parseReadme, sentences } from './readme.js';

describe('parseReadme (Markdown)', () => {
  it('finds headings (ATX and setext), tables, code and prose with line numbers', () => {
    const readme = parseReadme(
      [
        'Churn model', //  1
        '===========', //  2
        '', //  3
        'Predicts **churn** for _gyms_.', //  4
        '', //  5
        '## Results', //  6
        '', //  7
        '| Model | F1 |', //  8
        '|:--|--:|', //  9
        '| Baseline | 0.5 |', // 10
        '', // 11
        '```bash', // 12
        'pip install -r requirements.txt', // 13
        '```', // 14
        '', // 15
        '    make train', // 16
        '<!-- a comment', // 17
        'with lines -->', // 18
        '---', // 19
        'Run `pytest`.', // 20
      ].join('\n'),
    );
    expect(readme.blocks.map((block) => [block.kind, block.line, block.text])).toEqual([
      ['heading', 1, 'Churn model'],
      ['paragraph', 4, 'Predicts churn for gyms.'],
      ['heading', 6, 'Results'],
      ['table', 8, 'Model | F1\nBaseline | 0.5'],
      ['code', 12, 'pip install -r requirements.txt'],
      ['code', 16, 'make train'],
      ['paragraph', 20, 'Run pytest.'],
    ]);
    expect(readme.code).toEqual(['pip install -r requirements.txt', 'make train', 'pytest']);
    expect(readme.headings).toEqual(['Churn model', 'Results']);
  });

  it('collects links of every kind, but not image sources or links in code', () => {
    const readme = parseReadme(
      [
        '[![badge](https://img.shields.io/b.svg)](https://ci.example.org/run)',
        'See [the app][app], <https://auto.example.org> and https://bare.example.org/x.',
        '<a href="https://html.example.org"><img src="https://img.example.org/i.png" alt="Open"></a>',
        '',
        '```',
        'curl https://code.example.org',
        '```',
        '',
        '[app]: https://ref.example.org "title"',
      ].join('\n'),
    );
    expect(readme.links.map((link) => [link.url, link.text]).sort()).toEqual([
      ['https://auto.example.org', ''],
      ['https://bare.example.org/x', ''],
      ['https://ci.example.org/run', 'badge'],
      ['https://html.example.org', 'Open'],
      ['https://ref.example.org', 'the app'],
    ]);
  });

  it('treats a list-item command as prose and a list followed by --- as a list', () => {
    const readme = parseReadme('- one\n- two\n---\n\ntext');
    expect(readme.headings).toEqual([]);
    expect(readme.blocks.map((block) => block.text)).toEqual(['one', 'two', 'text']);
  });
});

describe('parseReadme (reStructuredText)', () => {
  it('reads adorned headings, literal blocks, code directives and rst links', () => {
    const readme = parseReadme(
      [
        '=====',
        'Title',
        '=====',
        '',
        'Install it::',
        '',
        '    pip install churn',
        '',
        '.. code-block:: bash',
        '   :caption: run',
        '',
        '   churn serve',
        '',
        '.. image:: https://img.example.org/x.png',
        '   :alt: x',
        '',
        'Try the `demo <https://demo.example.org>`_.',
      ].join('\n'),
      'rst',
    );
    expect(readme.headings).toEqual(['Title']);
    expect(readme.code.map((code) => code.trim())).toEqual(['pip install churn', 'churn serve']);
    expect(readme.links.map((link) => link.url)).toEqual(['https://demo.example.org']);
  });

  it('picks the format from the file name', () => {
    expect(formatOf('README.rst')).toBe('rst');
    expect(formatOf('README')).toBe('markdown');
    expect(formatOf('docs/README.md')).toBe('markdown');
    expect(formatOf('README.txt')).toBe('text');
  });
});

describe('sentences', () => {
  it('does not split on decimals or abbreviations', () => {
    expect(sentences('F1 is 0.81 vs. 0.64 for e.g. the baseline. Next one.')).toEqual([
      'F1 is 0.81 vs. 0.64 for e.g. the baseline.',
      'Next one.',
    ]);
  });
});
