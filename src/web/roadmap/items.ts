import type { PlanItem } from '../api/types';

/** One line per activity: a skill studied both ways in a week is one line with two parts. */
export interface ItemGroup {
  kind: PlanItem['kind'];
  id: string;
  title: string;
  parts: { mode: PlanItem['mode']; hours: number }[];
}

export function groupItems(items: readonly PlanItem[]): ItemGroup[] {
  const groups: ItemGroup[] = [];
  for (const item of items) {
    const group = groups.find((g) => g.kind === item.kind && g.id === item.id);
    const part = group?.parts.find((p) => p.mode === item.mode);
    if (part) part.hours += item.hours;
    else if (group) group.parts.push({ mode: item.mode, hours: item.hours });
    else {
      groups.push({
        kind: item.kind,
        id: item.id,
        title: item.title,
        parts: [{ mode: item.mode, hours: item.hours }],
      });
    }
  }
  return groups;
}
