import { describe, expect, it } from 'vitest';
import { highlightQuotes } from './highlight';

const joined = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');

describe('highlightQuotes', () => {
  it('marks every occurrence of a quote and keeps the text whole', () => {
    const text = 'Python. Equity only. Also: equity only? Equity only.';
    const segments = highlightQuotes(text, ['Equity only']);
    expect(joined(segments)).toBe(text);
    expect(segments.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual([
      'Equity only',
      'Equity only',
    ]);
  });

  it('merges overlapping and touching quotes into one mark', () => {
    const segments = highlightQuotes('abcdefgh', ['bcd', 'cdef', 'fg', 'gh']);
    expect(segments).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdefgh', marked: true },
    ]);
  });

  it('ignores quotes that are empty or not in the text', () => {
    expect(highlightQuotes('plain text', ['', '  ', 'missing'])).toEqual([
      { text: 'plain text', marked: false },
    ]);
    expect(highlightQuotes('', ['x'])).toEqual([]);
  });

  it('treats markup in the posting as text', () => {
    const text = 'Apply <img src=x onerror="alert(1)"> now';
    const segments = highlightQuotes(text, ['<img src=x onerror="alert(1)">']);
    expect(segments[1]).toEqual({ text: '<img src=x onerror="alert(1)">', marked: true });
    expect(joined(segments)).toBe(text);
  });
});
