// Binary searches over spans sorted by their start (tokens, sentences, paragraphs, mentions, quotations): the reading
// asks where an offset falls many times per document, and a scan per question was quadratic.

interface Starting {
  start: number;
}

interface Spanning extends Starting {
  end: number;
}

/** The index of the first item whose start is at or after `offset` (`items.length` when none is). */
export function firstStartingFrom(items: ArrayLike<Starting>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first item whose start is after `offset` (`items.length` when none is). */
export function firstStartingAfter(items: ArrayLike<Starting>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the span holding `offset` (start ≤ offset < end), of spans in order that do not overlap; -1 when none. */
export function indexHolding(spans: ArrayLike<Spanning>, offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid];
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
