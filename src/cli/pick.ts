import { UsageError } from './errors.js';

/** The first characters of an id, as the CLI's listings show it. */
export const shortId = (record: { id: string }): string => record.id.slice(0, 8);

/**
 * The one record whose id is `ref` or starts with it (at least 4 characters), as typed from a
 * listing. `noun` and `listing` name the record and the command that lists them in the error,
 * which exits 2 when nothing or more than one record matches.
 */
export function pickById<T extends { id: string }>(
  records: readonly T[],
  ref: string,
  noun: string,
  listing: string,
): T {
  const wanted = ref.trim().toLowerCase();
  const matches =
    wanted.length >= 4 ? records.filter((record) => record.id.startsWith(wanted)) : [];
  const [record] = matches;
  if (!record) throw new UsageError(`${noun}: no ${noun} with the id ${ref} (see ${listing})`);
  if (matches.length > 1) {
    throw new UsageError(`${noun}: ${ref} starts ${matches.length} ${noun} ids; give more of it`);
  }
  return record;
}
