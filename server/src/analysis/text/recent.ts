// A map that holds the entries used last, at most `size` of them, dropping the one used longest ago: for work kept
// across keystrokes by what it depends on, where a whole folder's would be too much to hold.
/**
 * How many sentences (or lines) work kept by its text holds, per kind of work: far more than an edited article has,
 * so a keystroke reads only its own sentence anew, and a bound on what a large folder's load leaves behind.
 */
export const SENTENCES_KEPT = 4_000;

export class Recent<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** The value kept for the key, else `make()`'s, kept for it. */
  getOr(key: K, make: () => V): V {
    let value = this.get(key);
    if (value === undefined) this.set(key, (value = make()));
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }
}
