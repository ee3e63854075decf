// What every kind of value is: how it is found in a sentence, normalised (an interval in one base unit, with the
// rounding the writing implies), formatted for messages, and compared. One file per kind under read/values/; the
// registry (index.ts) lists them. A kind sees one sentence of one document and nothing else.
import type { Tolerances } from '../../config';
import type { Quantity, QuantityKind } from '../../types';
import type { Token } from '../tokens';
import { applyHedge, hedgeBefore, round, type Parsed } from './numbers';
import { lexicon } from '../../data/lexicon';

export interface Sentence {
  text: string;
  /** The sentence is text[from, to). */
  from: number;
  to: number;
  /** Index of the sentence in its reading. */
  index: number;
  tokens: Token[];
  tolerances: Tolerances;
  /** The article's date (YYYY-MM-DD) when it is known: "last year" and "Thursday" resolve against it. */
  date?: string;
}

export interface ValueKind {
  kind: QuantityKind;
  /**
   * When two kinds read overlapping text, the higher priority wins ("25 miles" is a length, not a count of miles;
   * "a 31-year-old" is an age, not a duration).
   */
  priority: number;
  find(sentence: Sentence): Quantity[];
  /** The normalised value as messages show it: "90 min", "40–46 m", "Thursday". */
  format(q: Quantity): string;
  /** Whether two values of this kind cannot both be true; by default their intervals, widened by rounding, are disjoint. */
  disjoint?(a: Quantity, b: Quantity): boolean;
  /**
   * Whether two values say anything of each other, so that one fitting the other states it; by default they do. A
   * month without its year says nothing of a year ("March" neither states nor denies "1962").
   */
  comparable?(a: Quantity, b: Quantity): boolean;
  /**
   * Values on a circle of this many base units (the minutes of a day): two values are compared at their nearest turn,
   * so "about 11:40 p.m." (23:10–00:10) meets "shortly before midnight".
   */
  circle?: number;
  /**
   * Two intervals of this kind that only touch do not meet: "about 5:30 p.m." (± 30 minutes) and "about 6:30 p.m."
   * share no minute but 6:00, which neither writer meant.
   */
  touchingApart?: boolean;
  /**
   * A bare figure half a step below a coarser one is not what that one rounds: "an 18-month deal" is no "two-year
   * deal" (a writer says a year and a half), nor "$25,000" a "$30,000" bonus, while "250" people may be "300".
   */
  halfStepApart?: boolean;
}

/**
 * A match of a kind's pattern as a quantity: the hedge written before it widens the value, a bare number keeps the
 * rounding it shows. `at` is where the pattern matched, `end` where it ends.
 */
export function quantityAt(s: Sentence, kind: QuantityKind, at: number, end: number, parsed: Parsed): Quantity {
  const hedge = hedgeBefore(s.text, at);
  const start = hedge ? hedge.start : at;
  const interval = applyHedge(parsed.value, hedge?.kind, parsed.compound ? 'compound' : undefined, s.tolerances, parsed.precision);
  const low = parsed.low ?? interval.low;
  const high = parsed.high !== undefined ? parsed.high : interval.high;
  return {
    start,
    end,
    text: s.text.slice(start, end),
    kind,
    low: round(low),
    high: high === null ? null : round(high),
    unit: parsed.unit,
    hedge: hedge?.phrase ?? (parsed.compound ? s.text.slice(at, end).replace(/^an?\s/i, '').toLowerCase() : undefined),
    sentence: s.index,
    ...(parsed.precision !== undefined && !hedge && !parsed.compound ? { precision: parsed.precision } : {}),
  };
}

/** Every match of a sticky-free global pattern inside the sentence, as [match, absolute index]. */
export function* matchesIn(s: Sentence, re: RegExp): Generator<RegExpExecArray> {
  const slice = s.text.slice(0, s.to);
  re.lastIndex = s.from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

/** "1,234" as written for messages: integers with separators, one decimal under ten. */
export function showNumber(value: number, decimals = 1): string {
  const scale = 10 ** decimals;
  const rounded = Math.abs(value) >= 10 && decimals <= 1 ? Math.round(value) : Math.round(value * scale) / scale;
  return rounded.toLocaleString('en-US');
}

/** "90 min", "79–90 min", "> 60 min": an interval in a unit, `size` being the unit's size in the base unit. */
export function showInterval(q: Quantity, unit: string, size = 1, unitFirst = false, decimals = 1): string {
  const show = (v: number) => showNumber(v / size, decimals);
  const withUnit = (s: string) => (unit === '' ? s : unitFirst ? `${unit} ${s}` : `${s} ${unit}`);
  if (q.low !== null && q.high !== null) return withUnit(q.low === q.high ? show(q.low) : `${show(q.low)}–${show(q.high)}`);
  // "at least 12" includes 12, "more than 12" does not; "up to 12" includes it, "less than 12" does not.
  if (q.low !== null) return withUnit(`${hedgeKind(q) === 'atLeast' ? '≥' : '>'} ${show(q.low)}`);
  if (q.high !== null) return withUnit(`${hedgeKind(q) === 'atMost' ? '≤' : '<'} ${show(q.high)}`);
  return q.text;
}

/** The kind of the hedge that made a value an interval ("approximate" for "about"), as the lexicon names it. */
export function hedgeKind(q: Quantity): string | undefined {
  return q.hedge === undefined ? undefined : lexicon().hedges.find((h) => h.phrase === q.hedge)?.kind;
}
