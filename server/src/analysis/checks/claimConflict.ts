// What the conflict checks share (quantity-, time-, place- and description-conflict): a group of aligned statements
// (corpus/align.ts) whose values cannot all be true. One finding per disagreement: the members are split into sides
// by their values, the side most sources take is the reference, and each source of each other side is reported once,
// on its first statement there, with every source of the other sides as related information (a tie: one side
// reported, the other linked; never both). A source whose value fits two sides ("more than an hour" beside 50–70 and 90 minutes) takes no side, and
// a source that gives both values is telling two things apart, not disagreeing.
import type { Config } from '../config';
import { alignModel } from '../corpus/align';
import { isPeriod, samePredicate, tollAgainstOtherCount } from '../corpus/alignFeatures';
import type { Corpus } from '../corpus/corpus';
import { claimName } from '../corpus/claimNames';
import { speakingVerb } from '../corpus/dayEvents';
import { sameClockTwoZones } from '../corpus/localTime';
import { lexicon } from '../data/lexicon';
import { formatValue, valuesComparable, valuesDisjoint } from '../read/values';
import { vagueCount } from '../read/values/count';
import { SMALL } from '../read/values/numbers';
import { hedgeKind } from '../read/values/kind';
import { degreesApart } from '../read/values/direction';
import { lemma, stem, thingOf } from '../read/statements/site';
import { listSources, writtenValue } from '../text/format';
import type { Attribute, Claim, ClaimGroup, ClaimRef, Finding, FindingCode, Quantity, Reading, Severity } from '../types';
import { fingerprint, severityFor } from './finding';
import { convertedBy, givenAsSum, givesFitting, oneOfAListing, oneValueConverted, sentenceGivesBoth } from './sentenceValues';
import { statementsToldApart } from './thirdSources';
import { toldApartByWording, variantsApart } from './twoOfAKind';
import { mentionEntity } from '../corpus/entities/mentionEntities';
import { joinMirroredGroups } from './mirroredGroups';

export interface ConflictKind {
  code: FindingCode;
  attributes: ReadonlySet<Attribute>;
}

/** How sure the scorer must be that two statements are one before their values are set against each other: its own threshold. */
const REPORT_AT = alignModel().threshold;
/**
 * How sure the surest link between the reported statement and another side must be for a disagreement to be more
 * than a hint (editors show hints in the text, not in the Problems panel; `check` prints them, and exits 0 on them).
 * Grouping joins statements at the model's threshold, but saying that a source is wrong is a stronger claim: of 26
 * quantity and time conflicts read by a fact-checker, those linked below this were 1 real in 13 (unrelated figures
 * that share a unit, two events of one story), those above it 5 in 10. It is the aligner's "sure link".
 */
const DISAGREE_AT = 0.85;
/** How sure a link must be for a source that gives two of a group's values to count on a side. */
const TWO_SIDED_AT = 0.9;
/** How many other sources must give another value for a source's lone value to be read as its slip (one: "17 million" among its own and another's "11 million"). */
const SLIP_AGAINST = 1;
/** At or above this, and with both values stated as fact, the disagreement is an error. */
const ERROR_AT = 0.9;

export interface Side {
  members: ClaimRef[];
  sources: Set<string>;
}

export function claimConflicts(corpus: Corpus, config: Config, kind: ConflictKind): Finding[] {
  const findings: Reported[] = [];
  for (const group of joinMirroredGroups(corpus.claimGroups)) {
    if (!kind.attributes.has(group.attribute)) continue;
    if (new Set(group.claims.map((c) => c.uri)).size < 2) continue;
    const sides = sidesOf(corpus, group, config);
    if (sides.length < 2) continue;
    // Of two sides as many sources take, the reference is the one fewer of whose sources date the same act on
    // another side's day elsewhere (a lede's day against the day its article repeats lower down).
    // (Asked only of sides that tie, once each: a group's check runs at every keystroke in its story.)
    const unsure = new Map<Side, number>();
    const datedTwiceOf = (side: Side) => unsure.get(side) ?? unsure.set(side, datedTwice(corpus, config, side, sides)).get(side)!;
    // Then the one more sources outside the group state in words the alignment kept apart ("about 430,000 homes" in a
    // third article beside two articles' "340,000" and "430,000"): a tie of two sources is seldom the story's whole word.
    const outside = new Map<Side, number>();
    const backedOf = (side: Side) => outside.get(side) ?? outside.set(side, backedOutside(corpus, config, side, sides)).get(side)!;
    const [reference, ...others] = [...sides].sort(
      (a, b) => b.sources.size - a.sources.size || backedOf(b) - backedOf(a) || datedTwiceOf(a) - datedTwiceOf(b) || firstUri(a).localeCompare(firstUri(b)),
    );
    // Every source of a minority side is told in its own file, once; the reference side is never reported.
    for (const side of others) {
      for (const uri of [...side.sources].sort()) {
        const reported = report(corpus, config, kind, group, side, uri, sides.filter((s) => s !== side), reference);
        if (reported) keepOnce(findings, reported);
      }
    }
  }
  return findings.map((r) => r.finding);
}

/** A finding with the statement it is reported on and the other sources' statements it is set against. */
interface Reported {
  finding: Finding;
  claim: ClaimRef;
  shown: ClaimRef[];
}

/**
 * "Avalanche in Nepal kills five" and "Five climbers died" in one article, against "killing four" and "four
 * climbers" elsewhere: one disagreement the aligner put in two groups (a toll of people, a count of its noun). A
 * finding in the same article on the same value of the same dimension, against the same other values, for a subject
 * one of them leaves unsaid or names by a general noun ("people"), or both name alike, is the same disagreement: its
 * related places join the first's.
 */
function keepOnce(found: Reported[], reported: Reported): void {
  const same = found.find((f) => sameDisagreement(f, reported));
  if (!same) {
    found.push(reported);
    return;
  }
  const seen = new Set(same.finding.related?.map((r) => `${r.uri}#${r.start}`));
  const added = (reported.finding.related ?? []).filter((r) => !seen.has(`${r.uri}#${r.start}`));
  same.finding.related = [...(same.finding.related ?? []), ...added];
}

function sameDisagreement(a: Reported, b: Reported): boolean {
  if (a.claim.uri !== b.claim.uri || a.finding.code !== b.finding.code || a.claim.claim.attribute !== b.claim.claim.attribute) return false;
  const [sa, sb] = [a.claim.claim.subject, b.claim.claim.subject];
  const { generalNouns: general, tollClasses: tolls } = lexicon();
  if (sa !== undefined && sb !== undefined && sa !== sb && !general.has(sa) && !general.has(sb)) return false;
  // The dead are not the hurt: one incident, and never two classes of a toll ("killed" / "injured").
  if (a.claim.claim.scope.incident !== b.claim.claim.scope.incident) return false;
  const [pa, pb] = [a.claim.claim.predicate ?? '', b.claim.claim.predicate ?? ''];
  if (tolls.has(pa) && tolls.has(pb) && pa !== pb) return false;
  const interval = (q: Quantity) => `${q.low}:${q.high}`;
  const values = (r: Reported) => [...new Set(r.shown.map((c) => interval(c.quantity)))].sort().join(' ');
  return interval(a.claim.quantity) === interval(b.claim.quantity) && values(a) === values(b);
}

const firstUri = (side: Side) => [...side.sources].sort()[0];

/** How many sources that take no side of the group state a side's value, as `statesToo` asks, for one of its members. */
function backedOutside(corpus: Corpus, config: Config, side: Side, sides: Side[]): number {
  let n = 0;
  for (const uri of corpus.readings.keys()) {
    if (sides.some((s) => s.sources.has(uri))) continue;
    if (side.members.some((m) => statesToo(corpus, config, uri, m))) n++;
  }
  return n;
}

/**
 * How many of a side's sources give, in another sentence, another side's day to the same act as their member here
 * (`oneActTwoDays`): sources that contradict themselves.
 */
function datedTwice(corpus: Corpus, config: Config, side: Side, sides: Side[]): number {
  const exact = config.tolerances.exact;
  const elsewhere = sides.filter((o) => o !== side).flatMap((o) => o.members.map((m) => m.quantity));
  let n = 0;
  for (const uri of side.sources) {
    const reading = corpus.readings.get(uri);
    const mine = side.members.filter((m) => m.uri === uri);
    if (!reading || !mine.some((m) => m.claim.attribute === 'day')) continue;
    const twice = reading.claims.some((c) => {
      const q = reading.quantities[c.quantity];
      return c.attribute === 'day' && elsewhere.some((x) => !disjoint(q, x, exact)) && mine.some((m) => disjoint(q, m.quantity, exact) && oneActTwoDays({ corpus, uri, claim: c }, { corpus, uri, claim: m.claim }));
    });
    if (twice) n++;
  }
  return n;
}

/** Whether two values cannot both be true; a bare value without a known rounding is widened by `exact`. */
export function disjoint(a: Quantity, b: Quantity, exact: number): boolean {
  return valuesDisjoint(a, b, exact) || sameClockTwoZones(a, b);
}

/**
 * Two bounds open the same way that differ: "at least 18 people" against "at least 12 people", "up to 8 hours" against
 * "up to 10 hours"; or two ranges written with both ends whose ends differ ("between six and 75 years" against
 * "between six and 113 years"). Both may be true, but the sources give the figure two ways: worth a look
 * (information), never an error.
 */
export function boundsApart(a: Quantity, b: Quantity, exact: number): boolean {
  // "hundreds of clients" is an order of size, not a bound a source chose: "more than 300 clients" gives the figure.
  if (vagueCount(a) || vagueCount(b)) return false;
  const differ = (x: number, y: number) => Math.abs(x - y) > exact * Math.max(Math.abs(x), Math.abs(y));
  if (a.low !== null && b.low !== null && a.high === null && b.high === null) return differ(a.low, b.low);
  if (a.high !== null && b.high !== null && a.low === null && b.low === null) return differ(a.high, b.high);
  if (writtenRange(a) && writtenRange(b)) return differ(a.low!, b.low!) || differ(a.high!, b.high!);
  return estimatesApart(a, b);
}

/**
 * "about 380 miles" / "roughly 450 miles": two estimates whose intervals touch at their edges, each source's figure
 * outside the other's interval: neither figure is the other's, though both may hold.
 */
function estimatesApart(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit || hedgeKind(a) !== 'approximate' || hedgeKind(b) !== 'approximate') return false;
  const figure = (q: Quantity) => (q.low! + q.high!) / 2;
  const outside = (x: number, q: Quantity) => x < q.low! || x > q.high!;
  return outside(figure(a), b) && outside(figure(b), a);
}

/** A range the text gives both ends of ("40 to 60 hours", read/values/range.ts), not an interval a hedge makes of one figure. */
function writtenRange(q: Quantity): boolean {
  return q.hedge === undefined && q.low !== null && q.high !== null && q.low < q.high && q.precision === undefined;
}

/** The dimensions of when an act happened. */
const WHEN = new Set<Attribute>(['day', 'time', 'date']);

/** How likely two members of a group are one statement (1 for two members of one source). */
export function linkOf(corpus: Corpus, a: ClaimRef, b: ClaimRef): number {
  if (a.uri === b.uri) return 1;
  return corpus.claimLinks.get(a, b) ?? 0;
}

/**
 * The sides of a group: anchors are chosen among values stated as one number first, then bounded ones, then open
 * ones, and by how many sources agree with them, each disjoint from the anchors before; a member joins the one anchor it agrees with (and is linked to), and takes no side when it fits several.
 * A source found on two sides is left out of both.
 */
export function sidesOf(corpus: Corpus, group: ClaimGroup, config: Config): Side[] {
  const units = byUnit(group.claims);
  // Times of two zones are first sided together: one clock time in UTC and as local time is a disagreement of its own
  // (`sameClockTwoZones`).
  const whole = units.length < 2 || group.attribute === 'time' ? (sidesAmong(corpus, group.claims, config, false) ?? sidesAmong(corpus, group.claims, config, true)) : undefined;
  if (whole || units.length < 2) return whole ?? [];
  // The values of each unit are split apart; the disagreement most sources take part in is told.
  let best: Side[] = [];
  let most = 0;
  for (const members of units) {
    const sides = sidesAmong(corpus, members, config, false) ?? [];
    const sources = sides.reduce((n, side) => n + side.sources.size, 0);
    if (sides.length >= 2 && sources > most) [best, most] = [sides, sources];
  }
  return best;
}

/**
 * `sidesOf` among members whose values can be compared with each other; undefined when fewer than two values are apart.
 * `bounds`: sides told apart by bounds that differ (`boundsApart`), asked only of a group whose values cannot be told
 * apart otherwise: beside "nearly 23,000", "more than 20,000" fits "over 24,000" and takes no side.
 */
function sidesAmong(corpus: Corpus, members: ClaimRef[], config: Config, bounds: boolean): Side[] | undefined {
  // Two written ranges that differ are told apart whatever single figure fits both ("a 20-year sentence" beside
  // "between six and 75 years" and "between six and 113 years"): that figure takes no side.
  if (bounds) {
    const ranges = members.filter((m) => writtenRange(m.quantity));
    const amongRanges = ranges.length >= 2 && ranges.length < members.length ? sidesAmong(corpus, ranges, config, true) : undefined;
    if (amongRanges) return amongRanges;
  }
  const apart = (a: Quantity, b: Quantity) => disjoint(a, b, config.tolerances.exact) || (bounds && boundsApart(a, b, config.tolerances.exact));
  const agrees = (a: ClaimRef, b: ClaimRef) => !apart(a.quantity, b.quantity);
  // Asked again by each comparison of the sort: made once per member, when first asked.
  const supports = new Map<ClaimRef, number>();
  const support = (m: ClaimRef) => {
    let n = supports.get(m);
    if (n === undefined) supports.set(m, (n = new Set(members.filter((o) => agrees(m, o) && (o.uri === m.uri || linkOf(corpus, m, o) >= REPORT_AT)).map((o) => o.uri)).size));
    return n;
  };
  // The most precise values anchor the sides first: one number to the minute before one rounded to the half hour,
  // then values with two bounds, then open ones ("at least four" fits both four and five; "3 p.m." fits both "2:53
  // p.m." and "3:20 p.m."; "more than 20,000" fits both "nearly 23,000" and "over 24,000").
  const shape = (q: Quantity) => (q.low === null || q.high === null ? 2 : q.low === q.high ? 0 : 1);
  const ranked = [...members].sort(
    (a, b) => shape(a.quantity) - shape(b.quantity) || spread(a.quantity) - spread(b.quantity) || support(b) - support(a) || a.quantity.start - b.quantity.start,
  );
  const anchors: ClaimRef[] = [];
  for (const m of ranked) if (anchors.every((a) => apart(a.quantity, m.quantity))) anchors.push(m);
  if (anchors.length < 2) return undefined;
  const sides: Side[] = anchors.map(() => ({ members: [], sources: new Set<string>() }));
  const unlinked: Array<[ClaimRef, Side]> = [];
  for (const m of members) {
    const fits = anchors.map((a, i) => (agrees(a, m) ? i : -1)).filter((i) => i >= 0);
    if (fits.length !== 1) continue;
    const side = sides[fits[0]];
    // A member joins a side only through a link to a member from another source already on it, or as its anchor.
    if (m !== anchors[fits[0]] && !side.members.some((o) => linkOf(corpus, m, o) >= REPORT_AT) && linkOf(corpus, m, anchors[fits[0]]) < REPORT_AT) {
      unlinked.push([m, side]);
      continue;
    }
    side.members.push(m);
    side.sources.add(m.uri);
  }
  // Or, for when an act happened, through a statement of another side that it and a member of its own side are each
  // surely one with ("detected a drop … on Friday" is surely one with "registered a drop at 11:20 p.m. on Saturday" and
  // with "picked up a drop late on Saturday night"): two statements surely one with a third are one, whatever words
  // keep them from a link. Not for other values: a roundup's results of many games, each surely linked to another
  // game's by the scorer, joined one game's side through a third.
  for (const [m, side] of unlinked) {
    if (!WHEN.has(m.claim.attribute)) continue;
    const through = sides.some((other) => other !== side && other.members.some((o) => o.uri !== m.uri && linkOf(corpus, m, o) >= DISAGREE_AT && side.members.some((s) => s.uri !== m.uri && s.uri !== o.uri && linkOf(corpus, o, s) >= DISAGREE_AT)));
    if (!through) continue;
    side.members.push(m);
    side.sources.add(m.uri);
  }
  // A source that gives two of the values usually tells two things apart (six rifles in this raid, 14 in all): its
  // member on a side is kept only when it is surely the same statement as another source's on another side.
  const seen = new Map<string, number>();
  for (const side of sides) for (const uri of side.sources) seen.set(uri, (seen.get(uri) ?? 0) + 1);
  // Unless the source states the other's value too, in a statement linked to it: then its own two values are two
  // statements, as the other source's are ("4,000 steps … 25 percent lower risk", "9,800 steps … 51 percent" in each).
  // Not so for what one person is or has, one at a time (an age, a charge): "charged in her murder" in a lede and
  // "charged with manslaughter" below it is the source's own contradiction.
  const placed = new Map(sides.map((side) => [side, [...side.members]]));
  const statesItToo = (m: ClaimRef, other: Side, o: ClaimRef) =>
    m.claim.attribute !== 'category' && m.claim.attribute !== 'age' && placed.get(other)!.some((own) => own.uri === m.uri && own !== m && linkOf(corpus, own, o) >= REPORT_AT);
  const surelyOne = (m: ClaimRef, side: Side) => sides.some((other) => other !== side && other.members.some((o) => o.uri !== m.uri && linkOf(corpus, m, o) >= TWO_SIDED_AT && !statesItToo(m, other, o)));
  // Unless its two members date one act on two days (`oneActTwoDays`): then it contradicts itself, not tells apart.
  const stated = (m: ClaimRef): Stated => ({ corpus, uri: m.uri, claim: m.claim });
  const oneAct = (m: ClaimRef, side: Side) => sides.some((other) => other !== side && other.members.some((o) => o.uri === m.uri && oneActTwoDays(stated(m), stated(o))));
  // Unless it is a slip: a value the source writes once, on a side no other source takes, while the source itself (on
  // one other side) and another source give that side's value (a "9.1-magnitude" among its own and
  // thirteen others' "6.1").
  const slip = (m: ClaimRef, side: Side) =>
    side.sources.size === 1 &&
    side.members.length === 1 &&
    seen.get(m.uri) === 2 &&
    // Stated, if hedged ("the estimated 17 million"); what "may" be is not.
    m.claim.certainty !== 'probable' &&
    // Two values in one sentence tell two things apart ("struck on Sunday, followed by aftershocks on Monday"), unless
    // one is the other's conversion in brackets gone wrong ("55 kilometers (51 miles)").
    !members.some((o) => o !== m && o.uri === m.uri && o.claim.sentence === m.claim.sentence && !oneValueConverted(corpus.readings.get(m.uri)!.text, o.quantity, m.quantity)) &&
    sides.some((other) => other !== side && other.sources.has(m.uri) && new Set(other.members.filter((o) => o.uri !== m.uri && linkOf(corpus, m, o) >= REPORT_AT).map((o) => o.uri)).size >= SLIP_AGAINST) &&
    !othersStateIt(corpus, config, m);
  const slips = new Set(sides.flatMap((side) => side.members.filter((m) => seen.get(m.uri) !== 1 && slip(m, side))));
  // The source's own other value stays on its side: it counts there as any source does.
  const besideSlip = (m: ClaimRef, side: Side) => [...slips].some((s) => s.uri === m.uri && !side.members.includes(s));
  for (const side of sides) {
    side.members = side.members.filter((m) => seen.get(m.uri) === 1 || surelyOne(m, side) || oneAct(m, side) || slips.has(m) || besideSlip(m, side));
    side.sources = new Set(side.members.map((m) => m.uri));
  }
  return sides.filter((s) => s.members.length > 0);
}

/**
 * A group's sums by currency, or times by zone, in the order each unit first appears; one list for any other group, or
 * for values of one unit. Sums in two currencies are never converted, nor a time in UTC when the story's offset is
 * unknown (corpus/localTime.ts), so they neither agree nor disagree and take no side among the other unit's: left
 * together, one of them anchored a side that every other value fitted, and "an estimated five million euros" was never
 * set against the others' "two million euros" beside a "£1.7m" and an "over $2.6 million", nor "7:42 p.m." against
 * "6.42pm" beside "6:42 p.m. CDT (2342 GMT)". (Other kinds say themselves how values of two units compare,
 * read/values.)
 */
function byUnit(members: ClaimRef[]): ClaimRef[][] {
  const kind = members[0]?.quantity.kind;
  if (!UNIT_SPLIT.has(kind) || members.some((m) => m.quantity.kind !== kind)) return [members];
  const lists = new Map<string, ClaimRef[]>();
  for (const m of members) {
    let list = lists.get(m.quantity.unit);
    if (!list) lists.set(m.quantity.unit, (list = []));
    list.push(m);
  }
  return [...lists.values()];
}

/**
 * Whether the document `uri` states `like`'s value for the same kind of statement of the same subject in a statement
 * the alignment kept apart from it (the same dimension, and the same subject noun or entity, or neither having one).
 * `own`: the document's own member set against `like`. Under a sure link, a day the document gives the same act as
 * `own` (`oneActTwoDays`) tells nothing apart: the document dates one act on two days, and the disagreement stands.
 */
function statesToo(corpus: Corpus, config: Config, uri: string, like: ClaimRef, sure = false, own?: ClaimRef): boolean {
  const reading = corpus.readings.get(uri);
  if (!reading) return false;
  const group = corpus.claimGroupOf.get(`${like.uri}#${like.index}`);
  const theirs: Stated = { corpus, uri: like.uri, claim: like.claim };
  // Only the statements of `like`'s attribute can be of its kind: the others are not walked (the same answer, since
  // whether any statement passes does not depend on the order they are asked in).
  return (statementsByAttribute(corpus, uri, reading).get(like.claim.attribute) ?? []).some((index) => {
    const c = reading.claims[index];
    const q = reading.quantities[c.quantity];
    if (!sameKindOfStatement(c, q, like)) return false;
    // Members of the same group are weighed by the sides themselves (a source on two sides). (Asked after the
    // attribute, which rules out most statements without making a key.)
    if ((uri === like.uri && index === like.index) || (group && corpus.claimGroupOf.get(`${uri}#${index}`) === group)) return false;
    // A value and its conversion in brackets are one statement told twice, even when one of them is wrong ("13
    // kilometers (six miles)" beside the others' 10 km): the conversion tells nothing apart.
    if (own && own.uri === uri && oneValueConverted(reading.text, q, own.quantity)) return false;
    // A value that says nothing of the other states nothing of it ("in March" of "opened in 1962").
    if (!valuesComparable(q, like.quantity)) return false;
    const mine: Stated = { corpus, uri, claim: c };
    if (!sameSubject(mine, theirs, sure) || !sameEvent(mine, theirs) || disjoint(q, like.quantity, config.tolerances.exact)) return false;
    // Under a sure link, a day of the same verb at places the other source does not name dates another incident
    // ("On Monday on the Seattle campus, a gunman killed …" beside the others' "killed … Monday" in Detroit).
    if (sure && DAYS.has(c.attribute) && placesApart(mine, theirs)) return false;
    return !(sure && own && own.uri === uri && oneActTwoDays(mine, { corpus, uri, claim: own.claim }));
  });
}

/**
 * Whether another source states `m`'s value, of the same kind of statement and subject in the same scope, anywhere:
 * then the value is one more thing the story counts (the "seven-year offers" of other teams beside "an eight-year
 * offer"), not one source's slip. A value of an earlier event ("the 9.1-magnitude quake of 2004") does not count.
 */
function othersStateIt(corpus: Corpus, config: Config, m: ClaimRef): boolean {
  const mine: Stated = { corpus, uri: m.uri, claim: m.claim };
  for (const [uri, reading] of corpus.readings) {
    if (uri === m.uri) continue;
    const stated = (statementsByAttribute(corpus, uri, reading).get(m.claim.attribute) ?? []).some((index) => {
      const c = reading.claims[index];
      const q = reading.quantities[c.quantity];
      if (!sameKindOfStatement(c, q, m) || c.scope.time !== m.claim.scope.time || disjoint(q, m.quantity, config.tolerances.exact)) return false;
      return sameSubject({ corpus, uri, claim: c }, mine, false);
    });
    if (stated) return true;
  }
  return false;
}

/**
 * Whether two days one document gives in two sentences date one act: the same verb, not one of speaking (people speak
 * on many days of one story), and no two incident words, subjects, entities or sets of people where both are read.
 * "Arrested Monday" and "charged Tuesday" are two acts; "said Monday" and "said Tuesday" two statements; "were
 * arrested Wednesday" in a lede and "was arrested Saturday" lower down are one arrest dated two ways.
 */
function oneActTwoDays(a: Stated, b: Stated): boolean {
  const [ca, cb] = [a.claim, b.claim];
  // One sentence that gives two days tells two things apart ("struck on Sunday, followed by aftershocks on Monday").
  if (ca.sentence === cb.sentence) return false;
  if (ca.attribute !== 'day' || cb.attribute !== 'day' || !ca.predicate || ca.predicate !== cb.predicate || speakingVerb(ca.predicate)) return false;
  // What one of the two leaves unread does not set them apart (a lede reads more of its clause than a later mention).
  const differ = <T>(x: T | undefined, y: T | undefined) => !!x && !!y && x !== y;
  const trigger = (c: Claim) => (c.trigger ? stem(c.trigger.toLowerCase()) : undefined);
  if ([trigger(ca), trigger(cb)].some((t) => t && speakingVerb(t))) return false;
  if (differ(trigger(ca), trigger(cb)) || differ(ca.subject, cb.subject) || differ(ca.scope.incident, cb.scope.incident)) return false;
  return !differ(entityOf(a), entityOf(b)) && !differ(peopleOf(a), peopleOf(b));
}

const byAttribute = new WeakMap<Corpus, Map<string, Map<Attribute, number[]>>>();

/** The indices of a reading's statements by attribute, once per corpus and document (asked for every pair of sides). */
function statementsByAttribute(corpus: Corpus, uri: string, reading: { claims: readonly Claim[] }): Map<Attribute, number[]> {
  let documents = byAttribute.get(corpus);
  if (!documents) byAttribute.set(corpus, (documents = new Map()));
  let index = documents.get(uri);
  if (!index) {
    documents.set(uri, (index = new Map()));
    reading.claims.forEach((c, i) => {
      const list = index!.get(c.attribute);
      if (list) list.push(i);
      else index!.set(c.attribute, [i]);
    });
  }
  return index;
}

/** A statement with the document it is read from, to look up the entities its mentions stand for. */
interface Stated {
  corpus: Corpus;
  uri: string;
  claim: Claim;
}

/**
 * Whether a statement `c` (its value `q`) is of the same kind as `like`: the same attribute and kind of value (a
 * category of the same unit), of the same event of the story, and a sum in the same currency or a time in the same zone.
 */
function sameKindOfStatement(c: Claim, q: Quantity, like: ClaimRef): boolean {
  if (c.attribute !== like.claim.attribute || q.kind !== like.quantity.kind || (q.kind === 'category' && q.unit !== like.quantity.unit)) return false;
  // A statement about another quake (a weaker one the article names, read/statements/ otherEvents) tells nothing
  // of the story's quake apart. (Widened to every other scope, it added seven findings on the 30 clusters, unread.)
  if (c.scope.otherEvent !== like.claim.scope.otherEvent) return false;
  // "since the Blizzard of 1977, which killed 29 people": the story's own toll ("at least seven people") states nothing
  // of an earlier event's, nor the other way round.
  if ((c.scope.time === 'background') !== (like.claim.scope.time === 'background')) return false;
  if (tollsApart(c, like.claim)) return false;
  // "some 40 feet across" states nothing of a depth of "about 10 meters": two measures of a length are two things.
  if (c.measure && like.claim.measure && c.measure !== like.claim.measure) return false;
  // "More than 300 passengers" who fell ill states nothing of "the ship's 2,890 passengers": a part and the whole it is
  // taken from are two counts. (Other sets stay: "six rifles in this raid, 14 in all" tells two counts apart.)
  if (c.attribute === 'count' && c.modifiers.includes('whole') !== like.claim.modifiers.includes('whole')) return false;
  // A sum in a currency that is never converted ("2 million euros" beside "$2.6 million") states nothing of the other,
  // nor does a local time of the time in GMT ("9:23 p.m. local time" beside "1623 GMT"), nor a bearing from another
  // place ("northern Indonesia" beside "south of Bireun").
  return !SAME_UNIT_ONLY.has(q.kind) || q.unit === like.quantity.unit;
}

/**
 * Whether two counts of people count two things by what they tell of them: "At least seven people were killed" states
 * nothing of the injured, nor "60,000 people spent the night in shelters" of the dead, though all count people.
 */
function tollsApart(a: Claim, b: Claim): boolean {
  const { tollClasses } = lexicon();
  if (tollClasses.has(a.predicate ?? '') && tollClasses.has(b.predicate ?? '')) return a.predicate !== b.predicate;
  return tollAgainstOtherCount(a, b);
}

/** Kinds whose values in two units (currencies, zones, places a bearing is from) say nothing of each other. */
const SAME_UNIT_ONLY = new Set<Quantity['kind']>(['money', 'time', 'direction']);
/** Kinds whose groups are split by unit before their sides are found (`byUnit`). */
const UNIT_SPLIT = new Set<Quantity['kind'] | undefined>(['money', 'time']);

/** The entity a statement is said of (a person's age, the place a distance is from), as the corpus resolved it. */
function entityOf(s: Stated): string | undefined {
  return mentionEntity(s.corpus.mentionEntity, s.uri, s.claim.entity);
}

/**
 * Whether two statements are said of the same thing: the same entity; under a sure link, a day or time of the same
 * event (`sameDayEvent`: a day's subject is its incident's class, "attack", "death", which two events of one story
 * share); otherwise the same subject noun, or neither with a subject nor an entity.
 */
function sameSubject(a: Stated, b: Stated, sure: boolean): boolean {
  const [ea, eb] = [entityOf(a), entityOf(b)];
  if (eb !== undefined && ea === eb) return true;
  if (sure && DAYS.has(a.claim.attribute)) return sameDayEvent(a.claim, b.claim);
  if (a.claim.subject !== undefined) return a.claim.subject === b.claim.subject;
  return b.claim.subject === undefined && ea === undefined && eb === undefined;
}

/** Whether two spans are of one event by their people: another pair's call is another call. */
function sameEvent(a: Stated, b: Stated): boolean {
  if (a.claim.attribute !== 'duration') return true;
  const [mine, theirs] = [peopleOf(a), peopleOf(b)];
  return !mine.includes('+') || !theirs.includes('+') || mine === theirs;
}

/** Whether two statements name places near their values, and none in common. */
function placesApart(a: Stated, b: Stated): boolean {
  const places = (s: Stated) => new Set(s.claim.participants.map((m) => mentionEntity(s.corpus.mentionEntity, s.uri, m)).filter((id): id is string => !!id && id.startsWith('place:')));
  const [pa, pb] = [places(a), places(b)];
  return pa.size > 0 && pb.size > 0 && ![...pa].some((p) => pb.has(p));
}

/** The entities of a statement's participants, sorted and joined ("e1+e4"). */
function peopleOf(s: Stated): string {
  const ids = s.claim.participants.map((m) => mentionEntity(s.corpus.mentionEntity, s.uri, m)).filter((id): id is string => !!id);
  return [...new Set(ids)].sort().join('+');
}

/**
 * Whether a sentence tells the two statements' values apart: one of theirs, or one of another source of the story,
 * gives both values as two things of their kind ("costs $1199, while the 15-inch will sell for $1499"; "$1,799 for a
 * 15-inch version, with an upgraded 15-inch model going for $2,199"; "three out of four lines"); or, under a link the
 * scorer is not sure of, one of theirs lists several values of its kind ("eight times … four" for two people), one of
 * which the statement is, so an unsure link does not make it the other source's statement.
 */
function toldApartInASentence(corpus: Corpus, config: Config, a: ClaimRef, b: ClaimRef, sure: boolean): boolean {
  const exact = config.tolerances.exact;
  const [ra, rb] = [corpus.readings.get(a.uri), corpus.readings.get(b.uri)];
  if (!ra || !rb) return false;
  if (sentenceGivesBoth(ra, a.quantity, b.quantity, exact) || sentenceGivesBoth(rb, b.quantity, a.quantity, exact)) return true;
  if (thirdSourceGivesBoth(corpus, a, b, exact)) return true;
  return !sure && (oneOfAListing(ra, a.quantity, exact) || oneOfAListing(rb, b.quantity, exact));
}

/**
 * Whether a source of the story other than the two's gives both values in one sentence, in a statement of theirs
 * (the same attribute) that fits one of them: the story tells them apart as two things (two models' prices).
 */
function thirdSourceGivesBoth(corpus: Corpus, a: ClaimRef, b: ClaimRef, exact: number): boolean {
  for (const { uri, value, apart } of statementsToldApart(corpus, a.claim.attribute, a.quantity.kind, exact)) {
    if (uri === a.uri || uri === b.uri) continue;
    if (fits(value, a.quantity, exact) && value.kind === b.quantity.kind && givesFitting(apart, b.quantity, exact)) return true;
    if (fits(value, b.quantity, exact) && value.kind === a.quantity.kind && givesFitting(apart, a.quantity, exact)) return true;
  }
  return false;
}

/**
 * Whether `q` gives the value `x` gives: two sums in two currencies are never compared, so never fit either; an open
 * value ("at least $6 billion" the economy lost) fits any larger one without giving it.
 */
function fits(q: Quantity, x: Quantity, exact: number): boolean {
  return q.kind === x.kind && (q.kind !== 'money' || q.unit === x.unit) && q.low !== null && q.high !== null && !disjoint(q, x, exact);
}

/** How many times one count or sum must be another's to be of another set rather than the same told two ways. */
const ANOTHER_SET = 10;

/**
 * Two counts, or two sums, one at least ten times the other ("about 50 employees" in one building / "10,500
 * employees" in the region, "around 40 houses" in one village / "about 1,500 houses" in the district, "$50 extra" /
 * "$2,799"): sources that tell one figure differ by less; a figure an order of magnitude larger is of a larger set, a
 * part against the whole. A zero ("no one was killed") is a statement of its own and is always compared.
 */
function ordersApart(a: Quantity, b: Quantity): boolean {
  if ((a.kind !== 'count' && a.kind !== 'money') || a.kind !== b.kind) return false;
  const [la, lb] = [a.low ?? a.high, b.low ?? b.high];
  const [ha, hb] = [a.high ?? a.low, b.high ?? b.low];
  if (la === null || lb === null || ha === null || hb === null || la <= 0 || lb <= 0) return false;
  return la >= ANOTHER_SET * hb || lb >= ANOTHER_SET * ha;
}

/**
 * "$25,000" against "$250,000", "$2.5 million" against "$2.5 billion": one figure's digits written a power of ten
 * apart, a zero or a unit slipped, not a part against a whole, when the two statements are surely one.
 */
function slipOfZeros(a: Quantity, b: Quantity): boolean {
  if (a.low === null || b.low === null || a.low !== a.high || b.low !== b.high || a.low <= 0 || b.low <= 0) return false;
  const power = Math.log10(Math.max(a.low, b.low) / Math.min(a.low, b.low));
  return Math.abs(power - Math.round(power)) < 1e-9;
}

const DAYS = new Set<Attribute>(['day', 'time']);

/**
 * A day or a time dates an event, and an article names many ("police said Monday", "on Monday on another campus"):
 * when the link is sure, another of its days tells the reported one apart only when it dates the same event, by the
 * same verb or the same word of the incident. Any bare day of the article was taken for the same subject, which hid a
 * day one source gives one event against the others' ("shot … Thursday" against "Monday" beside "On Monday on the
 * Seattle campus, a gunman …"); so did any day of the same incident's class, told with another verb ("died when an
 * Athens bank went up in flames Saturday" against "Wednesday" beside "vowed Wednesday that those responsible for the
 * deaths would be found"). Below a sure link any bare day still does: there it hides two ledes of two days' news and a
 * day someone spoke set against the day of the event.
 */
function sameDayEvent(c: Claim, like: Claim): boolean {
  if (!DAYS.has(c.attribute)) return false;
  return (!!c.predicate && c.predicate === like.predicate) || (!!c.trigger && !!like.trigger && stem(c.trigger.toLowerCase()) === stem(like.trigger.toLowerCase()));
}

/** How loosely a value is stated, relative to its size: its rounding step, or the width of its interval; open is loosest. */
function spread(q: Quantity): number {
  if (q.low === null || q.high === null) return Infinity;
  const size = Math.max(1, Math.abs((q.low + q.high) / 2));
  return q.low === q.high ? (q.precision ?? 0) / size : (q.high - q.low) / size;
}

/**
 * Whether two quoted statements stand in quotations the corpus matched as one quotation across sources. When a
 * statement's quotation cannot be found, it is taken for one, as before.
 */
function oneQuotation(corpus: Corpus, a: ClaimRef, b: ClaimRef): boolean {
  const [qa, qb] = [quotationAt(corpus, a), quotationAt(corpus, b)];
  if (qa === undefined || qb === undefined) return true;
  const group = corpus.quotationGroupOf.get(`${a.uri}#${qa}`);
  return group !== undefined && group === corpus.quotationGroupOf.get(`${b.uri}#${qb}`);
}

/** The index of the quotation a statement's value stands in, in its reading. */
function quotationAt(corpus: Corpus, ref: ClaimRef): number | undefined {
  const quotations = corpus.readings.get(ref.uri)?.quotations ?? [];
  const i = quotations.findIndex((q) => ref.quantity.start >= q.start && ref.quantity.start < q.end);
  return i >= 0 ? i : undefined;
}

function report(corpus: Corpus, config: Config, kind: ConflictKind, group: ClaimGroup, side: Side, uri: string, rest: Side[], reference: Side): Reported | undefined {
  const claim = side.members.filter((m) => m.uri === uri).sort((a, b) => a.quantity.start - b.quantity.start)[0];
  // The other sides, one statement per source: the one most surely linked to the reported statement. A source that
  // also states the reported value somewhere (of the same subject), or whose value the reported source also states,
  // tells two things apart: it does not disagree ("the 13-inch and the 15-inch models").
  const shown: ClaimRef[] = [];
  const mine = worded(corpus, claim);
  // A source that gives its value twice (a headline and its body) is linked to another source through either.
  const own = side.members.filter((m) => m.uri === uri);
  const link = (other: ClaimRef) => Math.max(...own.map((m) => linkOf(corpus, m, other)));
  // The articles of the group, whose sentences may give a count as a sum of two (`givenAsSum`): read only when asked.
  let readings: Reading[] | undefined;
  const groupReadings = () => (readings ??= [...new Set(group.claims.map((c) => c.uri))].flatMap((uri) => corpus.readings.get(uri) ?? []));
  for (const other of rest) {
    for (const uri of other.sources) {
      // A source on two sides (one act dated on two days) is not shown against itself.
      if (uri === claim.uri) continue;
      const best = other.members.filter((m) => m.uri === uri).sort((a, b) => link(b) - link(a))[0];
      if (!best || link(best) < REPORT_AT) continue;
      const sure = link(best) >= DISAGREE_AT;
      if (statesToo(corpus, config, uri, claim, sure, best) || statesToo(corpus, config, claim.uri, best, sure, claim)) continue;
      if (ordersApart(claim.quantity, best.quantity) && !(sure && slipOfZeros(claim.quantity, best.quantity))) continue;
      const theirs = worded(corpus, best);
      if (toldApartByWording(mine, theirs) || variantsApart(corpus.readings.values(), mine, theirs, config.tolerances.exact)) continue;
      if (toldApartInASentence(corpus, config, claim, best, sure)) continue;
      if (givenAsSum(groupReadings(), claim, best.quantity, config.tolerances.exact) || givenAsSum(groupReadings(), best, claim.quantity, config.tolerances.exact)) continue;
      if (crossedDays(corpus, config, claim, best) || crossedDays(corpus, config, best, claim)) continue;
      shown.push(best);
    }
  }
  // Two quotations that word a number differently are one quotation worded two ways (quote-wording reports it); two
  // quotations the corpus did not match as one (a report quoted by one outlet, a senator by another) are two sources'
  // statements like any other.
  if (claim.claim.quoted) shown.splice(0, shown.length, ...shown.filter((c) => !c.claim.quoted || !oneQuotation(corpus, claim, c)));
  if (shown.length === 0) return undefined;
  // The reference side must be among what is shown: a minority side is reported against the majority.
  if (side !== reference && !shown.some((c) => reference.sources.has(c.uri))) return undefined;
  const confidence = Math.min(...shown.map(link));
  const surest = Math.max(...shown.map(link));
  // Bounds that differ but may both be true (`boundsApart`) are worth a look, not a warning.
  const boundsOnly = shown.every((o) => !disjoint(claim.quantity, o.quantity, config.tolerances.exact));
  const severity = severityFor(kind.code, config, surest < DISAGREE_AT || shown.every((o) => oneSpanOnly(claim, o)) ? 'hint' : boundsOnly ? 'information' : defaultSeverity(corpus, claim, shown, confidence));
  if (severity === 'off') return undefined;
  const ownOther = rest.flatMap((other) => other.members.filter((m) => m.uri === claim.uri)).sort((a, b) => a.quantity.start - b.quantity.start)[0];
  // A source that gives two bearings from one place ("homes north of Denver" and "a village northeast of Denver", "a
  // stone found north of Marrowby" and "a farm east of Marrowby") places two things, as the other source may: nothing
  // to tell. One article that puts one thing on two sides of a town is rarer than two things placed.
  if (ownOther && twoBearings(claim.quantity, ownOther.quantity)) return undefined;
  const reading = corpus.readings.get(claim.uri)!;
  // A headline that words its own body's figure short, with no number ("Hiker found alive after week lost" over "found
  // alive after six days"): the body is the article's statement, and it agrees. A headline's figure against its body's
  // ("9.1 magnitude quake" over "6.1") is still reported.
  if (ownOther && inHeadline(reading, claim.quantity) && !numbered(claim.quantity.text)) return undefined;
  const agreeing = side.members.filter((c) => c.uri !== claim.uri).sort((a, b) => linkOf(corpus, claim, b) - linkOf(corpus, claim, a));
  const agreeingOnce = [...new Map(agreeing.reverse().map((c) => [c.uri, c])).values()];
  const what = claimName(corpus, group, claim, shown);
  // A value in another unit (a time in UTC against local time) is shown with its unit, the words alone ("0737") do not say it.
  const describe = (c: ClaimRef) => (c.quantity.kind === 'time' && c.quantity.unit !== claim.quantity.unit ? `${c.source} (“${c.quantity.text}”, ${valueOf(c)})` : `${c.source} (“${shownText(corpus, c)}”)`);
  let message = `${what}: ${claim.source} says ${writtenValue({ ...claim.quantity, text: shownText(corpus, claim) }, valueOf(claim))}, but ${listSources(shown.map(describe))} ${shown.length > 1 ? 'say' : 'says'} otherwise`;
  if (shown.some((c) => sameClockTwoZones(claim.quantity, c.quantity))) message += ', the same clock time in UTC (no source puts the story where local time is UTC)';
  if (agreeingOnce.length > 0) message += `; ${listSources(agreeingOnce.map(describe))} ${agreeingOnce.length > 1 ? 'agree' : 'agrees'} with ${claim.source}`;
  // A source on two sides (a slip, or one act dated on two days: `sidesAmong`): the reader is shown where it gives the
  // other value.
  if (ownOther) {
    const where = convertedBy(reading.text, ownOther.quantity, claim.quantity) ? 'right before it' : convertedBy(reading.text, claim.quantity, ownOther.quantity) ? 'right after it' : 'elsewhere';
    message += `, and ${claim.source} itself says “${shownText(corpus, ownOther)}” ${where}`;
  }
  const finding: Finding = {
    code: kind.code,
    severity,
    message: `Sources disagree on the ${message}.`,
    uri: claim.uri,
    start: claim.quantity.start,
    end: claim.quantity.end,
    related: [...shown, ...agreeingOnce, ...(ownOther ? [ownOther] : [])].map((c) => ({
      uri: c.uri,
      start: c.quantity.start,
      end: c.quantity.end,
      message: `${c.source}: ${writtenValue({ ...c.quantity, text: shownText(corpus, c) }, valueOf(c))}${agreeingOnce.includes(c) ? ', agrees' : ''}`,
    })),
    fingerprint: fingerprint(kind.code, reading, claim.quantity, shown.map((c) => c.quantity.text)),
  };
  return { finding, claim, shown };
}

/**
 * A count's words as a message quotes them: run on to the noun it counts when that follows within four words ("14
 * shipping containers", not "14 shipping", which is all the value's own text holds).
 */
function shownText(corpus: Corpus, c: ClaimRef): string {
  const q = c.quantity;
  const text = corpus.readings.get(c.uri)?.text;
  if (q.kind !== 'count' || !c.claim.subject || !text || thingOf(lemma(q.text.split(/\s+/).pop() ?? '')) === c.claim.subject) return q.text;
  const after = RUN_ON.exec(text.slice(q.end, q.end + RUN_ON_CHARS))?.[0] ?? '';
  const words = [...after.matchAll(/[A-Za-z][\w'’-]*/g)];
  const noun = words.find((w) => thingOf(lemma(w[0])) === c.claim.subject);
  return noun ? q.text + after.slice(0, noun.index! + noun[0].length) : q.text;
}

/** Up to four words on the value's line after it ("six of the nine members"). */
const RUN_ON = /^(?:[ \t]+[A-Za-z][\w'’-]*){1,4}/;
const RUN_ON_CHARS = 60;

/**
 * Two ledes' days told by two verbs ("The group agreed on Sunday to cut output" / "Oil prices jumped on Monday after
 * the group said …"), each article giving the other's day lower down ("rose … on Monday" / "a meeting on Sunday"):
 * each lede leads with another act of the story, on its own day. Asked one way; the caller asks both.
 */
function crossedDays(corpus: Corpus, config: Config, a: ClaimRef, b: ClaimRef): boolean {
  if (a.claim.attribute !== 'day' || b.claim.attribute !== 'day' || !a.claim.mainEvent || !b.claim.mainEvent || samePredicate(a.claim, b.claim)) return false;
  // One of them leads with a consequence of another act ("jumped on Monday after the group said …"): a lede that only
  // dates its act on another day is as likely a slip ("went after Huma Abedin on Friday" against "posted Tuesday").
  const after = (ref: ClaimRef) => {
    const reading = corpus.readings.get(ref.uri);
    const sentence = reading?.sentences[ref.claim.sentence];
    return !!sentence && AFTER_THE_DAY.test(reading!.text.slice(ref.quantity.end, sentence.end));
  };
  if (!after(a) && !after(b)) return false;
  const givesElsewhere = (ref: ClaimRef, value: Quantity) => {
    const reading = corpus.readings.get(ref.uri);
    return !!reading && reading.claims.some((c, i) => i !== ref.index && c.attribute === 'day' && !c.quoted && !disjoint(reading.quantities[c.quantity], value, config.tolerances.exact));
  };
  return givesElsewhere(a, b.quantity) && givesElsewhere(b, a.quantity);
}

/** Right after a day: "after" or "following" and the act it followed ("on Monday after the group said"). */
const AFTER_THE_DAY = /^\s*(?:(?:morning|afternoon|evening|night)\s*)?(?:,\s*)?(?:after|following)\s/i;

/** A member with the reading it is read from, for the rules of wording (twoOfAKind.ts). */
function worded(corpus: Corpus, c: ClaimRef) {
  return { reading: corpus.readings.get(c.uri)!, claim: c.claim, quantity: c.quantity };
}

/** The value as the message shows it; a weekday with the date it names in its article ("Thursday, 2011-11-10"). */
function valueOf(c: ClaimRef): string {
  return c.date ? `${formatValue(c.quantity)}, ${c.date}` : formatValue(c.quantity);
}

/**
 * The severity policy: information when a side is only probable ("reportedly", "may") or when every other side is a
 * later, larger toll (tolls rise as news comes in); error when both values are stated as fact and the statements are
 * surely one; warning otherwise.
 */
function defaultSeverity(corpus: Corpus, claim: ClaimRef, others: ClaimRef[], confidence: number): Severity {
  if ([claim, ...others].some((c) => c.claim.certainty === 'probable')) return 'information';
  if (others.every((o) => laterLargerToll(corpus, claim, o) || laterLargerToll(corpus, o, claim))) return 'information';
  if (others.every((o) => neighbouringBearings(claim.quantity, o.quantity))) return 'information';
  if (others.every((o) => agesAYearOrTwoApart(claim.quantity, o.quantity))) return 'warning';
  // That the story's local time is not UTC is read from what its sources do not say (corpus/localTime.ts): a warning.
  if (others.some((o) => sameClockTwoZones(claim.quantity, o.quantity))) return 'warning';
  return bothStatedAsFact(claim, others) && confidence >= ERROR_AT && !others.some((o) => datesAnotherEvent(claim, o)) ? 'error' : 'warning';
}

/**
 * A tally over a span against one that names none ("43 RBIs in 54 games" / "121 RBI" of a season): they may be one, as
 * the aligner allows, but a tally of part of a span is as likely; worth a look, not a warning.
 */
function oneSpanOnly(a: ClaimRef, b: ClaimRef): boolean {
  return a.claim.modifiers.some(isPeriod) !== b.claim.modifiers.some(isPeriod);
}

/**
 * A date, day or time that two sources give to two events told with two verbs, outside the ledes ("began modeling
 * in 1950" / "her breakthrough began after she divorced in 1947"): the scorer linked them by their context, not by one
 * event, and an earlier step of a life is told loosely; worth a warning, not an error. In two ledes the verbs tell
 * the story's own event ("announced on Tuesday" / "said on Monday").
 */
function datesAnotherEvent(a: ClaimRef, b: ClaimRef): boolean {
  if (!TIMES.has(a.claim.attribute) || (a.claim.mainEvent && b.claim.mainEvent)) return false;
  const event = (c: ClaimRef) => c.claim.event ?? c.claim.predicate;
  return event(a) !== event(b);
}

const TIMES = new Set<Attribute>(['date', 'ago', 'day', 'time']);

/**
 * Ages a year or two apart ("Orozco, 27," when he was sought, "Orozco, 29," at the verdict): an age is told as of the
 * article's day, and reports of one story may be written years apart, so both may be right; worth a look, not an error.
 */
function agesAYearOrTwoApart(a: Quantity, b: Quantity): boolean {
  if (a.kind !== 'age' || b.kind !== 'age' || a.low === null || b.low === null) return false;
  return Math.abs(a.low - b.low) <= 2;
}

/** Two different bearings (from one place, as a group's directions are). */
function twoBearings(a: Quantity, b: Quantity): boolean {
  return a.kind === 'direction' && b.kind === 'direction' && a.low !== null && b.low !== null && a.low !== b.low;
}

/**
 * Compass points next to each other ("south" and "southeast of Tehran", "north" and "northeast Houston"): a bearing
 * between them is written either way, so they are worth a look, not a warning.
 */
function neighbouringBearings(a: Quantity, b: Quantity): boolean {
  if (a.kind !== 'direction' || b.kind !== 'direction' || a.low === null || b.low === null) return false;
  return degreesApart(a.low, b.low) <= 45;
}

/** A death or injury count that a later article (by its date) gives higher. */
function laterLargerToll(corpus: Corpus, earlier: ClaimRef, later: ClaimRef): boolean {
  if (earlier.claim.attribute !== 'count' || !earlier.claim.predicate || !lexicon().tollNouns.has(earlier.claim.predicate)) return false;
  const from = corpus.readings.get(earlier.uri)?.meta.date;
  const to = corpus.readings.get(later.uri)?.meta.date;
  if (!from || !to || from >= to) return false;
  return (earlier.quantity.high ?? Infinity) < (later.quantity.low ?? -Infinity);
}

function bothStatedAsFact(claim: ClaimRef, others: ClaimRef[]): boolean {
  const fact = (c: ClaimRef) => c.claim.certainty === 'certain' && !c.quantity.hedge;
  return fact(claim) && others.every(fact);
}

/** Whether a value's words hold a number, in digits or in words ("six days", "twenty-one"; not "week", "a week"). */
function numbered(text: string): boolean {
  return /\d/.test(text) || text.toLowerCase().split(/[\s-]+/).some((word) => word in SMALL && word !== 'a' && word !== 'an');
}

/** Whether a value stands in its article's headline. */
function inHeadline(reading: Reading, q: Quantity): boolean {
  const sentence = reading.sentences[q.sentence];
  return !!sentence && reading.paragraphs[sentence.paragraph]?.kind === 'headline';
}
