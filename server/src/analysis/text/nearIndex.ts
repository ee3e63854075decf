// Strings a letter or two apart, found without comparing every pair (symmetric deletion): each string is
// filed under itself and every string left by deleting up to `edits(length)` of its letters. Two strings
// within d edits of each other, d ≤ both their allowances, become one string by at most d deletions from
// each, so they share a key. A lookup gives candidates; the caller's own comparison still decides.
import { Recent } from './recent';
export interface NearIndex<T> {
  add(text: string, item: T): void;
  /** Every item filed under a string that may be within the allowed edits of `text`, each once. */
  candidates(text: string): T[];
}

/** `edits` must not decrease with length (a longer string never allows fewer edits than a shorter one). */
export function createNearIndex<T>(edits: (length: number) => number): NearIndex<T> {
  const byKey = new Map<string, T[]>();
  return {
    add(text, item) {
      for (const key of deletions(text, edits(text.length))) {
        const list = byKey.get(key);
        if (!list) byKey.set(key, [item]);
        else if (list[list.length - 1] !== item) list.push(item);
      }
    },
    candidates(text) {
      const found = new Set<T>();
      for (const key of deletions(text, edits(text.length))) for (const item of byKey.get(key) ?? []) found.add(item);
      return [...found];
    },
  };
}

/** Deletions made lately, by `max` and text (a story's names, filed again at every keystroke in it; a bounded few MB). */
const made = new Recent<string, ReadonlySet<string>>(2_000);

/** The string and every string made from it by deleting up to `max` letters; shared, so never changed. */
function deletions(text: string, max: number): ReadonlySet<string> {
  const key = `${max}\u0000${text}`;
  return made.getOr(key, () => computeDeletions(text, max));
}

function computeDeletions(text: string, max: number): Set<string> {
  const out = new Set([text]);
  let level = [text];
  for (let d = 0; d < max; d++) {
    const next: string[] = [];
    for (const s of level) {
      for (let i = 0; i < s.length; i++) {
        const shorter = s.slice(0, i) + s.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    level = next;
  }
  return out;
}
