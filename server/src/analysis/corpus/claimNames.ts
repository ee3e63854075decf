// What a statement is about, in words: "number of bombs", "day of the attack", "age of Raj K. Chohan". One place,
// so a finding's message, the hover and the source matrix name the same statement alike. Place names keep the
// capitals their sources write; a compound number is never written with its hyphen dropped ("five vote").
import { lexicon } from '../data/lexicon';
import { listSources } from '../text/format';
import type { ClaimGroup, ClaimRef } from '../types';
import { compoundPluralOf, lemma, stem } from '../read/statements/site';
import { TO_ACTION } from '../read/statements/duration';
import { phrasalAct } from '../read/statements/syntax';
import { valueReached } from '../read/statements/previous';
import { titleCaseLine } from '../read/mentions/runs';
import { sizesItsNoun } from '../read/values';
import { tokenize } from '../read/tokens';
import type { Corpus } from './corpus';
import { mentionEntity } from './entities/mentionEntities';
import { actOf } from './alignFeatures';

/** How `claim` (of `group`) is named, given the claims it is compared with (`others`, if any). */
export function claimName(corpus: Corpus, group: ClaimGroup, claim: ClaimRef, others: ClaimRef[] = []): string {
  return `${statementName(corpus, group, claim, others)}${earlierYear(claim)}`;
}

/**
 * " in 1977" after the name of a statement of an earlier event the sources date by its year ("the number killed in
 * 1977"), so that the reader does not take it for the story's own; a time, a day or a date names its own value.
 */
function earlierYear(claim: ClaimRef): string {
  const { scope, attribute } = claim.claim;
  if (scope.time !== 'background' || attribute === 'time' || attribute === 'day' || attribute === 'date' || attribute === 'ago') return '';
  return scope.when && /^\d{4}$/.test(scope.when) ? ` in ${scope.when}` : '';
}

function statementName(corpus: Corpus, group: ClaimGroup, claim: ClaimRef, others: ClaimRef[]): string {
  const all = [claim, ...others];
  const entity = entityName(corpus, all);
  const subject = all.map((c) => c.claim.subject).find((s) => s !== undefined);
  // "to $66.40 a vial from $274.70": the earlier figure of a change, named by the figure it changed to.
  if (claim.claim.modifiers.includes('earlier value')) {
    const reached = changedTo(corpus, claim);
    return reached ? `figure before the change to “${reached}”` : 'figure before the change';
  }
  switch (claim.claim.attribute) {
    case 'time':
    case 'day':
    case 'date':
    case 'ago':
      return whenName(corpus, claim, others);
    case 'direction':
      return claim.quantity.unit.endsWith(' (within)')
        ? `part of ${placeName(claim.quantity.unit.replace(/ \(within\)$/, ''), claim.quantity.text)}`
        : `direction from ${placeName(claim.quantity.unit, claim.quantity.text)}`;
    case 'residence':
      return `home of ${entity ?? 'the same person'}`;
    case 'age':
      // "the Golden Bay's 59-year-old captain": the age of the role of the thing named.
      if (claim.claim.modifiers.length > 0 && entity) return `age of the ${claim.claim.modifiers[0]} of ${entity}`;
      return `age of ${entity ?? (subject ? `the ${subject}` : 'the same person')}`;
    case 'category':
      return categoryName(claim, entity, subject);
    case 'magnitude':
      return 'magnitude of the earthquake';
    case 'score':
      // "a 5-4 decision", "ruled 6-3": the result of the noun, else of the act as written ("the result given for “ruled”").
      return subject ? `result of the ${subject}` : claim.claim.predicate ? `result given for “${stemAsWritten(corpus, all, claim.claim.predicate)}”` : 'result';
    case 'rank':
      // "the sixth Democrat to enter the race": the place among those who did it, the noun as the sources write it.
      if (claim.quantity.unit === 'order' && subject) return `place among the ${pluralOf(numberAsWritten(corpus, all, subject))}${claim.claim.predicate ? ` to ${stemAsWritten(corpus, all, claim.claim.predicate)}` : ''}`;
      // "his 15th goal of the season": how many so far, named as the tally of what is counted.
      if (claim.quantity.unit === 'tally' && subject) return `tally of ${pluralOf(numberAsWritten(corpus, all, subject))}`;
      // "in the ninth round": the step of the contest is named by itself ("the round"), not as a rank of it.
      // "the sixth-largest": a rank among the superlative, not the superlative itself ("disagree on the largest").
      if (subject && subject === claim.quantity.unit) return /[a-z]{3}est$/.test(subject) ? `rank among the ${subject}` : subject;
      return `rank${subject ? ` of the ${subject}` : ''}`;
    case 'length':
      return lengthName(corpus, claim, entity, subject);
    case 'measure': {
      // "speed of the winds", "area of the fire", "weight of the cocaine": mass is what a reader calls weight.
      const measure = claim.claim.measure === 'mass' ? 'weight' : (claim.claim.measure ?? 'measure');
      return `${measure}${subject ? ` of the ${numberAsWritten(corpus, all, subject)}` : entity ? ` of ${entity}` : ''}`;
    }
    case 'percent': {
      // "Greek stocks plunged 5.4 per cent": a change, named by its direction and what changed ("fall in stocks").
      const { modifiers } = claim.claim;
      const change = !modifiers.includes('change') ? undefined : modifiers.includes('up') ? 'rise' : modifiers.includes('down') ? 'fall' : undefined;
      if (change) return `${change}${subject ? ` in ${numberAsWritten(corpus, all, subject)}` : ''}`;
      // "the fire was 10 percent contained": a share of nothing named, named by its verb as written.
      if (!entity && !subject && claim.claim.predicate) return `percentage given for “${stemAsWritten(corpus, all, claim.claim.predicate)}”`;
      // What the share is of, then whose: "the percentage of the vote for Ann Lee".
      return `percentage${subject ? ` of ${subject === 'vote' ? 'the ' : ''}${numberAsWritten(corpus, all, subject)}` : ''}${entity ? ` for ${entity}` : ''}`;
    }
    case 'money':
      if (subject && claim.claim.modifiers.includes('per')) return `price per ${subject}`;
      return subject ? `amount for the ${subject}` : 'amount';
    case 'duration':
      // A margin is between two figures, whoever the sentence names beside it.
      if (subject === 'margin') return 'margin of victory';
      if (subject === 'lead') return 'lead';
      if (subject === 'record margin') return 'margin by which the record fell';
      // "she had worked for 15 years": how long a person did something, named by the verb as written.
      if (claim.claim.entity !== undefined && claim.claim.modifiers.includes('for') && claim.claim.predicate) return `time ${entityName(corpus, [claim])} ${verbAsWritten(corpus, claim) ?? claim.claim.predicate}`;
      // "Reyes was jailed for 12 years": the span a verb gave a person is named by its noun ("sentence of Tom Reyes"),
      // when the statement told is itself said of the person.
      // Not the time until an act ("was released after 11 days"), whose subject is the act's stem: named by its verb below.
      if (claim.claim.entity !== undefined && claim.claim.subject && claim.claim.event !== 'state' && !claim.claim.modifiers.includes('after')) return `${claim.claim.subject} of ${entityName(corpus, [claim])}`;
      // "pulled over after about 15 minutes", "contact was made after 40 hours": the time until an act, named by its verb
      // as written, not by its stem ("the length of the pull").
      // "nine days after suffering a heart attack", "two weeks before the elections": the time from or to an event, named
      // by its noun.
      const relation = claim.claim.modifiers.find((m) => m === 'after' || m === 'before');
      // "14 years after work began": the time since the start of the work.
      if (claim.claim.modifiers.includes('start') && subject) return `time since the ${subject} began`;
      // "freed after 174 days" is timed as the act its verb names (statement.sameAct), still named by the verb.
      if (relation && subject && subject !== claim.claim.predicate && subject !== actOf(claim.claim.predicate ?? '')) return `time ${relation} the ${subject}`;
      if (claim.claim.modifiers.includes('after') && claim.claim.predicate) return `time until “${verbAsWritten(corpus, claim) ?? stemAsWritten(corpus, all, claim.claim.predicate)}”`;
      if (group.participants.length > 0) {
        // "served four and a half months in federal prison": a state held, named as the state ("time in prison of
        // Fred LaRue"), not by a verb of one sentence ("the reduced").
        const state = group.claims.find((c) => c.claim.event === 'state')?.claim.subject;
        if (state) return `time ${stateAsWritten(corpus, all, state)} of ${listSources(participantNames(corpus, group))}`;
        return `duration of the ${eventName(corpus, group)}`;
      }
      // "Jurors deliberated for about 11 hours": how long the ones a noun names did something, named by the verb as
      // written, not by its stem ("the length of the deliberat").
      if (claim.claim.modifiers.includes('for') && claim.claim.predicate && subject === claim.claim.predicate) return `time given for “${verbAsWritten(corpus, claim) ?? stemAsWritten(corpus, all, claim.claim.predicate)}”`;
      // "took three hours to put out the fire", "the repair time": how long an action takes, named by the action as
      // written ("time to put out"), not by its stem ("the length of the put").
      // "has 30 days to appeal", "21 days to lodge an appeal": the time allowed, named by the act.
      if (claim.claim.modifiers.includes('allowed') && subject) return `time allowed to ${stemAsWritten(corpus, all, subject)}`;
      if (claim.claim.modifiers.includes('to') && subject) return `time to ${actionAsWritten(corpus, claim) ?? subject}`;
      // "the length of the call", by the word a source wrote ("communication" is only the class of the event).
      if (claim.claim.event === 'state' && subject) return `time ${stateAsWritten(corpus, all, subject)}`;
      // "diverted ambulances for three days": a span a verb held its object for, named by the words as written.
      const held = !claim.claim.trigger && subject ? heldAsWritten(corpus, claim, subject) : undefined;
      if (held) return `span of “${held}”`;
      return subject ? `length of the ${all.map((c) => c.claim.trigger?.toLowerCase()).find((t) => t !== undefined) ?? subject}` : 'duration';
    default:
      return countName(corpus, all, subject);
  }
}

function countName(corpus: Corpus, all: ClaimRef[], subject: string | undefined): string {
  const claim = all[0];
  const predicate = claim.claim.predicate;
  if (predicate === 'killed' || predicate === 'injured') return `number ${predicate}`;
  // "beat Tom Ward by 1,412 votes": a margin between two figures, in its unit.
  if (subject === 'margin' || subject === 'lead') return `${subject === 'lead' ? 'lead' : 'margin of victory'}${claim.claim.modifiers[0] ? ` in ${pluralOf(claim.claim.modifiers[0])}` : ''}`;
  // "Nine people are still missing": the missing of a disaster, not "the number of people" ("missed three games" counts games).
  if (predicate === 'miss' && (!subject || subject === 'people' || subject === 'person')) return 'number missing';
  // "held six people hostage" counts hostages: "people" says nothing more of them.
  const modifiers = claim.claim.modifiers.filter((m) => /^[a-z]+$/.test(m) && m !== 'part' && m !== 'whole' && m !== 'total' && m !== 'people' && m !== 'person');
  // "a crowd of about 5,000", "put the crowd at 7,000": bare figures given for a noun measure it, they do not count it.
  if (subject && all.every((c) => c.quantity.unit === 'count' && c.claim.subject === subject && !c.claim.modifiers.includes('part') && nounBeforeValue(corpus, c, subject))) return `figure for the ${numberAsWritten(corpus, all, subject)}`;
  // "Three of the injured were in critical condition": the part is named by what it is.
  const part = predicate?.startsWith('be ') ? predicate.slice(3) : undefined;
  const told = part ? (part.startsWith('in ') ? ` ${part}` : ` (${part})`) : '';
  // "number of strong aftershocks", not "number of “strong aftershock”": the subject is kept as a singular lemma.
  if (subject) return `number of ${[...modifiers.slice(0, 2).map((m) => capitalsAsWritten(corpus, all, m)), pluralAsWritten(corpus, all, subject)].join(' ')}${told}`;
  return predicate ? `number (${predicate})` : 'number';
}

/** Whether the statement's noun is written shortly before its bare figure ("a crowd of about 5,000", "put the crowd at"). */
function nounBeforeValue(corpus: Corpus, claim: ClaimRef, noun: string): boolean {
  const text = corpus.readings.get(claim.uri)?.text ?? '';
  const before = text.slice(Math.max(0, claim.quantity.start - 30), claim.quantity.start).toLowerCase();
  return before.split(/[^a-z]+/).some((word) => word === noun || lemma(word) === noun);
}

/** The sentences of the statements, as their articles write them. */
function* sentencesOf(corpus: Corpus, claims: ClaimRef[]): Generator<string> {
  for (const c of claims) {
    const reading = corpus.readings.get(c.uri);
    const sentence = reading?.sentences[c.claim.sentence];
    if (reading && sentence) yield reading.text.slice(sentence.start, sentence.end);
  }
}

/**
 * A counted noun in the plural, as a statement's sentence writes it where one does ("RBIs", "villages"), else made
 * from its singular ("charge" → charges, "city" → cities).
 */
function pluralAsWritten(corpus: Corpus, claims: ClaimRef[], subject: string): string {
  if (!/^[a-z]+$/.test(subject)) return subject;
  let acronym = false;
  for (const word of writtenForms(corpus, claims, subject)) {
    const lower = word.toLowerCase();
    if (lower !== subject) return /^\p{Lu}{2,}s$/u.test(word) ? word : properAsWritten(word);
    acronym ||= word.length > 1 && word.length <= 4 && word === word.toUpperCase();
  }
  return acronym ? `${subject.toUpperCase()}s` : pluralOf(subject);
}

/** The words of the statements' sentences whose lemma is `subject`, as written ("RBIs", "flats", "vote"), in order. */
function* writtenForms(corpus: Corpus, claims: ClaimRef[], subject: string): Generator<string> {
  for (const sentence of sentencesOf(corpus, claims)) {
    const words = sentence.split(/[^\p{L}]+/u).filter(Boolean);
    // A sentence's first word, and every word of a headline in title case, has a capital whatever it is; an acronym
    // keeps its own ("RBIs").
    const titleCase = titleCaseLine(tokenize(sentence));
    for (const [k, word] of words.entries()) {
      if (lemma(word.toLowerCase()) === subject) yield (k === 0 || titleCase) && !/^\p{Lu}{2,}/u.test(word) ? word.toLowerCase() : word;
    }
  }
}

/** The action a time to do something is of, as written after its span ("five hours to put out the blaze"). */
function actionAsWritten(corpus: Corpus, claim: ClaimRef): string | undefined {
  const text = corpus.readings.get(claim.uri)?.text;
  const m = text === undefined ? null : TO_ACTION.exec(text.slice(claim.quantity.end, claim.quantity.end + 40));
  return m ? `${m[1]}${m[2] ?? ''}`.replace(/\s+/g, ' ').toLowerCase() : undefined;
}

/** The last word before a statement's value, in its sentence, whose stem is the statement's verb ("had worked" → worked). */
function verbAsWritten(corpus: Corpus, claim: ClaimRef): string | undefined {
  const words = textBeforeValue(corpus, claim)?.split(/[^\p{L}]+/u);
  return words?.reverse().find((w) => w && stem(w.toLowerCase()) === claim.claim.predicate)?.toLowerCase();
}

/** A statement's sentence up to its value, as written. */
function textBeforeValue(corpus: Corpus, claim: ClaimRef): string | undefined {
  const reading = corpus.readings.get(claim.uri);
  const sentence = reading?.sentences[claim.claim.sentence];
  return reading && sentence ? reading.text.slice(sentence.start, claim.quantity.start) : undefined;
}

/** A statement's sentence after its value, as written. */
function textAfterValue(corpus: Corpus, claim: ClaimRef): string | undefined {
  const reading = corpus.readings.get(claim.uri);
  const sentence = reading?.sentences[claim.claim.sentence];
  return reading && sentence ? reading.text.slice(claim.quantity.end, sentence.end) : undefined;
}

/**
 * "on the ground" for the state "on ground": a state read without its article ("in hospital" and "in the hospital"
 * are one) is named with the article the reported statement's sentence writes, else the first other source's that
 * writes it ("a four-year veteran of the department" beside "has been with the department").
 */
function stateAsWritten(corpus: Corpus, claims: ClaimRef[], state: string): string {
  const [preposition, noun, ...rest] = state.split(' ');
  if (!noun || rest.length > 0) return state;
  const pattern = new RegExp(`\\b${preposition}\\s+((?:the|a|an)\\s+)?${noun}\\b`, 'i');
  for (const claim of claims) {
    const written = pattern.exec(textBeforeValue(corpus, claim) ?? '');
    if (written) return `${preposition} ${written[1] ? `${written[1].trim().toLowerCase()} ` : ''}${noun}`;
  }
  return state;
}

/**
 * "diverted ambulances" in "diverted ambulances for three days": the verb as written and its object up to the "for" of
 * the span, when the object is the statement's subject (at most five words).
 */
function heldAsWritten(corpus: Corpus, claim: ClaimRef, subject: string): string | undefined {
  const before = textBeforeValue(corpus, claim);
  const verb = verbAsWritten(corpus, claim);
  if (before === undefined || !verb) return undefined;
  const at = before.toLowerCase().lastIndexOf(verb);
  const upToFor = at < 0 ? '' : before.slice(at).trimEnd();
  if (!/\sfor$/i.test(upToFor)) return undefined;
  const phrase = upToFor.slice(0, -3).trimEnd();
  const words = phrase.split(' ');
  return words.length <= 5 && words.slice(1).some((w) => w.toLowerCase().startsWith(subject)) ? phrase : undefined;
}

/** The subject in the number its sentences write it: "percentage of flats", "percentage of the vote" ("vote"). */
function numberAsWritten(corpus: Corpus, claims: ClaimRef[], subject: string): string {
  if (!/^[a-z]+$/.test(subject)) return subject;
  for (const word of writtenForms(corpus, claims, subject)) return properAsWritten(word);
  return subject;
}

/**
 * A word as a message shows it: lower case, unless written with a capital inside a sentence ("Republicans",
 * "Americans"); `writtenForms` gives a sentence's first word, and a title-case headline's words, in lower case.
 */
function properAsWritten(word: string): string {
  return /^\p{Lu}\p{Ll}+$/u.test(word) ? word : word.toLowerCase();
}

/** A lower-case word with the capitals a sentence gives it past its first word ("American"), else as it is. */
function capitalsAsWritten(corpus: Corpus, claims: ClaimRef[], word: string): string {
  for (const sentence of sentencesOf(corpus, claims)) {
    const words = sentence.split(/[^\p{L}]+/u).filter(Boolean);
    const written = words.find((w, k) => k > 0 && w.toLowerCase() === word);
    if (written) return /^\p{Lu}\p{Ll}+$/u.test(written) ? written : word;
  }
  return word;
}

/** A regular plural; a noun the lexicon keeps as its own plural ("people", "series") stays. */
function pluralOf(noun: string): string {
  const irregular = lexicon().values.statement.irregular as Record<string, string>;
  if (irregular[noun] === noun) return noun;
  // "women", "children": an irregular plural the lexicon lists (its verb forms end otherwise).
  const listed = Object.keys(irregular).find((form) => irregular[form] === noun && /(?:men|ren)$/.test(form));
  if (listed) return listed;
  // "grandchild", "policeman": a compound of an irregular plural.
  const compound = compoundPluralOf(noun);
  if (compound) return compound;
  // "the injured", "the wounded": a participle used as a noun is its own plural.
  if (/[^e]ed$/.test(noun) && noun.length >= 6 && noun !== 'hundred') return noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

function lengthName(corpus: Corpus, claim: ClaimRef, entity: string | undefined, subject: string | undefined): string {
  const measure = claim.claim.measure ?? 'length';
  // "a depth of 14 miles" is the depth, not the depth of "the depth"; "at an altitude of 11,000 metres" is the altitude.
  if (subject && (lexicon().values.length.dimensions as Record<string, string>)[subject] === measure) {
    if (subject === 'altitude' || subject === 'elevation') return subject;
    subject = undefined;
  }
  // "nearly 10 feet above flood stage": measured from its reference, named as written ("the height above flood stage").
  const relation = claim.claim.modifiers.find((m) => m === 'above' || m === 'below');
  if (relation && subject) return `${measure} ${relation} ${referenceAsWritten(corpus, claim, relation, subject)}`;
  // "a 2.5-kilometre stretch of the line": a distance written before its noun, joined to its unit, is that thing's
  // length.
  if (measure === 'distance' && subject && !entity && sizesItsNoun(claim.quantity)) return `length of ${asWritten(corpus, claim, subject)}`;
  // "the reef, about 12 km off the coast" is the reef's distance; "15 miles north of the city" is one from the city.
  if (measure === 'distance') return entity ? `distance from ${entity}` : subject ? `distance ${writtenBefore(corpus, claim, subject) ? 'of' : 'from'} ${asWritten(corpus, claim, subject)}` : 'distance';
  if (measure === 'fall') return `height of the fall${entity ? ` of ${entity}` : ''}`;
  return `${measure}${subject ? ` of the ${subject}` : entity ? ` of ${entity}` : ''}`;
}

/** The words after "above" or "below" up to the reference's head, as the statement's sentence writes them ("flood stage"). */
function referenceAsWritten(corpus: Corpus, claim: ClaimRef, relation: string, head: string): string {
  const after = textAfterValue(corpus, claim) ?? '';
  const written = new RegExp(`^\\s*${relation}\\s+(?:the\\s+)?((?:[a-z]+\\s+){0,3}?${head}s?)\\b`, 'i').exec(after);
  return written ? written[1].toLowerCase() : head;
}

function categoryName(claim: ClaimRef, entity: string | undefined, subject: string | undefined): string {
  const attribute = claim.quantity.unit;
  if (attribute === 'age rank') return `age rank of the ${subject ?? 'relative'} of ${entity ?? 'the same person'}`;
  if (attribute === 'charge') return `charge${entity ? ` against ${entity}` : ''}`;
  if (attribute === 'fate') return `fate of the ${capitalised(claim.quantity.about ?? subject ?? 'group')}`;
  // "class of the ship INS Sukanya", "colour of the Toyota Camry": the name as the source writes it.
  const written = claim.quantity.about ? claim.quantity.text.slice(claim.quantity.text.length - claim.quantity.about.length) : undefined;
  return `${attribute} of ${written ? `the ${written}` : (entity ?? `the ${subject ?? 'same thing'}`)}`;
}

/** "call between Donald Trump and Vladimir Putin": the event by a noun a source used, with its participants. */
export function eventName(corpus: Corpus, group: ClaimGroup): string {
  const names = participantNames(corpus, group);
  // Name the event by a noun another source used ("call"), not a verb ("spoke").
  const verbs = lexicon().verbTriggers;
  const trigger = group.claims.find((c) => c.claim.trigger && !verbs.has(c.claim.trigger.toLowerCase()))?.claim.trigger;
  // Without a noun of the event, the verb its statements hang on ("closed") names nothing: the subject they share
  // does, else "event" ("the duration of the event with Donald Trump", not "the duration of the closed").
  const verbOnly = !trigger && !eventClasses().has(group.event) && group.claims.some((c) => c.claim.predicate === group.event);
  const name = trigger ?? (verbOnly ? (sharedSubject(group) ?? 'event') : stemAsWritten(corpus, group.claims, group.event));
  const noun = name.toLowerCase().replace(/s$/, '');
  if (names.length === 1) return `${noun} with ${names[0]}`;
  return names.length > 0 ? `${noun} between ${listSources(names)}` : noun;
}

/** The subject every statement of the group is said of, if they share one. */
function sharedSubject(group: ClaimGroup): string | undefined {
  const subject = group.claims[0]?.claim.subject;
  return group.claims.every((c) => c.claim.subject === subject) ? subject : undefined;
}

let EVENT_CLASSES: Set<string> | undefined;
/** The classes of event the lexicon's triggers name ("communication", "meeting"): nouns, unlike a verb's stem. */
function eventClasses(): Set<string> {
  return (EVENT_CLASSES ??= new Set(lexicon().eventTrigger.values()));
}

function participantNames(corpus: Corpus, group: ClaimGroup): string[] {
  return group.participants.map((id) => corpus.entityById.get(id)?.name).filter(Boolean) as string[];
}

/** "day of the attack", "day Donald Trump spoke", "day given for “filed”", "time of the reported event". */
function whenName(corpus: Corpus, claim: ClaimRef, others: ClaimRef[]): string {
  const attribute = claim.claim.attribute === 'ago' ? 'date' : claim.claim.attribute;
  const all = [claim, ...others];
  const event = all.map((c) => c.claim.scope?.incident).find((e) => e !== undefined);
  const predicate = all.map((c) => c.claim.predicate).find((p) => p !== undefined);
  if (event && !ownAct(corpus, all, event, predicate)) return `${attribute} of the ${incidentNoun(corpus, all) ?? event}`;
  const speaker = entityName(corpus, all);
  if (speaker && predicate && lexicon().speechVerbs.has(predicate === 'say' ? 'said' : predicate === 'tell' ? 'told' : predicate)) return `${attribute} ${speaker} spoke`;
  // "the day given for “defended”": a verb quoted is no noun to take "of" ("the day of “defended”").
  if (predicate) return `${attribute} given for “${stemAsWritten(corpus, all, predicate)}”${speaker ? ` (${speaker})` : ''}`;
  return `${attribute} of the reported event`;
}

/**
 * "the day of the explosion": the incident's word as a source wrote it, when it stands as a singular noun after a
 * determiner or a possessive ("an explosion at a chemical plant", "the blast"), not its class ("attack" for a plant's
 * blast). A verb ("died", "arrested") or a plural ("bombs") leaves the class.
 */
function incidentNoun(corpus: Corpus, claims: ClaimRef[]): string | undefined {
  const sentences = [...sentencesOf(corpus, claims)];
  for (const c of claims) {
    const trigger = c.claim.trigger?.toLowerCase();
    if (!trigger || !/^[a-z]+$/.test(trigger) || /(?:ed|ing|s)$/.test(trigger)) continue;
    const asNoun = new RegExp(`\\b(?:the|a|an|this|that|its|their|[a-z]+['’]s)\\s+(?:[a-z-]+\\s+)?${trigger}\\b`, 'i');
    if (sentences.some((sentence) => asNoun.test(sentence))) return trigger;
  }
  return undefined;
}

/**
 * Whether a year's statements all name one act of their own, which is no word of the story's incident: "which the
 * artist painted in 1898", in a story of a theft, is the year it was painted, not the date of the theft.
 */
function ownAct(corpus: Corpus, all: ClaimRef[], event: string, predicate: string | undefined): boolean {
  if (!predicate || all.some((c) => c.claim.attribute !== 'date' || c.claim.predicate !== predicate)) return false;
  const written = stemAsWritten(corpus, all, predicate);
  const incidents = lexicon().incidentEvent;
  return written !== predicate && incidents.get(written) !== event && incidents.get(predicate) !== event;
}

/**
 * A stem as one of the statements' sentences writes it ("apologiz" → "apologized", "reduc" → "reduced"): messages
 * quote words, not stems. The stem itself when no sentence has a word that starts with it.
 */
function stemAsWritten(corpus: Corpus, claims: ClaimRef[], stemmed: string): string {
  const lower = stemmed.toLowerCase();
  for (const sentence of sentencesOf(corpus, claims)) {
    // An irregular form does not start with its stem: "broke" for "break".
    for (const word of sentence.split(/[^\p{L}'-]+/u)) {
      if (word.toLowerCase().startsWith(lower) || (word.length > 2 && stem(word.toLowerCase()) === lower)) return word.toLowerCase();
    }
  }
  // "broke out" for "start": a phrasal verb filed as one verb's act is quoted as written.
  for (const sentence of sentencesOf(corpus, claims)) {
    const words = sentence.toLowerCase().split(/[^\p{L}'-]+/u);
    const at = words.findIndex((w, i) => i + 1 < words.length && phrasalAct(w, words[i + 1], lexicon()) === lower);
    if (at >= 0) return `${words[at]} ${words[at + 1]}`;
  }
  return stemmed;
}

/** The name the corpus gives the statements' subject entity, when one of them has one. */
function entityName(corpus: Corpus, claims: ClaimRef[]): string | undefined {
  for (const c of claims) {
    const mention = c.claim.entity;
    if (mention === undefined) continue;
    const id = mentionEntity(corpus.mentionEntity, c.uri, mention);
    const name = id ? corpus.entityById.get(id)?.name : corpus.readings.get(c.uri)?.mentions[mention]?.text;
    if (name) return name;
  }
  return undefined;
}

/** A subject as its sentence writes it: a name keeps its capitals ("Cobb"), a noun takes "the" ("the border"). */
function asWritten(corpus: Corpus, claim: ClaimRef, subject: string): string {
  const reading = corpus.readings.get(claim.uri);
  const sentence = reading?.sentences[claim.claim.sentence];
  const text = reading && sentence ? reading.text.slice(sentence.start, sentence.end) : '';
  const at = text.toLowerCase().indexOf(subject);
  const written = at >= 0 ? text.slice(at, at + subject.length) : subject;
  return /^[A-Z]/.test(written) ? written : `the ${subject}`;
}

/** Whether the subject's word stands before the value in its sentence (the thing placed, not the place measured from). */
function writtenBefore(corpus: Corpus, claim: ClaimRef, subject: string): boolean {
  return !!textBeforeValue(corpus, claim)?.toLowerCase().includes(subject);
}

/** A place as written in the text ("Houston"), not as the lower-case key the value keeps. */
function placeName(key: string, written: string): string {
  const at = written.toLowerCase().lastIndexOf(key);
  return at >= 0 ? written.slice(at, at + key.length) : capitalised(key);
}

function capitalised(words: string): string {
  return words.replace(/\b\w/g, (c) => c.toUpperCase());
}

/** The value a change reached, as its source wrote it (read/statements/previous.ts `valueReached`). */
function changedTo(corpus: Corpus, claim: ClaimRef): string | undefined {
  const quantities = corpus.readings.get(claim.uri)?.quantities ?? [];
  const at = quantities.indexOf(claim.quantity);
  return at < 0 ? undefined : valueReached(quantities, at)?.text;
}
