// How numbers are written in news, shared by every value kind: digits with thousands separators and scale
// words ("2.5 million", "£1.2m"), number words ("twenty-one", "a dozen"), the rounding a written number shows,
// and the hedge in front of it ("more than", "about") that turns a value into an interval.
import type { Tolerances } from '../../config';
import { lexicon, type HedgeKind } from '../../data/lexicon';

/** Number words as a pattern; their values are the lexicon's `numberWords`. */
export const WORD_NUMBER =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|half a dozen|a dozen|dozen)';
export const DIGITS = '(?:\\d{1,3}(?:,\\s?\\d{3}(?!\\d))+|\\d+)(?:\\.\\d+)?';
export const SCALE_WORD = '(?:[\\s-]?(?:hundred|thousand|million|billion|trillion)|(?:m|mn|bn|k)\\b)';
/** Digits with an optional scale, or number words with an optional scale: "2.5 million", "two thousand", "24,000". */
export const NUMBER = `(?:${DIGITS}${SCALE_WORD}?|${WORD_NUMBER}(?:\\s(?:hundred|thousand|million|billion))?)`;

export const SMALL: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, 'a dozen': 12, 'half a dozen': 6,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, mn: 1e6, bn: 1e9, k: 1e3 };

/** A pattern in either case at its first letter: "Five bombs were dropped" starts a sentence. */
export function anyCase(pattern: string): string {
  return pattern.replace(/(^|[(|:])([a-z])/g, (_m, before: string, c: string) => `${before}[${c}${c.toUpperCase()}]`);
}

/** "2.5 million" → 2,500,000; "twenty-one" → 21; "a dozen" → 12; NaN when it is no number. */
export function parseNumber(text: string): number {
  const t = text.toLowerCase().trim();
  const digits = /^(\d{1,3}(?:,\s?\d{3})+|\d+)(\.\d+)?[\s-]?(hundred|thousand|million|billion|trillion|m|mn|bn|k)?$/.exec(t);
  if (digits) return parseFloat(digits[1].replace(/[,\s]/g, '') + (digits[2] ?? '')) * (digits[3] ? SCALE[digits[3]] : 1);
  const words = /^(.+?)(?:\s(hundred|thousand|million|billion))?$/.exec(t);
  if (!words) return NaN;
  let base = SMALL[words[1]];
  if (base === undefined && words[1].includes('-')) {
    const [tens, ones] = words[1].split('-');
    base = (SMALL[tens] ?? NaN) + (SMALL[ones] ?? NaN);
  }
  return base * (words[2] ? SCALE[words[2]] : 1);
}

/**
 * The rounding a written number shows: the place value of its last non-zero digit ("2.5 million" → 100,000,
 * "300" → 100, "12" → 1). A bare value stands for what rounds to it, so "$2.5 million" and "$2.6 million"
 * differ while "300" and "about 300" do not.
 */
export function precisionOf(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  // A whole number below twenty is written as counted, not rounded: nobody writes "10 fire engines" for 13 without a
  // hedge ("about 10"), so "10" is ten, as "7" is seven.
  if (Number.isInteger(value) && Math.abs(value) < 20) return 1;
  let place = 1;
  while (value / place >= 10 && Number.isInteger(Math.round((value / (place * 10)) * 1e6) / 1e6)) place *= 10;
  if (!Number.isInteger(Math.round(value * 1e6) / 1e6)) {
    place = 1;
    while (place > 1e-6 && !Number.isInteger(Math.round((value / place) * 1e6) / 1e6)) place /= 10;
  }
  return place;
}

/** The hedge written just before `at` ("more than ", "about "), longest first. */
export function hedgeBefore(text: string, at: number, hedges = lexicon().hedges): { start: number; phrase: string; kind: HedgeKind } | undefined {
  const before = text.slice(Math.max(0, at - 30), at).toLowerCase();
  for (const hedge of hedges) {
    const suffix = `${hedge.phrase} `;
    if (before.endsWith(suffix)) {
      const start = at - suffix.length;
      if (start > 0 && /[\p{L}]/u.test(text[start - 1])) continue;
      return { start, phrase: hedge.phrase, kind: hedge.kind };
    }
  }
  return undefined;
}

/**
 * The interval a hedged value stands for; tolerances are configuration, not constants. `precision` is the rounding the
 * written number shows, in the value's units ("$11 billion": a billion), when the reader knows it.
 */
export function applyHedge(value: number, hedge: HedgeKind | undefined, shape: 'compound' | undefined, tolerances: Tolerances, precision?: number): { low: number | null; high: number | null } {
  switch (hedge) {
    case 'approximate': {
      const width = approximateWidth(value, precision, tolerances);
      return { low: value - width, high: value + width };
    }
    case 'nearly':
      return { low: value * (1 - tolerances.nearly), high: value };
    case 'above':
    case 'atLeast':
      return { low: value, high: null };
    // "less than 50 km" is said of a value near 50, not of 5: a bound is written just above the value. "Up to" is
    // a ceiling and says nothing of how low the value is.
    case 'below':
      return { low: value * (1 - tolerances.below), high: value };
    case 'atMost':
      return { low: null, high: value };
    case 'justOver':
      return { low: value, high: value * (1 + tolerances.nearly) };
    default:
      if (shape === 'compound') return { low: value * (1 - tolerances.compound), high: value * (1 + tolerances.compound) };
      return { low: value, high: value };
  }
}

/**
 * How far "about N" reaches from N: a round number is read loosely ("about 3,000", "about 10", "about 2.5 million":
 * ± the `approximate` tolerance), a number written to a finer step than that tolerance only to about its step ("about
 * 8" is 7 to 9 and "about 11" 9.9 to 12.1, so "about $8 billion" and "around $11 billion" are two sums), never
 * narrower than the `approximateFine` tolerance. The step is the place of the number's last digit, five of them when
 * that digit is a five or a zero counted in them ("about 15", "about 150": a half step of the next place).
 */
export function approximateWidth(value: number, precision: number | undefined, tolerances: Tolerances): number {
  const size = Math.abs(value);
  const loose = size * tolerances.approximate;
  if (precision === undefined || !(precision > 0) || size === 0) return loose;
  const steps = Math.round(size / precision);
  if (Math.abs(size / precision - steps) > 1e-6) return loose;
  const step = steps % 5 === 0 ? precision * 5 : precision;
  return Math.min(loose, Math.max(step, size * tolerances.approximateFine));
}

export function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}

/** What a kind's pattern read at a position, before the hedge and the span are applied. */
export interface Parsed {
  value: number;
  unit: string;
  /** A rough size ("hour-long"): widened by the `compound` tolerance. */
  compound?: boolean;
  /** Bounds given by the pattern itself ("dozens of" has no upper bound). */
  low?: number;
  high?: number | null;
  precision?: number;
}
