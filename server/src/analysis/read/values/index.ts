// The value kinds, one import line each: adding a kind is its file, its words in data/values.json and a line here.
// `readValues` runs every kind over a sentence and keeps, where two read the same words, the kind of higher priority
// (then the longer reading); `formatValue` and `valuesDisjoint` ask the value's own kind.
import { lexicon } from '../../data/lexicon';
import type { Quantity, QuantityKind } from '../../types';
import type { Sentence, ValueKind } from './kind';
import { age } from './age';
import { category } from './category';
import { count } from './count';
import { date } from './date';
import { direction } from './direction';
import { duration, spanOfASum } from './duration';
import { length } from './length';
import { magnitude } from './magnitude';
import { measure } from './measure';
import { money } from './money';
import { percent } from './percent';
import { joinRanges } from './range';
import { rank } from './rank';
import { residence } from './residence';
import { score } from './score';
import { timeOfDay } from './timeOfDay';
import { weekday } from './weekday';

export const VALUE_KINDS: readonly ValueKind[] = [age, category, count, date, direction, duration, length, magnitude, measure, money, percent, rank, residence, score, timeOfDay, weekday];

const byKind = new Map<QuantityKind, ValueKind>(VALUE_KINDS.map((k) => [k.kind, k]));

export function valueKind(kind: QuantityKind): ValueKind | undefined {
  return byKind.get(kind);
}

/** Every value of every kind in one sentence, in text order, overlaps settled by priority and then length. */
export function readValues(sentence: Sentence): Quantity[] {
  const all = VALUE_KINDS.flatMap((k) => k.find(sentence).map((q) => ({ q, priority: k.priority })));
  all.sort((a, b) => b.priority - a.priority || b.q.end - b.q.start - (a.q.end - a.q.start) || a.q.start - b.q.start);
  const kept: Quantity[] = [];
  for (const { q } of all) if (!kept.some((k) => q.start < k.end && k.start < q.end) && !joinedToNumber(sentence, q)) kept.push(q);
  kept.sort((a, b) => a.start - b.start);
  return joinRanges(sentence, kept.map((q) => spanOfASum(sentence, q, kept)));
}

/**
 * A number written against another by a slash or a times sign is part of a fraction whose space was lost ("41/2
 * months" for 4½), of a mixed number ("4 1/2"), a ratio or a size ("480 x 360 pixels"), not a value by itself.
 */
function joinedToNumber(sentence: Sentence, q: Quantity): boolean {
  if (q.kind === 'date' || q.kind === 'time') return false;
  const before = sentence.text.slice(Math.max(sentence.from, q.start - 4), q.start);
  const after = sentence.text.slice(q.end, Math.min(sentence.to, q.end + 5));
  const digitsStart = /^\d/.test(q.text);
  const digitsEnd = /\d$/.test(q.text);
  return (digitsStart && /\d ?[/x×] ?$/.test(before)) || (digitsEnd && /^(?: ?[/x×] ?\d| \d\/\d)/.test(after)) || /^\d+\/\d/.test(q.text);
}

/** "90 min", "79–90 min", "> 60 min", "USD 2,600,000", "Thursday": the value as messages and hovers show it. */
export function formatValue(q: Quantity): string {
  return byKind.get(q.kind)?.format(q) ?? q.text;
}

/**
 * Whether two values cannot both be true. Values of different kinds or units are never compared. A kind may say how
 * (weekdays, categories, places); otherwise a bare value stands for what rounds to it: two bare values differ when
 * they are at least the coarser rounding step apart ("$2.5 million" vs "$2.6 million", "300" vs "200"; not "10" vs
 * "11", nor "$43,885,310" vs "$43 million"), and intervals differ when no value lies in both.
 */
export function valuesDisjoint(a: Quantity, b: Quantity, exact: number): boolean {
  if (a.kind !== b.kind) return false;
  const own = byKind.get(a.kind)?.disjoint;
  if (own) return own(a, b);
  const circle = byKind.get(a.kind)?.circle;
  const touching = byKind.get(a.kind)?.touchingApart === true;
  if (circle) return (a.halfDay || b.halfDay ? HALF_TURNS : TURNS).every((k) => intervalsDisjoint(a, turned(b, k * circle), exact, touching));
  return intervalsDisjoint(a, b, exact, touching);
}

/** A value written as one word with its unit, before the noun it sizes ("the 13-inch model", "a 12-nation deal"). */
const COMPOUND = /^[^\s-]+-[\p{L}]+$/u;

/** Whether a value is written as a modifier of the noun after it ("12-nation", "two-term", "15-inch"). */
export function sizesItsNoun(q: Quantity): boolean {
  return COMPOUND.test(q.text);
}

/** Whether two values of one kind say anything of each other (`ValueKind.comparable`); values of two kinds never do. */
export function valuesComparable(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  return byKind.get(a.kind)?.comparable?.(a, b) ?? true;
}

/**
 * The turns of its circle two values are compared at; a clock without its half of the day ("a quarter past nine") meets
 * both 9:15 and 21:15, at half turns.
 */
const TURNS = [-1, 0, 1];
const HALF_TURNS = [-1, -0.5, 0, 0.5, 1];

/** A value moved by `turn` (a whole turn of its circle, or half of one). */
function turned(q: Quantity, turn: number): Quantity {
  if (turn === 0) return q;
  return { ...q, low: q.low === null ? null : q.low + turn, high: q.high === null ? null : q.high + turn };
}

function intervalsDisjoint(a: Quantity, b: Quantity, exact: number, touchingApart = false): boolean {
  // Counts of differently written nouns ("200-student", "300 students") are compared when the statement says they count the same.
  if (a.unit !== b.unit && a.kind !== 'count') return false;
  if (a.precision !== undefined && b.precision !== undefined && a.low !== null && b.low !== null && a.low === a.high && b.low === b.high) {
    return roundedApart(a.low, a.precision, b.low, b.precision, byKind.get(a.kind)?.halfStepApart === true);
  }
  const [aLow, aHigh] = widen(a, exact);
  const [bLow, bHigh] = widen(b, exact);
  return touchingApart ? aHigh <= bLow || bHigh <= aLow : aHigh < bLow || bHigh < aLow;
}

/**
 * Whether two bare figures cannot be one. Each stands for what rounds to it, and writers round down as often as to the
 * nearest: the coarser figure covers from half its step below it (rounded to the nearest) to a whole step above it
 * (rounded down; half a step for a figure of one digit, `roundedDownBy`) — "$43 million" may be $43.9 million, "3 p.m."
 * may be 3:20, "20" may be 17 but not 13. Two figures of one rounding differ when they are a whole step apart ("300"
 * and "200"). For a kind whose writers do not round half a step up (`halfStepApart`), a figure half a step below the
 * coarser one is apart ("18-month" is no "two-year").
 */
function roundedApart(a: number, aPrecision: number, b: number, bPrecision: number, halfStepApart: boolean): boolean {
  const step = Math.max(roundingStep(a, aPrecision), roundingStep(b, bPrecision));
  const slack = 1e-9 * step;
  if (aPrecision === bPrecision) return Math.abs(a - b) >= step - slack;
  const [coarse, fine] = aPrecision > bPrecision ? [a, b] : [b, a];
  const below = halfStepApart ? fine <= coarse - step / 2 + slack : fine < coarse - step / 2 - slack;
  return below || fine >= coarse + roundedDownBy(coarse, Math.max(aPrecision, bPrecision), step) - slack;
}

/**
 * How far above a coarse figure the figure it rounds down may lie: a whole step ("$43 million" may be $43.9 million),
 * but half of one when the coarse figure is one digit of its step ("$3 million", "20", "5 percent"): a writer rounding
 * $3.5 million writes "$3.5 million" or "more than $3 million", not "$3 million", so the two are two figures.
 */
function roundedDownBy(coarse: number, precision: number, step: number): number {
  const digits = Math.round(coarse / precision);
  return step === precision && Math.abs(coarse / precision - digits) < 1e-9 && digits >= 2 && digits <= 9 ? step / 2 : step;
}

/**
 * How far below a bare value the figure it rounds may lie: its place value ("$43 million" may be $43.9 million), but
 * half of it for a lone leading 1 of a written round figure ("100", "1,000", "1 million"; not "a year" in minutes): a
 * writer rounding 140 down writes "more than 100" or "140", not "100", so "100" and "150" are two figures, while "100"
 * and "140" may be one.
 */
function roundingStep(value: number, precision: number): number {
  return value === precision && isPowerOfTen(value) && value >= 100 ? precision / 2 : precision;
}

/** 100, 1,000, 1,000,000 (and not "a year" counted in minutes, whose figure was one). */
function isPowerOfTen(value: number): boolean {
  const exponent = Math.round(Math.log10(value));
  return Math.abs(value - 10 ** exponent) < 1e-9 * value;
}

function widen(q: Quantity, exact: number): [number, number] {
  const low = q.low ?? -Infinity;
  // "less than 25 km" leaves out 25 km itself, so it and "less than 50 km" (25 to 50 km) do not meet.
  const high = q.high === null ? Infinity : strictlyBelow(q) ? q.high - 1e-9 * Math.max(1, Math.abs(q.high)) : q.high;
  if (low === high && q.precision !== undefined) return [low - q.precision / 2, high + q.precision / 2];
  if (low === high) return [low * (1 - exact), high * (1 + exact)];
  return [low, high];
}

function strictlyBelow(q: Quantity): boolean {
  return q.hedge !== undefined && lexicon().hedges.some((h) => h.phrase === q.hedge && h.kind === 'below');
}

export type { Sentence, ValueKind } from './kind';
