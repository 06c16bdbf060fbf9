/**
 * Today's date on this machine's calendar: what a person logs belongs to the day they lived, so
 * the CLI reads the local date at its edge and passes it into the core.
 */
export const localToday = (): string => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
