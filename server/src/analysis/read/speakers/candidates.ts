// Who could have said a quotation, each with the features the attribution model weighs. Candidates are the
// names, descriptions and pronouns of the narration from the sentence before the quotation to the sentence after
// it, the noun phrases that are the subject or object of a speech verb there ("the Ohio businessman said", "said
// a White House official"), the previous quotation's speaker, and the rules' own choice. Features say where the
// candidate stands (side, sentence, distance, what lies between), how it relates to a speech verb (its subject,
// after it, after a preposition, a possessive), the quotation's shape (opens its sentence or paragraph, after a
// colon) and whether the rules chose it: the rules are one feature among others, not the decision.
import { lexicon } from '../../data/lexicon';
import speakerWords from '../../data/speakerWords.json';
import type { Mention, Quotation } from '../../types';
import type { Token } from '../tokens';
import { isAppositive, isPossessive, narrationTokens, paragraphAt, sentenceAt, speechVerbTest, type Found, type SpeakerContext } from './context';
import { insideQuotation } from '../within';
import { NamesBySentence } from '../pronouns';
import { phraseAfter, phraseBefore, type RulePick } from './rules';
import { firstStartingFrom } from '../../text/bisect';

export interface SpeakerCandidate extends Found {
  features: string[];
}

interface Building extends Found {
  kind: string;
  features: Set<string>;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it']);
const SUBORDINATORS = new Set(speakerWords.subordinators);
/** How far back an earlier speaker still carries over to a quotation with no attribution of its own. */
const CARRY_SENTENCES = 3;

/** The document as the candidates of all its quotations need it, each part computed once. */
class Narration {
  readonly isSpeech: (t: Token) => boolean;
  private readonly tokens = new Map<number, Token[]>();
  private readonly speech = new Map<Token, boolean>();
  /** Per sentence, the mentions of the narration (none inside a quotation). */
  readonly mentionsIn: number[][];
  /** The names a pronoun may stand for. */
  readonly names: NamesBySentence;

  constructor(
    readonly ctx: SpeakerContext,
    readonly quotations: Quotation[],
  ) {
    const test = speechVerbTest(ctx);
    this.isSpeech = (t) => {
      let is = this.speech.get(t);
      if (is === undefined) {
        is = test(t);
        this.speech.set(t, is);
      }
      return is;
    };
    this.names = new NamesBySentence({ ...ctx, quotations });
    this.mentionsIn = ctx.sentences.map(() => []);
    ctx.mentions.forEach((m, i) => {
      if (m.sentence >= 0 && m.sentence < this.mentionsIn.length && !this.insideQuotation(m.start, m.end)) this.mentionsIn[m.sentence].push(i);
    });
  }

  /** The sentence's tokens outside quotations. */
  of(sentence: number): Token[] {
    let tokens = this.tokens.get(sentence);
    if (!tokens) {
      tokens = narrationTokens(this.ctx, sentence, this.quotations);
      this.tokens.set(sentence, tokens);
    }
    return tokens;
  }

  insideQuotation(start: number, end: number): boolean {
    return insideQuotation(this.quotations, start, end);
  }
}

/** The candidates of every quotation, in order. */
export function speakerCandidates(ctx: SpeakerContext, quotations: Quotation[], picks: RulePick[]): SpeakerCandidate[][] {
  const doc = new Narration(ctx, quotations);
  const quotationSentence = quotations.map((q) => sentenceAt(ctx, q.start));
  return quotations.map((quotation, qi) => (quotationSentence[qi] < 0 ? [] : candidatesOf(doc, quotationSentence, picks, qi)));
}

function candidatesOf(doc: Narration, quotationSentence: number[], picks: RulePick[], qi: number): SpeakerCandidate[] {
  const scene = sceneOf(doc, quotationSentence, picks, qi);
  return scene.candidates.map((c) => ({ start: c.start, end: c.end, mention: c.mention, features: describe(scene, c) }));
}

/** A quotation with what its candidates' features read: its sentences, the speakers before it, the verbs near it. */
interface Scene {
  doc: Narration;
  quotation: Quotation;
  /** The sentences the quotation starts and ends in, and the window of narration read around it (one either side). */
  s: number;
  e: number;
  from: number;
  to: number;
  /** The previous speaker the rules found, within reach, and the sentences from the end of that quotation to this one. */
  previous: Found | null;
  previousGap: string;
  rule: RulePick;
  candidates: Building[];
  /** The narration's tokens from `from` to `to`. */
  window: Token[];
  /** The quotation's shape: opens or ends its sentence or paragraph, after a colon, with no speech verb near. */
  shape: string;
  /** The speech verbs nearest the quotation on either side in its sentence. */
  verbBefore?: Token;
  verbAfter?: Token;
}

function sceneOf(doc: Narration, quotationSentence: number[], picks: RulePick[], qi: number): Scene {
  const { ctx, quotations, isSpeech } = doc;
  const quotation = quotations[qi];
  const s = quotationSentence[qi];
  const e = Math.max(s, sentenceAt(ctx, Math.max(quotation.start, quotation.end - 1)));
  const from = Math.max(0, s - 1);
  const to = Math.min(ctx.sentences.length - 1, e + 1);
  const { previous, previousGap } = previousSpeaker(doc, quotationSentence, picks, qi);
  const rule = picks[qi];
  const candidates = namedHeads(ctx, gather(doc, picks, qi, { from, to, s, previous, previousGap }));
  const window: Token[] = [];
  for (let si = from; si <= to; si++) window.push(...doc.of(si));
  const opens = quotation.start - ctx.sentences[s].start <= 1;
  const paragraph = ctx.paragraphs[ctx.sentences[s].paragraph];
  const opensParagraph = paragraph !== undefined && quotation.start - paragraph.start <= 1;
  const colon = /:\s*$/.test(ctx.text.slice(Math.max(0, quotation.start - 3), quotation.start));
  const cueInSentence = doc.of(s).some(isSpeech) || (e !== s && doc.of(e).some(isSpeech));
  const ends = ctx.sentences[e].end - quotation.end <= 1;
  const shape = `${opens ? 'open' : 'mid'}${opensParagraph ? 'P' : ''}${colon ? ':' : ''}${ends ? '-end' : ''}${cueInSentence ? '' : '-nocue'}`;
  const verbBefore = doc.of(s).filter((t) => t.end <= quotation.start && isSpeech(t)).pop();
  const verbAfter =
    doc.of(e).find((t) => t.start >= quotation.end && isSpeech(t)) ?? (ends && e + 1 <= to ? doc.of(e + 1).slice(0, 6).find(isSpeech) : undefined);
  return { doc, quotation, s, e, from, to, previous, previousGap, rule, candidates, window, shape, verbBefore, verbAfter };
}

/** The speaker of the nearest earlier quotation the rules found, within CARRY_SENTENCES; the gap 0 when they share a sentence. */
function previousSpeaker(doc: Narration, quotationSentence: number[], picks: RulePick[], qi: number): { previous: Found | null; previousGap: string } {
  const { ctx, quotations } = doc;
  const s = quotationSentence[qi];
  for (let j = qi - 1; j >= 0 && quotationSentence[j] >= s - CARRY_SENTENCES; j--) {
    if (picks[j].found) {
      return { previous: picks[j].found, previousGap: String(Math.max(0, s - sentenceAt(ctx, Math.max(quotations[j].start, quotations[j].end - 1)))) };
    }
  }
  return { previous: null, previousGap: '' };
}

/**
 * Every candidate by its span: the narration's mentions and pronouns in the window, the phrases around its speech
 * verbs, the previous speaker, the speaker of an earlier quotation this one repeats, and the rules' choice.
 */
function gather(doc: Narration, picks: RulePick[], qi: number, at: { from: number; to: number; s: number; previous: Found | null; previousGap: string }): Map<string, Building> {
  const { ctx, quotations, isSpeech } = doc;
  const { from, to, s, previous } = at;
  const found = new Map<string, Building>();
  const add = (span: Found, kind: string, ...features: string[]): void => {
    const k = `${span.start}:${span.end}`;
    let c = found.get(k);
    if (!c) {
      c = { start: span.start, end: span.end, mention: span.mention, kind, features: new Set() };
      found.set(k, c);
    }
    if (c.mention === null && span.mention !== null) c.mention = span.mention;
    for (const f of features) c.features.add(f);
  };
  for (let si = from; si <= to; si++) {
    for (const index of doc.mentionsIn[si]) {
      const m = ctx.mentions[index];
      add({ start: m.start, end: m.end, mention: index }, m.kind === 'name' ? m.type : m.kind);
    }
  }
  for (let si = from; si <= to; si++) {
    const tokens = doc.of(si);
    tokens.forEach((t, i) => {
      if (t.kind === 'word' && PRONOUNS.has(t.lower)) {
        const antecedent = resolvePronoun(doc, t, si, previous, s);
        add({ start: t.start, end: t.end, mention: antecedent }, `pronoun:${t.lower}`, antecedent === null ? 'unresolved' : 'resolved');
      }
      if (!isSpeech(t)) return;
      const before = phraseBefore(ctx, tokens, i, ctx.sentences[si].start);
      if (before) add(before, before.mention === null ? 'phrase' : 'mention', 'phraseBefore');
      const after = phraseAfter(ctx, tokens, i);
      if (after) add(after, 'phrase', 'phraseAfter');
    });
  }
  if (previous) add(previous, 'previous', 'previous', `previousQuotation:${at.previousGap}`);
  // A quotation repeating an earlier one's words (a pull quote, a headline) may be that quotation again.
  if (quotations[qi].words.length >= 3) {
    const repeated = repeatsOf(quotations, qi).find((j) => picks[j].found !== null) ?? -1;
    if (repeated >= 0) add(picks[repeated].found!, 'repeated', 'repeatsEarlier');
  }
  const rule = picks[qi];
  if (rule.found) add(rule.found, 'rule');
  return found;
}

/**
 * A phrase that ends with a name ("the Republican nominee Donald Trump", "the Kremlin") is that name; any other name
 * inside a phrase ("Ohio" in "the Ohio businessman said") modifies its head, which speaks. The candidates left, in
 * the order of the text.
 */
function namedHeads(ctx: SpeakerContext, found: Map<string, Building>): Building[] {
  const inside = (c: Building, p: Building) => p !== c && p.start <= c.start && c.end <= p.end;
  const phrases: Building[] = [];
  for (const p of [...found.values()].filter((c) => c.kind === 'phrase')) {
    const head = [...found.values()].find((c) => inside(c, p) && c.mention !== null && c.end >= p.end - 1 && isNamedSpeaker(ctx, c.mention));
    if (!head) phrases.push(p);
    else {
      for (const f of p.features) head.features.add(f);
      found.delete(`${p.start}:${p.end}`);
    }
  }
  return [...found.values()].filter((c) => !phrases.some((p) => inside(c, p))).sort((a, b) => a.start - b.start);
}

/** A candidate's features: where it stands, how it relates to the speech verbs, the quotation's shape, the rules' choice. */
function describe(scene: Scene, c: Building): string[] {
  const { doc, quotation, s, e, from, to, window, shape, verbBefore, verbAfter, rule, previous, previousGap } = scene;
  const { ctx } = doc;
  const f = c.features;
  const side = c.end <= quotation.start ? 'B' : c.start >= quotation.end ? 'A' : 'X';
  const cs = sentenceAt(ctx, c.start);
  const rel = Math.max(-3, Math.min(2, side === 'A' ? cs - e : cs - s));
  const kind = c.kind;
  f.add(`k:${kind}`);
  f.add(`k:${kind}|${side}${rel}`);
  const near = cs >= from && cs <= to;
  // Narration words between the candidate and the quotation, and candidates between.
  const distance = !near ? -1 : side === 'B' ? countWithin(window, c.end, quotation.start) : countWithin(window, quotation.end, c.start);
  const bucket = distance < 0 ? 'far' : distance <= 2 ? String(distance) : distance <= 4 ? '3-4' : distance <= 8 ? '5-8' : distance <= 16 ? '9-16' : '17+';
  f.add(`d:${side}${bucket}`);
  f.add(`k:${kind}|d:${side}${bucket}`);
  let between = 0;
  for (const o of scene.candidates) {
    if (o !== c && !o.kind.startsWith('pronoun:it') && (side === 'B' ? o.start >= c.end && o.end <= quotation.start : o.start >= quotation.end && o.end <= c.start)) between++;
  }
  f.add(`n:${side}${Math.min(between, 3)}`);
  const verbs = near ? verbFeatures(doc, c, cs, f, side) : {};
  // The subject of the speech verb nearest the quotation most often speaks.
  if (verbs.subjectOf && (verbs.subjectOf === verbBefore || verbs.subjectOf === verbAfter)) f.add(`subjectOfQuotationVerb|${verbs.subjectOf === verbBefore ? 'B' : 'A'}|${side}`);
  if (verbs.follows && (verbs.follows === verbBefore || verbs.follows === verbAfter)) f.add(`followsQuotationVerb|${verbs.follows === verbBefore ? 'B' : 'A'}|${side}`);
  if (verbs.relation) f.add(`${verbs.relation}|${side}|k:${kind}`);
  if (verbs.follows) f.add(`afterVerb|${side}|k:${kind}`);
  if (ctx.sentences[cs] && ctx.sentences[cs].paragraph !== ctx.sentences[side === 'A' ? e : s].paragraph) f.add(`otherParagraph|${side}|k:${kind}`);
  if (side === 'A' && cs === e + 1 && f.has('opensSentence') && f.has('subject|A')) f.add('opensNextSentenceAsSubject');
  if (isPossessive(ctx, c)) f.add('possessive');
  f.add(`q:${shape}|${side}${rel}`);
  f.add(`q:${shape}|k:${kind}`);
  if (f.has('previous')) f.add(`previousQuotation:${previousGap}|q:${shape}`);
  if (side === 'A' && /^[\s,]*$/.test(ctx.text.slice(quotation.end, c.start))) f.add('rightAfter');
  // "“…,” when Kowalczyk blasted him": a subordinate clause between opens another attribution.
  if (near && window.some((t) => SUBORDINATORS.has(t.lower) && (side === 'A' ? t.start >= quotation.end && t.end <= c.start : t.start >= c.end && t.end <= quotation.start))) f.add(`clauseBetween|${side}`);
  if (side === 'A' && /^[\s,—–-]*$/.test(ctx.text.slice(quotation.end, c.start)) && /,[”"]$/.test(ctx.text.slice(quotation.end - 2, quotation.end))) f.add('commaQuoteThen');
  // What the rules chose, and the earlier speaker.
  const ruleInside = rule.found !== null && c.kind === 'phrase' && c.start <= rule.found.start && rule.found.end <= c.end;
  if (rule.found && (sameSpan(rule.found, c) || ruleInside || (rule.found.mention !== null && rule.found.mention === c.mention && c.kind !== 'previous'))) {
    f.add('rule');
    f.add(`rule:${rule.path}`);
  } else if (rule.found && overlaps(rule.found, c)) f.add('ruleOverlaps');
  else if (rule.found && sameName(ctx, rule.found, c)) f.add('ruleName');
  if (previous && !overlaps(previous, c) && sameName(ctx, previous, c)) f.add('previousName');
  return [...f];
}

/** Adds the candidate's relations to speech verbs; returns the verb it is the subject of, and the verb it follows. */
function verbFeatures(doc: Narration, c: Building, cs: number, f: Set<string>, side: string): VerbRelation {
  const { ctx, isSpeech } = doc;
  const lex = lexicon();
  const tokens = doc.of(cs);
  const first = tokens.findIndex((t) => t.end > c.start);
  if (first < 0) return {};
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < c.end) last++;
  const out: VerbRelation = {};
  // Subject of a speech verb: right after it, or after auxiliaries and adverbs, or after an appositive.
  let k = last + 1;
  while (k < tokens.length && lex.subjectVerbGap.has(tokens[k].lower)) k++;
  if (k < tokens.length && isSpeech(tokens[k])) {
    out.relation = 'subject';
    f.add(`verb:${tokens[k].lower}`);
    out.subjectOf = tokens[k];
  } else {
    let v = last + 1;
    while (v < tokens.length && !isSpeech(tokens[v])) v++;
    const verb = tokens[v];
    // "He further stressed", "Trump last week told": a word or two of the verb phrase between.
    const between = verb ? tokens.slice(last + 1, v) : [];
    if (verb && between.length <= 2 && between.every((t) => t.kind === 'word' && !t.cap)) out.relation = 'subjectNear';
    else if (verb && isAppositive(ctx.text.slice(c.end, verb.start))) out.relation = 'subjectAcrossAppositive';
    else if (verb && verb.start - c.end < 80) f.add(`verbLater|${side}`);
    if (out.relation) out.subjectOf = verb;
  }
  if (out.relation) f.add(`${out.relation}|${side}`);
  // After the verb: "said Peskov", "said a White House official".
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  if (prev && isSpeech(prev)) out.follows = prev;
  else if (prev && lex.phraseDeterminers.has(prev.lower) && prev2 && isSpeech(prev2)) out.follows = prev2;
  if (out.follows) f.add(`afterVerb|${side}`);
  if (prev?.lower === 'that') f.add('afterThat');
  if (prev?.lower === 'to' && prev2?.lower === 'according') f.add('accordingTo');
  else if (prev && lex.notSubjectBefore.has(prev.lower)) f.add('afterPreposition');
  if (first === 0 || (first === 1 && lex.phraseDeterminers.has(tokens[0].lower))) f.add('opensSentence');
  if (prev?.text === ',' || tokens[last + 1]?.text === ',') f.add('besideComma');
  if (!tokens.some(isSpeech)) f.add('noVerbInSentence');
  return out;
}

interface VerbRelation {
  /** How the candidate is the subject of a speech verb: right before it, a word or two before, across an appositive. */
  relation?: 'subject' | 'subjectNear' | 'subjectAcrossAppositive';
  subjectOf?: Token;
  /** The speech verb the candidate follows ("said Peskov"). */
  follows?: Token;
}

/** How many of the tokens (sorted by offset) lie within [from, to). */
function countWithin(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = firstStartingFrom(tokens, from); i < tokens.length && tokens[i].start < to; i++) if (tokens[i].end <= to) n++;
  return n;
}

/** A name: what a phrase ending with it ("the Republican nominee Donald Trump", "the Kremlin") is, whatever its type. */
function isNamedSpeaker(ctx: SpeakerContext, mention: number): boolean {
  return ctx.mentions[mention].kind === 'name';
}

/**
 * A pull quote: a quotation that is a paragraph of its own, of five words or more, repeating the words of an
 * earlier quotation of the article; the index of that quotation, or -1. It is that quotation again, not a new one.
 */
export function pullQuoteOf(ctx: SpeakerContext, quotations: Quotation[], qi: number): number {
  const quotation = quotations[qi];
  if (quotation.words.length < 5) return -1;
  const paragraph = paragraphAt(ctx, quotation.start);
  if (!paragraph || /\S/.test(ctx.text.slice(paragraph.start, quotation.start)) || /[\p{L}\p{N}]/u.test(ctx.text.slice(quotation.end, paragraph.end))) return -1;
  return repeatsOf(quotations, qi).pop() ?? -1;
}

const repeatIndexes = new WeakMap<Quotation[], Map<string, number[]>>();

/**
 * The earlier quotations (indices, in order) whose words hold all of quotation `qi`'s words in a run. Asked of
 * every quotation, a scan of all earlier ones was quadratic; an index of word triples narrows it to the few that
 * share the run's first three words. A run shorter than three words is compared with every earlier quotation.
 */
function repeatsOf(quotations: Quotation[], qi: number): number[] {
  const run = quotations[qi].words;
  let index = repeatIndexes.get(quotations);
  if (!index) {
    index = new Map();
    quotations.forEach((q, j) => {
      for (let i = 0; i + 3 <= q.words.length; i++) {
        // The words joined as `join` would, without an array per triple.
        const key = `${q.words[i]}\u0000${q.words[i + 1]}\u0000${q.words[i + 2]}`;
        const list = index!.get(key) ?? [];
        if (list[list.length - 1] !== j) list.push(j);
        index!.set(key, list);
      }
    });
    repeatIndexes.set(quotations, index);
  }
  const candidates = run.length >= 3 ? (index.get(run.slice(0, 3).join('\u0000')) ?? []) : quotations.map((_, j) => j);
  return candidates.filter((j) => j < qi && containsRun(quotations[j].words, run));
}

/** Whether `run` occurs in `words` as consecutive words. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

const overlaps = (a: Found, b: Found) => a.start < b.end && b.start < a.end;
const sameSpan = (a: Found, b: Found) => a.start === b.start && a.end === b.end;

/** Whether two speakers name the same words ("Trump" and "Trump"), for a speaker carried over by name. */
function sameName(ctx: SpeakerContext, a: Found, b: Found): boolean {
  if (a.mention === null || b.mention === null) return false;
  if (a.mention === b.mention) return true;
  return lastWord(ctx.mentions[a.mention]) === lastWord(ctx.mentions[b.mention]);
}

const lastWords = new WeakMap<Mention, string>();

function lastWord(m: Mention): string {
  let word = lastWords.get(m);
  if (word === undefined) {
    word = m.text.split(/\s+/).pop()!.toLowerCase();
    lastWords.set(m, word);
  }
  return word;
}

/**
 * Who a pronoun of the narration is: "he"/"she" the previous speaker when it is a person, else the first person
 * among the names it may stand for (read/pronouns.ts: before it in its sentence, then the sentences before);
 * "they"/"we"/"it" the previous speaker when it is no person. Null when there is none.
 */
function resolvePronoun(doc: Narration, t: Token, sentence: number, previous: Found | null, quotationSentence: number): number | null {
  const { ctx } = doc;
  const personal = t.lower === 'he' || t.lower === 'she';
  if (previous && previous.mention !== null && previous.end <= t.start && quotationSentence - sentenceAt(ctx, previous.start) <= CARRY_SENTENCES) {
    const isPerson = ctx.mentions[previous.mention].type === 'person';
    if (isPerson === personal) return previous.mention;
  }
  if (!personal) return null;
  return doc.names.antecedents(sentence, t.start).find((i) => ctx.mentions[i].type === 'person') ?? null;
}
