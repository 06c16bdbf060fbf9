import { useState } from 'react';

/**
 * What a checklist box shows while its change is being saved. It is set inside the change handler,
 * so React keeps the box as clicked at once, instead of putting the old value back until the
 * mutation's own pending state arrives a moment later (a click that seemed not to take).
 */
export function useShownTick() {
  const [shown, setShown] = useState<{ id: string; done: boolean } | null>(null);
  return {
    /** The state to show for item `id`, whose saved state is `saved`. */
    checked: (id: string, saved: boolean) => (shown?.id === id ? shown.done : saved),
    show: (id: string, done: boolean) => setShown({ id, done }),
    /** Call once the save settled: the saved state is shown again. */
    clear: () => setShown(null),
  };
}
