// Values read from the database, kept in this process until a table they rest on changes.
//
// It caches only with change notices (the embedded database): there this process is the only
// writer, held so by the data-directory lock, and each commit's notice arrives before the writer
// goes on. On PostgreSQL another instance may write unseen, so every `get` reads.
import type { TableChanges } from "../db/table-changes.js";

export class TableCache<V> {
  readonly #entries = new Map<string, V>();
  /** Bumped on every change notice, so a read that began before it is not kept after it. */
  #generation = 0;
  readonly #enabled: boolean;

  constructor(
    changes: TableChanges | null,
    tables: readonly string[],
    private readonly maxEntries = 10_000,
  ) {
    this.#enabled = changes !== null;
    changes?.subscribe((table) => {
      if (tables.includes(table)) this.clear();
    });
  }

  /** The value under `key`; `load` reads it when it is not kept. Nothing is kept for undefined. */
  async get(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    if (!this.#enabled) return load();
    if (this.#entries.has(key)) return this.#entries.get(key);
    const generation = this.#generation;
    const value = await load();
    if (value !== undefined && generation === this.#generation) this.#keep(key, value);
    return value;
  }

  clear(): void {
    this.#entries.clear();
    this.#generation++;
  }

  get size(): number {
    return this.#entries.size;
  }

  #keep(key: string, value: V) {
    // Maps iterate in insertion order: the first key is the oldest kept.
    if (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, value);
  }
}
