// What the speaker readers share: the document as read so far, a speaker found (a mention, or a phrase with
// no entity), and the small tests of the words around a name that both the rules and the model's features use.
import { lexicon } from '../../data/lexicon';
import type { Mention, Paragraph, Quotation, Sentence, Span } from '../../types';
import type { Token } from '../tokens';

export interface SpeakerContext {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  sentenceTokens: Token[][];
  mentions: Mention[];
}

/**
 * A speaker found: where the attribution names it (a name, a description, a pronoun) and the mention naming its
 * entity (for a pronoun, its antecedent's), or null for a phrase that names no entity ("the Ohio businessman").
 */
export interface Found extends Span {
  mention: number | null;
}

export type IndexedMention = { m: Mention; index: number };

export const fromMention = (m: Mention, index: number): Found => ({ start: m.start, end: m.end, mention: index });

export function isPossessive(ctx: SpeakerContext, m: Span): boolean {
  return /^['’]s?\b/.test(ctx.text.slice(m.end, m.end + 2));
}

/**
 * What lies between a name and its verb when it is an appositive: `, the foreign minister of France, ` or
 * ` (R-Utah), ` or `, R-Ky., `; not `, Clinton and Sanders ` (a list) nor a bare `, `.
 */
export function isAppositive(between: string): boolean {
  return /^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:\p{Ll}|[RDI]-|\p{Lu}\p{Ll}*['’]s\s)[^"“”.;:!?]*,\s*$/u.test(between);
}

/** The sentence's tokens outside every quotation: words inside a quotation are the quoted speaker's, not the narration's. */
export function narrationTokens(ctx: SpeakerContext, sentence: number, quotations: Quotation[]): Token[] {
  const tokens = ctx.sentenceTokens[sentence] ?? [];
  const from = ctx.sentences[sentence]?.start ?? 0;
  const to = ctx.sentences[sentence]?.end ?? 0;
  const inside = quotations.filter((q) => q.start < to && q.end > from);
  return inside.length === 0 ? tokens : tokens.filter((t) => !inside.some((q) => t.start >= q.start && t.end <= q.end));
}

/**
 * Whether a token is a speech verb ("said", "told", "blasted") of the narration: a capitalised word inside a
 * name is none ("United States", "Reports Say" in a name), whatever its spelling.
 */
export function speechVerbTest(ctx: SpeakerContext, quotationVerbs = true): (t: Token) => boolean {
  const lex = lexicon();
  return (t) => {
    if (!(lex.speechVerbs.has(t.lower) || (quotationVerbs && lex.quotationVerbs.has(t.lower)))) return false;
    return !(t.cap && ctx.mentions.some((m) => m.kind === 'name' && m.start <= t.start && t.end <= m.end && m.end - m.start > t.end - t.start));
  };
}

/** The index of the sentence holding an offset; -1 when none does. */
export function sentenceAt(ctx: SpeakerContext, offset: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
