// Whether two weekday statements of two sources date one event told in other words. A weekday dates an event, and two
// outlets name one event with different verbs ("the quake, which struck … on Friday" / "an earthquake hit … early
// Friday"; "won Tuesday's Nevada caucus" / "did well in the Nevada caucuses on Tuesday"). The
// aligner's guard keeps two different actions apart ("apologized Friday" / "the video surfaced Tuesday"); these are the
// signs that two different verbs still tell one event, each a pattern of language, never the words of a story.
import { lexicon } from '../data/lexicon';
import { stem } from '../read/statements/site';
import { actOf, type Placed } from './alignFeatures';
import { similarity } from './wordVectors';

/** How many of the content words nearest a day may name its occasion ("in the Nevada caucuses on Tuesday"). */
const OCCASION_WINDOW = 3;

/** How alike two incident words' vectors must be to be one word in two forms ("quake", "earthquake"). */
const SAME_INCIDENT_WORD = 0.9;

let OCCASIONS: Set<string> | undefined;

/** The occasion words of the lexicon (`values.json` `weekday.occasions`), as stems. */
function occasions(): Set<string> {
  return (OCCASIONS ??= new Set(lexicon().values.weekday.occasions.map((w) => stem(w))));
}

/** The occasions named among the words nearest a day: "caucus" in "won Tuesday's Nevada caucus". */
export function occasionsOf(ref: Placed): string[] {
  const known = occasions();
  return ref.claim.context.slice(0, OCCASION_WINDOW).filter((w) => known.has(w));
}

/**
 * Two days of one event told with two verbs: one incident named by one word in two forms ("quake", "earthquake"), or
 * the same scheduled one-day occasion named right next to both days ("Tuesday's Nevada caucus" / "the Nevada caucuses
 * on Tuesday"); a speech or a testimony is given on many days of one story, so it names no one event. The scorer
 * still decides; this only makes them candidates. One speaker is not enough: a speaker speaks on many days of one
 * story ("told the crowd Thursday night" / "tweeted on Friday"), and linking those made only false findings.
 */
export function oneEvent(a: Placed, b: Placed): boolean {
  if (a.claim.attribute !== 'day' || b.claim.attribute !== 'day') return false;
  if (sameIncidentWord(a, b)) return true;
  const theirs = new Set(occasionsOf(b));
  return occasionsOf(a).some((w) => theirs.has(w));
}

let SPEAKING: Set<string> | undefined;

/** The stems of the verbs of speaking: the lexicon's speech verbs and its communication triggers ("said", "spoke"). */
function speaking(): Set<string> {
  if (SPEAKING) return SPEAKING;
  const lex = lexicon();
  const communication = [...lex.eventTrigger].filter(([, event]) => event === 'communication').map(([word]) => word);
  return (SPEAKING = new Set([...lex.speechVerbs, ...communication].map((w) => stem(w))));
}

/** Whether a verb's stem is one of speaking ("say", "told", "spoke"): the lexicon's speech verbs and communication triggers. */
export function speakingVerb(verb: string): boolean {
  return speaking().has(verb);
}

/** A day of speaking: no incident near it, and a verb of speaking governs it ("he said on Thursday", "spoke … Friday"). */
export function spokenDay(ref: Placed): boolean {
  return ref.claim.attribute === 'day' && !ref.claim.scope.incident && !!ref.claim.predicate && speaking().has(ref.claim.predicate);
}

/**
 * Whether a day of speaking and another day can date one event (undefined when neither is a day of speaking). A day
 * someone spoke dates that person's words, not the story's incident; two actors' days of speaking or announcing are
 * two acts (`twoActors`).
 * - Two ledes tell the story's main event, spoken or not ("the White House said on Monday" / "released Friday"), by
 *   the first day of each lede: "declared on Wednesday that he would not step down … that had prompted him to hint on
 *   Tuesday" tells an earlier event second (a lede's day of its report against another's act, `reportAgainstAct`, is
 *   kept apart before this is asked, in corpus/align.ts). Unless two actors' ledes
 *   each date the news as many days before their own article's date, published on two days: a trial's lede that the
 *   accused "spoke … Friday" (published that Friday) and one that "prosecutors Tuesday put on" evidence (published
 *   that Tuesday) tell two days of the trial.
 * - Elsewhere a day of speaking is one event only with a day the same named speaker spoke in the same verb about one
 *   thing ("Rice said Tuesday" / "Rice said on Tuesday"): two people speak on two days ("“…,” he said on Thursday" /
 *   "The union … said on Wednesday"), and one speaker on many days of one story ("told Fox News late Monday" / "was
 *   asked on Tuesday").
 */
export function oneSpeech(a: Placed, b: Placed): boolean | undefined {
  if (twoActors(a, b)) return false;
  if (!spokenDay(a) && !spokenDay(b)) return undefined;
  const sameSpeaker = a.entity !== undefined && a.entity === b.entity;
  if (a.claim.mainEvent && b.claim.mainEvent) return a.kindSlot === 0 && b.kindSlot === 0 && (sameSpeaker || !eachItsOwnDay(a, b));
  return sameSpeaker && a.claim.predicate === b.claim.predicate && saidOfOneThing(a, b);
}

/**
 * A lede's day of the report (its article dates the act on another day) against another lede's day of an act: not a
 * day of speaking, nor one a verb of speaking governs ("… was indicted, officials said Friday" is a report's day too).
 */
export function reportAgainstAct(report: Placed, act: Placed): boolean {
  return !!report.claim.reportDay && !spokenDay(act) && !(act.claim.predicate && speaking().has(act.claim.predicate));
}

/**
 * Two days of speaking or announcing whose named actors differ: "Senate Majority Leader Mitch McConnell (R-Ky.)
 * announced Thursday" and "The House Judiciary Committee announced Friday" are two announcements, whatever their
 * words. The actor is the named speaker of the day's verb, else the name the clause attributes it to ("X announced").
 * One of them must be a person: an organisation goes by many names the corpus may not join ("the IRS and Treasury
 * Department announced" / "The U.S. Department of the Treasury announced"), a person by one.
 */
export function twoActors(a: Placed, b: Placed): boolean {
  const actor = (p: Placed) => p.entity ?? p.attributedTo;
  const [x, y] = [actor(a), actor(b)];
  if (x === undefined || y === undefined || x === y || !announcing(a) || !announcing(b)) return false;
  // An entity's id begins with its type (corpus/entities/toEntities.ts).
  return x.startsWith('person:') || y.startsWith('person:');
}

/**
 * Two ledes' days, one of a formal act the lexicon files with announcements but that is no speaking ("resigned
 * Monday", "was indicted", "pleaded"), the other told with another verb that is not speaking or announcing either ("had
 * to apologize Saturday"): two acts of one story, not its main event told in other words. Such acts are many in a
 * story (an apology, then a resignation), and the lede of each article tells its own.
 */
export function twoActsInLedes(a: Placed, b: Placed): boolean {
  if (a.claim.attribute !== 'day' || !a.claim.mainEvent || !b.claim.mainEvent) return false;
  if (!a.claim.predicate || (!!b.claim.predicate && actOf(a.claim.predicate) === actOf(b.claim.predicate))) return false;
  return (formalAct(a) && !spoken(b)) || (formalAct(b) && !spoken(a));
}

/** A day told with a verb of speaking or announcing, whatever incident its clause names ("called Friday for …"). */
function spoken(ref: Placed): boolean {
  return announcing(ref) || (!!ref.claim.predicate && speaking().has(ref.claim.predicate));
}

/** A day of an act filed with announcements that is not a verb of speaking: "resigned", "was indicted", "pleaded". */
function formalAct(ref: Placed): boolean {
  return ref.claim.scope.incident === 'announcement' && !!ref.claim.trigger && !speaking().has(stem(ref.claim.trigger));
}

/** A day of an act of speaking or announcing: a day of speaking, or one whose incident is an announcement. */
function announcing(ref: Placed): boolean {
  return spokenDay(ref) || (ref.claim.attribute === 'day' && ref.claim.scope.incident === 'announcement');
}

/**
 * Two articles published on two days that each date their lede the same number of days before their own date (both
 * "today", or both "yesterday") report each its own day's news of a running story, not one day told two ways.
 */
function eachItsOwnDay(a: Placed, b: Placed): boolean {
  if (!a.date || !b.date || !a.published || !b.published || a.published === b.published) return false;
  const before = (p: Placed) => Date.parse(p.published!) - Date.parse(p.date!);
  return before(a) === before(b);
}

/** How many of the content words nearest a day of speaking are read for what was said. */
const SAID_WINDOW = 8;

/**
 * Two days one speaker spoke with one verb share a word of what was said, besides the verb: "Trump tweeted on Thursday
 * that Defense Secretary Jim Mattis …" and "a video — which he tweeted Wednesday evening — announcing victory" are two
 * tweets.
 */
function saidOfOneThing(a: Placed, b: Placed): boolean {
  const theirs = new Set(b.claim.context.slice(0, SAID_WINDOW));
  return a.claim.context.slice(0, SAID_WINDOW).some((w) => w !== a.claim.predicate && theirs.has(w));
}

/** Both days right after a word of one incident, one word in two forms ("quake" / "earthquake"). */
function sameIncidentWord(a: Placed, b: Placed): boolean {
  const [ia, ib] = [a.claim.scope.incident, b.claim.scope.incident];
  if (!ia || ia !== ib || ia === 'announcement' || !a.claim.trigger || !b.claim.trigger) return false;
  return (similarity(stem(a.claim.trigger), stem(b.claim.trigger)) ?? 0) >= SAME_INCIDENT_WORD;
}

/** How many of the content words nearest a day may name its act ("an interview … to air Friday"). */
const ACT_WINDOW = 4;

/** How many of the content words nearest each day are read for the occasion the two clauses name besides the act. */
const ABOUT_WINDOW = 8;

let ACTS: Map<string, string> | undefined;

/** The act words of the lexicon (`values.json` `weekday.acts`), as stems, each with its class. */
function acts(): Map<string, string> {
  if (ACTS) return ACTS;
  ACTS = new Map();
  for (const [kind, words] of Object.entries(lexicon().values.weekday.acts)) for (const w of words) ACTS.set(stem(w), kind);
  return ACTS;
}

/** The classes of act named by the verb of a day or among the words nearest it: "broadcast" in "an interview with Fox News to air Friday". */
export function actsOf(ref: Placed): string[] {
  if (ref.claim.attribute !== 'day') return [];
  const known = acts();
  const kinds = new Set<string>();
  // The verb that governs the day, wherever it stands ("Mr. Pence appeared on ABC’s “This Week” on Sunday"), and the words next to it.
  for (const w of [...(ref.claim.predicate ? [ref.claim.predicate] : []), ...ref.claim.context.slice(0, ACT_WINDOW)]) {
    const kind = known.get(w);
    if (kind) kinds.add(kind);
  }
  return [...kinds];
}

/**
 * Two days of one act told two ways: a word of one class of act governs or stands next to each day ("an interview with
 * Fox News to air Friday" / "an interview Tuesday on Fox News"; "appeared on ABC's “This Week” on Sunday" / "an
 * appearance Wednesday on ABC's “This Week”"), and both clauses name, near the day, one organisation or named thing
 * that is not the actor (the network, the programme, the court), or one title quoted in both sentences (NBC's "Today"
 * show, `sharedTitle`): the act's occasion. An act word alone names no one
 * event (interviews, speeches and posts recur over a story's days), nor does a word both clauses share: the actor's
 * title ("the senator … in a speech Sunday night" / "the senator … in a speech on Thursday night"), or a town. Two
 * actors' acts, and two articles each dating its own day's news as many days before its own date, stay apart.
 */
export function oneAct(a: Placed, b: Placed): boolean {
  if (a.claim.attribute !== 'day' || b.claim.attribute !== 'day') return false;
  const kinds = new Set(actsOf(b));
  if (!actsOf(a).some((k) => kinds.has(k))) return false;
  if (twoActors(a, b) || eachItsOwnDay(a, b)) return false;
  const actors = new Set([a.entity, b.entity, a.attributedTo, b.attributedTo]);
  const theirs = new Set(b.sentenceEntities);
  const [nearA, nearB] = [new Set(a.claim.context.slice(0, ABOUT_WINDOW)), new Set(b.claim.context.slice(0, ABOUT_WINDOW))];
  const nearBoth = (words: string[]) => words.some((w) => nearA.has(w)) && words.some((w) => nearB.has(w));
  // An entity's id begins with its type (corpus/entities/toEntities.ts), then its name's words.
  const entity = a.sentenceEntities.some((id) => {
    if (!theirs.has(id) || actors.has(id) || id.startsWith('person:') || id.startsWith('place:')) return false;
    return nearBoth(id.slice(id.indexOf(':') + 1).split('-').map((w) => stem(w)));
  });
  return entity || sharedTitle(a, b, nearBoth);
}

/**
 * One title quoted in both sentences, its words near both days: the programme or the publication of the act
 * (NBC's "Today" show on Thursday / an interview shown Thursday on the “Today” show). A title is a name the entity
 * reader may not take for one (a programme named by a common word), but it names one thing as a name does.
 */
function sharedTitle(a: Placed, b: Placed, nearBoth: (words: string[]) => boolean): boolean {
  const theirs = new Set((b.titles ?? []).map((t) => t.join(' ')));
  return (a.titles ?? []).some((t) => t.length > 0 && theirs.has(t.join(' ')) && nearBoth(t));
}
