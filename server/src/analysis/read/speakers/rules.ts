// The hand-written attribution rules, kept as the model's strongest feature (and as its fallback when it has no
// weights): a transcript turn ("PENCE: …"), a pull quote signed after a dash, a name (or he/she) with a speech
// verb after the quotation, else the owner of a speech noun ("Trump's claim that …"), else the subject of the
// first speech verb before it, else the first person named before it; a quotation that opens its sentence with
// no attribution continues the previous speaker. A subject that is a description or a group ("the New York
// businessman said", "Police say") is kept as a phrase without an entity, and a name followed by an appositive
// ("Scott Pruitt, the attorney general of Oklahoma, said") speaks rather than the last name inside the appositive.
import { lexicon } from '../../data/lexicon';
import type { Mention, Paragraph, Quotation } from '../../types';
import { TURN } from '../quotations';
import type { Token } from '../tokens';
import { fromMention, isAppositive, isPossessive, narrationTokens, paragraphAt, sentenceAt, speechVerbTest, type Found, type IndexedMention, type SpeakerContext } from './context';
import { mentionsWithin } from '../within';
import { MAX_SENTENCE_CHARS } from '../sentences';

/** Which rule chose the speaker: a feature of the model, since the rules are not equally reliable. */
export type RulePath = 'turn' | 'signature' | 'after' | 'owner' | 'before' | 'first' | 'continues' | 'none';

export interface RulePick {
  found: Found | null;
  path: RulePath;
}

type Candidate = IndexedMention;

/** The rules' speaker for each quotation, in order; the previous pick carries over as the rules see it. */
export function ruleSpeakers(ctx: SpeakerContext, quotations: Quotation[]): RulePick[] {
  const isSpeech = speechVerbTest(ctx);
  const attributes = speechVerbTest(ctx, false);
  const picks: RulePick[] = [];
  const previous: Previous = { found: null, sentence: -10 };
  const bySentence: IndexedMention[][] = ctx.sentences.map(() => []);
  ctx.mentions.forEach((m, index) => bySentence[m.sentence]?.push({ m, index }));
  for (const quotation of quotations) {
    const sentenceIndex = sentenceAt(ctx, quotation.start);
    if (sentenceIndex < 0) {
      picks.push({ found: null, path: 'none' });
      continue;
    }
    const scene = sceneOf(ctx, quotations, quotation, sentenceIndex, bySentence[sentenceIndex], previous, isSpeech, attributes);
    const pick = firstRule(scene);
    picks.push(pick);
    if (pick.found !== null) {
      previous.found = pick.found;
      previous.sentence = sentenceIndex;
    }
  }
  return picks;
}

/** The last speaker the rules found, and its sentence. */
interface Previous {
  found: Found | null;
  sentence: number;
}

/** One quotation as the rules read it: its sentence's narration and the names in it. */
interface Scene {
  ctx: SpeakerContext;
  quotation: Quotation;
  sentenceIndex: number;
  /** The sentence's tokens outside quotations. */
  tokens: Token[];
  /** The people named in the sentence, outside the quotation. */
  persons: IndexedMention[];
  /** Who may speak there: people, organisations, and a name right before a speech verb. */
  speakers: IndexedMention[];
  isSpeech: (t: Token) => boolean;
  /** A verb of attribution (no verb of another clause, such as "blasted"). */
  attributes: (t: Token) => boolean;
  previous: Previous;
  /** "he"/"she": the previous speaker within three sentences, else the subject of a sentence before. */
  resolvePronoun(): Found | null;
}

function sceneOf(
  ctx: SpeakerContext,
  quotations: Quotation[],
  quotation: Quotation,
  sentenceIndex: number,
  inSentence: IndexedMention[],
  previous: Previous,
  isSpeech: (t: Token) => boolean,
  attributes: (t: Token) => boolean,
): Scene {
  const tokens = narrationTokens(ctx, sentenceIndex, quotations);
  const outside = (m: Mention) => !(m.start >= quotation.start && m.end <= quotation.end);
  const persons = inSentence.filter(({ m }) => m.type === 'person' && outside(m));
  // A place directly followed by a speech verb speaks for its government ("Japan said") or is a
  // person the tagger took for a place ("Jordan said").
  const speaksNext = (m: Mention): boolean => {
    const next = tokens.find((t) => t.start >= m.end);
    return next !== undefined && isSpeech(next) && m.kind === 'name';
  };
  // Outlets and institutions speak too ("The New York Times reported", "the Kremlin said"), but only
  // as the subject of a speech verb: a nearby organisation is no speaker by itself.
  const speakers = inSentence.filter(({ m }) => (m.type === 'person' || m.type === 'organization' || speaksNext(m)) && outside(m));
  const resolvePronoun = (): Found | null => {
    if (previous.found !== null && sentenceIndex - previous.sentence <= 3) return previous.found;
    const index = subjectBefore(ctx, sentenceIndex);
    return index === null ? null : fromMention(ctx.mentions[index], index);
  };
  return { ctx, quotation, sentenceIndex, tokens, persons, speakers, isSpeech, attributes, previous, resolvePronoun };
}

/** The rules in the order they are tried: the first to find a speaker names its path. */
const RULES: Array<[Exclude<RulePath, 'none'>, (scene: Scene) => Found | null]> = [
  ['turn', (scene) => transcriptTurn(scene.ctx, scene.quotation)],
  ['signature', signedAfterDash],
  ['after', verbAfter],
  // "Trump's claim that there have been “thousands of shootings”": the owner of the claim speaks.
  ['owner', (scene) => speechNounOwner(scene.ctx, scene.tokens, scene.persons.concat(scene.speakers), scene.quotation, scene.isSpeech)],
  ['before', verbBefore],
  ['first', firstPersonBefore],
  ['continues', continues],
];

function firstRule(scene: Scene): RulePick {
  for (const [path, rule] of RULES) {
    const found = rule(scene);
    if (found !== null) return { found, path };
  }
  return { found: null, path: 'none' };
}

/** A pull quote signed after a dash: `“…” ― Sonya Herridge`. */
function signedAfterDash({ ctx, quotation }: Scene): Found | null {
  const signature = /^\s*[―—–-]\s*/.exec(ctx.text.slice(quotation.end, quotation.end + 6));
  if (!signature) return null;
  const at = quotation.end + signature[0].length;
  const signed = mentionsWithin(ctx.mentions, at, at + MAX_SENTENCE_CHARS).find(([m]) => m.start === at && m.kind === 'name' && m.type !== 'place')?.[1] ?? -1;
  return signed >= 0 ? fromMention(ctx.mentions[signed], signed) : null;
}

/**
 * After: `," Trump told reporters` / `," he added` / `," said Peskov` / `," Scott Pruitt, the attorney general of
 * Oklahoma, said` (a longer reach only across an appositive). Only attribution verbs count here: in `“…,” when Clinton
 * blasted him` the verb after is another clause's.
 */
function verbAfter({ ctx, quotation, tokens, speakers, attributes, resolvePronoun }: Scene): Found | null {
  const afterAll = tokens.filter((t) => t.start >= quotation.end);
  let at = afterAll.slice(0, 8).findIndex(attributes);
  if (at < 0) {
    const far = afterAll.slice(0, 24).findIndex(attributes);
    const first = speakers.find(({ m }) => m.start >= quotation.end && /^[\s,]*$/.test(ctx.text.slice(quotation.end, m.start)));
    if (far >= 0 && first && isAppositive(ctx.text.slice(first.m.end, afterAll[far].start))) at = far;
  }
  if (at < 0) return null;
  const verb = afterAll[at];
  const afterTokens = afterAll.slice(0, at);
  const before = speakers.filter(({ m }) => m.start >= quotation.end && m.end <= verb.start);
  const after = speakers.filter(({ m }) => m.start >= verb.end && m.start - verb.end < 40);
  const head = before.find(({ m }) => isAppositive(ctx.text.slice(m.end, verb.start)));
  if (head) return fromMention(head.m, head.index);
  if (before.length > 0) return fromMention(before[before.length - 1].m, before[before.length - 1].index);
  if (afterTokens.some((t) => t.lower === 'he' || t.lower === 'she')) return resolvePronoun();
  if (after.length > 0) return fromMention(after[0].m, after[0].index);
  return phraseBefore(ctx, tokens, tokens.indexOf(verb), quotation.end) ?? phraseAfter(ctx, tokens, tokens.indexOf(verb));
}

/**
 * Before: the subject of the first speech verb of the sentence before the quotation that has one (a verb form used as
 * a noun, "Following initial reports, Trump said that …", has none).
 */
function verbBefore({ ctx, quotation, sentenceIndex, tokens, speakers, isSpeech, resolvePronoun }: Scene): Found | null {
  const beforeTokens = tokens.filter((t) => t.end <= quotation.start);
  for (const verb of beforeTokens.filter(isSpeech)) {
    const speaker = subjectOf(ctx, speakers, tokens, verb, ctx.sentences[sentenceIndex].start, resolvePronoun);
    if (speaker !== null) return speaker;
  }
  return null;
}

/**
 * With no speech verb ("Reid called Trump a “con artist”", "X described Y as “…”"), the sentence's subject: the first
 * person named before the quotation, not the nearest one, which is usually the object being characterised.
 */
function firstPersonBefore({ ctx, quotation, persons }: Scene): Found | null {
  const before = persons.filter(({ m }) => m.end <= quotation.start && !isPossessive(ctx, m));
  return before.length > 0 ? fromMention(before[0].m, before[0].index) : null;
}

/** A quotation that opens its sentence with no attribution continues the last speaker (within three sentences). */
function continues({ ctx, quotation, sentenceIndex, previous }: Scene): Found | null {
  if (previous.found === null || sentenceIndex - previous.sentence > 3) return null;
  return quotation.start - ctx.sentences[sentenceIndex].start <= 1 ? previous.found : null;
}

/** A turn in a transcript: a paragraph that opens with a name in capitals and a colon ("PENCE: Well, look…"). */
function transcriptTurn(ctx: SpeakerContext, quotation: Quotation): Found | null {
  const paragraph = paragraphAt(ctx, quotation.start);
  if (!paragraph) return null;
  const turn = TURN.exec(ctx.text.slice(paragraph.start, paragraph.start + 40));
  if (!turn) return null;
  const name = turn[1];
  if (!isSpeakerName(ctx, name)) return null;
  const start = paragraph.start + turn[0].indexOf(name);
  const end = start + name.length;
  const mention = mentionsWithin(ctx.mentions, start, end + 1).find(([m]) => m.start === start)?.[1];
  return { start, end, mention: mention ?? null };
}

const speakerNames = new WeakMap<Paragraph[], Map<string, boolean>>();

/**
 * A name, not a label such as "UPDATE:" or "WATCH:": the article writes it in ordinary case elsewhere, or it is
 * a transcript (another paragraph opens with another speaker's turn). Asked once per name and document: it
 * scans the whole text and every paragraph.
 */
function isSpeakerName(ctx: SpeakerContext, name: string): boolean {
  let known = speakerNames.get(ctx.paragraphs);
  if (!known) speakerNames.set(ctx.paragraphs, (known = new Map()));
  let speaking = known.get(name);
  if (speaking === undefined) {
    const last = name.split(' ').pop()!;
    const ordinary = last[0] + last.slice(1).toLowerCase();
    // Escaped as a u-mode pattern allows: "\\'" and "\\-" are syntax errors there (O'BRIEN:, MC-DONALD: threw).
    const writtenElsewhere = new RegExp(`\\b${ordinary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(ctx.text);
    const otherTurn = ctx.paragraphs.some((p) => {
      const other = TURN.exec(ctx.text.slice(p.start, p.start + 40))?.[1];
      return other !== undefined && other !== name;
    });
    speaking = writtenElsewhere || otherTurn;
    known.set(name, speaking);
  }
  return speaking;
}

/** "outlined his plan and vowed": a coordinated verb's subject is further back, not the object before "and". */
const COORDINATORS = new Set(['and', 'or', 'but', 'nor']);

/**
 * The noun phrase right before a verb when it is the verb's subject: "the New York businessman said",
 * "Police say", "Obama's former campaign strategist said", "the chair of the DNC announced". Auxiliaries
 * and a few adverbs between are skipped ("has also said"); a phrase after a preposition is an object
 * ("marching through the streets chanted"), a pronoun is resolved elsewhere.
 */
export function phraseBefore(ctx: SpeakerContext, tokens: Token[], verbIndex: number, boundary: number): Found | null {
  const lex = lexicon();
  let i = verbIndex - 1;
  while (i >= 0 && tokens[i].start >= boundary && lex.subjectVerbGap.has(tokens[i].lower)) i--;
  const endIndex = i;
  let words = 0;
  let startIndex = -1;
  while (i >= 0 && tokens[i].start >= boundary && tokens[i].kind === 'word' && words < 7) {
    const t = tokens[i];
    if (lex.subjectPronouns.has(t.lower) || lex.subjectVerbGap.has(t.lower)) return null;
    if (t.lower === 'of' && startIndex >= 0 && i > 0 && tokens[i - 1].kind === 'word') {
      i--;
      continue;
    }
    if (lex.notSubjectBefore.has(t.lower) || lex.speechVerbs.has(t.lower) || lex.quotationVerbs.has(t.lower) || COORDINATORS.has(t.lower)) break;
    startIndex = i;
    words++;
    if (lex.phraseDeterminers.has(t.lower) && !(i > 1 && tokens[i - 1].lower === 'of')) break;
    i--;
  }
  if (startIndex < 0 || startIndex > endIndex) return null;
  const first = tokens[startIndex];
  const prev = tokens[startIndex - 1];
  if (prev && prev.start >= boundary && lex.notSubjectBefore.has(prev.lower)) return null;
  const lastToken = tokens[endIndex];
  if (lex.phraseDeterminers.has(lastToken.lower) || lastToken.possessive) return null;
  // Lower-case phrases need a determiner or an owner ("the group", "Obama's strategist"); a bare
  // lower-case word before a verb is more often part of another clause.
  if (!first.cap && !lex.phraseDeterminers.has(first.lower)) return null;
  // "Following initial reports", "Following a swiftly called meeting": a participle opens an adverbial phrase.
  if (/ing$/.test(first.lower) || (prev && prev.start >= boundary && /ing$/.test(prev.lower))) return null;
  const inside = mentionsWithin(ctx.mentions, first.start, lastToken.end + 2).map(([m, index]) => ({ m, index }));
  const head = inside.find(({ m }) => m.end >= lastToken.end && !isPossessive(ctx, m) && (m.type === 'person' || m.type === 'organization'));
  if (head) return fromMention(head.m, head.index);
  return { start: first.start, end: lastToken.end, mention: null };
}

/** `," said the Vermont senator`: a determiner phrase right after the verb, up to punctuation. */
export function phraseAfter(ctx: SpeakerContext, tokens: Token[], verbIndex: number): Found | null {
  const lex = lexicon();
  const first = tokens[verbIndex + 1];
  if (!first || !lex.phraseDeterminers.has(first.lower)) return null;
  let end = verbIndex + 2;
  while (end < tokens.length && end - verbIndex < 7 && tokens[end].kind === 'word' && !lex.notSubjectBefore.has(tokens[end].lower)) end++;
  if (end === verbIndex + 2) return null;
  return { start: first.start, end: tokens[end - 1].end, mention: null };
}

/** "Trump's claim that … “…”": a possessive name, at most two modifiers, a speech noun, then the quotation. */
function speechNounOwner(ctx: SpeakerContext, tokens: Token[], candidates: Candidate[], quotation: Quotation, isSpeech: (t: Token) => boolean): Found | null {
  const lex = lexicon();
  const before = tokens.filter((t) => t.end <= quotation.start);
  for (let i = before.length - 1; i >= 0; i--) {
    if (isSpeech(before[i])) return null;
    if (!lex.speechNouns.has(before[i].lower)) continue;
    // "Trump's claim that …" or "Trump's claim “…”", not "Trump's tweet to invite Flowers".
    const next = before[i + 1];
    if (next ? next.lower !== 'that' && next.text !== ':' : false) return null;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (!before[j].possessive) continue;
      const owner = candidates.find(({ m }) => m.end >= before[j].end - 1 && m.start <= before[j].start);
      if (owner) return fromMention(owner.m, owner.index);
    }
    return null;
  }
  return null;
}

function subjectOf(
  ctx: SpeakerContext,
  speakers: Candidate[],
  tokens: Token[],
  verb: Token,
  sentenceStart: number,
  resolvePronoun: () => Found | null,
): Found | null {
  const candidates = speakers.filter(({ m }) => m.end <= verb.start && m.start >= sentenceStart && !isPossessive(ctx, m));
  // "he said", "she has also told": a pronoun right before the verb (one inside a relative clause,
  // "Christie, who campaigned for Trump since he suspended his campaign, blasted", is not the subject).
  const lex = lexicon();
  let v = tokens.indexOf(verb) - 1;
  while (v >= 0 && lex.subjectVerbGap.has(tokens[v].lower)) v--;
  // "He further stressed": a word of the verb phrase between, in lower case, that no subject is.
  if (v >= 1 && tokens[v].kind === 'word' && !tokens[v].cap && !lex.subjectPronouns.has(tokens[v].lower) && !lex.notSubjectBefore.has(tokens[v].lower)) {
    if (tokens[v - 1].lower === 'he' || tokens[v - 1].lower === 'she') v--;
  }
  const pronoun = v >= 0 && (tokens[v].lower === 'he' || tokens[v].lower === 'she');
  const nearest = candidates[candidates.length - 1];
  if (pronoun) return resolvePronoun();
  // ", saying …" / ", arguing that …": a participle after a comma has the main clause's subject, the first
  // name of the sentence ("Trump attacked Clinton for her vote, saying …").
  const index = tokens.indexOf(verb);
  if (/ing$/.test(verb.lower) && index > 0 && tokens[index - 1].text === ',' && candidates.length > 0) {
    const first = candidates.find(({ m }) => m.type === 'person') ?? candidates[0];
    return fromMention(first.m, first.index);
  }
  // "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said":
  // the name before the appositive, not the last name inside it.
  if (nearest && !/^\s*$/.test(ctx.text.slice(nearest.m.end, verb.start))) {
    const head = candidates.find(({ m }) => isAppositive(ctx.text.slice(m.end, verb.start)));
    if (head) return fromMention(head.m, head.index);
  }
  const phrase = phraseBefore(ctx, tokens, tokens.indexOf(verb), sentenceStart);
  if (phrase && (phrase.mention !== null || !nearest || nearest.m.end < phrase.start)) return phrase;
  return nearest ? fromMention(nearest.m, nearest.index) : null;
}

/** The first person named as a subject in the previous sentences: who "he" most likely is. */
export function subjectBefore(ctx: SpeakerContext, sentenceIndex: number): number | null {
  const inSentence = (s: number) => {
    const sentence = ctx.sentences[s];
    return sentence ? mentionsWithin(ctx.mentions, sentence.start, sentence.end).filter(([m]) => m.sentence === s) : [];
  };
  for (let s = sentenceIndex - 1; s >= Math.max(0, sentenceIndex - 3); s--) {
    const found = inSentence(s).find(([m]) => m.type === 'person' && !isPossessive(ctx, m));
    if (found) return found[1];
  }
  const own = inSentence(sentenceIndex).find(([m]) => m.type === 'person');
  return own ? own[1] : null;
}
