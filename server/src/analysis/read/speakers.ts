// Who said each quotation: a name (or he/she) with a speech verb after the quotation, else the
// subject of the first speech verb before it, else the nearest person; a paragraph that is only a
// quotation continues the previous speaker.
import { lexicon } from '../data/lexicon';
import type { Mention, Paragraph, Quotation, Sentence } from '../types';
import type { Token } from './tokens';

interface SpeakerContext {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  sentenceTokens: Token[][];
  mentions: Mention[];
}

export function assignSpeakers(ctx: SpeakerContext, quotations: Quotation[]): void {
  const lex = lexicon();
  let lastSpeaker: number | null = null;
  let lastSpeakerSentence = -10;
  for (const quotation of quotations) {
    const sentenceIndex = ctx.sentences.findIndex((s) => quotation.start >= s.start && quotation.start < s.end);
    quotation.sentence = sentenceIndex;
    if (sentenceIndex < 0) continue;
    const sentence = ctx.sentences[sentenceIndex];
    const tokens = ctx.sentenceTokens[sentenceIndex];
    const persons = ctx.mentions
      .map((m, index) => ({ m, index }))
      .filter(({ m }) => m.sentence === sentenceIndex && m.type === 'person' && !(m.start >= quotation.start && m.end <= quotation.end));
    // A place directly followed by a speech verb speaks for its government ("Japan said") or is a
    // person the tagger took for a place ("Jordan said").
    const speaksNext = (m: Mention): boolean => {
      const next = tokens.find((t) => t.start >= m.end);
      return next !== undefined && lex.speechVerbs.has(next.lower) && m.kind === 'name';
    };
    // Outlets and institutions speak too ("The New York Times reported", "the Kremlin said"), but only
    // as the subject of a speech verb: a nearby organisation is no speaker by itself.
    const speakers = ctx.mentions
      .map((m, index) => ({ m, index }))
      .filter(({ m }) => m.sentence === sentenceIndex && (m.type === 'person' || m.type === 'organization' || speaksNext(m)) && !(m.start >= quotation.start && m.end <= quotation.end));
    const resolvePronoun = (): number | null => {
      if (lastSpeaker !== null && sentenceIndex - lastSpeakerSentence <= 3) return lastSpeaker;
      return subjectBefore(ctx, sentenceIndex);
    };
    let speaker: number | null = null;

    // A pull quote signed after a dash: `“…” ― Sonya Herridge`.
    const signature = /^\s*[―—–-]\s*/.exec(ctx.text.slice(quotation.end, quotation.end + 6));
    if (signature) {
      const at = quotation.end + signature[0].length;
      const signed = ctx.mentions.findIndex((m) => m.start === at && m.kind === 'name' && m.type !== 'place');
      if (signed >= 0) speaker = signed;
    }

    // After: `," Trump told reporters` / `," he added` / `," said Peskov`.
    const afterTokens = tokens.filter((t) => t.start >= quotation.end).slice(0, 8);
    const verbAfter = afterTokens.findIndex((t) => lex.speechVerbs.has(t.lower));
    if (speaker === null && verbAfter >= 0) {
      const verb = afterTokens[verbAfter];
      const before = speakers.filter(({ m }) => m.start >= quotation.end && m.end <= verb.start);
      const after = speakers.filter(({ m }) => m.start >= verb.end && m.start - verb.end < 40);
      if (before.length > 0) speaker = before[before.length - 1].index;
      else if (afterTokens.slice(0, verbAfter).some((t) => t.lower === 'he' || t.lower === 'she')) speaker = resolvePronoun();
      else if (after.length > 0) speaker = after[0].index;
    }
    // Before: the subject of the first speech verb of the sentence before the quotation that has one
    // (a verb form used as a noun, "Following initial reports, Trump said that …", has none).
    if (speaker === null) {
      const beforeTokens = tokens.filter((t) => t.end <= quotation.start);
      for (const verb of beforeTokens.filter((t) => lex.speechVerbs.has(t.lower))) {
        speaker = subjectOf(ctx, speakers, beforeTokens, verb, sentence.start, resolvePronoun);
        if (speaker !== null) break;
      }
    }
    // Else, with no speech verb ("Reid called Trump a “con artist”", "X described Y as “…”"), the
    // sentence's subject: the first person named before the quotation, not the nearest one, which is
    // usually the object being characterised.
    if (speaker === null) {
      const before = persons.filter(({ m }) => m.end <= quotation.start && !isPossessive(ctx, m));
      if (before.length > 0) speaker = before[0].index;
    }
    if (speaker === null && lastSpeaker !== null && sentenceIndex - lastSpeakerSentence <= 3) {
      // A quotation that opens its sentence with no attribution continues the last speaker.
      if (quotation.start - sentence.start <= 1) speaker = lastSpeaker;
    }
    if (speaker !== null) {
      const m = ctx.mentions[speaker];
      quotation.speaker = { start: m.start, end: m.end, mention: speaker };
      lastSpeaker = speaker;
      lastSpeakerSentence = sentenceIndex;
    }
  }
}

function isPossessive(ctx: SpeakerContext, m: Mention): boolean {
  return /^['’]s?\b/.test(ctx.text.slice(m.end, m.end + 2));
}

function subjectOf(
  ctx: SpeakerContext,
  persons: Array<{ m: Mention; index: number }>,
  beforeTokens: Token[],
  verb: Token,
  sentenceStart: number,
  resolvePronoun: () => number | null,
): number | null {
  const candidates = persons.filter(({ m }) => m.end <= verb.start && m.start >= sentenceStart && !isPossessive(ctx, m));
  const pronoun = [...beforeTokens].reverse().find((t) => t.end <= verb.start && (t.lower === 'he' || t.lower === 'she'));
  const nearest = candidates[candidates.length - 1];
  if (pronoun && (!nearest || pronoun.start > nearest.m.end)) return resolvePronoun();
  return nearest ? nearest.index : null;
}

/** The first person named as a subject in the previous sentences: who "he" most likely is. */
function subjectBefore(ctx: SpeakerContext, sentenceIndex: number): number | null {
  for (let s = sentenceIndex - 1; s >= Math.max(0, sentenceIndex - 3); s--) {
    const found = ctx.mentions.findIndex((m) => m.sentence === s && m.type === 'person' && !isPossessive(ctx, m));
    if (found >= 0) return found;
  }
  const own = ctx.mentions.findIndex((m) => m.sentence === sentenceIndex && m.type === 'person');
  return own >= 0 ? own : null;
}
