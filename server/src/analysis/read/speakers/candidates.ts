// Who could have said a quotation, each with the features the attribution model weighs. Candidates are the
// names, descriptions and pronouns of the narration from the sentence before the quotation to the sentence after
// it, the noun phrases that are the subject or object of a speech verb there ("the Ohio businessman said", "said
// a White House official"), the previous quotation's speaker, and the rules' own choice. Features say where the
// candidate stands (side, sentence, distance, what lies between), how it relates to a speech verb (its subject,
// after it, after a preposition, a possessive), the quotation's shape (opens its sentence or paragraph, after a
// colon) and whether the rules chose it: the rules are one feature among others, not the decision.
import { lexicon } from '../../data/lexicon';
import type { Quotation } from '../../types';
import type { Token } from '../tokens';
import { isAppositive, isPossessive, narrationTokens, sentenceAt, speechVerbTest, type Found, type SpeakerContext } from './context';
import { phraseAfter, phraseBefore, subjectBefore, type RulePick } from './rules';

export interface SpeakerCandidate extends Found {
  features: string[];
}

interface Building extends Found {
  kind: string;
  features: Set<string>;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it']);
/** How far back an earlier speaker still carries over to a quotation with no attribution of its own. */
const CARRY_SENTENCES = 3;

/** The candidates of every quotation, in order. */
export function speakerCandidates(ctx: SpeakerContext, quotations: Quotation[], picks: RulePick[]): SpeakerCandidate[][] {
  const isSpeech = speechVerbTest(ctx);
  const narration = new Map<number, Token[]>();
  const tokensOf = (s: number): Token[] => {
    let tokens = narration.get(s);
    if (!tokens) {
      tokens = narrationTokens(ctx, s, quotations);
      narration.set(s, tokens);
    }
    return tokens;
  };
  const insideQuotation = (start: number, end: number) => quotations.some((q) => start >= q.start && end <= q.end);
  const pickSentence = quotations.map((q) => sentenceAt(ctx, q.start));
  return quotations.map((quotation, qi) => {
    const s = pickSentence[qi];
    if (s < 0) return [];
    const e = Math.max(s, sentenceAt(ctx, Math.max(quotation.start, quotation.end - 1)));
    const from = Math.max(0, s - 1);
    const to = Math.min(ctx.sentences.length - 1, e + 1);
    // The previous speaker the rules found, within reach.
    let previous: Found | null = null;
    let previousGap = '';
    for (let j = qi - 1; j >= 0 && pickSentence[j] >= s - CARRY_SENTENCES; j--) {
      if (picks[j].found) {
        previous = picks[j].found;
        // Sentences from the end of that quotation to this one: 0 when they share a sentence.
        previousGap = String(Math.max(0, s - sentenceAt(ctx, Math.max(quotations[j].start, quotations[j].end - 1))));
        break;
      }
    }
    const found = new Map<string, Building>();
    const add = (span: Found, kind: string, ...features: string[]): Building => {
      const k = `${span.start}:${span.end}`;
      let c = found.get(k);
      if (!c) {
        c = { ...span, kind, features: new Set() };
        found.set(k, c);
      }
      if (c.mention === null && span.mention !== null) c.mention = span.mention;
      for (const f of features) c.features.add(f);
      return c;
    };
    ctx.mentions.forEach((m, index) => {
      if (m.sentence < from || m.sentence > to || insideQuotation(m.start, m.end)) return;
      add({ start: m.start, end: m.end, mention: index }, m.kind === 'name' ? m.type : m.kind);
    });
    for (let si = from; si <= to; si++) {
      const tokens = tokensOf(si);
      tokens.forEach((t, i) => {
        if (t.kind === 'word' && PRONOUNS.has(t.lower)) {
          const antecedent = resolvePronoun(ctx, t, si, previous, s, insideQuotation);
          add({ start: t.start, end: t.end, mention: antecedent }, `pronoun:${t.lower}`, antecedent === null ? 'unresolved' : 'resolved');
        }
        if (!isSpeech(t)) return;
        const before = phraseBefore(ctx, tokens, i, ctx.sentences[si].start);
        if (before) add(before, before.mention === null ? 'phrase' : 'mention', 'phraseBefore');
        const after = phraseAfter(ctx, tokens, i);
        if (after) add(after, 'phrase', 'phraseAfter');
      });
    }
    if (previous) add(previous, 'previous', 'previous', `previousQuotation:${previousGap}`);
    // A quotation repeating an earlier one's words (a pull quote, a headline) may be that quotation again.
    const repeated = quotations.findIndex((earlier, j) => j < qi && picks[j].found !== null && quotation.words.length >= 3 && containsRun(earlier.words, quotation.words));
    if (repeated >= 0) add(picks[repeated].found!, 'repeated', 'repeatsEarlier');
    const rule = picks[qi];
    if (rule.found) add(rule.found, 'rule');
    // "Ohio" in "the Ohio businessman said": a name inside a phrase that is the subject or object of a speech
    // verb modifies the phrase's head, which speaks.
    // A phrase that ends with a person's or organisation's name ("the Republican nominee Donald Trump") is that name.
    const inside = (c: Building, p: Building) => p !== c && p.start <= c.start && c.end <= p.end;
    const headOf = (p: Building) =>
      [...found.values()].find((c) => inside(c, p) && c.mention !== null && c.end >= p.end - 1 && ['person', 'organization'].includes(ctx.mentions[c.mention].type) && ctx.mentions[c.mention].kind === 'name');
    const phrases: Building[] = [];
    for (const p of [...found.values()].filter((c) => c.kind === 'phrase')) {
      const head = headOf(p);
      if (!head) phrases.push(p);
      else {
        for (const f of p.features) head.features.add(f);
        found.delete(`${p.start}:${p.end}`);
      }
    }
    const candidates = [...found.values()].filter((c) => !phrases.some((p) => inside(c, p))).sort((a, b) => a.start - b.start);
    const verbBefore = tokensOf(s).filter((t) => t.end <= quotation.start && isSpeech(t)).pop();
    const verbAfter = tokensOf(e).find((t) => t.start >= quotation.end && isSpeech(t)) ?? (ctx.sentences[e].end - quotation.end <= 1 && e + 1 <= to ? tokensOf(e + 1).slice(0, 6).find(isSpeech) : undefined);
    return candidates.map((c) => ({ start: c.start, end: c.end, mention: c.mention, features: describe(c, candidates) }));

    function describe(c: Building, all: Building[]): string[] {
      const f = c.features;
      const side = c.end <= quotation.start ? 'B' : c.start >= quotation.end ? 'A' : 'X';
      const cs = sentenceAt(ctx, c.start);
      const rel = Math.max(-3, Math.min(2, side === 'A' ? cs - e : cs - s));
      const kind = c.kind;
      f.add(`k:${kind}`);
      f.add(`k:${kind}|${side}${rel}`);
      const near = cs >= from && cs <= to;
      // Narration words between the candidate and the quotation, and candidates between.
      let distance = -1;
      if (near) {
        distance = 0;
        for (let si = Math.min(cs, s); si <= Math.max(cs, e); si++)
          for (const t of tokensOf(si)) if (side === 'B' ? t.start >= c.end && t.end <= quotation.start : t.start >= quotation.end && t.end <= c.start) distance++;
      }
      const bucket = distance < 0 ? 'far' : distance <= 2 ? String(distance) : distance <= 4 ? '3-4' : distance <= 8 ? '5-8' : distance <= 16 ? '9-16' : '17+';
      f.add(`d:${side}${bucket}`);
      f.add(`k:${kind}|d:${side}${bucket}`);
      const between = all.filter((o) => o !== c && (side === 'B' ? o.start >= c.end && o.end <= quotation.start : o.start >= quotation.end && o.end <= c.start) && !o.kind.startsWith('pronoun:it')).length;
      f.add(`n:${side}${Math.min(between, 3)}`);
      const verbs = near ? verbFeatures(c, cs, f, side) : {};
      // The speech verbs nearest the quotation on either side, in its sentence: their subject most often speaks.
      if (verbs.subjectOf && (verbs.subjectOf === verbBefore || verbs.subjectOf === verbAfter)) f.add(`subjectOfQuotationVerb|${verbs.subjectOf === verbBefore ? 'B' : 'A'}|${side}`);
      if (verbs.follows && (verbs.follows === verbBefore || verbs.follows === verbAfter)) f.add(`followsQuotationVerb|${verbs.follows === verbBefore ? 'B' : 'A'}|${side}`);
      for (const g of [...f].filter((x) => /^(?:subject|subjectNear|subjectAcrossAppositive|afterVerb)\|/.test(x))) f.add(`${g}|k:${kind}`);
      if (ctx.sentences[cs] && ctx.sentences[cs].paragraph !== ctx.sentences[side === 'A' ? e : s].paragraph) f.add(`otherParagraph|${side}|k:${kind}`);
      if (side === 'A' && cs === e + 1 && f.has('opensSentence') && f.has('subject|A')) f.add('opensNextSentenceAsSubject');
      if (isPossessive(ctx, c)) f.add('possessive');
      // The quotation's shape.
      const sentenceStart = ctx.sentences[s].start;
      const opens = quotation.start - sentenceStart <= 1;
      const paragraph = ctx.paragraphs.find((p) => quotation.start >= p.start && quotation.start < p.end);
      const opensParagraph = paragraph !== undefined && quotation.start - paragraph.start <= 1;
      const colon = /:\s*$/.test(ctx.text.slice(Math.max(0, quotation.start - 3), quotation.start));
      const cueInSentence = tokensOf(s).some(isSpeech) || (e !== s && tokensOf(e).some(isSpeech));
      const ends = ctx.sentences[e].end - quotation.end <= 1;
      const shape = `${opens ? 'open' : 'mid'}${opensParagraph ? 'P' : ''}${colon ? ':' : ''}${ends ? '-end' : ''}${cueInSentence ? '' : '-nocue'}`;
      f.add(`q:${shape}|${side}${rel}`);
      f.add(`q:${shape}|k:${kind}`);
      for (const g of [...f].filter((x) => x.startsWith('previousQuotation:') && !x.includes('|'))) f.add(`${g}|q:${shape}`);
      if (side === 'A' && /^[\s,]*$/.test(ctx.text.slice(quotation.end, c.start))) f.add('rightAfter');
      if (side === 'A' && /^[\s,—–-]*$/.test(ctx.text.slice(quotation.end, c.start)) && /,[”"]$/.test(ctx.text.slice(quotation.end - 2, quotation.end))) f.add('commaQuoteThen');
      // What the rules chose, and the earlier speaker.
      const ruleInside = rule.found !== null && c.kind === 'phrase' && c.start <= rule.found.start && rule.found.end <= c.end;
      if (rule.found && (sameSpan(rule.found, c) || ruleInside || (rule.found.mention !== null && rule.found.mention === c.mention && c.kind !== 'previous'))) {
        f.add('rule');
        f.add(`rule:${rule.path}`);
      } else if (rule.found && overlaps(rule.found, c)) f.add('ruleOverlaps'); else if (rule.found && sameName(ctx, rule.found, c)) f.add('ruleName');
      if (previous && !overlaps(previous, c) && sameName(ctx, previous, c)) f.add('previousName');
      return [...f].sort();
    }

    /** Adds the candidate's relations to speech verbs; returns the verb it is the subject of, and the verb it follows. */
    function verbFeatures(c: Building, cs: number, f: Set<string>, side: string): { subjectOf?: Token; follows?: Token } {
      const lex = lexicon();
      const tokens = tokensOf(cs);
      const first = tokens.findIndex((t) => t.end > c.start);
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1].start < c.end) last++;
      if (first < 0) return {};
      const out: { subjectOf?: Token; follows?: Token } = {};
      // Subject of a speech verb: right after it, or after auxiliaries and adverbs, or after an appositive.
      let k = last + 1;
      while (k < tokens.length && lex.subjectVerbGap.has(tokens[k].lower)) k++;
      if (k < tokens.length && isSpeech(tokens[k])) {
        f.add(`subject|${side}`);
        f.add(`verb:${tokens[k].lower}`);
        out.subjectOf = tokens[k];
      } else {
        const v = tokens.findIndex((t, i) => i > last && isSpeech(t));
        const verb = tokens[v];
        // "He further stressed", "Trump last week told": a word or two of the verb phrase between.
        const between = verb ? tokens.slice(last + 1, v) : [];
        if (verb && between.length <= 2 && between.every((t) => t.kind === 'word' && !t.cap)) {
          f.add(`subjectNear|${side}`);
          out.subjectOf = verb;
        } else if (verb && isAppositive(ctx.text.slice(c.end, verb.start))) {
          f.add(`subjectAcrossAppositive|${side}`);
          out.subjectOf = verb;
        } else if (verb && verb.start - c.end < 80) f.add(`verbLater|${side}`);
      }
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
      const cue = tokens.findIndex(isSpeech);
      if (cue < 0) f.add('noVerbInSentence');
      return out;
    }
  });
}

/**
 * A pull quote: a quotation that is a paragraph of its own, of five words or more, repeating the words of an
 * earlier quotation of the article; the index of that quotation, or -1. It is that quotation again, not a new one.
 */
export function pullQuoteOf(ctx: SpeakerContext, quotations: Quotation[], qi: number): number {
  const quotation = quotations[qi];
  if (quotation.words.length < 5) return -1;
  const paragraph = ctx.paragraphs.find((p) => quotation.start >= p.start && quotation.start < p.end);
  if (!paragraph || /\S/.test(ctx.text.slice(paragraph.start, quotation.start)) || /[\p{L}\p{N}]/u.test(ctx.text.slice(quotation.end, paragraph.end))) return -1;
  for (let j = qi - 1; j >= 0; j--) if (containsRun(quotations[j].words, quotation.words)) return j;
  return -1;
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
  const last = (i: number) => ctx.mentions[i].text.split(/\s+/).pop()!.toLowerCase();
  return last(a.mention) === last(b.mention);
}

/**
 * Who a pronoun of the narration is: "he"/"she" the previous speaker when it is a person, else the first
 * person named before it in its sentence, else the first person named as a subject in the sentences before;
 * "they"/"we"/"it" the previous speaker when it is no person. Null when there is none.
 */
function resolvePronoun(
  ctx: SpeakerContext,
  t: Token,
  sentence: number,
  previous: Found | null,
  quotationSentence: number,
  insideQuotation: (start: number, end: number) => boolean,
): number | null {
  const personal = t.lower === 'he' || t.lower === 'she';
  if (previous && previous.mention !== null && previous.end <= t.start && quotationSentence - sentenceAt(ctx, previous.start) <= CARRY_SENTENCES) {
    const isPerson = ctx.mentions[previous.mention].type === 'person';
    if (isPerson === personal) return previous.mention;
  }
  if (!personal) return null;
  const own = ctx.mentions.findIndex((m) => m.sentence === sentence && m.type === 'person' && m.end <= t.start && !isPossessive(ctx, m) && !insideQuotation(m.start, m.end));
  return own >= 0 ? own : subjectBefore(ctx, sentence);
}
