// What the alignment keeps per pair of statements, by the statements' positions and in typed arrays: the probability of
// every pair it scored (the corpus's claim links), and each candidate's features while the candidates are ranked. A
// large story scores hundreds of thousands of pairs (271,815 in gen10k's 182-article story): a string key per pair
// (75 MB) and a JS array of features per pair (about 110 MB while ranked) made most of that check's heap.
import type { ClaimRef } from '../types';

/** How likely two statements are one, for every pair the alignment scored (corpus/align.ts). */
export interface ClaimLinks {
  /** The pair's probability, in either order; undefined for a pair never scored (two statements of one source among them). */
  get(a: ClaimRef, b: ClaimRef): number | undefined;
  /** Pairs scored. */
  readonly size: number;
}

const EMPTY = -1;

/** A number per unordered pair of positions: an open-addressing hash table (linear probing) over typed arrays. */
export class PairTable {
  private low: Int32Array;
  private high: Int32Array;
  private values: Float64Array;
  private mask: number;
  size = 0;

  constructor(expected = 0) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.low = new Int32Array(capacity).fill(EMPTY);
    this.high = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  set(i: number, j: number, value: number): void {
    const [lo, hi] = i < j ? [i, j] : [j, i];
    if ((this.size + 1) * 2 > this.low.length) this.grow();
    const at = this.slot(lo, hi);
    if (this.low[at] === EMPTY) {
      this.low[at] = lo;
      this.high[at] = hi;
      this.size++;
    }
    this.values[at] = value;
  }

  get(i: number, j: number): number | undefined {
    const [lo, hi] = i < j ? [i, j] : [j, i];
    const at = this.slot(lo, hi);
    return this.low[at] === EMPTY ? undefined : this.values[at];
  }

  /** The pair's slot, or the empty slot where it would go. */
  private slot(lo: number, hi: number): number {
    let at = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    at = (at ^ (at >>> 15)) & this.mask;
    while (this.low[at] !== EMPTY && (this.low[at] !== lo || this.high[at] !== hi)) at = (at + 1) & this.mask;
    return at;
  }

  private grow(): void {
    const [low, high, values] = [this.low, this.high, this.values];
    this.low = new Int32Array(low.length * 2).fill(EMPTY);
    this.high = new Int32Array(low.length * 2);
    this.values = new Float64Array(low.length * 2);
    this.mask = this.low.length - 1;
    for (let k = 0; k < low.length; k++) {
      if (low[k] === EMPTY) continue;
      const at = this.slot(low[k], high[k]);
      this.low[at] = low[k];
      this.high[at] = high[k];
      this.values[at] = values[k];
    }
  }
}

/** The claim links of statements placed in this order, by position in `table`. */
export function claimLinks(placed: readonly ClaimRef[], table: PairTable): ClaimLinks {
  // Each document's statements by claim index → position (-1 for a claim not placed).
  const positions = new Map<string, number[]>();
  placed.forEach((ref, at) => {
    let list = positions.get(ref.uri);
    if (!list) positions.set(ref.uri, (list = []));
    while (list.length <= ref.index) list.push(-1);
    list[ref.index] = at;
  });
  const positionOf = (ref: ClaimRef) => positions.get(ref.uri)?.[ref.index] ?? -1;
  return {
    get(a, b) {
      const [i, j] = [positionOf(a), positionOf(b)];
      return i < 0 || j < 0 ? undefined : table.get(i, j);
    },
    get size() {
      return table.size;
    },
  };
}

/**
 * Candidate pairs in the order scored, each with its positions, a number and its feature vector kept sparse (the
 * features not 0, values exact): most of a pair's thirty-odd features are 0.
 */
export class PairRows {
  private first = new Int32Array(1024);
  private second = new Int32Array(1024);
  private scores = new Float64Array(1024);
  /** Row k's features are entries starts[k] to starts[k + 1]. */
  private starts = new Uint32Array(1025);
  private features = new Uint8Array(8192);
  private values = new Float64Array(8192);
  length = 0;

  push(i: number, j: number, score: number, x: readonly number[]): void {
    if (this.length + 1 >= this.first.length) {
      this.first = grown(this.first, this.first.length * 2);
      this.second = grown(this.second, this.first.length);
      this.scores = grown(this.scores, this.first.length);
      this.starts = grown(this.starts, this.first.length + 1);
    }
    const k = this.length++;
    this.first[k] = i;
    this.second[k] = j;
    this.scores[k] = score;
    let end = this.starts[k];
    if (x.length > 255) throw new Error('a feature vector of more than 255 features');
    if (end + x.length > this.features.length) {
      const size = Math.max(this.features.length * 2, end + x.length);
      this.features = grown(this.features, size);
      this.values = grown(this.values, size);
    }
    for (let f = 0; f < x.length; f++) {
      if (x[f] === 0) continue;
      this.features[end] = f;
      this.values[end++] = x[f];
    }
    this.starts[k + 1] = end;
  }

  i(k: number): number {
    return this.first[k];
  }

  j(k: number): number {
    return this.second[k];
  }

  score(k: number): number {
    return this.scores[k];
  }

  /** Row k's feature vector, written into `x` (every other feature 0). */
  featuresInto(k: number, x: number[]): number[] {
    x.fill(0);
    for (let e = this.starts[k]; e < this.starts[k + 1]; e++) x[this.features[e]] = this.values[e];
    return x;
  }
}

function grown<T extends Int32Array | Uint32Array | Uint8Array | Float64Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (size: number) => T)(size);
  bigger.set(array);
  return bigger;
}
