// Sentences inside paragraphs. Headlines have no final stop, so paragraphs come first; a stop
// inside a quotation does not end the sentence that carries the quotation's attribution.
import { lexicon, type Lexicon } from '../data/lexicon';
import type { Paragraph, Quotation, Sentence } from '../types';
import { isFurnitureKind } from './paragraphs';
import { firstStartingFrom } from '../text/bisect';

/**
 * No sentence is longer than this: a longer run of text without a sentence stop (a scraped page on one line,
 * a list, noise) is cut at a space. Every reader looks at a sentence as a whole, some of them at each pair of
 * its words, so this bounds the time per character of any input; real sentences are far shorter.
 */
export const MAX_SENTENCE_CHARS = 2_000;

export function readSentences(text: string, paragraphs: Paragraph[], quotations: Quotation[]): Sentence[] {
  const lex = lexicon();
  const sentences: Sentence[] = [];
  const byStart = [...quotations].sort((a, b) => a.start - b.start);
  const insideQuotation = (offset: number) => containing(byStart, offset) !== undefined;
  const push = (sentence: Sentence) => {
    for (const piece of cutLong(text, sentence)) sentences.push(piece);
  };
  paragraphs.forEach((paragraph, index) => {
    const furniture = isFurnitureKind(paragraph.kind);
    let start = paragraph.start;
    // From the first mark of a run only: started inside "!!!!…" it would rescan the run at every mark.
    const boundary = /(?<![.!?…])[.!?…]+["”’')\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])/gu;
    boundary.lastIndex = paragraph.start;
    const slice = text.slice(0, paragraph.end);
    let match: RegExpExecArray | null;
    while ((match = boundary.exec(slice)) !== null) {
      const stop = match.index;
      const end = stop + match[0].length;
      if (insideQuotation(stop) && !endsQuotedSentence(text, end, byStart, lex)) continue;
      if (text[stop] === '.' && isAbbreviation(text, stop, end, lex)) continue;
      push({ start, end, paragraph: index, furniture });
      start = end;
      while (start < paragraph.end && /\s/.test(text[start])) start++;
    }
    if (start < paragraph.end) push({ start, end: paragraph.end, paragraph: index, furniture });
  });
  return sentences;
}

/**
 * The quotations that open last before the offset (sorted by start; quotations nest or overlap only a few
 * deep), found by binary search: asking every quotation at every sentence stop was quadratic.
 */
function openingBefore(byStart: Quotation[], offset: number): Quotation[] {
  const lo = firstStartingFrom(byStart, offset);
  return byStart.slice(Math.max(0, lo - 8), lo);
}

/** The quotation whose inside (between its marks) holds the offset. */
function containing(byStart: Quotation[], offset: number): Quotation | undefined {
  return openingBefore(byStart, offset).find((q) => offset > q.start && offset < q.end - 1);
}

/** A sentence over MAX_SENTENCE_CHARS as pieces cut at the last space before the limit (or at it, between characters). */
function cutLong(text: string, sentence: Sentence): Sentence[] {
  if (sentence.end - sentence.start <= MAX_SENTENCE_CHARS) return [sentence];
  const pieces: Sentence[] = [];
  let start = sentence.start;
  while (sentence.end - start > MAX_SENTENCE_CHARS) {
    const limit = start + MAX_SENTENCE_CHARS;
    let cut = limit;
    while (cut > start + MAX_SENTENCE_CHARS / 2 && !/\s/.test(text[cut - 1])) cut--;
    if (cut <= start + MAX_SENTENCE_CHARS / 2) cut = limit;
    // Never between the two halves of a surrogate pair.
    if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '') && /[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut--;
    let end = cut;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) pieces.push({ ...sentence, start, end });
    start = cut;
    while (start < sentence.end && /\s/.test(text[start])) start++;
  }
  if (start < sentence.end) pieces.push({ ...sentence, start });
  return pieces;
}

function isAbbreviation(text: string, stop: number, end: number, lex: Lexicon): boolean {
  const before = /(?<![\p{L}.])([\p{L}.]+)$/u.exec(text.slice(Math.max(0, stop - 12), stop))?.[1] ?? '';
  const word = before.replace(/^\./, '').toLowerCase();
  if (!word) return false;
  const next = /^\s+["“‘(]?([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase() ?? '';
  // "at 8 p.m. Thursday", "at 2 a.m. Sept. 3": a clock time's "a.m." or "p.m." runs on to the day or month it is on.
  if ((word === 'a.m' || word === 'p.m') && (lex.dateWords.has(next) || lex.dateWords.has(`${next}.`))) return true;
  // "U.S. The …" ends a sentence; "U.S. President …" does not.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || lex.abbreviations.has(word)) return !lex.commonCapitalized.has(next) || lex.neverSentenceFinal.has(word);
  // An initial: "John F. Kennedy".
  if (/^\p{Lu}$/u.test(before)) return true;
  return false;
}

/**
 * A stop that closes a quotation ends the sentence too (`… moved away." He said that if …`), unless a short
 * attribution follows (`… next week." Peskov said.`), which belongs to the quotation's sentence.
 */
function endsQuotedSentence(text: string, end: number, byStart: Quotation[], lex: Lexicon): boolean {
  if (!openingBefore(byStart, end).some((q) => q.end === end)) return false;
  // The attribution is the whole next "sentence": it ends at a stop, not at another quotation.
  const tail = /^[^.!?"“”]*[.!?]/.exec(text.slice(end, end + 120))?.[0];
  if (tail === undefined) return true;
  const words = tail.match(/[\p{L}'’-]+/gu) ?? [];
  return !(words.length <= 6 && words.some((w) => lex.speechVerbs.has(w.toLowerCase())));
}
