/**
 * The last few values asked for, by key: the build renders a few pages at a time (`build.concurrency`
 * in astro.config.mjs), and the pages of one document (its parts, its four files) come one after another,
 * so a document read or made for one of them serves the others, without the build holding the corpus.
 * A promise is kept as soon as it is made, so pages that ask at once share one reading.
 */
export class Recent<K, V> {
  readonly #values = new Map<K, V>();

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Recent: size must be a positive integer, not ${size}`);
  }

  /** The value kept for `key`, else `make()`'s, kept (the oldest is let go past `size`). */
  get(key: K, make: () => V): V {
    if (this.#values.has(key)) return this.#values.get(key)!;
    const value = make();
    this.#values.set(key, value);
    if (this.#values.size > this.size) this.#values.delete(this.#values.keys().next().value!);
    return value;
  }

  /** Lets `key`'s value go (a value that failed, so the next ask tries again). */
  delete(key: K): void {
    this.#values.delete(key);
  }
}
