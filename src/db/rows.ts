/** Drops the null columns of a row, so optional fields are absent rather than null in responses. */
export const withoutNull = <T extends Record<string, unknown>>(row: T) =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
