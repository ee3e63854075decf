// Mentions and quotations around a span, found by bisection over the document's lists (sorted by start): the
// claim and speaker readers ask for every number, token and quotation, and a scan of the whole list each time
// made long documents quadratic (1 MB of emoji-studded text took 20 s, 200 KB of short quotations 56 s).
import type { Mention, Quotation, Span } from '../types';
import { firstStartingAfter, firstStartingFrom } from '../text/bisect';

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
  for (let i = firstStartingFrom(mentions, start); i < mentions.length && mentions[i].start <= end; i++) if (mentions[i].end <= end) out.push([mentions[i], i]);
  return out;
}

/** The spans (sorted by start) that contain [start, end]; spans nest or overlap only a few deep. */
function containingOf<T extends Span>(sorted: T[], start: number, end: number): T[] {
  const lo = firstStartingAfter(sorted, start);
  const out: T[] = [];
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (sorted[i].end >= end) out.push(sorted[i]);
  return out;
}

/** The mentions that contain [start, end] (a token inside a name). */
export function mentionsAround(mentions: Mention[], start: number, end: number): Mention[] {
  if (!isSorted(mentions)) return mentions.filter((m) => m.start <= start && end <= m.end);
  return containingOf(mentions, start, end);
}

const quotationOrder = new WeakMap<Quotation[], Quotation[]>();

/** Whether [start, end] lies inside one of the quotations (their marks included). */
export function insideQuotation(quotations: Quotation[], start: number, end: number): boolean {
  let sorted = quotationOrder.get(quotations);
  if (!sorted) quotationOrder.set(quotations, (sorted = [...quotations].sort((a, b) => a.start - b.start)));
  return containingOf(sorted, start, end).length > 0;
}
