// Mentions inside a span, found by bisection over the document's mentions (they are sorted by start): the
// claim readers ask this for every number, and a scan of every mention each time made a long document with
// many numbers and names quadratic (1 MB of emoji-studded text took 20 s).
import type { Mention } from '../types';

const sortedChecked = new WeakMap<Mention[], boolean>();

function isSorted(mentions: Mention[]): boolean {
  let sorted = sortedChecked.get(mentions);
  if (sorted === undefined) {
    sorted = mentions.every((m, i) => i === 0 || mentions[i - 1].start <= m.start);
    sortedChecked.set(mentions, sorted);
  }
  return sorted;
}

/** The mentions lying inside [start, end], with their indices, in the order of `mentions`. */
export function mentionsWithin(mentions: Mention[], start: number, end: number): Array<[Mention, number]> {
  const out: Array<[Mention, number]> = [];
  if (!isSorted(mentions)) {
    mentions.forEach((m, i) => {
      if (m.start >= start && m.end <= end) out.push([m, i]);
    });
    return out;
  }
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length && mentions[i].start <= end; i++) if (mentions[i].end <= end) out.push([mentions[i], i]);
  return out;
}
