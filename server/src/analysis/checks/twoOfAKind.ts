// Two statements of one kind of value that the way each is worded tells apart as two things, whatever their link:
// two spans of different orders ("a 13-minute address" / "a three-year extension"); a multiplier against a multiplier
// of another thing or a tally ("four times that of the prior model" / "ten times the speed"); a value someone asks for
// against a value given ("seeking a 10-year contract" / "offered a seven-year deal"); two counts of one noun in two
// roles ("three terms … as a Democrat" / "his two-term tenure as attorney general"); the partners of one party against
// all the parties ("deals with 11 Pacific Rim nations" / "the 12-nation deal"). And a value of one variant of a thing,
// named by its size, against another's ("the 11-inch models … 5 hours" / "the 13- and 15-inch options … seven hours").
import { lexicon } from '../data/lexicon';
import { stem, wordSets } from '../read/statements/site';
import { sizesItsNoun, valuesDisjoint } from '../read/values';
import type { Claim, Quantity, QuantityKind, Reading } from '../types';

/** A statement with the reading it is read from. */
export interface Worded {
  reading: Reading;
  claim: Claim;
  quantity: Quantity;
}

/** Whether the wording of two statements of one kind says they are of two things. */
export function toldApartByWording(a: Worded, b: Worded): boolean {
  return spansOrdersApart(a.quantity, b.quantity) || multipliedApart(a, b) || askedAndGiven(a, b) || twoRoles(a, b) || partnersBesidesOne(a, b);
}

/**
 * How many times one span must be another's to be the span of another thing. Sources that misreport a span stay
 * within two orders: the widest such pair read on the 30 clusters and fresh/ is "412 months" against "four and a half
 * months" (92 times, a garbled "4½"); "10 minutes" against "three hours" (18 times) is one call told two ways. A
 * thousand times is minutes against years, hours against years, a day against three years: an address and an
 * extension it offered, never one span.
 */
const ANOTHER_SPAN = 1000;

/** Two spans a thousand times apart or more ("a 13-minute address" / "a three-year extension"). */
export function spansOrdersApart(a: Quantity, b: Quantity): boolean {
  if (a.kind !== 'duration' || b.kind !== 'duration') return false;
  const [la, lb] = [a.low ?? a.high, b.low ?? b.high];
  const [ha, hb] = [a.high ?? a.low, b.high ?? b.low];
  if (la === null || lb === null || ha === null || hb === null || la <= 0 || lb <= 0) return false;
  return la >= ANOTHER_SPAN * hb || lb >= ANOTHER_SPAN * ha;
}

/**
 * What a multiplier multiplies: the word after "N times the", "N times that", "N times as", "N times more" ("speed",
 * "that", "as", "more"); undefined for a count that is no multiplier ("hosted it eight times").
 */
const MULTIPLIED = /^\s+(?:the\s+|as\s+)?([\p{L}]+)/u;
const MULTIPLIER_FOLLOWERS = /^\s+(?:the|that|those|as|more|less|fewer|[\p{L}]+er\s+than)\b/u;

function multiplied(w: Worded): string | undefined {
  if (w.quantity.kind !== 'count' || !/\btimes$/i.test(w.quantity.text)) return undefined;
  const after = w.reading.text.slice(w.quantity.end, w.quantity.end + 60);
  if (!MULTIPLIER_FOLLOWERS.test(after)) return undefined;
  return MULTIPLIED.exec(after)?.[1].toLowerCase();
}

/**
 * A multiplier compares two things ("four times that of the prior model", "ten times the speed of USB 2.0"): it is
 * one statement with another multiplier of the same thing only, never with a tally of occasions.
 */
function multipliedApart(a: Worded, b: Worded): boolean {
  const [ma, mb] = [multiplied(a), multiplied(b)];
  return ma !== mb;
}

/**
 * A value someone seeks, wants, hopes for or demands is an ask; a value offered, paid or given is another thing
 * ("seeking a 10-year contract" / "offered a seven-year deal"). Two asks, or two statements of neither, are compared.
 */
function askedAndGiven(a: Worded, b: Worded): boolean {
  return ASKED_KINDS.has(a.quantity.kind) && asks(a) !== asks(b);
}

/** Kinds of value a party asks for or is given (a sum, a term of years, a number of things, a share), not where or when. */
const ASKED_KINDS = new Set<QuantityKind>(['money', 'duration', 'count', 'percent']);

/**
 * Whether a statement's value is what someone asks for: its predicate is a verb of asking, written before the value
 * within a few words ("is seeking a 10-year contract", "hoping his client could attract a 10-year deal"). After the
 * value, the verb says what the counted things ask for ("1.5 million women seeking back pay"), not that the value
 * is asked.
 */
function asks(w: Worded): boolean {
  if (!w.claim.predicate || !wishStems().has(w.claim.predicate)) return false;
  const sentence = w.reading.sentences[w.quantity.sentence];
  const before = w.reading.text.slice(Math.max(sentence?.start ?? 0, w.quantity.start - 80), w.quantity.start);
  if (before.split(/[^\p{L}]+/u).slice(-ASKED_WITHIN - 1).some((word) => word !== '' && stem(word.toLowerCase()) === w.claim.predicate)) return true;
  // "a $2.4 million ransom demanded by the hackers": a participle of asking right after the value's noun says the value
  // is asked, as the verb before it does.
  const after = w.reading.text.slice(w.quantity.end, Math.min(sentence?.end ?? Infinity, w.quantity.end + 40));
  return after.split(/[^\p{L}]+/u).slice(0, ASKED_PARTICIPLE_WITHIN + 1).some((word) => PARTICIPLE.test(word) && stem(word.toLowerCase()) === w.claim.predicate);
}

/** How many words after its value a participle of asking may stand ("$2.4 million ransom demanded": 2). */
const ASKED_PARTICIPLE_WITHIN = 3;
/** A past participle as verbs of asking write it ("demanded", "sought"). */
const PARTICIPLE = /^(?:[a-z]+ed|sought)$/;

/** How many words before its value a verb of asking may stand ("hoping his client could attract a 10-year deal": 6). */
const ASKED_WITHIN = 8;

/** The stems of the lexicon's verbs of asking, as statements' predicates are written (read/statements/site.ts). */
const wishStems = (): Set<string> => wordSets(lexicon()).wishStems;

/** Kinds of value a product's variants each have their own of: a price, a battery life, a count of ports, a share. */
const VARIANT_KINDS = new Set<QuantityKind>(['money', 'duration', 'count', 'percent']);

/** The sizes a sentence names its things by: lengths written as modifiers ("the 11-inch models", "the 15-inch"). */
function sizesNamed(reading: Reading, sentence: number): Quantity[] {
  return reading.quantities.filter((q) => q.sentence === sentence && q.kind === 'length' && sizesItsNoun(q));
}

/**
 * A statement whose sentence names a variant by its size ("The 11-inch models will start at $999 … and 5 hours of
 * battery life") is that variant's, when the story states the same thing of a variant of another size (another
 * source's "the 13- and 15-inch options … deliver seven hours of battery life"): it is set only against a statement
 * of a sentence naming the same size. A story that states it of one size only (one 12-foot python; the 17-inch
 * model's battery lifespan, "three times longer") has no variants of it, and its statements are compared as before.
 */
export function variantsApart(readings: Iterable<Reading>, a: Worded, b: Worded, exact: number): boolean {
  if (!VARIANT_KINDS.has(a.quantity.kind)) return false;
  const [sa, sb] = [sizesNamed(a.reading, a.quantity.sentence), sizesNamed(b.reading, b.quantity.sentence)];
  if (sa.length === 0 && sb.length === 0) return false;
  const sameSize = (x: Quantity, y: Quantity) => !valuesDisjoint(x, y, exact);
  if (sa.length > 0 && sb.length > 0) return !sa.some((x) => sb.some((y) => sameSize(x, y)));
  const named = sa.length > 0 ? sa : sb;
  // Variants of this statement: one of the same attribute and subject in a sentence that names another size.
  const alike = (c: Claim) => c.attribute === a.claim.attribute && (c.subject === a.claim.subject || c.subject === b.claim.subject);
  for (const reading of readings) {
    for (const c of reading.claims) {
      if (alike(c) && sizesNamed(reading, c.sentence).some((q) => !named.some((x) => sameSize(x, q)))) return true;
    }
  }
  return false;
}

/** Kinds of value said of someone in a role: terms, years served. */
const ROLE_KINDS = new Set<QuantityKind>(['count', 'duration']);

/** The words after "as" within a few words of a value, up to a clause's end ("… in the Senate as a Democrat and one"). */
const ROLE_AFTER = /^[^,;.:"“”]{0,40}?\bas\s+(?:(?:a|an|the)\s+)?([^,;.:"“”]+)/iu;

/**
 * The role a value's phrase names with "as" ("three terms in the Senate as a Democrat" → "democrat", "his two-term
 * tenure as Connecticut's attorney general" → "connecticut's attorney general"), up to a word that starts another
 * phrase (lexicon `roleEnders`: "and one as an independent").
 */
function roleOf(w: Worded): string | undefined {
  const after = w.reading.text.slice(w.quantity.end, w.quantity.end + 100);
  const words = ROLE_AFTER.exec(after)?.[1].toLowerCase().split(/\s+/).filter((x) => x !== '');
  if (!words) return undefined;
  const end = words.findIndex((x) => lexicon().roleEnders.has(x));
  const role = (end < 0 ? words : words.slice(0, end)).join(' ');
  return role === '' ? undefined : role;
}

/**
 * Two counts or spans of one noun, each said in a role it names with "as", in two different roles, are of two
 * offices ("served three terms in the Senate as a Democrat" / "his two-term tenure as Connecticut's attorney
 * general"). A value without a role is compared as before.
 */
function twoRoles(a: Worded, b: Worded): boolean {
  if (!ROLE_KINDS.has(a.quantity.kind)) return false;
  const [ra, rb] = [roleOf(a), roleOf(b)];
  return ra !== undefined && rb !== undefined && ra !== rb;
}

/** "deals with 11 nations": the count right after "with" is of someone's partners. */
const WITH_BEFORE = /\bwith\s+$/i;

/**
 * A count of the partners someone deals "with" leaves that party out; a count sized into the joint thing ("the
 * 12-nation deal", "a three-party coalition") counts every party. One more in the joint thing is the same story told
 * both ways ("trade deals with 11 Pacific Rim nations" / "the 12-nation Pacific trade deal"), not a disagreement.
 */
function partnersBesidesOne(a: Worded, b: Worded): boolean {
  if (a.quantity.kind !== 'count' || b.quantity.kind !== 'count') return false;
  const exactly = (q: Quantity) => (q.low !== null && q.low === q.high ? q.low : undefined);
  const [va, vb] = [exactly(a.quantity), exactly(b.quantity)];
  if (va === undefined || vb === undefined || Math.abs(va - vb) !== 1) return false;
  const [all, partners] = va > vb ? [a, b] : [b, a];
  const before = partners.reading.text.slice(Math.max(0, partners.quantity.start - 12), partners.quantity.start);
  return sizesItsNoun(all.quantity) && WITH_BEFORE.test(before);
}
