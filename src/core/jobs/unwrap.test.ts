import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrapHardWraps } from './unwrap.js';

/** A paragraph wrapped at `width` columns, as a mail client or a PDF copy leaves it. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line].join('\n');
}

const DUTIES =
  'WHAT YOU WILL DO Improve the classifiers that flag scam listings, starting with the duplicate photo detector, and write data checks so that a broken upstream feed does not silently wreck a model; ship small, well tested changes every week and watch what they do to precision and recall on the held-out set.';

describe('unwrapHardWraps', () => {
  it('joins a paragraph wrapped at a fixed width into one line of the same length', () => {
    const text = `Machine Learning Engineer\n\n${wrap(DUTIES, 72)}\n\nBenefits\n- Dental`;
    const unwrapped = unwrapHardWraps(text);
    expect(unwrapped).toHaveLength(text.length);
    expect(unwrapped.split('\n')).toEqual([
      'Machine Learning Engineer',
      '',
      DUTIES,
      '',
      'Benefits',
      '- Dental',
    ]);
  });

  it('never joins the title, a list item or a line ending in a colon to what follows', () => {
    const wrapped = wrap(DUTIES, 60);
    const text = `Associate Machine Learning Engineer, Listings Quality Team\n${wrapped}\nNice to have, for the ones who like images:\n- OpenCV and image classification on real photographs, the messier the better\n- Hugging Face`;
    const lines = unwrapHardWraps(text).split('\n');
    expect(lines[0]).toBe('Associate Machine Learning Engineer, Listings Quality Team');
    expect(lines).toContain('Nice to have, for the ones who like images:');
    expect(lines).toContain(
      '- OpenCV and image classification on real photographs, the messier the better',
    );
    expect(lines).toContain('- Hugging Face');
  });

  it('leaves postings whose lines are items and headings alone, however long', () => {
    const posting = [
      'Senior ML Engineer',
      'Requirements',
      '- Five or more years of experience building and deploying machine learning systems',
      '- Strong Python and SQL, with production experience in at least one cloud provider',
      '- Experience with model monitoring, drift detection and retraining pipelines at scale',
      'Nice to have',
      '- Familiarity with feature stores, model registries and online experimentation',
    ].join('\n');
    expect(unwrapHardWraps(posting)).toBe(posting);
  });

  it('only ever turns a line break into a space', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '.', 'X', '-') }), {
          maxLength: 40,
        }),
        fc.integer({ min: 30, max: 90 }),
        (words, width) => {
          const text = wrap(words.join(' '), width);
          const unwrapped = unwrapHardWraps(text);
          expect(unwrapped).toHaveLength(text.length);
          for (let index = 0; index < text.length; index++) {
            if (unwrapped[index] !== text[index]) {
              expect([text[index], unwrapped[index]]).toEqual(['\n', ' ']);
            }
          }
        },
      ),
    );
  });
});
