// Readings arrive from the reader threads as structured clones, in which every string is a copy of its own: the
// words of a claim's context, an entity's type, a claim's attribute, a mention's kind. Nine strings in ten of a
// reading repeat one seen before (442 strings per gen10k reading, 10.5 % distinct), and the main thread keeps every
// reading: a pool gives each repeat the copy already held, so that the copies are collected. Strings are values in
// JavaScript (=== compares their characters), so nothing that reads a reading can tell.

export interface StringPool {
  /** The value with every string in it (walking objects and arrays, in place) replaced by an equal one already held. */
  intern<T>(value: T): T;
  /** Distinct strings held now. */
  readonly size: number;
}

/** Strings longer than this are rarely repeated (a quotation, a sentence): they are left as they are. */
const LONGEST = 64;

/** A pool that forgets what it holds after `limit` distinct strings, so that strings of readings gone can be collected. */
export function createStringPool(limit = 100_000): StringPool {
  let table = new Map<string, string>();
  const string = (s: string): string => {
    if (s.length > LONGEST) return s;
    const held = table.get(s);
    if (held !== undefined) return held;
    if (table.size >= limit) table = new Map();
    table.set(s, s);
    return s;
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return string(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') value[i] = string(item);
        else if (item !== null && typeof item === 'object') walk(item);
      }
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const item = record[key];
        if (typeof item === 'string') record[key] = string(item);
        else if (item !== null && typeof item === 'object') walk(item);
      }
    }
    return value;
  };
  return {
    intern: <T>(value: T): T => walk(value) as T,
    get size() {
      return table.size;
    },
  };
}
