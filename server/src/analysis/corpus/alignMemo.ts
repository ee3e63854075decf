// What one alignment of a story keeps for the next (an editor's keystroke re-reads one article of it): each
// statement's placement, and each candidate pair with the features the two statements alone decide
// (`ownPairFeatures`, corpus/alignFeatures.ts). A statement placed as before, but for where its article has it, is the
// same statement to the aligner; a pair of two such statements is carried, not found and weighed again. An edit
// weighs only the pairs of the statements it changed. Which pairs link is decided afresh every time (the words'
// rarity, the ranks, the groups), so an alignment with a memo is the alignment without one (alignMemo.test.ts).
import type { Reading } from '../types';
import { STORY_FEATURES, type Placed } from './alignFeatures';

export interface AlignMemo {
  /** Each article's statements as the last alignment placed them, the reading they came from, and their statements' marks. */
  articles: Map<string, PlacedArticle>;
  /** The candidate pairs of the last alignment, under the mark of the statement placed first. */
  pairs: Map<Mark, KeptPair[]>;
  /** Each article's statements as placed last, with what placing them read besides the reading (corpus/align.ts `placeStatements`). */
  placements: Map<string, KeptPlacement>;
}

/**
 * An article's statements as placed last: kept while its reading, the story's entities (the same map of mentions to
 * entities, which a kept linking gives again: corpus/entities/linkMemo.ts) and what placing read of the other articles
 * (`story`: its source label, the story's dates, its local offset) are the same.
 */
export interface KeptPlacement {
  reading: Reading;
  mentionEntity: Map<string, string>;
  story: string;
  placed: Placed[];
}

/** A candidate pair kept: the other statement's mark, the pair's own features, and its last probability with the features it was scored on that are not its own. */
export interface KeptPair {
  other: Mark;
  features: Float64Array;
  p?: number;
  storyFeatures?: Float64Array;
}

/**
 * A statement's identity to the aligner, kept from one alignment to the next while it is placed as before. An object
 * compared by identity: a mark of the last alignment's is settled.
 */
type Mark = object;

interface PlacedArticle {
  reading: Reading;
  placed: Placed[];
  marks: Mark[];
}

export function newAlignMemo(): AlignMemo {
  return { articles: new Map(), pairs: new Map(), placements: new Map() };
}

/** One alignment's use of a memo: made from the statements placed now, then told the pairs it weighs, then `finish`ed. */
export class MemoRun {
  /** The statements; those of an article whose reading and placement are as before are the objects placed then. */
  readonly placed: Placed[];
  private readonly marks: Mark[];
  /** Whether each statement's mark is the last alignment's. */
  private readonly settledAt: Uint8Array;
  private readonly positionOf = new Map<Mark, number>();
  private readonly articles = new Map<string, PlacedArticle>();
  private readonly pairs = new Map<Mark, KeptPair[]>();

  constructor(
    private readonly memo: AlignMemo,
    readings: Reading[],
    placed: Placed[],
  ) {
    const byUri = new Map(readings.map((r) => [r.uri, r]));
    this.placed = placed.slice();
    this.marks = new Array<Mark>(placed.length);
    this.settledAt = new Uint8Array(placed.length);
    // An article's statements are placed in one run (corpus/align.ts placeStatements).
    for (let at = 0; at < placed.length; ) {
      const uri = placed[at].uri;
      let end = at;
      while (end < placed.length && placed[end].uri === uri) end++;
      this.articles.set(uri, this.markArticle(byUri.get(uri)!, placed.slice(at, end), at));
      at = end;
    }
    this.marks.forEach((mark, i) => this.positionOf.set(mark, i));
  }

  /** Whether both statements are the last alignment's: their pair, if a candidate, is carried. */
  settled(i: number, j: number): boolean {
    return this.settledAt[i] === 1 && this.settledAt[j] === 1;
  }

  /** Whether a statement is new to the memo. */
  unsettled(i: number): boolean {
    return this.settledAt[i] === 0;
  }

  /** Each carried pair (positions in `placed` now, first before second). */
  carried(visit: (i: number, j: number, pair: KeptPair) => void): void {
    for (let i = 0; i < this.marks.length; i++) {
      if (this.settledAt[i] === 0) continue;
      for (const pair of this.memo.pairs.get(this.marks[i]) ?? []) {
        const j = this.positionOf.get(pair.other);
        if (j === undefined) continue;
        // A pair's own features do not depend on its order (a corpus's articles keep theirs, by uri, anyway).
        const [first, second] = i < j ? [i, j] : [j, i];
        visit(first, second, this.keep(first, second, pair));
      }
    }
  }

  /** A pair weighed in this alignment (i before j), with its own features, kept for the next. */
  record(i: number, j: number, features: readonly number[]): KeptPair {
    return this.keep(i, j, { other: this.marks[j], features: new Float64Array(features) });
  }

  /** The memo now holds this alignment's statements and pairs, for the next. */
  finish(): void {
    this.memo.articles = this.articles;
    this.memo.pairs = this.pairs;
  }

  private keep(i: number, j: number, pair: KeptPair): KeptPair {
    const first = this.marks[i];
    let list = this.pairs.get(first);
    if (!list) this.pairs.set(first, (list = []));
    const kept = pair.other === this.marks[j] ? pair : { ...pair, other: this.marks[j] };
    list.push(kept);
    return kept;
  }

  /**
   * An article's statements marked: its placement as before (the same reading, every statement alike), the objects
   * and marks of then; else each statement placed as one before but for where the article has it takes that one's mark.
   */
  private markArticle(reading: Reading, placed: Placed[], from: number): PlacedArticle {
    const before = this.memo.articles.get(reading.uri);
    if (before && before.reading === reading && before.placed.length === placed.length && before.placed.every((ref, k) => alike(ref, placed[k]))) {
      before.placed.forEach((ref, k) => {
        this.placed[from + k] = ref;
        this.marks[from + k] = before.marks[k];
        this.settledAt[from + k] = 1;
      });
      return before;
    }
    // A keystroke changes one statement or two: each is first asked against the statement at its place before, and
    // only the others are matched by their placements written out.
    const marks = new Array<Mark | undefined>(placed.length);
    const taken = new Set<number>();
    if (before) {
      placed.forEach((ref, k) => {
        if (k < before.placed.length && alike(projection(before.placed[k]), projection(ref))) {
          marks[k] = before.marks[k];
          taken.add(k);
        }
      });
    }
    const earlier = new Map<string, Mark[]>();
    if (before && taken.size < placed.length) {
      before.placed.forEach((ref, k) => {
        if (taken.has(k)) return;
        const p = placementOf(ref);
        const list = earlier.get(p);
        if (list) list.push(before.marks[k]);
        else earlier.set(p, [before.marks[k]]);
      });
    }
    placed.forEach((ref, k) => {
      const mark = marks[k] ?? (earlier.size > 0 ? earlier.get(placementOf(ref))?.shift() : undefined);
      if (mark) this.settledAt[from + k] = 1;
      this.marks[from + k] = marks[k] = mark ?? {};
    });
    return { reading, placed, marks: marks as Mark[] };
  }
}

/**
 * A kept pair's probability, given its features now (`x`): the last one while the features that are not its own
 * (`STORY_FEATURES`) are as they were, else `score()`'s, kept for the next.
 */
export function keptProbability(pair: KeptPair, x: readonly number[], score: () => number): number {
  const before = pair.storyFeatures;
  if (pair.p !== undefined && before && STORY_FEATURES.every((f, k) => before[k] === x[f])) return pair.p;
  pair.p = score();
  pair.storyFeatures = Float64Array.from(STORY_FEATURES, (f) => x[f]);
  return pair.p;
}

/**
 * A statement's placement without where its article has it (offsets, its sentence's and mentions' numbers): what the
 * aligner's pairs read of it. The pair guards and features (corpus/align.ts, corpus/alignFeatures.ts) read none of
 * what is left out; what placement made of it (the entities, the nearest words, the sentence's position) is kept in.
 * The context's vector is made from the context's words.
 */
function projection(ref: Placed): [object, object, object] {
  const { uri: _uri, index: _index, claim, quantity, contextVector: _vector, ...rest } = ref;
  const { start: _s, end: _e, sentence: _sentence, quantity: _q, entity: _entity, participants: _participants, attributedTo: _by, ...said } = claim;
  const { start: _qs, end: _qe, sentence: _qsentence, ...value } = quantity;
  return [rest, said, value];
}

/** A statement's projection written out, to match statements that moved. */
function placementOf(ref: Placed): string {
  return JSON.stringify(projection(ref));
}

/** Whether two placements are the same, field by field (what a statement is placed with may grow; this need not follow). */
function alike(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (ArrayBuffer.isView(x) || ArrayBuffer.isView(y)) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const [kx, ky] = [Object.keys(x), Object.keys(y)];
  if (kx.length !== ky.length) return false;
  const [ox, oy] = [x as Record<string, unknown>, y as Record<string, unknown>];
  return kx.every((k) => alike(ox[k], oy[k]));
}
