// A sentence's values, kept: a keystroke reads its article again, and every sentence but the edited one gives the
// values it gave before. What a sentence's values depend on is its own text, the few characters before it that a hedge
// or a pattern looks back at, the article's date and the tolerances; they are kept by those, at offsets from the
// sentence's start, and given back moved to where the sentence now is.
import type { Tolerances } from '../../config';
import type { Quantity } from '../../types';
import { Recent, SENTENCES_KEPT } from '../../text/recent';
import type { Sentence } from './kind';
import { readValues } from './index';

/** How far before its sentence a value looks: a hedge ("approximately ", up to 30 characters) and its word boundary. */
const LOOK_BACK = 40;
/**
 * A few patterns look back over a run of letters or spaces of any length ("Gigante, 72", "… later.\n\nShe was 32."):
 * such a run is taken whole, with the marks before it, up to this length (a sentence behind a longer run is read anew).
 */
const RUN_LIMIT = 400;
const RUN_CHAR = /[\p{L}\s'’.-]/u;

const kept = new Recent<string, Quantity[]>(SENTENCES_KEPT);
const toleranceIds = new WeakMap<Tolerances, number>();
let nextToleranceId = 0;

/** Lets the kept values go (a thread that reads no more, read/caches.ts). */
export function forgetKeptValues(): void {
  kept.clear();
}

/** `readValues` of the sentence, from what was kept when the same text was read before. */
export function readValuesKept(s: Sentence): Quantity[] {
  const start = contextStart(s.text, s.from);
  if (start < 0) return readValues(s);
  let tolerances = toleranceIds.get(s.tolerances);
  if (tolerances === undefined) toleranceIds.set(s.tolerances, (tolerances = nextToleranceId++));
  const key = `${tolerances}\u0000${s.date ?? ''}\u0000${s.from - start}\u0000${s.text.slice(start, s.to)}`;
  const relative = kept.getOr(key, () => readValues(s).map((q) => ({ ...q, start: q.start - s.from, end: q.end - s.from })));
  return relative.map((q) => ({ ...q, start: q.start + s.from, end: q.end + s.from, sentence: s.index }));
}

/** Where the text a sentence's values may look at begins; -1 when a run before it is too long to keep by. */
function contextStart(text: string, from: number): number {
  let at = Math.max(0, from - LOOK_BACK);
  while (at > 0 && RUN_CHAR.test(text[at - 1])) {
    at--;
    if (from - at > RUN_LIMIT) return -1;
  }
  // The marks a run follows ("32." after ".”\n\n") and a word boundary.
  return Math.max(0, at - 3);
}
