// A sentence that gives two values of one kind tells two things apart: two models and their prices ("costs $1199,
// while the 15-inch will sell for $1499"), two groups ("protection for 300,000 people, and … 700,000 Dreamers"), two
// people's tallies ("Billy Crystal did it eight times, Whoopi Goldberg took on four"), a part and its whole ("three
// out of four lines", "three of his eight children"). Each value of such a listing belongs to one of the things it
// lists, which an alignment of its statement with another source's may not have picked out.
import { lexicon } from '../data/lexicon';
import { sizesItsNoun, valuesDisjoint } from '../read/values';
import type { Claim, Quantity, QuantityKind, Reading } from '../types';

/**
 * Kinds of value a sentence lists side by side for several things. Days, dates and times are left out: one sentence
 * often dates two steps of one event ("shot on Monday, charged on Tuesday"); ages are said of their people already.
 */
const LISTED_KINDS = new Set<QuantityKind>(['count', 'money', 'percent', 'rank', 'length', 'duration']);

/**
 * Kinds whose listing is enough to tell a source's statement from another source's other value, at any link.
 * Durations are left out: one sentence tells two calls apart by their people ("conversed for around an hour, while
 * Putin's call lasted close to an hour and a half"), which the statements' participants already weigh. So are
 * lengths: a sentence that gives a distance and a depth ("about 14 miles northeast of Healdsburg … a depth of 12
 * miles", both read as distances) hid a real error of depth (units9: the 13-inch and 15-inch models stay unexcused).
 */
const TELLING_KINDS = new Set<QuantityKind>(['count', 'money', 'percent', 'rank']);

/** The words between a part and its whole: "three out of four lines", "three of his eight children", "two of the five". */
const PART_OF_WHOLE = /^\s*(?:out\s+)?of\s+(?:(?:the|his|her|its|their|our|your|all)\s+)?$/i;

/** A count written as the part of a whole ("three out" of "three out of four"): the reader takes "out" for its noun. */
const PART_WORD = /\sout$/i;

/**
 * Whether `conversion` stands in brackets right after `value` in `text` ("55 kilometers (34 miles)"): the one value told
 * in two units, even when the conversion is wrong, never two things.
 */
export function convertedBy(text: string, value: Quantity, conversion: Quantity): boolean {
  return value.end <= conversion.start && /^\s*\(\s*$/.test(text.slice(value.end, conversion.start));
}

/** Whether one of two values of `text` is the other's conversion in brackets, either way round. */
export function oneValueConverted(text: string, a: Quantity, b: Quantity): boolean {
  return convertedBy(text, a, b) || convertedBy(text, b, a);
}

/** Whether `part` is told as a part of `whole`, right before it ("three out of four lines", "three of his eight children"). */
function partOf(reading: Reading, part: Quantity, whole: Quantity): boolean {
  if (part.kind !== 'count' || whole.kind !== 'count' || part.end > whole.start) return false;
  return PART_OF_WHOLE.test(reading.text.slice(part.end, whole.start));
}

/**
 * Whether a value `a` of a sentence is of the kind of its value `b` and measured alike: sums in one currency, lengths
 * or spans in one unit, counts of one noun, or `a` a bare count ("Whoopi Goldberg took on four") beside a counted `b`,
 * or a part and its whole. Two tolls of two predicates ("killed five … injured three") count two sets, not two of one kind; two
 * lengths of two measures (a distance and a depth) are two dimensions.
 */
function alike(reading: Reading, a: Quantity, b: Quantity, claimOf: (q: Quantity) => Claim | undefined): boolean {
  if (a.kind !== b.kind) return false;
  const tolls = lexicon().tollNouns;
  const tollOf = (q: Quantity) => {
    const predicate = claimOf(q)?.predicate;
    return predicate && tolls.has(predicate) ? predicate : undefined;
  };
  if (tollOf(a) !== tollOf(b)) return false;
  if (a.kind === 'length') return a.unit === b.unit && claimOf(a)?.measure === claimOf(b)?.measure;
  if (a.kind !== 'count') return a.unit === b.unit;
  if (partOf(reading, a, b) || partOf(reading, b, a)) return true;
  if (PART_WORD.test(a.text) || PART_WORD.test(b.text)) return false;
  // Only the listed value may leave its noun out ("took on four" after "eight times"): a bare statement ("by 33
  // Senate Democrats") beside a counted value ("thousands of activists") lists nothing.
  return a.unit === b.unit || a.unit === 'count';
}

/**
 * The other values of the sentence of `q` (a value of `reading`) that are of its kind and measured alike; with
 * `stated`, only those read as statements, or a part or whole of `q` ("three out" of "three out of four lines"). A
 * count with a fraction ("magnitudes ranging from 3.6 to 4.3") counts no things.
 */
function siblings(reading: Reading, q: Quantity, stated = false): Quantity[] {
  // The statement of each value of the sentence, by where the value starts (a statement's value may be a copy).
  const claims = new Map<number, Claim>();
  for (const c of reading.claims) if (reading.quantities[c.quantity].sentence === q.sentence) claims.set(reading.quantities[c.quantity].start, c);
  const claimOf = (x: Quantity) => claims.get(x.start);
  const whole = (x: Quantity) => x.kind !== 'count' || [x.low, x.high].every((v) => v === null || Number.isInteger(v));
  const statedOrPart = (o: Quantity) => !stated || claims.has(o.start) || partOf(reading, o, q) || partOf(reading, q, o);
  // An open value ("thousands of activists", "at least $6 billion") fits any larger one: it lists no value of its own.
  const bounded = (o: Quantity) => o.low !== null && o.high !== null;
  // The figure a change started from ("fell to 3.5 percent from 3.6 percent") is the same thing earlier, not another thing listed.
  const earlier = (o: Quantity) => claimOf(o)?.modifiers.includes('earlier') === true;
  return reading.quantities.filter((o) => o.sentence === q.sentence && o.start !== q.start && bounded(o) && whole(o) && statedOrPart(o) && !earlier(o) && !oneValueConverted(reading.text, o, q) && alike(reading, o, q, claimOf));
}

/**
 * Whether `q` (a value of `reading`) is one value of a listing: its sentence gives another value of its kind, measured
 * alike, that it does not fit. Such a statement is of one of the listed things, so a link the scorer is not sure of ("the 13-inch
 * model" / "the 15-inch"; "300,000 people" / "700,000 Dreamers") says nothing of a disagreement.
 */
export function oneOfAListing(reading: Reading, q: Quantity, exact: number): boolean {
  if (!LISTED_KINDS.has(q.kind)) return false;
  const others = siblings(reading, q).filter((o) => valuesDisjoint(o, q, exact));
  return others.length > 0 && !brokenDown(reading, q, others);
}

/** "the other two bombs": what is left of a set already counted. */
const REMAINDER = /\bother\s+$/i;

/**
 * Whether the smaller counts that follow `whole` in its sentence tell where its things went ("Four bombs were dropped -
 * two landed inside the camp, while the other two…"): they add up to it, or one is "the other" of them. The sentence
 * then counts one set, not several things side by side.
 */
function brokenDown(reading: Reading, whole: Quantity, parts: Quantity[]): boolean {
  const exactly = (x: Quantity) => (x.low !== null && x.low === x.high ? x.low : undefined);
  const total = exactly(whole);
  if (whole.kind !== 'count' || total === undefined) return false;
  let sum = 0;
  for (const part of parts) {
    const value = exactly(part);
    if (part.start < whole.end || value === undefined || value >= total) return false;
    sum += value;
  }
  // "Seventeen people survived, four of them in critical condition": a part of the whole a pronoun names is a share of
  // it, not another thing listed beside it.
  const shares = parts.every((part) => PRONOUN_SHARE.test(reading.text.slice(part.end, part.end + 20)));
  return sum === total || shares || parts.some((part) => REMAINDER.test(reading.text.slice(whole.end, part.start)));
}

/** "of them", "of whom" right after a smaller count: a share of the count before it. */
const PRONOUN_SHARE = /^\s+of\s+(?:them|whom|those)\b/i;

/**
 * Whether the sentence of `q` (a value of `reading`) also gives, as another value of its kind, one that fits `other`
 * and not `q`: its source tells
 * the two values apart (the 13-inch model and the 15-inch; three lines of four) and does not disagree with a source
 * that gives the other. The verbs of a listing vary ("costs $1199, while the 15-inch will sell for $1499"), so they are
 * not compared, except a toll's: killed and injured count two sets.
 */
export function sentenceGivesBoth(reading: Reading, q: Quantity, other: Quantity, exact: number): boolean {
  return other.kind === q.kind && givesFitting(valuesTellingApart(reading, q, exact), other, exact);
}

/**
 * The values of the sentence of `q` that tell it apart as another thing of its kind (`sentenceGivesBoth` asks whether
 * one of them fits a value): what does not depend on the value asked of, computed once per statement by a story index.
 */
export function valuesTellingApart(reading: Reading, q: Quantity, exact: number): Quantity[] {
  const sizes = sizeOfAVariant(q);
  if (!TELLING_KINDS.has(q.kind) && !sizes) return [];
  return siblings(reading, q, true).filter((o) => (!sizes || sizeOfAVariant(o)) && valuesDisjoint(o, q, exact));
}

/** Whether one of `values` (of a sentence that tells them apart from its statement's value) gives `other`. */
export function givesFitting(values: readonly Quantity[], other: Quantity, exact: number): boolean {
  return values.some((o) => !valuesDisjoint(o, other, exact));
}

/**
 * A length written as a modifier of its noun ("the 13-inch MacBook Pro", "the 15-inch") names a variant of a thing by
 * its size: two of them in one sentence are two variants, told apart like counts. A distance or a depth is not
 * written so ("about 14 miles northeast", "a depth of 12 miles"), so the depth error that keeps lengths out of
 * TELLING_KINDS stays reported.
 */
function sizeOfAVariant(q: Quantity): boolean {
  return q.kind === 'length' && sizesItsNoun(q);
}

/**
 * The counts of the sentence of `q` (a count of `reading`) that are a part of it or its whole, and of another value
 * ("three of his eight children"): the strictest way a sentence tells two counts apart, which a third source of the
 * story may do for two others (one of these fitting the other's value).
 */
export function partsAndWholes(reading: Reading, q: Quantity, exact: number): Quantity[] {
  if (q.kind !== 'count') return [];
  return siblings(reading, q, true).filter((o) => (partOf(reading, o, q) || partOf(reading, q, o)) && valuesDisjoint(o, q, exact));
}

/** Between two counts added in one sentence: the first's noun, if not in its value, then "and" ("87 passengers and "). */
const ADDED_AFTER = /^(?:\s+[a-z-]+){0,2}\s+and\s+$/i;

/**
 * "96 people on board" against "87 passengers": a count of a general noun that a source gives as the sum of two counts
 * joined by "and" in one sentence ("carrying 87 passengers and nine crew"), the other statement's value being the first
 * of them, counts the sum, not the part: nothing to tell. `readings`: the articles of the group the two stand in.
 */
export function givenAsSum(readings: Iterable<Reading>, total: { claim: Claim; quantity: Quantity }, part: Quantity, exact: number): boolean {
  if (total.claim.attribute !== 'count' || part.kind !== 'count' || !lexicon().generalNouns.has(total.claim.subject ?? '')) return false;
  const one = (q: Quantity) => (q.low !== null && q.low === q.high ? q.low : undefined);
  const [whole, first] = [one(total.quantity), one(part)];
  if (whole === undefined || first === undefined) return false;
  for (const reading of readings) {
    const qs = reading.quantities;
    for (let i = 0; i + 1 < qs.length; i++) {
      const [q, next] = [qs[i], qs[i + 1]];
      if (q.kind !== 'count' || next.kind !== 'count' || q.sentence !== next.sentence || q.unit !== part.unit || one(q) !== first) continue;
      const added = one(next);
      if (added !== undefined && ADDED_AFTER.test(reading.text.slice(q.end, next.start)) && Math.abs(first + added - whole) <= exact * whole) return true;
    }
  }
  return false;
}
