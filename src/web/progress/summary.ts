import type { TimeEntry } from '../api/types';

/** One week of the time log in a sentence and a short list: hours, build share, what. */
export function weekSummary(
  entries: TimeEntry[],
  titleOf: (kind: string, id: string) => string,
): { hours: number; sessions: number; buildShare: number | null; topics: [string, number][] } {
  let minutes = 0;
  let build = 0;
  const byTopic = new Map<string, number>();
  for (const entry of entries) {
    minutes += entry.minutes;
    if (entry.mode === 'build') build += entry.minutes;
    const title = titleOf(entry.targetKind, entry.targetId);
    byTopic.set(title, (byTopic.get(title) ?? 0) + entry.minutes);
  }
  return {
    hours: minutes / 60,
    sessions: entries.length,
    buildShare: minutes > 0 ? build / minutes : null,
    topics: [...byTopic]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([title, topicMinutes]) => [title, topicMinutes / 60]),
  };
}
