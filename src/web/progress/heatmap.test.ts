import { describe, expect, it } from 'vitest';
import { heatLevel, heatmapGrid, WEEKS_SHOWN } from './heatmap';

describe('heatmapGrid', () => {
  // 2026-03-12 is a Thursday.
  const today = '2026-03-12';

  it('lays out 53 Monday-first weeks ending with the week of today', () => {
    const grid = heatmapGrid(today, []);
    expect(grid.weeks).toHaveLength(WEEKS_SHOWN);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
    const last = grid.weeks[WEEKS_SHOWN - 1] ?? [];
    expect(last[0]?.date).toBe('2026-03-09');
    expect(last[3]?.date).toBe(today);
    expect(last.slice(4)).toEqual([null, null, null]);
    expect(grid.weeks[0]?.[0]?.date).toBe('2025-03-10');
  });

  it('counts active days, minutes and streaks', () => {
    const grid = heatmapGrid(today, [
      { date: '2026-03-01', minutes: 30 },
      { date: '2026-03-02', minutes: 45 },
      { date: '2026-03-03', minutes: 20 },
      { date: '2026-03-10', minutes: 60 },
      { date: '2026-03-11', minutes: 150 },
    ]);
    expect(grid.activeDays).toBe(5);
    expect(grid.totalMinutes).toBe(305);
    expect(grid.longestStreak).toBe(3);
    expect(grid.currentStreak).toBe(2);
    const cell = grid.weeks.flat().find((day) => day?.date === '2026-03-11');
    expect(cell).toEqual({ date: '2026-03-11', minutes: 150, level: 4 });
  });

  it('grades minutes into five levels', () => {
    expect([0, 10, 30, 60, 120].map(heatLevel)).toEqual([0, 1, 2, 3, 4]);
  });
});
