// Claims as frames: a quantity tied to an event ("call", "spoke") and the event's participants.
// Participants come from the clause that holds the value; an attribution source ("Peskov added",
// "according to the Kremlin", "Zelenskiy's office said") is not a participant; a time phrase about
// another event ("after Trump's call with Putin") is left out; "the conversation" looks back.
import { lexicon, type Lexicon } from '../data/lexicon';
import type { Attribute, Certainty, Claim, Mention, Paragraph, Quantity, Quotation, Sentence } from '../types';
import type { Token } from './tokens';
import { HOME_AFTER_NAME } from './descriptions';
import { mentionsWithin } from './within';

const DURATION_CUE = /\b(?:for|lasted|lasting|lasts|last|spanning|spanned|took|taking|of)(?:\s+(?:for|just|only|some))?\s*$/i;
const RELATIVE_AFTER = /^\s*(?:ago|later|earlier|after|before|since|into|from now|away|old|of (?:the|his|her|their))\b/i;
const CLAUSE_BOUNDARY = /;|,\s+(?=(?:while|whereas|but|although|though|and)\s)|\s(?=while\s)/g;
const LEADING_TEMPORAL = /^\s*(?:after|following|before|since|prior to|ahead of|hours after|days after)\b[^,]*,/i;
const TRAILING_TEMPORAL = /\b(?:after|following|before|since|prior to|ahead of)\b/gi;

interface ReadContext {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  sentenceTokens: Token[][];
  mentions: Mention[];
  quotations: Quotation[];
  quantities: Quantity[];
}

type ClaimReader = (ctx: ReadContext, quantity: Quantity, quantityIndex: number, lex: Lexicon, attribute: Attribute) => Claim | undefined;

/** How each attribute's claim is read; durations, which need the most context, are read in readClaims itself. */
const CLAIM_READERS: Partial<Record<Attribute, ClaimReader>> = {
  time: whenClaim,
  day: whenClaim,
  date: whenClaim,
  direction: whenClaim,
  color: describedThingClaim,
  vessel: describedThingClaim,
  kinship: kinshipClaim,
  residence: residenceClaim,
  fate: fateClaim,
  charge: chargeClaim,
  count: subjectClaim,
  money: subjectClaim,
  distance: distanceClaim,
};

export function readClaims(ctx: ReadContext): Claim[] {
  const lex = lexicon();
  const claims: Claim[] = [];
  const inQuotation = (offset: number) => ctx.quotations.some((q) => offset >= q.start && offset < q.end);
  ctx.quantities.forEach((quantity, quantityIndex) => {
    const attribute = attributeOf(quantity);
    const sentence = ctx.sentences[quantity.sentence];
    // A count of what fell in a place is a statement of fact even when a spokesman's words give it.
    if (attribute === 'count' && quantity.where !== undefined && sentence && !sentence.furniture) {
      const clause = clauseAround(ctx.text, sentence, quantity.start);
      claims.push(thingClaim(ctx, quantity, quantityIndex, clause, lex, { attribute, event: attribute, subject: `${singular(quantity.unit, lex)} in ${quantity.where}` }));
      return;
    }
    if (!attribute || !sentence || sentence.furniture || inQuotation(quantity.start)) return;
    const reader = CLAIM_READERS[attribute];
    if (reader) {
      const claim = reader(ctx, quantity, quantityIndex, lex, attribute);
      if (claim) claims.push(claim);
      return;
    }
    if (attribute !== 'duration') return;
    const before = ctx.text.slice(sentence.start, quantity.start);
    const after = ctx.text.slice(quantity.end, sentence.end);
    if (/^\s*ago\b/i.test(after)) {
      const claim = agoClaim(ctx, quantity, quantityIndex, lex);
      if (claim) claims.push(claim);
      return;
    }
    const state = stateAfter(after, lex);
    if (state) {
      claims.push(stateClaim(ctx, quantity, quantityIndex, state, lex));
      return;
    }
    const compound = /-\s*(?:long|minute|hour|day|week|month|year)/i.test(quantity.text) || /-long\b/i.test(quantity.text);
    if (!compound && !DURATION_CUE.test(before)) return;
    if (RELATIVE_AFTER.test(after)) return;

    const clause = clauseAround(ctx.text, sentence, quantity.start);
    const scope = scopeAround(ctx.text, clause, quantity.start, quantity.end);
    const trigger = findTrigger(ctx.sentenceTokens[quantity.sentence], scope, clause, quantity, lex);
    if (!trigger) return;
    const participants = new Set(participantsIn(ctx, scope.start, scope.end, lex, inQuotation));
    const determiner = previousWord(ctx.sentenceTokens[quantity.sentence], trigger.token, lex);
    if (participants.size < 2 && (determiner === undefined || lex.definiteDeterminers.has(determiner))) {
      for (const index of antecedentParticipants(ctx, quantity.sentence, clause, lex, inQuotation)) participants.add(index);
    }
    claims.push({
      start: quantity.start,
      end: quantity.end,
      attribute,
      event: trigger.event,
      trigger: trigger.token.text,
      participants: [...participants].sort((a, b) => a - b),
      quantity: quantityIndex,
      attribution: attributionIn(ctx, clause, quantity.sentence, lex),
      certainty: certaintyOf(ctx.text.slice(clause.start, clause.end), quantity, lex),
      sentence: quantity.sentence,
    });
  });
  return claims;
}

function attributeOf(quantity: Quantity): Attribute | undefined {
  switch (quantity.kind) {
    case 'duration':
      return 'duration';
    case 'count':
      return 'count';
    case 'money':
      return 'money';
    case 'percent':
      return 'percent';
    case 'time':
      return 'time';
    case 'day':
      return 'day';
    case 'color':
      return 'color';
    case 'date':
      return 'date';
    case 'direction':
      return 'direction';
    case 'distance':
      return 'distance';
    case 'kinship':
      return 'kinship';
    case 'charge':
      return 'charge';
    case 'residence':
      return 'residence';
    case 'fate':
      return 'fate';
    case 'vessel':
      return 'vessel';
    default:
      return undefined;
  }
}

interface Range {
  start: number;
  end: number;
}

function clauseAround(text: string, sentence: Sentence, offset: number): Range {
  const slice = text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  CLAUSE_BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BOUNDARY.exec(slice)) !== null) {
    const at = sentence.start + m.index;
    if (at < offset) start = at + m[0].length;
    else {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** The part of the clause that speaks of the quantity's event, without time phrases about another. */
function scopeAround(text: string, clause: Range, qStart: number, qEnd: number): Range {
  let { start, end } = clause;
  const leading = LEADING_TEMPORAL.exec(text.slice(start, end));
  if (leading) {
    const comma = start + leading[0].length;
    if (qStart < comma) return { start, end: comma };
    start = comma;
  }
  const slice = text.slice(start, end);
  TRAILING_TEMPORAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRAILING_TEMPORAL.exec(slice)) !== null) {
    const at = start + m.index;
    if (at === start) continue;
    if (at >= qEnd) {
      end = at;
      break;
    }
    start = at;
  }
  return { start, end };
}

function findTrigger(tokens: Token[], scope: Range, clause: Range, quantity: Quantity, lex: Lexicon): { token: Token; event: string } | undefined {
  const candidates = (range: Range) =>
    tokens
      .filter((t) => t.start >= range.start && t.end <= range.end && lex.eventTrigger.has(t.lower))
      .sort((a, b) => distance(a, quantity) - distance(b, quantity));
  const best = candidates(scope)[0] ?? candidates(clause)[0];
  return best ? { token: best, event: lex.eventTrigger.get(best.lower)! } : undefined;
}

function distance(t: Token, q: Quantity): number {
  return t.start >= q.end ? t.start - q.end : q.start - t.end;
}

function previousWord(tokens: Token[], target: Token, lex: Lexicon): string | undefined {
  const index = tokens.indexOf(target);
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return undefined;
    if (lex.eventModifiers.has(t.lower)) continue;
    return t.lower;
  }
  return undefined;
}

/** Person mentions in the range that take part in events, not the sources that report them. */
function participantsIn(ctx: ReadContext, start: number, end: number, lex: Lexicon, inQuotation: (o: number) => boolean): number[] {
  const out: number[] = [];
  mentionsWithin(ctx.mentions, start, end).forEach(([m, index]) => {
    // Unknown single names may be people the corpus knows; the corpus keeps only person entities.
    const maybePerson = m.type === 'person' || (m.type === 'other' && m.kind === 'name' && !m.text.includes(' '));
    if (!maybePerson || m.start < start || m.end > end || inQuotation(m.start)) return;
    if (isAttributionSource(ctx, m, lex)) return;
    out.push(index);
  });
  return out;
}

export function isAttributionSource(ctx: { text: string; sentenceTokens: Token[][] }, m: Mention, lex: Lexicon): boolean {
  const tokens = ctx.sentenceTokens[m.sentence] ?? [];
  const i = tokens.findIndex((t) => t.end >= m.end);
  if (i < 0) return false;
  const own = tokens[i];
  // "Zelenskiy's office said": the possessor of an attribution noun.
  if (own.possessive && tokens[i + 1] && lex.attributionNouns.has(tokens[i + 1].lower)) return true;
  // "according to X".
  const before = ctx.text.slice(Math.max(0, m.start - 20), m.start).toLowerCase();
  if (/according to (?:the )?$/.test(before)) return true;
  // "Peskov added", "Trump told reporters", "Peskov, confirmed that".
  for (let k = i + 1, seen = 0; k < tokens.length && seen < 3; k++) {
    const t = tokens[k];
    if (t.text === ',') continue;
    if (lex.speechVerbs.has(t.lower)) return true;
    if (!lex.attributionAdverbs.has(t.lower)) return false;
    seen++;
  }
  return false;
}

/** Participants of the event "the conversation" refers to: the previous clause, then up to two sentences back. */
function antecedentParticipants(ctx: ReadContext, sentenceIndex: number, clause: Range, lex: Lexicon, inQuotation: (o: number) => boolean): number[] {
  const sentence = ctx.sentences[sentenceIndex];
  if (clause.start > sentence.start) {
    const previous = { start: sentence.start, end: clause.start };
    const scope = scopeMain(ctx.text, previous);
    const found = participantsIn(ctx, scope.start, scope.end, lex, inQuotation);
    if (found.length > 0) return found;
  }
  for (let s = sentenceIndex - 1; s >= Math.max(0, sentenceIndex - 2); s--) {
    const prev = ctx.sentences[s];
    if (prev.furniture || prev.paragraph !== sentence.paragraph && ctx.paragraphs[prev.paragraph].kind !== 'body') continue;
    const scope = scopeMain(ctx.text, prev);
    const found = participantsIn(ctx, scope.start, scope.end, lex, inQuotation);
    if (found.length > 0) return found;
  }
  return [];
}

/** A clause without its time phrases about other events. */
function scopeMain(text: string, range: Range): Range {
  let { start, end } = range;
  const leading = LEADING_TEMPORAL.exec(text.slice(start, end));
  if (leading) start += leading[0].length;
  const slice = text.slice(start, end);
  TRAILING_TEMPORAL.lastIndex = 0;
  const m = TRAILING_TEMPORAL.exec(slice);
  if (m && m.index > 0) end = start + m.index;
  return { start, end };
}

/** Who the clause says the value comes from: "according to X", "X said", "the Kremlin stated". */
function attributionIn(ctx: ReadContext, clause: Range, sentenceIndex: number, lex: Lexicon): string | undefined {
  const sentence = ctx.sentences[sentenceIndex];
  const slice = ctx.text.slice(clause.start, clause.end);
  const according = /according to ((?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*(?: news agency)?)/.exec(ctx.text.slice(sentence.start, sentence.end));
  if (according) return `according to ${according[1]}`;
  for (const [m] of mentionsWithin(ctx.mentions, clause.start, clause.end)) {
    if (m.sentence !== sentenceIndex || m.start < clause.start || m.end > clause.end) continue;
    if (isAttributionSource(ctx, m, lex)) return /^['’]s\s+\w+/.test(ctx.text.slice(m.end)) ? ctx.text.slice(m.start, m.end + (/^['’]s\s+\w+/.exec(ctx.text.slice(m.end))?.[0].length ?? 0)) : m.text;
  }
  const org = /\b(?:the )?(Kremlin|White House|Pentagon|police|officials?)\s+(?:said|says|stated|reported|confirmed|added)/i.exec(slice);
  return org ? org[1] : undefined;
}

function certaintyOf(clause: string, quantity: Quantity, lex: Lexicon): Certainty {
  const words = clause.toLowerCase().split(/[^a-z]+/);
  if (words.some((w) => lex.probableWords.has(w))) return 'probable';
  if (quantity.hedge) return 'hedged';
  return 'certain';
}

/** How far before a time or day a "will" or "plans to" still governs it, in characters. */
const PLANNED_REACH = 50;
/** How far from a time, day or date a place still says where that incident was, in characters. */
const PLACE_REACH = 40;
/** The running-tally markers as one pattern; compiled on first use. */
let CUMULATIVE: RegExp | undefined;
/** The phrases that put a clause in the past ("last year") as one pattern; compiled on first use. */
let HISTORY: RegExp | undefined;
/** All incident words of the lexicon as one pattern, longest first; compiled on first use. */
let INCIDENT: RegExp | undefined;
const PLANNED = /\b(?:will|would|shall|plans? to|planned|scheduled|expected to|is to|are to|set to)\b/;
const MONEY_OBJECT_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:worth\s+)?(?:of|in)\s+(?:[a-z]+\s+)?([a-z]{3,})\b/;
const MONEY_OBJECT_BEFORE = /\b([a-z]{3,})\s+(?:valued at|worth)\s*$/;
const MONEY_NOUN_AFTER = /^\s+([a-z]{3,})\b/;

/**
 * A count or a sum as a claim about a thing: "over 24,000 refugees", "$2.6 million in jewelry". The subject is
 * the counted noun or what the sum is worth. Left out: parts of a set ("the other two bombs"), running tallies
 * ("a total of 14 rifles"), nouns too general to say which set is meant ("seven people").
 */
function subjectClaim(ctx: ReadContext, quantity: Quantity, quantityIndex: number, lex: Lexicon, attribute: Attribute): Claim | undefined {
  const sentence = ctx.sentences[quantity.sentence];
  const before = ctx.text.slice(sentence.start, quantity.start).toLowerCase();
  const after = ctx.text.slice(quantity.end, sentence.end);
  // The word before the number (atomic, so that dashes are not split between the word and the \W run), from a
  // bounded tail of the sentence: a regular expression anchored at $ still scans from the sentence start.
  const previous = /(?<![a-z-])(?=([a-z-]+))\1\W*$/.exec(before.slice(-200))?.[1];
  if (previous && lex.subsetWords.has(previous)) return undefined;
  const clause = clauseAround(ctx.text, sentence, quantity.start);
  const clauseText = ctx.text.slice(clause.start, clause.end).toLowerCase();
  // A clause that names a year tells history ("the 2004 tsunami killed 170,000 people"), not this event.
  if (/\b(?:19|20)\d\d\b/.test(clauseText.replace(quantity.text.toLowerCase(), ''))) return undefined;
  if (tellsHistory(clauseText, lex)) return undefined;
  CUMULATIVE ??= new RegExp(`\\b(?:${lex.cumulativeMarkers.join('|')})\\b`);
  if (CUMULATIVE.test(clauseText)) return undefined;
  let noun: string | undefined;
  if (attribute === 'count') {
    if (/^\s*(?:of|out of)\b/i.test(after)) return undefined;
    const unitWords = quantity.unit.toLowerCase().split(' ');
    const toll = tollOf(ctx.text.slice(clause.start, quantity.start), quantity, after, lex);
    if (toll) noun = toll;
    else {
      const unitHead = unitWords[unitWords.length - 1];
      // "22.4 billion", "3 DEAD due to", "a 170,000-square-foot house": a scale, a preposition or an area unit, not a counted noun.
      if (lex.uncomparedCountNouns.has(unitHead) || lex.notCountUnits.has(unitHead) || COUNT_PHRASE_END.test(unitHead)) return undefined;
      const counted = countedNoun(ctx.text.slice(quantity.start, sentence.end).slice(quantity.text.length - quantity.unit.length), lex);
      if (counted === null) return undefined;
      noun = counted;
    }
  } else {
    noun = MONEY_OBJECT_AFTER.exec(after)?.[1] ?? MONEY_OBJECT_BEFORE.exec(before)?.[1] ?? MONEY_NOUN_AFTER.exec(after)?.[1];
    // "110 billion euros over three years": a preposition after the sum is not what it is for.
    if (noun && (lex.notCountUnits.has(noun) || lex.determiners.has(noun) || COUNT_PHRASE_END.test(noun))) noun = undefined;
  }
  if (!noun || lex.uncomparedCountNouns.has(noun.toLowerCase())) return undefined;
  // "a 6.1 quake", "a 6.1-magnitude earthquake": a number with a decimal before these nouns is the magnitude;
  // "two quakes" is a count.
  const magnitude = lex.magnitudeNouns.has(singular(noun.toLowerCase(), lex)) && /\d\.\d/.test(quantity.text);
  const subject = magnitude ? 'magnitude' : singular(noun.toLowerCase(), lex);
  return thingClaim(ctx, quantity, quantityIndex, clause, lex, { attribute, event: attribute, subject });
}

/** A claim about a thing rather than between participants: compared with every claim about the same subject. */
function thingClaim(
  ctx: ReadContext,
  quantity: Quantity,
  quantityIndex: number,
  clause: Range,
  lex: Lexicon,
  frame: { attribute: Attribute; event: string; subject: string; trigger?: string },
): Claim {
  return {
    start: quantity.start,
    end: quantity.end,
    attribute: frame.attribute,
    event: frame.event,
    ...(frame.trigger ? { trigger: frame.trigger } : {}),
    participants: [],
    quantity: quantityIndex,
    attribution: attributionIn(ctx, clause, quantity.sentence, lex),
    certainty: certaintyOf(ctx.text.slice(clause.start, clause.end), quantity, lex),
    sentence: quantity.sentence,
    subject: frame.subject,
  };
}

/**
 * The head of the noun phrase after a number: the first plural noun within three words, else the first word
 * ("26 Somali pirates, …" → pirates; "two former employees" → employees; "four bombs hit" → bombs; "24 dead").
 * null when the phrase names part of a set ("15 other states").
 */
function countedNoun(phrase: string, lex: Lexicon): string | undefined | null {
  let first: string | undefined;
  for (const word of phrase.split(/\s+/).filter(Boolean).slice(0, 3)) {
    const bare = /^[\w-]+/.exec(word)?.[0];
    if (!bare) break;
    const lower = bare.toLowerCase();
    if (lex.subsetWords.has(lower)) return null;
    if (lex.notCountUnits.has(lower) || lex.determiners.has(lower) || COUNT_PHRASE_END.test(lower)) break;
    if (/^[a-z]{3,}$/.test(bare)) {
      if (/[^s]s$/.test(bare)) return bare;
      first ??= bare;
    }
    if (bare !== word) break;
  }
  return first;
}

const COUNT_PHRASE_END = /^(?:due|who|which|that|were|was|are|is|had|have|has|been|will|would|could|can|did|do|does|from|with|by|for|into|onto|near|after|before|when|while|but|be|over|under|about|across|against|between|through|since|away|ago|later|earlier|each|than|per|said|says)$/;

/**
 * A death or injury toll: "no one was killed", "24 dead", "seven people were killed", "killing at least seven
 * people". The subject is the toll ("killed" or "injured"), whatever noun or verb states it.
 */
function tollOf(before: string, quantity: Quantity, after: string, lex: Lexicon): string | undefined {
  const unit = quantity.unit.toLowerCase();
  if (lex.tollWords.has(unit)) return lex.tollWords.get(unit);
  if (!/^(?:people|persons|person|civilians|others)$/.test(unit)) return undefined;
  const next = /^\s+(?:(?:were|was|have been|had been|are|reported|confirmed)\s+)?(\w+)/i.exec(after)?.[1]?.toLowerCase();
  if (next && lex.tollWords.has(next)) return lex.tollWords.get(next);
  const previous = /(?<!\w)(\w+)\s+(?:(?:at least|more than|about|some|nearly|over|up to)\s*)?$/i.exec(before.slice(-200))?.[1]?.toLowerCase();
  if (previous && /^(?:killing|killed|injuring|injured|wounding|wounded)$/.test(previous)) return lex.tollWords.get(previous.replace(/ing$/, 'ed')) ?? undefined;
  return undefined;
}

function singular(word: string, lex: Lexicon): string {
  const base = /[^aeiou]ies$/.test(word) ? word.slice(0, -3) + 'y' : /(?:ss|x|ch|sh)es$/.test(word) ? word.slice(0, -2) : /[^su]s$/.test(word) ? word.slice(0, -1) : word;
  return lex.spellingVariants.get(base) ?? base;
}

/**
 * When an event happened: the event is the incident word nearest the value in its clause ("bombing" → attack).
 * Values in two articles' first body sentences are both about the story's main event, whatever words name it. Places named in the clause are the
 * participants (with names of unknown type, which are mostly places): the same kind of incident at places no
 * source shares is another incident.
 */
function whenClaim(ctx: ReadContext, quantity: Quantity, quantityIndex: number, lex: Lexicon, attribute: Attribute): Claim | undefined {
  const sentence = ctx.sentences[quantity.sentence];
  const clause = clauseAround(ctx.text, sentence, quantity.start);
  const clauseText = ctx.text.slice(clause.start, clause.end).toLowerCase();
  if (tellsHistory(clauseText, lex)) return undefined;
  const incident = incidentNear(clause, clauseText, quantity, lex);
  let event = incident.event;
  const trigger = incident.trigger;
  const lede = ctx.sentences.findIndex((s) => !s.furniture && ctx.paragraphs[s.paragraph].kind === 'body');
  // A planned event ("will meet on Friday") has not happened; sources may plan differently.
  if (PLANNED.test(ctx.text.slice(Math.max(clause.start, quantity.start - PLANNED_REACH), quantity.start).toLowerCase())) return undefined;
  const mainEvent = quantity.sentence === lede;
  if (mainEvent) event ??= 'main';
  if (!event) return undefined;
  const places: number[] = [];
  const from = Math.max(clause.start, quantity.start - PLACE_REACH);
  const to = Math.min(clause.end, quantity.end + PLACE_REACH);
  mentionsWithin(ctx.mentions, from, to).forEach(([m, i]) => {
    const near = m.start >= from && m.end <= to;
    if ((m.type === 'place' || (m.type === 'other' && m.kind === 'name')) && near) places.push(i);
  });
  return {
    start: quantity.start,
    end: quantity.end,
    attribute,
    event,
    trigger,
    participants: places,
    mainEvent,
    quantity: quantityIndex,
    attribution: attributionIn(ctx, clause, quantity.sentence, lex),
    certainty: certaintyOf(clauseText, quantity, lex),
    sentence: quantity.sentence,
  };
}

/** "eight days on the run", "a week at large": the state a duration is the length of, as lexicon.json writes it. */
function stateAfter(after: string, lex: Lexicon): string | undefined {
  const next = after.replace(/^\s+/, '').toLowerCase();
  return lex.durationStates.find((state) => next.startsWith(state) && !/^[a-z]/.test(next.slice(state.length)));
}

/**
 * How long someone was in a state: "after eight days on the run" and "captured after a week on the run" are two
 * claims about one thing, whatever the sentence's verb. The state is the subject.
 */
function stateClaim(ctx: ReadContext, quantity: Quantity, quantityIndex: number, state: string, lex: Lexicon): Claim {
  const sentence = ctx.sentences[quantity.sentence];
  const clause = clauseAround(ctx.text, sentence, quantity.start);
  return thingClaim(ctx, quantity, quantityIndex, clause, lex, { attribute: 'duration', event: 'state', subject: state });
}

const COMPASS_WORD = '(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?';
/** "25 km from the border", "55 km west of Bireun", "15 miles (24 km) from Yida": what the distance is measured to. */
const DISTANCE_TO = new RegExp(`^\\s*(?:\\([^)]*\\)\\s*)?(?:${COMPASS_WORD}\\s+)?(?:of|from)\\s+(?:the\\s+)?(?:([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)*)|([a-z]+)(?:\\s+([a-z]+))?)`);

/**
 * A distance as a claim about what it is measured to, in the incident its clause names: a named place ("west of Bireun" → bireun), the head of a
 * noun ("from the tense border" → border), or someone's home ("lived half a mile away"). Left out: a conversion in
 * parentheses after another distance ("50 km (30 miles)"), which is the same claim again, and distances to
 * nothing the sentence names ("walked two miles").
 */
function distanceClaim(ctx: ReadContext, quantity: Quantity, quantityIndex: number, lex: Lexicon): Claim | undefined {
  const sentence = ctx.sentences[quantity.sentence];
  const previous = ctx.quantities[quantityIndex - 1];
  if (previous?.kind === 'distance' && /^\s*\(\s*$/.test(ctx.text.slice(previous.end, quantity.start))) return undefined;
  const after = ctx.text.slice(quantity.end, sentence.end);
  const clause = clauseAround(ctx.text, sentence, quantity.start);
  const clauseText = ctx.text.slice(clause.start, clause.end).toLowerCase();
  let subject: string | undefined;
  const to = DISTANCE_TO.exec(after);
  if (to?.[1]) subject = to[1].toLowerCase();
  else if (to) {
    // The head is the last word before a preposition: "the generally recognized border between …" → border.
    const start = /\b(?:of|from)\s+/.exec(after)!;
    const phrase = (after.slice(start.index + start[0].length).match(/[A-Za-z]+|[^\sA-Za-z]/g) ?? []).slice(0, 5);
    while (phrase.length > 0 && lex.determiners.has(phrase[0].toLowerCase())) phrase.shift();
    const usable = (w: string) => /^[a-z]{3,}$/.test(w) && !lex.determiners.has(w) && !COUNT_PHRASE_END.test(w) && !/^(?:of|with|and|in|on|at|to)$/.test(w);
    const end = phrase.findIndex((w) => !usable(w));
    const head = (end < 0 ? phrase : phrase.slice(0, end)).pop();
    subject = head ? singular(head, lex) : undefined;
  } else if (/^\s*away\b/i.test(after) && clauseText.split(/[^a-z]+/).some((w) => lex.residenceWords.has(w))) subject = 'home';
  // Where someone lives stays true after the move "five years ago"; other distances in a clause about the past are history.
  if (!subject || (subject !== 'home' && tellsHistory(clauseText, lex))) return undefined;
  // A named place is a landmark many things are placed from: "the building, 15 miles north of Detroit" and "a motorist
  // 50 miles north of Detroit" after the shooting are different facts, told apart by the incident the clause names.
  // "The border" or someone's home is the story's own frame, whatever incident the sentence also mentions.
  const { event, trigger } = to?.[1] ? incidentNear(clause, clauseText, quantity, lex) : {};
  return thingClaim(ctx, quantity, quantityIndex, clause, lex, { attribute: 'distance', event: event ?? 'distance', subject, trigger });
}

/** The incident word nearest a value in its clause ("bombing" → attack), preferring words before the value. */
function incidentNear(clause: Range, clauseText: string, quantity: Quantity, lex: Lexicon): { event?: string; trigger?: string } {
  let event: string | undefined;
  let trigger: string | undefined;
  let best = Infinity;
  INCIDENT ??= new RegExp(`\\b(?:${[...lex.incidentEvent.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/[-]/g, '\\-')).join('|')})\\b`, 'g');
  INCIDENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INCIDENT.exec(clauseText)) !== null) {
    const at = clause.start + m.index;
    // "The bombing … on Tuesday killed seven": the value modifies what comes before it; words after it count only
    // when nothing before it names an incident.
    const d = at >= quantity.end ? 1e6 + at - quantity.end : Math.max(0, quantity.start - (at + m[0].length));
    if (d < best) [best, event, trigger] = [d, lex.incidentEvent.get(m[0]), m[0]];
  }
  return { event, trigger };
}

/** "In April last year …", "two years ago …": a clause about the past, not about this story. */
function tellsHistory(clauseText: string, lex: Lexicon): boolean {
  HISTORY ??= new RegExp(`\\b(?:${lex.historyMarkers.join('|')})\\b`);
  return HISTORY.test(clauseText);
}

/** How far after "the younger sister of" the person it is relative to may be named, in characters. */
const ANCHOR_REACH = 60;

/**
 * An age rank as a claim about a relative of one person, that person being the claim's only participant: "the
 * younger sister of Liz Cheney" and "Liz Cheney's younger sister" (Liz Cheney); "her older sibling" and a headline's
 * bare "X blasted by older sister" (the sentence's subject, its first person named). Left out when the person is not
 * named so ("Mary, the younger sister, said": the phrase describes the one named, not whom she is relative to).
 */
function kinshipClaim(ctx: ReadContext, quantity: Quantity, quantityIndex: number, lex: Lexicon): Claim | undefined {
  const sentence = ctx.sentences[quantity.sentence];
  // A name the sentence reads as a place may be a person the corpus knows ("Elizabeth Cheney blasted by …" in a
  // headline); the corpus keeps only anchors that are person entities. After "of", a person is preferred, since a
  // title there often holds a place ("of Wyoming Senate candidate Liz Cheney").
  const inSentence = ctx.sentences[quantity.sentence];
  const names = mentionsWithin(ctx.mentions, inSentence.start, inSentence.end)
    .map(([m, index]) => ({ m, index }))
    .filter(({ m }) => m.sentence === quantity.sentence && m.kind === 'name' && m.type !== 'organization');
  const persons = names.filter(({ m }) => m.type === 'person');
  let anchor: number | undefined;
  const of = /^\s+of\s+/.exec(ctx.text.slice(quantity.end, sentence.end));
  const before = ctx.text.slice(sentence.start, quantity.start);
  if (of) {
    const from = quantity.end + of[0].length;
    // The first person named after "of", before the phrase ends: "of Wyoming U.S Senate candidate Liz Cheney (R)".
    const next = persons.find(({ m }) => m.start >= from && m.start - from <= ANCHOR_REACH && !/[,;()]/.test(ctx.text.slice(from, m.start)));
    anchor = next?.index;
  } else if (/['’]s?\s+$/.test(before)) {
    // The possessor ends where its "'s" begins, or holds it.
    const at = sentence.start + before.replace(/['’]s?\s+$/, '').length;
    anchor = names.find(({ m }) => m.start < at && m.end >= at && m.end <= at + 2)?.index;
  } else {
    const previous = /(?<![A-Za-z])([A-Za-z]+)\s+$/.exec(before.slice(-200))?.[1]?.toLowerCase();
    if (previous === undefined || /^(?:her|his|their)$/.test(previous) || !lex.determiners.has(previous)) {
      const subject = names.find(({ m }) => m.end <= quantity.start && !/^['’]s\b/.test(ctx.text.slice(m.end)));
      anchor = subject?.index;
    }
  }
  if (anchor === undefined) return undefined;
  const clause = clauseAround(ctx.text, sentence, quantity.start);
  return { ...thingClaim(ctx, quantity, quantityIndex, clause, lex, { attribute: 'kinship', event: 'description', subject: quantity.unit }), participants: [anchor] };
}

/**
 * A homicide charge as a claim about the death it is for: every homicide charge of a story is compared, since a
 * story is about one death (two suspects charged differently would be told apart by a name, which this does not
 * yet do). A charge that is planned ("expected to be charged") or about another story ("years ago") is left out.
 */
function chargeClaim(ctx: ReadContext, quantity: Quantity, quantityIndex: number, lex: Lexicon): Claim | undefined {
  const sentence = ctx.sentences[quantity.sentence];
  const clause = clauseAround(ctx.text, sentence, quantity.start);
  const clauseText = ctx.text.slice(clause.start, clause.end).toLowerCase();
  if (tellsHistory(clauseText, lex)) return undefined;
  if (PLANNED.test(ctx.text.slice(sentence.start, quantity.start).toLowerCase())) return undefined;
  return thingClaim(ctx, quantity, quantityIndex, clause, lex, { attribute: 'charge', event: 'charge', subject: 'homicide' });
}

/**
 * Where a person lives, as a claim about that person (the only participant): the name before ", 59, of" or ", who
 * lived in", or after "resident". Compared with homes of the same person entity only.
 */
function residenceClaim(ctx: ReadContext, quantity: Quantity, quantityIndex: number, lex: Lexicon): Claim | undefined {
  const sentence = ctx.sentences[quantity.sentence];
  let person: number | undefined;
  mentionsWithin(ctx.mentions, sentence.start, sentence.end).forEach(([m, index]) => {
    if (m.sentence !== quantity.sentence || m.kind !== 'name' || m.type === 'organization' || m.type === 'place') return;
    const before = m.end <= quantity.start && HOME_AFTER_NAME.test(ctx.text.slice(m.end, quantity.start));
    const after = m.start >= quantity.end && /^\s+resident\s+$/.test(ctx.text.slice(quantity.end, m.start));
    if (before || after) person = index;
  });
  if (person === undefined) return undefined;
  const clause = clauseAround(ctx.text, sentence, quantity.start);
  return { ...thingClaim(ctx, quantity, quantityIndex, clause, lex, { attribute: 'residence', event: 'description', subject: 'home' }), participants: [person] };
}

/**
 * "gained its independence 6 months ago", "became the world's newest country only four months ago": when an incident
 * happened, as a time before the article's date (the corpus turns it into dates with that date). The incident word
 * is required, and places anywhere in the clause are its participants ("South Sudan … which became …"). Compared only
 * with other such claims: a time before the article is often history ("attacked three months ago"), which a date of
 * this story's incident would wrongly contradict.
 */
function agoClaim(ctx: ReadContext, quantity: Quantity, quantityIndex: number, lex: Lexicon): Claim | undefined {
  const sentence = ctx.sentences[quantity.sentence];
  const clause = clauseAround(ctx.text, sentence, quantity.start);
  const clauseText = ctx.text.slice(clause.start, clause.end).toLowerCase();
  const { event, trigger } = incidentNear(clause, clauseText, quantity, lex);
  if (!event) return undefined;
  const places: number[] = [];
  mentionsWithin(ctx.mentions, clause.start, clause.end).forEach(([m, i]) => {
    if ((m.type === 'place' || (m.type === 'other' && m.kind === 'name')) && m.start >= clause.start && m.end <= clause.end) places.push(i);
  });
  return {
    start: quantity.start,
    end: quantity.end,
    attribute: 'ago',
    event,
    trigger,
    participants: places,
    quantity: quantityIndex,
    attribution: attributionIn(ctx, clause, quantity.sentence, lex),
    certainty: certaintyOf(clauseText, quantity, lex),
    sentence: quantity.sentence,
  };
}

/** "a silver Toyota Camry", "frigate INS Sukanya": a named thing described, the thing being the subject. */
function describedThingClaim(_ctx: ReadContext, quantity: Quantity, quantityIndex: number, _lex: Lexicon, attribute: Attribute): Claim {
  return {
    start: quantity.start,
    end: quantity.end,
    attribute,
    event: 'description',
    participants: [],
    quantity: quantityIndex,
    certainty: 'certain',
    sentence: quantity.sentence,
    subject: quantity.unit,
  };
}

/** "rescued 26 Somali crewmembers": what happened to a counted group, the group being the subject. */
function fateClaim(ctx: ReadContext, quantity: Quantity, quantityIndex: number, lex: Lexicon, attribute: Attribute): Claim {
  const clause = clauseAround(ctx.text, ctx.sentences[quantity.sentence], quantity.start);
  return thingClaim(ctx, quantity, quantityIndex, clause, lex, { attribute, event: 'description', subject: quantity.unit });
}
