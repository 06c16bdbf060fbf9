import { z } from 'zod';

/** `:id` of a user-owned row. Any text is accepted so a malformed id answers 404 like a foreign one. */
export const IdParams = z.strictObject({ id: z.string().max(100) });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID; other ids cannot exist and are answered 404 without asking the database. */
export const isUuid = (id: string): boolean => UUID.test(id);
