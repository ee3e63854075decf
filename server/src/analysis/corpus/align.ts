// Alignment: which statements of different sources say the same thing of the same subject. Candidates share a
// dimension and a blocking key (the subject entity, the subject's head noun, the predicate, or for times and days the
// incident or the lede), never all pairs of a story; a learned pair scorer (a logistic regression over
// corpus/alignFeatures.ts, weights in data/alignModel.json, trained by scripts/train/align.mjs) says how likely each
// candidate pair is one statement. Pairs above the model's threshold are linked, and linked statements form the
// groups the checks, the code lens, the hover and the source matrix read (`ClaimGroup`, one per statement told by
// one or more sources; every member has its span, source, value as written and normalised value).
import modelFile from '../data/alignModel.json';
import { localOffset, mayBeOnUtc, utcAsLocal } from './localTime';
import { isPollFigure, pollAgainstOther, pollSentences, pollsApart, pollstersOf } from './polls';
import { DAY_MS, dateBefore, resolveWeekday } from '../read/dates';
import { comparable } from './claims';
import { namesItsKind } from '../read/statements/scope';
import { timeBesideDay, UTC } from '../read/statements/utcDays';
import { ONGOING, SINCE, STATE_SINCE } from '../read/statements/when';
import { POPULATION } from '../read/statements/count';
import { PERCENTAGE_POINT } from '../read/values/percent';
import { stem } from '../read/statements/site';
import type { Attribute, Claim, ClaimGroup, ClaimRef, Entity, Quantity, Reading } from '../types';
import { meanVector, similarity } from './wordVectors';
import { actsOf, occasionsOf, oneAct, oneEvent, oneSpeech, reportAgainstAct, twoActsInLedes } from './dayEvents';
import { lexicon } from '../data/lexicon';
import { FEATURES, compileTree, countedAs, modifiersClash, noteBest, samePredicate, actOf, tollAgainstOtherCount, ownPairFeatures, pairFeatures, probability, storyPairFeatures, resemblance, setRank, statementsOpposed, withRanks, type AlignModel, type Placed, type Rarity, type TreeNode } from './alignFeatures';
import { claimLinks, PairRows, PairTable, type ClaimLinks } from './pairTables';
import { NOT_A_NAME_ALONE } from './entities/names';
import { fold } from '../text/normalize';
import { sourceLabels } from './sourceLabels';
import { articleMentionEntities } from './entities/mentionEntities';
import { keptProbability, MemoRun, type AlignMemo, type KeptPair, type KeptPlacement } from './alignMemo';

export interface Alignment {
  groups: ClaimGroup[];
  /** `${uri}#${claimIndex}` → its group. */
  groupOf: Map<string, ClaimGroup>;
  /** Probability that two statements are one, for every scored pair. */
  links: ClaimLinks;
}

const MODEL: AlignModel = loadModel(modelFile as ModelFile);

interface ModelFile {
  features: string[];
  weights?: number[];
  base?: number;
  trees?: TreeNode[];
  threshold: number;
}

function loadModel(file: ModelFile): AlignModel {
  const weights = FEATURES.map((f) => {
    const at = file.features.indexOf(f);
    return at < 0 || !file.weights ? 0 : file.weights[at];
  });
  return { features: FEATURES, weights, base: file.base, trees: file.trees?.map(compileTree), threshold: file.threshold };
}

/** A link this likely joins two groups unless a compared pair across them is below DOUBT. */
const SURE = 0.85;
const DOUBT = 0.3;

export function alignModel(): AlignModel {
  return MODEL;
}

export const refKey = (ref: { uri: string; index: number }) => `${ref.uri}#${ref.index}`;
export function pairKey(a: ClaimRef, b: ClaimRef): string {
  const [ka, kb] = [refKey(a), refKey(b)];
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
}

/**
 * Every statement of the readings, placed: entities resolved, weekdays and "ago" dated by the articles' dates.
 * `kept`: each article's statements as placed last (corpus/alignMemo.ts), taken again while nothing they were placed
 * from changed (an editor's keystroke changes one article), and updated with this placement.
 */
export function placeStatements(readings: Reading[], mentionEntity: Map<string, string>, entities: Map<string, Entity>, sources = sourceLabels(readings), kept?: Map<string, KeptPlacement>): Placed[] {
  const placed: Placed[] = [];
  const dated = (r: Reading) => (r.meta.date && /^\d{4}-\d\d-\d\d/.test(r.meta.date) ? r.meta.date.slice(0, 10) : undefined);
  const publication = readings.map(dated).filter((d): d is string => d !== undefined).sort();
  const offset = localOffset(readings);
  // Whether a source names a place on UTC (asked only of a story with a UTC time and no offset its sources give).
  let onUtc: boolean | undefined;
  const asksOnUtc = (r: Reading) => offset === undefined && r.claims.some((c) => c.attribute === 'time' && r.quantities[c.quantity].unit === 'time UTC');
  // Everything a placement reads besides its reading and the entities (an undated article is dated by the others).
  const range = (r: Reading) => (dated(r) ? [] : [publication[0], publication[publication.length - 1]]);
  const storyOf = (r: Reading) => JSON.stringify([sources.get(r.uri), range(r), offset, asksOnUtc(r) && (onUtc ??= mayBeOnUtc(readings))]);
  if (kept) {
    const members = new Set(readings.map((r) => r.uri));
    for (const uri of [...kept.keys()]) if (!members.has(uri)) kept.delete(uri);
  }
  for (const reading of readings) {
    const story = kept ? storyOf(reading) : '';
    const before = kept?.get(reading.uri);
    if (before && before.reading === reading && before.mentionEntity === mentionEntity && before.story === story) {
      for (const ref of before.placed) placed.push(ref);
      continue;
    }
    const from = placed.length;
    placeArticle(reading);
    kept?.set(reading.uri, { reading, mentionEntity, story, placed: placed.slice(from) });
  }
  return placed;

  function placeArticle(reading: Reading): void {
    const entityOf = articleMentionEntities(mentionEntity, reading.uri);
    const sentenceEntities = new Map<number, string[]>();
    reading.mentions.forEach((m, i) => {
      const id = entityOf(i);
      if (!id) return;
      const list = sentenceEntities.get(m.sentence) ?? [];
      list.push(id);
      sentenceEntities.set(m.sentence, list);
    });
    const sentences = Math.max(1, reading.sentences.length - 1);
    const pollSentencesOf = pollSentences(reading);
    const pollsters = pollSentencesOf.size > 0 ? pollstersOf(reading, pollSentencesOf, entityOf) : [];
    const own = ownParts(reading);
    const steps = stepsOf(reading);
    reading.claims.forEach((claim, index) => {
      const quantity = reading.quantities[claim.quantity];
      const ref: Placed = {
        uri: reading.uri,
        index,
        claim,
        quantity,
        source: sources.get(reading.uri) ?? reading.meta.source,
        entity: entityOf(claim.entity),
        participantIds: [...new Set(claim.participants.map(entityOf).filter((id): id is string => id !== undefined && (claim.attribute !== 'duration' || entities.get(id)?.type === 'person')))].sort(),
        sentenceEntities: sentenceEntities.get(claim.sentence) ?? [],
        attributedTo: entityOf(claim.attributedTo),
        position: claim.sentence / sentences,
        published: reading.meta.date?.slice(0, 10),
        publishedBetween: dated(reading) ? [dated(reading)!, dated(reading)!] : publication.length > 0 ? [publication[0], publication[publication.length - 1]] : undefined,
        ...own[index],
      };
      if (claim.attribute === 'day' && reading.meta.date && quantity.low !== null) ref.date = resolveWeekday(quantity.low, reading.meta.date);
      if (claim.attribute === 'day') ref.clock = exactClock(reading, quantity);
      if (isPollFigure(claim, quantity, pollSentencesOf, pollsters)) ref.polls = pollsters;
      if (pollSentencesOf.has(claim.sentence)) ref.pollSentence = true;
      if (claim.attribute === 'rank' && (steps.get(quantity.unit ?? '')?.size ?? 0) > 1) ref.manySteps = true;
      // "1423 GMT" where a source gives "9:23 p.m. local time (1423 GMT)" is compared with the others' "9:23 p.m.".
      if (claim.attribute === 'time' && offset !== undefined) ref.quantity = utcAsLocal(quantity, offset) ?? quantity;
      else if (claim.attribute === 'time' && quantity.unit === 'time UTC' && !(onUtc ??= mayBeOnUtc(readings))) ref.quantity = { ...quantity, notLocal: true };
      // "2045 GMT on Friday" in a story in Britain is Friday there too; elsewhere a day in UTC may be the local day after.
      if (claim.attribute === 'day' && claim.modifiers.includes(UTC) && offset !== 0 && !(onUtc ??= mayBeOnUtc(readings))) ref.utcDay = true;
      // "The 29-year-old" told in a sentence of an earlier year is the age then; "Dr. Benjamin, 52, became … in 2002"
      // gives the age now beside what was done then.
      if (claim.attribute === 'age' && /year[-\s]old/i.test(quantity.text)) ref.ageThen = datesAnEarlierYear(reading, claim.sentence, ref.publishedBetween);
      // "6 months ago" names days from the article's date; an article without one was published when the others
      // about the same story were, so between the earliest and the latest of their dates.
      if (claim.attribute === 'ago') {
        const [first, last] = reading.meta.date ? [reading.meta.date, reading.meta.date] : [publication[0], publication[publication.length - 1]];
        const early = first ? dateBefore(quantity, first) : undefined;
        const late = last ? dateBefore(quantity, last) : undefined;
        if (!early || !late) return;
        ref.quantity = { ...early, high: late.high };
      }
      if (claim.attribute === 'time' || claim.attribute === 'day' || claim.attribute === 'date' || claim.attribute === 'direction' || claim.attribute === 'ago') {
        // Places only: a name of another kind in the sentence ("a pinup of World War II", "the Technicolor musicals")
        // is not where the incident happened, and kept a death on Sunday from the others' death on Thursday.
        ref.places = ref.participantIds.filter((id) => isPlace(entities.get(id)));
      }
      placed.push(ref);
    });
  }
}

/** The steps of a contest an article gives ("in the 61st minute", "in the 89th minute"), by their unit: the values of each. */
function stepsOf(reading: Reading): Map<string, Set<number | null>> {
  const steps = new Map<string, Set<number | null>>();
  for (const claim of reading.claims) {
    const q = reading.quantities[claim.quantity];
    if (claim.attribute !== 'rank' || !q.unit || claim.subject !== q.unit) continue;
    const values = steps.get(q.unit) ?? new Set();
    values.add(q.low);
    steps.set(q.unit, values);
  }
  return steps;
}

/** What a placed statement takes from its own article's words alone. */
type OwnParts = Pick<Placed, 'titles' | 'near' | 'left' | 'right' | 'slot' | 'kindSlot' | 'contextVector'>;

const ownPartsCache = new WeakMap<Reading, OwnParts[]>();

/**
 * Each statement's parts that depend on its article alone (its nearest words, its slot, its context's vector), made
 * once per reading: a keystroke places the other articles' statements again (their entities may change) without them.
 */
function ownParts(reading: Reading): OwnParts[] {
  let parts = ownPartsCache.get(reading);
  if (parts) return parts;
  parts = reading.claims.map((claim) => {
    const quantity = reading.quantities[claim.quantity];
    return {
      titles: claim.attribute === 'day' ? quotedTitles(reading, claim.sentence) : undefined,
      near: nearWords(reading, claim.sentence, quantity.start, quantity.end),
      ...neighbours(reading, claim.sentence, quantity),
      ...slotsOf(reading, claim.sentence, quantity),
      contextVector: meanVector(claim.context.slice(0, 12)),
    };
  });
  ownPartsCache.set(reading, parts);
  return parts;
}

/**
 * A place an incident can happen at. A word that is no name alone ("North" in "the Sudan People's Liberation Army -
 * North", read as a place) names none, and told "began in July" there from "fighting since June" in Sudan.
 */
function isPlace(entity: Entity | undefined): boolean {
  return entity?.type === 'place' && !NOT_A_NAME_ALONE.has(fold(entity.name));
}

/**
 * Whether a sentence gives a date (as the date kind reads it) before the year its article was published in (or,
 * undated, the earliest of its story's): an age there is the age then ("A doorman identified the 29-year-old Mr.
 * Gigante … acquitted in 1958").
 */
function datesAnEarlierYear(reading: Reading, sentence: number, published: [string, string] | undefined): boolean {
  const at = reading.sentences[sentence];
  if (!at || !published) return false;
  const yearStart = Date.UTC(Number(published[0].slice(0, 4)), 0, 1) / DAY_MS;
  return reading.quantities.some((q) => q.kind === 'date' && q.unit === 'day' && q.high !== null && q.high < yearStart && q.start >= at.start && q.end <= at.end);
}

/** The content words nearest a value: six before and six after, as the sentence writes them. */
function nearWords(reading: Reading, sentenceIndex: number, start: number, end: number): string[] {
  const sentence = reading.sentences[sentenceIndex];
  const words = (text: string) => (text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []).filter((w) => w.length > 2);
  const before = words(reading.text.slice(Math.max(sentence.start, start - 80), start)).slice(-6);
  const after = words(reading.text.slice(end, Math.min(sentence.end, end + 80))).slice(0, 6);
  return [...new Set([...before, ...after].map((w) => w.replace(/(?:es|s)$/, '')))];
}

/** How many words a quoted title has at most ("Today", “This Week”, "Meet the Press"). */
const TITLE_WORDS = 4;

/**
 * The titles quoted in a sentence: a short quotation whose words each begin with a capital, or are short function words
 * between them (NBC's "Today" show, ABC's “This Week”, "Meet the Press"), as the stems of its words. A quotation of
 * someone's words is longer or in lower case ("real doubts"), and one ending in punctuation is a sentence quoted.
 */
function quotedTitles(reading: Reading, sentenceIndex: number): string[][] {
  const sentence = reading.sentences[sentenceIndex];
  const text = reading.text.slice(sentence.start, sentence.end);
  const titles: string[][] = [];
  for (const m of text.matchAll(/["“]([^"“”]*)["”]/g)) {
    const words = m[1].trim().split(/\s+/);
    if (words.length === 0 || words.length > TITLE_WORDS) continue;
    if (!words.every((w, i) => /^[A-Z][A-Za-z'’.-]*$/.test(w) || (i > 0 && i < words.length - 1 && /^(?:the|of|and|a|an|in|on|for|to)$/.test(w)))) continue;
    titles.push(words.filter((w) => /^[A-Z]/.test(w)).map((w) => stem(trimEnd(w.toLowerCase(), ".’'"))));
  }
  return titles;
}

/** A word without the marks of `marks` at its end ("today." -> "today"), with no expression to backtrack. */
function trimEnd(word: string, marks: string): string {
  let end = word.length;
  while (end > 0 && marks.includes(word[end - 1])) end--;
  return word.slice(0, end);
}

/** The two words before a value (nearest first) and the two after it, as stems: where it stands in its sentence. */
function neighbours(reading: Reading, sentenceIndex: number, q: { start: number; end: number; hedge?: string; text: string }): { left: string[]; right: string[] } {
  const sentence = reading.sentences[sentenceIndex];
  const words = (text: string) => text.toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) ?? [];
  const left = words(reading.text.slice(Math.max(sentence.start, q.start - 60), q.start)).slice(-2).reverse().map((w) => stem(w));
  const right = words(reading.text.slice(q.end, Math.min(sentence.end, q.end + 60))).slice(0, 2).map((w) => stem(w));
  return { left, right };
}

/** The dimension statements must share to be compared, and the keys that make two of them candidates. */
export function dimensionOf(ref: Placed): string {
  const { claim, quantity } = ref;
  if (claim.attribute === 'category') return `category:${quantity.unit}`;
  // A time in UTC where local time is not UTC meets the local times: the same clock time in both is a copy error.
  if (claim.attribute === 'time') return `time:${quantity.notLocal ? 'time local' : quantity.unit}`;
  // A direction is from one place, or within one ("east of Houston", "in northeast Houston"): directions from two
  // references never disagree, so they are never one statement (a chain of them joined an escape to a capture).
  if (claim.attribute === 'direction') return `direction:${quantity.unit}`;
  // A change of a rate in points ("by 25 basis points") is no percentage of anything ("4.25%").
  if (claim.attribute === 'percent' && quantity.unit === PERCENTAGE_POINT) return `percent:${quantity.unit}`;
  return claim.attribute;
}

function scopedDimension(ref: Placed): string {
  // The scope is part of the dimension: a statement about an earlier event is only compared with one about the same.
  const { time, when } = ref.claim.scope;
  return `${dimensionOf(ref)}|${time}${when ? `:${when}` : ''}`;
}

/** The dimensions of a length that make two statements candidates by themselves. */
const MEASURES_KEYED = new Set(['depth', 'height', 'width']);

function blockingKeys(ref: Placed): string[] {
  const dimension = scopedDimension(ref);
  const keys: string[] = [];
  if (ref.entity) keys.push(`${dimension}|e:${ref.entity}`);
  if (ref.claim.subject) keys.push(`${dimension}|s:${ref.claim.subject}`);
  if (ref.claim.predicate) keys.push(`${dimension}|p:${actOf(ref.claim.predicate)}`);
  for (const p of ref.claim.coordinated ?? []) keys.push(`${dimension}|p:${actOf(p)}`);
  for (const id of ref.participantIds) keys.push(`${dimension}|e:${id}`);
  if (ref.claim.scope.incident) keys.push(`${dimension}|i:${ref.claim.scope.incident}`);
  if (ref.claim.mainEvent) keys.push(`${dimension}|main`);
  // "some 480 metres below the surface", "about 380 metres underground": a depth, height or width is rarer in a story
  // than a length or a distance, and sources seldom name what it is of in the same words.
  if (ref.claim.attribute === 'length' && ref.claim.measure && MEASURES_KEYED.has(ref.claim.measure)) keys.push(`${dimension}|m:${ref.claim.measure}`);
  if (ref.claim.attribute === 'day') for (const w of occasionsOf(ref)) keys.push(`${dimension}|o:${w}`);
  if (ref.clock !== undefined) keys.push(`${dimension}|c:${ref.clock}`);
  for (const kind of actsOf(ref)) keys.push(`${dimension}|a:${kind}`);
  return keys;
}

/**
 * How many of the content words nearest a value two statements must share, among the nearest ALIKE_WINDOW of each, for
 * their clauses to be told alike: one outlet's sentence copied or closely paraphrased by another (wire copy), the value
 * aside. Such a clause says the same thing of the same subject whether or not the reader found its subject or the word it
 * hangs on, so it needs no other key.
 */
const ALIKE_WINDOW = 8;
const ALIKE_SHARED = 4;

/** Which value of its sentence the quantity is (`slot`), and which of its kind (`kindSlot`): one pass over the reading's values. */
function slotsOf(reading: Reading, sentence: number, quantity: Reading['quantities'][number]): { slot: number; kindSlot: number } {
  let slot = 0;
  let kindSlot = 0;
  for (const q of reading.quantities) {
    if (q.sentence !== sentence || q.start >= quantity.start) continue;
    slot++;
    if (q.kind === quantity.kind) kindSlot++;
  }
  return { slot, kindSlot };
}

/** Keys of the words nearest the value: what makes two statements whose clauses are told alike candidates. */
function nearKeys(ref: Placed): string[] {
  const dimension = scopedDimension(ref);
  return nearestWords(ref).map((w) => `${dimension}|w:${w}`);
}

/** The content words nearest a value, among which two statements told alike share most. */
function nearestWords(ref: Placed): string[] {
  return ref.claim.context.slice(0, ALIKE_WINDOW);
}

/**
 * Two clauses told alike: the same word on each side of the value, and most of the words nearest the value shared.
 * `words` and `near` (a's nearest words, b's as a set) may be given made once, when one statement meets many.
 */
export function toldAlike(a: Placed, b: Placed, words = nearestWords(a), near = new Set(nearestWords(b))): boolean {
  if (a.left[0] === undefined || a.left[0] !== b.left[0] || a.right[0] === undefined || a.right[0] !== b.right[0]) return false;
  let shared = 0;
  for (const w of words) if (near.has(w)) shared++;
  return shared >= ALIKE_SHARED;
}

/** How rare each context word is among the story's documents. */
export function rarityOf(placed: Placed[]): Rarity {
  const documents = new Map<string, Set<string>>();
  for (const ref of placed) {
    for (const w of ref.claim.context) {
      let docs = documents.get(w);
      if (!docs) documents.set(w, (docs = new Set()));
      docs.add(ref.uri);
    }
  }
  return (w) => 1 / (documents.get(w)?.size ?? 1);
}

function yearsApart(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return Number.isNaN(days) ? 0 : days / 365.25;
}

/** Whether two articles published within these dates may be most of a year apart or more. */
function mayBeYearsApart(a: [string, string] | undefined, b: [string, string] | undefined): boolean {
  return !!a && !!b && Math.max(yearsApart(a[0], b[1]), yearsApart(a[1], b[0])) >= 0.75;
}

/** Two events of two pairs of people: each names someone the other does not ({Trump, Zelensky} and {Trump, Putin}). */
function participantsDiffer(a: Placed, b: Placed): boolean {
  if (a.claim.attribute !== 'duration') return false;
  // A span given to one person (a sentence, a ban, a suspension) is that person's: "Genovese … serving a 15-year
  // sentence" is not Gigante's "sentenced to 12 years". (One person on each side of a call may be its two parties.)
  if (givenToOne(a) && givenToOne(b) && a.claim.subject === b.claim.subject) return a.participantIds[0] !== b.participantIds[0];
  if (a.participantIds.length < 2 || b.participantIds.length < 2) return false;
  return a.participantIds.some((p) => !b.participantIds.includes(p)) && b.participantIds.some((p) => !a.participantIds.includes(p));
}

let GIVEN_NOUNS: Set<string> | undefined;
/** A span the lexicon files as given to someone (values.json duration.verbNouns: "sentence", "ban"), with one person named. */
function givenToOne(ref: Placed): boolean {
  GIVEN_NOUNS ??= new Set(Object.values(lexicon().values.duration.verbNouns as Record<string, string>));
  return ref.participantIds.length === 1 && !!ref.claim.subject && GIVEN_NOUNS.has(ref.claim.subject);
}

/**
 * Whether two statements' subjects can be one: a category is said of one thing ("the colour of the Toyota Camry"), so
 * the things must be the same; a count counts one kind of thing, so the counted nouns must be the same, alike by their
 * word vectors ("fatalities", "deaths"), or one of them general ("people").
 */
function subjectsCompatible(a: Placed, b: Placed, alike: boolean): boolean {
  const [sa, sb] = [a.claim.subject, b.claim.subject];
  // A clause told alike names the same thing of the same subject: a sum, a date, a day or a time needs no other key.
  if (alike && (a.claim.attribute === 'money' || a.claim.attribute === 'date' || a.claim.attribute === 'day' || a.claim.attribute === 'time')) return true;
  // A sum is a sum of something: what it is for, or whose it is, must be said and be the same.
  if (a.claim.attribute === 'money') {
    // "a release clause of 80 million euros" and "two bids, of 40 million and 50 million euros", both the club's: sums
    // of two unrelated things are two statements, whoever's they are.
    // Two ledes' sums told by one verb ("an auction … raised €412,000" / "… raised a record €421,000"; "opened a £46
    // million cancer wing" / "opened the £64m cancer centre") are the story's, whatever nouns they are of.
    const ledesSum = !!a.claim.mainEvent && !!b.claim.mainEvent && samePredicate(a.claim, b.claim);
    // A noun the word vectors do not know ("co-writing") says nothing either way.
    if (!ledesSum && sa && sb && sa !== sb && (similarity(stem(sa), stem(sb)) ?? 1) < UNRELATED_NOUNS) return false;
    // "the kidnappers demanded a $2 million ransom" / "had demanded $3 million for their release": one verb's sum, what
    // it is for said by one source or none.
    const oneVerbsSum = (!sa || !sb) && samePredicate(a.claim, b.claim);
    return (!!sa && sa === sb) || (!!a.entity && a.entity === b.entity) || ledesSum || oneVerbsSum;
  }
  // A time is the time of something: the same incident, the same predicate, or the same speaker's words.
  // A date is the date of one thing: the same predicate or the same person's, or the start of one incident
  // (`oneIncidentStart`). A day or a time: also the story's main event (both in a lede), or the same specific incident
  // (in a lede, or named by the same word). Announcements are too many in a story to say which one.
  if (a.claim.attribute === 'date') return (!!a.claim.predicate && !!b.claim.predicate && actOf(a.claim.predicate) === actOf(b.claim.predicate)) || (!!a.entity && a.entity === b.entity) || oneIncidentStart(a, b);
  if (a.claim.attribute === 'day' || a.claim.attribute === 'time') {
    const incident = oneIncident(a, b);
    const sameWord = sameTrigger(a, b);
    const bothLedes = !!a.claim.mainEvent && !!b.claim.mainEvent;
    const predicateShared = samePredicate(a.claim, b.claim);
    // Two different actions each with its day ("apologised on Saturday", "resigned on Monday"; "arraigned Wednesday",
    // "convicted Thursday") are two events of one story, not one day told two ways, unless the same incident word
    // names both or both stand in their articles' ledes (the story's main event told in other words: "thwarted an
    // attack on Thursday" / "foiled a raid on Friday"), or one incident word in two forms or one occasion names both
    // (`oneEvent`, corpus/dayEvents.ts: "the quake struck" / "an earthquake hit"), or one act word's class and one
    // organisation name both (`oneAct`: "an interview with Fox News to air Friday" / "… to be shown on Tuesday"). A clock time is specific enough to keep the looser keys ("dropped at 2:53 p.m." / "the bombing at 3:20").
    const told = oneEvent(a, b) || oneAct(a, b);
    // A day of speaking dates one event only with a lede of the same day's news or the same speaker's same words
    // (`oneSpeech`, corpus/dayEvents.ts), unless one incident or occasion names both.
    // A lede's day of its report ("…, official results showed on Monday") is not the day of another source's act.
    // Nor when one incident word names both: "has died …, her family said on Wednesday" against "died on Tuesday".
    if (reportAgainstAct(a, b) || reportAgainstAct(b, a)) return false;
    if (a.clock !== undefined && a.clock === b.clock) return true;
    const spoken = told ? undefined : oneSpeech(a, b);
    if (spoken !== undefined) return spoken;
    if (!told && twoActsInLedes(a, b)) return false;
    if (a.claim.attribute === 'day' && !bothLedes && a.claim.predicate && b.claim.predicate && !predicateShared && !(incident && sameWord) && !told) return false;
    return told || bothLedes || predicateShared || (!!a.entity && a.entity === b.entity) || (incident && (!!a.claim.mainEvent || !!b.claim.mainEvent || sameWord));
  }
  // A result is of one contest: two meet when they name a side in common (the court, the chamber, a team), tell their
  // clause alike, or both stand in their ledes, or both tell a vote ("approved it by 214 votes to 187", "Lawmakers
  // voted 214 to 178"): a story's vote is one act, while a story of a game gives other games' results too, each its
  // game's (a roundup's wins, whatever incident word each sentence has, are many).
  // One side in common and each another are two games ("Denver Rovers' 3-1 win at Marrowby United" / "a 4-1 away win over Delvaro City").
  if (a.claim.attribute === 'score') return alike || (!!a.claim.mainEvent && !!b.claim.mainEvent) || (oneIncident(a, b) && a.claim.scope.incident === VOTE) || (a.participantIds.some((id) => b.participantIds.includes(id)) && !eachAnotherSide(a, b));
  // A length of one kind: the same measure, or neither saying one and the same subject or the same named thing ("the
  // 400-metre Golden Bay" / "the Golden Bay, a 1,100ft ship").
  if (a.claim.attribute === 'length' && !(a.claim.measure && a.claim.measure === b.claim.measure) && !(!a.claim.measure && !b.claim.measure && ((sa && sa === sb) || (a.entity && a.entity === b.entity))) && !alike) return false;
  // "a five-vote majority" and "a 60-vote threshold": counts that modify two different nouns count for two things. A
  // count a rule requires is no tally either: "the 41 votes necessary to filibuster" is another number.
  if (a.claim.attribute === 'count') {
    const [ha, hb] = [compoundHead(a), compoundHead(b)];
    if (ha !== hb && ((ha && hb) || setsABound(ha) || setsABound(hb))) return false;
    // "Three of the injured were in critical condition" / "Seven of the injured were players": parts of one set told
    // by what each part is are two parts.
    if (partsApart(a.claim, b.claim)) return false;
  }
  // A measure is of one dimension (a speed meets a speed), and of one thing when both name it; a person's weight is
  // compared only with the same person's ("Briggs weighed 247 pounds" / "the champion, who weighed 235 pounds").
  if (a.claim.attribute === 'measure') {
    if ((a.entity || b.entity) && a.entity !== b.entity) return false;
    return a.claim.measure === b.claim.measure && (!sa || !sb || sa === sb || (similarity(stem(sa), stem(sb)) ?? 0) >= SIMILAR_NOUNS);
  }
  // Kinds whose modifiers say what is measured meet only the same modifiers. A share is a share of one thing: "60 per
  // cent of web services" is not "82 percent of voice traffic", nor "65% of traffic" (the whole) "82 percent of voice
  // traffic" (a part), nor a change by a percentage a share. A length "above flood stage" is measured from its
  // reference, not the level itself ("crested at 35 feet"). The age of a role of a named thing ("the Golden Bay's
  // 59-year-old captain") is only that role's.
  if (SAME_MODIFIERS.has(a.claim.attribute) && !sameWords(a.claim.modifiers, b.claim.modifiers)) return false;
  // The step of a contest in which something happened ("scored in the 89th minute", "was sent off in the 75th minute"):
  // in an article that gives several, two are one only when one act is told (the same verb, the same person, or both
  // ledes); an article that gives one tells the step of its one decisive act ("a 10th-round knockout").
  if (a.claim.attribute === 'rank' && sa === sb && sa === a.quantity.unit && (a.manySteps || b.manySteps) && !samePredicate(a.claim, b.claim) && !(a.entity && a.entity === b.entity) && !(a.claim.mainEvent && b.claim.mainEvent)) return false;
  // The span a sum is paid over ("a raise of 15% over four years", read/statements/duration.ts) is no event's span ("a
  // 37-day strike").
  if (a.claim.attribute === 'duration' && (sa === SUM_TERM) !== (sb === SUM_TERM)) return false;
  if (!sa || !sb || sa === sb) return true;
  if (a.claim.attribute === 'category') return false;
  // A rank is a place among one kind of thing: "the second woman to hold the office" is not "the first Latina to lead".
  if (a.claim.attribute === 'percent' || a.claim.attribute === 'rank') return (similarity(stem(sa), stem(sb)) ?? 0) >= SIMILAR_NOUNS;
  // Two things placed at distances from one place ("a motorist 50 miles north of Detroit", "the building, about 15
  // miles north of Detroit") are two statements: the thing placed is the subject, as a count's noun is.
  if (a.claim.attribute === 'length' && a.claim.measure === 'distance' && !alike) return (similarity(stem(sa), stem(sb)) ?? 0) >= SIMILAR_NOUNS;
  if (a.claim.attribute !== 'count') return true;
  const general = lexicon().generalNouns;
  const nounsAlike = similarity(stem(sa), stem(sb)) ?? 0;
  // "people" may be refugees, victims or passengers, not pellets: the other noun is near the general one or near "person".
  if (general.has(sa) || general.has(sb)) return Math.max(nounsAlike, similarity('person', stem(general.has(sa) ? sb : sa)) ?? 0) >= SIMILAR_TO_GENERAL;
  return nounsAlike >= SIMILAR_NOUNS;
}

/**
 * "A helicopter lifted 14 people from rooftops" / "Three people are being treated in hospital": counts of a general noun
 * ("people") told by two verbs the word vectors find unrelated count two groups, unless both stand in their ledes (the
 * story's one act told two ways). A noun that says who they are ("14 residents") keeps the scorer's say.
 */
function peopleOfUnrelatedActs(a: Claim, b: Claim): boolean {
  const general = lexicon().generalNouns;
  if (!a.subject || !b.subject || !general.has(a.subject) || !general.has(b.subject) || !a.predicate || !b.predicate) return false;
  if ((a.mainEvent && b.mainEvent) || samePredicate(a, b)) return false;
  return (similarity(a.predicate, b.predicate) ?? 1) < UNRELATED_ACTS;
}

/** Below this similarity two verbs name unrelated acts ("lift" and "treat": 0.02). */
const UNRELATED_ACTS = 0.1;

/**
 * A count of what something has ("has roughly 40 diplomats") against a count of the act a lede tells; not against an
 * owner's count in the lede ("Norcom and its 500 employees"), which is a size too.
 */
function sizeAgainstLede(a: Claim, b: Claim): boolean {
  return a.predicate === 'have' && !!b.mainEvent && b.entity === undefined && !!b.predicate && b.predicate !== 'have' && b.predicate !== 'aboard';
}

/**
 * "Marrowby, home to some 600 people" against "around 150 people left homeless": a place's population is a size, not
 * a count of the people an act took; it meets a count told with no verb ("a village of around 600 residents").
 */
function populationAgainstAct(a: Claim, b: Claim): boolean {
  return a.predicate === POPULATION && !!b.predicate && b.predicate !== POPULATION;
}

/**
 * The subjects of a contest's timed results: the margin of a win and a lead held (read/statements/syntax.ts
 * `marginStatement`), a time run and a record's time (read/statements/duration.ts).
 */
const RESULTS = new Set(['margin', 'lead', 'time', 'record', 'record margin']);

/** Two parts of a set, one at least told by what it is ("be player", read/statements/count.ts), told differently. */
function partsApart(a: Claim, b: Claim): boolean {
  if (!a.modifiers.includes('part') || !b.modifiers.includes('part') || a.predicate === b.predicate) return false;
  return !!a.predicate?.startsWith('be ') || !!b.predicate?.startsWith('be ');
}

/** The subject of the span a sum is paid over (read/statements/duration.ts). */
const SUM_TERM = 'term';

/** Kinds of statement whose modifiers say what is measured (`subjectsCompatible`). */
const SAME_MODIFIERS = new Set<Attribute>(['percent', 'length', 'age']);

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w) => b.includes(w));
}

/** The noun a compound count modifies ("majority" in "a five-vote majority"), kept as its last modifier. */
function compoundHead(ref: Placed): string | undefined {
  return namesItsKind(ref.quantity.text) ? ref.claim.modifiers[ref.claim.modifiers.length - 1] : undefined;
}

let BOUNDS: Set<string> | undefined;
/** Whether a compound count's noun is a bound or a rule (values.json align.bounds: "threshold", "limit"). */
function setsABound(head: string | undefined): boolean {
  BOUNDS ??= new Set(lexicon().values.align.bounds);
  return head !== undefined && BOUNDS.has(head);
}

/** How alike two counted nouns' vectors must be to count one kind of thing, and a noun and a general one ("people"). */
const SIMILAR_NOUNS = 0.6;

/** Below this similarity two nouns name unrelated things ("clause" and "bid"; "fee" and "deal" are above it). */
const UNRELATED_NOUNS = 0.2;
const SIMILAR_TO_GENERAL = 0.3;

/**
 * Why two statements of two sources cannot be one statement, whatever keys they share (undefined when they can be):
 * the guards every candidate pair passes. `alike`: their clauses are told alike (`toldAlike`).
 */
export function apart(a: Placed, b: Placed, alike: boolean): string | undefined {
  // Two named subjects the corpus knows as two entities are two subjects; incidents at places no source shares, or
  // weekdays a week apart, are two incidents.
  if (a.entity && b.entity && a.entity !== b.entity) return 'two entities';
  if (participantsDiffer(a, b)) return 'two pairs of people';
  // A depth is not a distance, nor a fall a height.
  if (a.claim.measure && b.claim.measure && a.claim.measure !== b.claim.measure) return 'two measures';
  if (!comparable(a, b)) return 'two scopes, places or weeks';
  if (presentsApart(a, b)) return 'two moments months apart';
  if (pollsApart(a.polls, b.polls)) return 'two polls';
  if (pollAgainstOther(a, b)) return 'a poll and a count';
  // "police put the crowd at 40,000" against "organisers estimated it at 100,000": two parties' estimates are two claims.
  // Not any two parties' figures: a toll "police said" and one "officials said" are one figure told two ways; nor an
  // estimate against a figure someone said ("the mogul estimates the price tag at" / "which he estimates would cost"),
  // whose parties' words may name one person.
  if (a.claim.estimatedBy && b.claim.estimatedBy && a.claim.estimatedBy !== b.claim.estimatedBy) return 'two estimates';
  // An age is true on a date: "27" in a 2005 release and "29" in a 2007 report are one person two years on. An undated
  // report of a story told over years may be from any of its dates.
  if (a.claim.attribute === 'age' && (mayBeYearsApart(a.publishedBetween, b.publishedBetween) || !!a.ageThen !== !!b.ageThen)) return 'ages years apart';
  // Kinds of words that exclude each other (killed / injured, players / coaches) never name one statement, nor
  // do counts of different sets ("career games", "a total of").
  if (modifiersClash(countedAs(a), countedAs(b)) || additions(a) || additions(b) || (runOfASequence(a) && runOfASequence(b))) return 'two sets';
  if (joinedApart(a, b)) return 'two sets';
  if (planned(a) !== planned(b)) return 'a plan and an act';
  // "Rescuers were searching on Saturday …" against "The flood killed two on Friday": what went on after the event and
  // the event, told by two verbs.
  if (a.claim.attribute === 'day' && a.claim.modifiers.includes(ONGOING) !== b.claim.modifiers.includes(ONGOING) && !samePredicate(a.claim, b.claim)) return 'an act and what went on after it';
  // "at 05:40 GMT on Wednesday" and "late on Tuesday" (local time) may be one moment: a day in UTC and a local day a
  // day apart are not set against each other. Further apart, no time zone makes them one.
  if (a.claim.attribute === 'day' && !!a.utcDay !== !!b.utcDay && daysApart(a.quantity, b.quantity) === 1) return 'a day in UTC and a local day';
  // "since 2019" starts a span ("has seized several ships since 2019"); it dates no one act, but the start of the span
  // ("fighting began in July" / "fighting since June").
  if (sinceApart(a, b) || sinceApart(b, a)) return 'the start of a span and an act';
  if (a.claim.attribute === 'count' && tollAgainstOtherCount(a.claim, b.claim)) return 'a toll and another count';
  if (a.claim.attribute === 'count' && peopleOfUnrelatedActs(a.claim, b.claim)) return 'people of two acts';
  // "beat Tom Ward by 1:38" and "now leads Tom Ward by 2:48 overall": the margin of a win is not a lead held, nor the
  // time the winner ran.
  if (a.claim.subject !== b.claim.subject && RESULTS.has(a.claim.subject ?? '') && RESULTS.has(b.claim.subject ?? '')) return 'two results of a contest';
  // "The embassy has roughly 40 diplomats" against the lede's "expels 15 Russian diplomats": what something has is its
  // standing size, not the count of the story's act.
  if (a.claim.attribute === 'count' && (sizeAgainstLede(a.claim, b.claim) || sizeAgainstLede(b.claim, a.claim) || populationAgainstAct(a.claim, b.claim) || populationAgainstAct(b.claim, a.claim))) return 'a size and an act';
  if (!sameRelativeEvent(a, b)) return 'subjects or actions differ';
  if (!subjectsCompatible(a, b, alike)) return 'subjects or actions differ';
  if (statementsOpposed(a, b)) return 'opposed words';
  return undefined;
}

/** The clock time beside a day (`Placed.clock`): to the minute, off the hour and the half hour, with its zone. */
function exactClock(reading: Reading, day: Quantity): string | undefined {
  const t = timeBesideDay(reading.text, reading.quantities, day);
  return t && t.low !== null && t.low === t.high && t.low % 30 !== 0 ? `${t.low} ${t.unit}` : undefined;
}

/** How many days apart two weekdays are, the nearer way round the week (undefined when either is unknown). */
function daysApart(a: Quantity, b: Quantity): number | undefined {
  if (a.low === null || b.low === null) return undefined;
  const d = (((a.low - b.low) % 7) + 7) % 7;
  return Math.min(d, 7 - d);
}

/** A day, time or date of something planned ("will be arraigned Thursday"): what happened is another statement. */
/**
 * Whether `a` dates the start of a span ("since 2019") and `b` an act that is no start ("seized … in April 2024"): a
 * start is its predicate's act, or a verb of starting among the words nearest its value ("fighting … began in July").
 */
function sinceApart(a: Placed, b: Placed): boolean {
  if (!a.claim.modifiers.includes(SINCE) || b.claim.modifiers.includes(SINCE)) return false;
  // "shut to traffic since February 2023" / "closed in January 2023": a state's start is its verb's act.
  if (a.claim.modifiers.includes(STATE_SINCE) && samePredicate(a.claim, b.claim)) return false;
  const start = (word: string | undefined) => !!word && actOf(word) === 'start';
  return !start(b.claim.predicate) && !b.claim.context.slice(0, START_WORDS_NEAR).some(start);
}

/** How many of the content words nearest a date are looked at for a verb of starting. */
const START_WORDS_NEAR = 2;

function planned(p: Placed): boolean {
  return p.claim.modifiers.includes('planned');
}

const SEASON_MS = 90 * DAY_MS;

/**
 * Two statements of the story's present in articles published more than three months apart (their own dates, as an
 * archive's file names give them): two moments of a running story, not one fact told two ways ("1,358 registered
 * voters" of a July poll against "418 Democratic primary voters" of a November one). An earlier event both name stays
 * comparable. (At one month, a date read from a dateline the other way round, "11/09/2010", set a single shooting's
 * reports two months apart.)
 */
function presentsApart(a: Placed, b: Placed): boolean {
  if (a.claim.scope.time !== 'story' || b.claim.scope.time !== 'story' || !a.published || !b.published) return false;
  if (Math.abs(Date.parse(a.published) - Date.parse(b.published)) <= SEASON_MS) return false;
  // A date names its own moment: "fired in 2005" is one fact in any year's report; only dates near their articles'
  // own days ("the poll, conducted July 8", in a July 15 report) are two moments.
  return !DATED.has(a.claim.attribute) || (nearItsArticle(a) && nearItsArticle(b));
}

const DATED = new Set(['date', 'ago']);

/** A date within a month of its article's own day (a date's value counts days from 1970-01-01). */
function nearItsArticle(p: Placed): boolean {
  const { low, high } = p.quantity;
  if (low === null || high === null || !p.published) return false;
  const published = Date.parse(p.published);
  return high * DAY_MS >= published - 31 * DAY_MS && low * DAY_MS <= published + 31 * DAY_MS;
}

/**
 * "162 passengers and crew" counts more than "156 passengers": a count of two joined nouns (read/statements/count.ts)
 * meets only a count of the same two, or of a general noun ("162 people on board").
 */
function joinedApart(a: Placed, b: Placed): boolean {
  if (a.claim.attribute !== 'count') return false;
  const joined = (p: Placed) => p.claim.modifiers.find((m) => m.startsWith('and '));
  const [ja, jb] = [joined(a), joined(b)];
  if (ja === jb) return false;
  const general = lexicon().generalNouns;
  return !general.has((ja ? b : a).claim.subject ?? '');
}

/**
 * "Another four people died in hospitals" adds to what its own article counted before; another article's count (an
 * addition to its own tally, or a tally) is of another set.
 */
function additions(p: Placed): boolean {
  ADDITIVE ??= lexicon().values.align.additive;
  return p.claim.modifiers.some((m) => ADDITIVE!.includes(m));
}
let ADDITIVE: string[] | undefined;

/** "the first three contests": a count that says how far a run of a sequence goes, which another run's count does not deny. */
function runOfASequence(p: Placed): boolean {
  PREFIXES ??= lexicon().values.align.prefixes;
  return p.claim.attribute === 'count' && p.claim.modifiers.some((m) => PREFIXES!.includes(m));
}
let PREFIXES: string[] | undefined;

/**
 * Two dates of the start of one incident named by one word ("fighting … began in July" / "fighting … since June"). Only
 * starts: a date "since" which a series has run is not the date of its latest incident ("thwarted an attack on 10 Nov,
 * the fifth operation since September"), nor is the day of a press conference about a bombing the bombing's.
 * Announcements are too many in a story to say which one.
 */
function oneIncidentStart(a: Placed, b: Placed): boolean {
  return oneIncident(a, b) && sameTrigger(a, b) && datesAStart(a) && datesAStart(b);
}

/** Whether each of two results names a side, an organisation, that the other does not (an entity's id begins with its type). */
function eachAnotherSide(a: Placed, b: Placed): boolean {
  const sides = (p: Placed) => p.participantIds.filter((id) => id.startsWith('organization:'));
  const [sa, sb] = [sides(a), sides(b)];
  return sa.some((id) => !sb.includes(id)) && sb.some((id) => !sa.includes(id));
}

/** The incident of a vote (lexicon `incidentEvents`). */
const VOTE = 'vote';

/** One specific kind of incident in both scopes (announcements are too many in a story to say which one). */
function oneIncident(a: Placed, b: Placed): boolean {
  const [ia, ib] = [a.claim.scope.incident, b.claim.scope.incident];
  return !!ia && ia === ib && ia !== 'announcement';
}

/** The same incident word in both ("fighting" / "fighting"). */
function sameTrigger(a: Placed, b: Placed): boolean {
  return !!a.claim.trigger && !!b.claim.trigger && stem(a.claim.trigger) === stem(b.claim.trigger);
}

/** A date written after "since", or of a verb of starting ("began in July"). */
function datesAStart(p: Placed): boolean {
  STARTS ??= { verbs: new Set([...lexicon().startingVerbs].map((w) => stem(w))), since: stem('since') };
  return p.left[0] === STARTS.since || STARTS.verbs.has(p.claim.predicate ?? '');
}
let STARTS: { verbs: Set<string>; since: string } | undefined;

/**
 * "two weeks before the elections": a span relative to an event is compared only with one relative to that event, in
 * that direction; how long a person did something ("had worked for 15 years", marked "for") only with how long the
 * same person did the same thing, never with a sentence or a stay given to that person ("was jailed for 12 years").
 */
function sameRelativeEvent(a: Placed, b: Placed): boolean {
  const relation = (p: Placed) => p.claim.modifiers.find((m) => m === 'before' || m === 'after' || m === 'for');
  if (a.claim.attribute !== 'duration' || (!relation(a) && !relation(b))) return true;
  // "14 years after work began" / "11 years after construction started", each in its lede: the time since the start
  // of the story's one project, whatever noun names it.
  const sinceStart = (p: Placed) => p.claim.modifiers.includes('start') && !!p.claim.mainEvent;
  if (sinceStart(a) && sinceStart(b)) return true;
  return relation(a) === relation(b) && a.claim.subject === b.claim.subject;
}

/** Whether two statements share a blocking key (or are told alike): what makes them a candidate pair, guards aside. */
export function sharesKey(a: Placed, b: Placed): boolean {
  const keys = new Set(blockingKeys(a));
  return blockingKeys(b).some((k) => keys.has(k)) || (scopedDimension(a) === scopedDimension(b) && toldAlike(a, b));
}

/**
 * Candidate pairs across sources: they share a dimension and a blocking key, or their clauses are told alike. Each pair
 * once. `metInBits`: up to how many statements the pairs met are noted in a bit per pair (`forEachCandidate`), above
 * which each pair's first shared bucket is looked for instead (the same pairs in the same order, slower).
 */
export function candidatePairs(placed: Placed[], metInBits = MET_IN_BITS): Array<[Placed, Placed]> {
  const pairs: Array<[Placed, Placed]> = [];
  forEachCandidate(placed, (i, j) => pairs.push([placed[i], placed[j]]), metInBits);
  return pairs;
}

/**
 * Up to how many statements a story's candidate loop notes the pairs it has met in a bitset, one bit per pair of
 * statements (n (n - 1) / 2 bits: 16,384 statements take 16 MB; gen10k's largest story, 2,812, half a megabyte).
 */
const MET_IN_BITS = 16_384;

/**
 * `candidatePairs` by positions in `placed`, each given to `visit` as it is found rather than held. With a memo's run,
 * only pairs with a statement new to the memo: the others are carried (corpus/alignMemo.ts).
 */
function forEachCandidate(placed: Placed[], visit: (i: number, j: number) => void, metInBits = MET_IN_BITS, run?: MemoRun): void {
  // Structural keys first (subject, predicate, incident, lede), then the nearest words, whose pairs must be told alike.
  // Buckets hold positions in `placed`; what a pair's test reads of each statement (its nearest words as a set, its
  // article as a number) is made once per statement, and a pair is decided in the first bucket the two share: the
  // first bucket it is met in, as buckets are walked in order. A large story's buckets meet a pair in several buckets
  // (gen10k's largest: 1.6 M meetings, a third of them first ones), so whether a pair was met is one bit of a bitset
  // indexed by the pair, set when it is first met; past `metInBits` statements, the first bucket the two share is
  // found from each statement's buckets instead.
  const n = placed.length;
  const buckets = new Map<string, number[]>();
  const byWords = new Map<string, number[]>();
  // With a memo's run, only the buckets of statements new to it (every bucket then holds one): a pair of two others is
  // carried.
  let wanted: Set<string> | undefined;
  if (run) {
    wanted = new Set();
    placed.forEach((ref, at) => {
      if (run.unsettled(at)) for (const keys of keysOf(ref, run)) for (const key of keys) wanted!.add(key);
    });
  }
  placed.forEach((ref, at) => {
    const [structural, near] = keysOf(ref, run);
    for (const [keys, into] of [[structural, buckets], [near, byWords]] as const) {
      for (const key of keys) {
        if (wanted && !wanted.has(key)) continue;
        let list = into.get(key);
        if (!list) into.set(key, (list = []));
        // A statement once per bucket (two of its keys may be one: its entity and a participant).
        if (list[list.length - 1] !== at) list.push(at);
      }
    }
  });
  const lists = [...buckets.values(), ...byWords.values()];
  const structural = buckets.size;
  // Each statement's article, as a number: two statements of one article are never a pair.
  const { articleOf } = articleNumbers(placed);
  // Whether pair (i, j), i < j, was met: bit j (j - 1) / 2 + i.
  const bits = n <= metInBits ? new Uint32Array(Math.ceil((n * (n - 1)) / 2 / 32) || 1) : undefined;
  // Past `metInBits`: each statement's buckets, in the order they are walked (ascending).
  let bucketsOf: number[][] | undefined;
  if (!bits) {
    bucketsOf = placed.map(() => []);
    lists.forEach((list, k) => {
      for (const i of list) bucketsOf![i].push(k);
    });
  }
  const firstShared = (i: number, j: number): number => {
    const [bi, bj] = [bucketsOf![i], bucketsOf![j]];
    for (let x = 0, y = 0; x < bi.length && y < bj.length; ) {
      if (bi[x] === bj[y]) return bi[x];
      if (bi[x] < bj[y]) x++;
      else y++;
    }
    return -1;
  };
  const windows = placed.map(nearestWords);
  const windowSets = windows.map((words) => new Set(words));
  for (let k = 0; k < lists.length; k++) {
    const list = lists[k];
    const alikeOnly = k >= structural;
    for (let x = 0; x < list.length; x++) {
      const i = list[x];
      const article = articleOf[i];
      for (let y = x + 1; y < list.length; y++) {
        // Positions in a bucket ascend: i < j.
        const j = list[y];
        if (articleOf[j] === article || run?.settled(i, j)) continue;
        // A pair is decided once, where it is met first: the guards do not depend on the bucket, and every
        // structural bucket comes before the words' (which ask for clauses told alike), so a later meeting
        // would decide the same.
        if (bits) {
          const bit = (j * (j - 1)) / 2 + i;
          const word = bit >>> 5;
          const mask = 1 << (bit & 31);
          if (bits[word] & mask) continue;
          bits[word] |= mask;
        } else if (firstShared(i, j) !== k) continue;
        const [a, b] = [placed[i], placed[j]];
        const told = toldAlike(a, b, windows[i], windowSets[j]);
        if (alikeOnly && !told) continue;
        if (apart(a, b, told)) continue;
        visit(i, j);
      }
    }
  }
}

/** A statement's blocking keys and the keys of its nearest words; kept for a statement a memo's run places again. */
function keysOf(ref: Placed, run: MemoRun | undefined): readonly [string[], string[]] {
  if (!run) return [blockingKeys(ref), nearKeys(ref)];
  let keys = keysByStatement.get(ref);
  if (!keys) keysByStatement.set(ref, (keys = [blockingKeys(ref), nearKeys(ref)]));
  return keys;
}
const keysByStatement = new WeakMap<Placed, readonly [string[], string[]]>();

/** Every candidate pair with its features, the ranks among each statement's candidates included (for training: `scorePairs` holds less). */
export function featurePairs(placed: Placed[], rarity: Rarity = rarityOf(placed)): Array<{ a: Placed; b: Placed; x: number[] }> {
  const pairs = candidatePairs(placed).map(([a, b]) => ({ a, b, x: pairFeatures(a, b, rarity) }));
  withRanks(pairs);
  return pairs;
}

/**
 * Every candidate pair's probability, by positions in `placed`: `featurePairs` then the model, without holding a JS
 * array of features per pair for the ranking (packed in `PairRows`), nor a key string per link. `scored`: the pairs at or
 * above the model's threshold, in the candidates' order.
 */
function scorePairs(placed: Placed[], rarity: Rarity, model: AlignModel, run?: MemoRun): { links: PairTable; scored: Array<{ a: number; b: number; p: number }> } {
  // The ranks (`ranks`, corpus/alignFeatures.ts) by positions: the two best scores of each statement's candidates in
  // each other article at a slot of `best`, found by statement and article as a number, and each pair's two slots kept.
  const { articleOf, articles } = articleNumbers(placed);
  const slots = new Map<number, number>();
  let best = new Float64Array(1024);
  const slotOf = (i: number, article: number): number => {
    const key = i * articles + article;
    let at = slots.get(key);
    if (at === undefined) {
      at = 2 * slots.size;
      slots.set(key, at);
      best = grown(best, at + 2);
      best[at] = best[at + 1] = -Infinity;
    }
    return at;
  };
  let pairSlots = new Int32Array(2048);
  const rows = new PairRows();
  // One vector for every pair's features in turn: the rows keep them packed.
  const features = new Array<number>(FEATURES.length).fill(0);
  // A pair's own features are weighed here, or carried from the memo's last alignment (`carried`).
  const keptPairs: Array<KeptPair | undefined> = [];
  const weigh = (i: number, j: number, carried?: KeptPair) => {
    const x = features;
    if (carried) for (let f = 0; f < x.length; f++) x[f] = carried.features[f];
    else ownPairFeatures(placed[i], placed[j], x.fill(0));
    if (run) keptPairs[rows.length] = carried ?? run.record(i, j, x);
    storyPairFeatures(placed[i], placed[j], rarity, x);
    const score = resemblance(x);
    const [si, sj] = [slotOf(i, articleOf[j]), slotOf(j, articleOf[i])];
    noteBest(best, si, score);
    noteBest(best, sj, score);
    pairSlots = grown(pairSlots, 2 * rows.length + 2);
    pairSlots[2 * rows.length] = si;
    pairSlots[2 * rows.length + 1] = sj;
    rows.push(i, j, score, x);
  };
  forEachCandidate(placed, (i, j) => weigh(i, j), MET_IN_BITS, run);
  run?.carried(weigh);
  const links = new PairTable(rows.length);
  const scored: Array<{ a: number; b: number; p: number }> = [];
  const x = new Array<number>(FEATURES.length).fill(0);
  for (let k = 0; k < rows.length; k++) {
    const [i, j] = [rows.i(k), rows.j(k)];
    const [si, sj] = [pairSlots[2 * k], pairSlots[2 * k + 1]];
    setRank(rows.featuresInto(k, x), rows.score(k), best[si], best[si + 1], best[sj], best[sj + 1]);
    const kept = keptPairs[k];
    const p = kept ? keptProbability(kept, x, () => probability(model, x)) : probability(model, x);
    links.set(i, j, p);
    if (p >= model.threshold) scored.push({ a: i, b: j, p });
  }
  return { links, scored };
}

/**
 * Linked statements into groups. Most certain links first. A link joins two groups when, on average, the statements of
 * the two groups that come from different sources are linked above the threshold; or when it is a sure link (SURE) and
 * no pair the scorer compared across the two groups is unlikely (below DOUBT). One weak link never chains two subjects.
 * Returns each statement's group (by position in `placed`), its members in the order they joined.
 */
function linkGroups(placed: Placed[], scored: Array<{ a: number; b: number; p: number }>, linkAt: PairTable, threshold: number): Placed[][] {
  const n = placed.length;
  // Ties in the order of the statements, not of the candidates: a pair carried by a memo comes after those weighed.
  scored.sort((x, y) => y.p - x.p || x.a - y.a || x.b - y.b);
  // A group is its members in the order they joined and a version, new at each merge: what was said of two groups
  // (the sum, count and lowest of the links across them) holds until either changes, so the many links between two
  // groups that stay apart are weighed once, not once each.
  interface Group {
    members: number[];
    version: number;
  }
  let versions = 0;
  const groupAt: Group[] = placed.map((_, i) => ({ members: [i], version: versions++ }));
  const across = new Map<number, { sum: number; n: number; lowest: number; apart: boolean }>();
  for (const { a, b, p } of scored) {
    const ga = groupAt[a];
    const gb = groupAt[b];
    if (ga === gb) continue;
    // Versions stay below 2n (one per statement, one per merge).
    const known = ga.version * 2 * n + gb.version;
    let weighed = across.get(known);
    if (!weighed) {
      let sum = 0;
      let count = 0;
      let lowest = 1;
      let apart = false;
      for (const x of ga.members) {
        for (const y of gb.members) {
          if (placed[x].uri === placed[y].uri) continue;
          const link = linkAt.get(x, y);
          sum += link ?? 0;
          count++;
          if (link !== undefined) lowest = Math.min(lowest, link);
          // Two statements that cannot be about one thing (two scopes, two places, weekdays a week apart) never
          // meet through a third that names no place: "the bombing of Guffa on Tuesday" and the Yida camp's bombing
          // on Thursday are two incidents, whatever an unplaced "bombed on Thursday" is linked to.
          else if (!apart && !comparable(placed[x], placed[y])) apart = true;
        }
      }
      across.set(known, (weighed = { sum, n: count, lowest, apart }));
    }
    const average = weighed.n > 0 ? weighed.sum / weighed.n : 1;
    if (weighed.apart || (average < threshold && !(p >= SURE && weighed.lowest >= DOUBT))) continue;
    // The merged group keeps a's members first, then b's, as they joined.
    for (const y of gb.members) {
      ga.members.push(y);
      groupAt[y] = ga;
    }
    ga.version = versions++;
  }
  const lists = new Map<Group, Placed[]>();
  return groupAt.map((g) => {
    let list = lists.get(g);
    if (!list) lists.set(g, (list = g.members.map((i) => placed[i])));
    return list;
  });
}

/**
 * The statements of a story's readings aligned. `memo`: what the last alignment of the story kept, to weigh again
 * only the pairs of the statements that changed since (corpus/alignMemo.ts); it then keeps this one's.
 */
export function alignStatements(readings: Reading[], mentionEntity: Map<string, string>, entities: Map<string, Entity>, sources = sourceLabels(readings), model: AlignModel = MODEL, memo?: AlignMemo): Alignment {
  const run = memo ? new MemoRun(memo, readings, placeStatements(readings, mentionEntity, entities, sources, memo.placements)) : undefined;
  const placed = run?.placed ?? placeStatements(readings, mentionEntity, entities, sources);
  const rarity = rarityOf(placed);
  const at = new Map(placed.map((ref, i) => [ref, i]));
  const { links: linkAt, scored } = scorePairs(placed, rarity, model, run);
  run?.finish();
  const members = linkGroups(placed, scored, linkAt, model.threshold);
  const groupOfRef = new Map<string, Placed[]>();
  for (const ref of placed) groupOfRef.set(refKey(ref), members[at.get(ref)!]);
  const groups: ClaimGroup[] = [];
  const groupOf = new Map<string, ClaimGroup>();
  for (const members of new Set(groupOfRef.values())) {
    const first = members[0];
    const group: ClaimGroup = {
      id: `${dimensionOf(first)}|${refKey(first)}`,
      event: first.claim.event,
      attribute: first.claim.attribute,
      participants: [...new Set(members.flatMap((m) => (m.claim.attribute === 'duration' ? m.participantIds : [])))].sort(),
      claims: members.sort((x, y) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : x.index - y.index)),
    };
    groups.push(group);
    for (const ref of members) groupOf.set(refKey(ref), group);
  }
  return { groups, groupOf, links: claimLinks(placed, linkAt) };
}

/** Each statement's article as a number (`articleOf`, by position in `placed`), and how many articles there are. */
function articleNumbers(placed: Placed[]): { articleOf: Int32Array; articles: number } {
  const ids = new Map<string, number>();
  const articleOf = new Int32Array(placed.length);
  placed.forEach((ref, i) => {
    let id = ids.get(ref.uri);
    if (id === undefined) ids.set(ref.uri, (id = ids.size));
    articleOf[i] = id;
  });
  return { articleOf, articles: ids.size };
}

/** `array`, or a copy twice as long, until it holds `length` items. */
function grown<T extends Float64Array | Int32Array>(array: T, length: number): T {
  if (length <= array.length) return array;
  let size = array.length * 2;
  while (size < length) size *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}
