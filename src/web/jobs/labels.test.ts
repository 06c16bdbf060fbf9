import { describe, expect, it } from 'vitest';
import { dayText, hostOf, safeHref, sizeText, skillName } from './labels';

describe('jobs labels', () => {
  it('names skills by the catalog, then the technology list, then the id', () => {
    const titles = new Map([['python', 'Python programming basics']]);
    expect(skillName('python', titles)).toBe('Python programming basics');
    expect(skillName('aws', titles)).toBe('Amazon Web Services');
    expect(skillName('some-new-tool', titles)).toBe('Some new tool');
  });

  it('turns only http(s) addresses into links', () => {
    expect(safeHref('https://jobs.example.com/ml')).toBe('https://jobs.example.com/ml');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref(undefined)).toBeNull();
    expect(hostOf('https://www.example.com/a')).toBe('example.com');
  });

  it('writes sizes and days for people', () => {
    expect(sizeText(900)).toBe('900 bytes');
    expect(sizeText(1536)).toBe('1.5 KB');
    expect(sizeText(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(sizeText(5 * 1024 * 1024 + 1)).toBe('5.1 MB');
    expect(dayText('2025-05-03')).toBe('3 May 2025');
    expect(dayText('2025-05-03', true)).toBe('3 May 2025');
    expect(dayText('soon')).toBe('soon');
  });
});
