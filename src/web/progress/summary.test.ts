import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../api/types';
import { weekSummary } from './summary';

const entry = (minutes: number, targetId: string, mode: TimeEntry['mode']): TimeEntry => ({
  id: `${targetId}-${minutes}-${mode}`,
  date: '2026-05-04',
  minutes,
  targetKind: 'skill',
  targetId,
  mode,
});
const titleOf = (_kind: string, id: string) => id.toUpperCase();

describe('the summary of a week for the check-in', () => {
  it('adds up hours and the build share, and lists topics by time spent', () => {
    const summary = weekSummary(
      [entry(90, 'sql', 'theory'), entry(120, 'python', 'build'), entry(30, 'sql', 'build')],
      titleOf,
    );
    expect(summary).toEqual({
      hours: 4,
      sessions: 3,
      buildShare: 150 / 240,
      topics: [
        ['PYTHON', 2],
        ['SQL', 2],
      ],
    });
  });

  it('has no build share for an empty week', () => {
    expect(weekSummary([], titleOf)).toEqual({
      hours: 0,
      sessions: 0,
      buildShare: null,
      topics: [],
    });
  });
});
