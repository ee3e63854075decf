// What the speaker readers share: the document as read so far, a speaker found (a mention, or a phrase with
// no entity), and the small tests of the words around a name that both the rules and the model's features use.
import { lexicon } from '../../data/lexicon';
import type { Mention, Paragraph, Quotation, Span } from '../../types';
import type { Token } from '../tokens';
import type { ReadSoFar } from '../context';
import { insideQuotation, mentionsAround } from '../within';
import { indexHolding } from '../../text/bisect';

export type SpeakerContext = ReadSoFar;

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

const narrations = new WeakMap<Token[][], { quotations: Quotation[]; bySentence: Map<number, Token[]> }>();

/**
 * The sentence's tokens outside every quotation: words inside a quotation are the quoted speaker's, not the
 * narration's. Computed once per sentence, each token looked up among the quotations by bisection.
 */
export function narrationTokens(ctx: SpeakerContext, sentence: number, quotations: Quotation[]): Token[] {
  let cache = narrations.get(ctx.sentenceTokens);
  if (!cache || cache.quotations !== quotations) narrations.set(ctx.sentenceTokens, (cache = { quotations, bySentence: new Map() }));
  let narration = cache.bySentence.get(sentence);
  if (!narration) {
    const tokens = ctx.sentenceTokens[sentence] ?? [];
    narration = quotations.length === 0 ? tokens : tokens.filter((t) => !insideQuotation(quotations, t.start, t.end));
    cache.bySentence.set(sentence, narration);
  }
  return narration;
}

/**
 * Whether a token is a speech verb ("said", "told", "blasted") of the narration: a capitalised word inside a
 * name is none ("United States", "Reports Say" in a name), whatever its spelling.
 */
export function speechVerbTest(ctx: SpeakerContext, quotationVerbs = true): (t: Token) => boolean {
  const lex = lexicon();
  return (t) => {
    if (!(lex.speechVerbs.has(t.lower) || (quotationVerbs && lex.quotationVerbs.has(t.lower)))) return false;
    return !(t.cap && mentionsAround(ctx.mentions, t.start, t.end).some((m) => m.kind === 'name' && m.end - m.start > t.end - t.start));
  };
}

/** The paragraph holding an offset, by bisection (paragraphs are in document order). */
export function paragraphAt(ctx: SpeakerContext, offset: number): Paragraph | undefined {
  const at = indexHolding(ctx.paragraphs, offset);
  return at < 0 ? undefined : ctx.paragraphs[at];
}

/** The index of the sentence holding an offset; -1 when none does. */
export function sentenceAt(ctx: SpeakerContext, offset: number): number {
  return indexHolding(ctx.sentences, offset);
}
