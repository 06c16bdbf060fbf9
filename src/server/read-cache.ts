/**
 * A per-process cache of one computed read per user, valid for one key (the user's data version
 * and the day). Writes bump the data version in the database itself (a trigger, migration 0004),
 * so an entry is never served after a write, whichever process made it; the oldest users are
 * evicted first once `capacity` is reached.
 */
export class UserReadCache<T> {
  readonly #entries = new Map<string, { key: string; value: T }>();

  constructor(readonly capacity: number) {}

  get(userId: string, key: string): T | undefined {
    const entry = this.#entries.get(userId);
    if (!entry || entry.key !== key) return undefined;
    // Map keeps insertion order: re-inserting marks the user as recently used.
    this.#entries.delete(userId);
    this.#entries.set(userId, entry);
    return entry.value;
  }

  set(userId: string, key: string, value: T): void {
    this.#entries.delete(userId);
    this.#entries.set(userId, { key, value });
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
