/**
 * A bounded memo of computed values, evicting the least recently used. Catalog responses
 * are pure functions of the catalog revision and the request, so each loaded catalog keeps
 * one of these for its most asked-for answers.
 */
export class Memo<V> {
  readonly #entries = new Map<string, V>();

  constructor(readonly capacity: number) {}

  /** The value under a key, computing and keeping it on a miss. */
  get(key: string, compute: () => V): V {
    const hit = this.#entries.get(key);
    if (hit !== undefined || this.#entries.has(key)) {
      this.#entries.delete(key);
      this.#entries.set(key, hit as V);

      return hit as V;
    }
    const value = compute();
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }

    return value;
  }

  get size(): number {
    return this.#entries.size;
  }
}
