/** The current day in UTC as YYYY-MM-DD: read at the edges (routes, CLI), passed into the core. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
