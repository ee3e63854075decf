// Sentences inside paragraphs. Headlines have no final stop, so paragraphs come first; a stop
// inside a quotation does not end the sentence that carries the quotation's attribution.
import { lexicon, type Lexicon } from '../data/lexicon';
import type { Paragraph, Quotation, Sentence } from '../types';
import { isFurnitureKind } from './paragraphs';

export function readSentences(text: string, paragraphs: Paragraph[], quotations: Quotation[]): Sentence[] {
  const lex = lexicon();
  const sentences: Sentence[] = [];
  const insideQuotation = (offset: number) => quotations.some((q) => offset > q.start && offset < q.end - 1);
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
      if (insideQuotation(stop) && !endsQuotedSentence(text, end, quotations, lex)) continue;
      if (text[stop] === '.' && isAbbreviation(text, stop, end, lex)) continue;
      sentences.push({ start, end, paragraph: index, furniture });
      start = end;
      while (start < paragraph.end && /\s/.test(text[start])) start++;
    }
    if (start < paragraph.end) sentences.push({ start, end: paragraph.end, paragraph: index, furniture });
  });
  return sentences;
}

function isAbbreviation(text: string, stop: number, end: number, lex: Lexicon): boolean {
  const before = /(?<![\p{L}.])([\p{L}.]+)$/u.exec(text.slice(Math.max(0, stop - 12), stop))?.[1] ?? '';
  const word = before.replace(/^\./, '').toLowerCase();
  if (!word) return false;
  const next = /^\s+["“‘(]?([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase() ?? '';
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
function endsQuotedSentence(text: string, end: number, quotations: Quotation[], lex: Lexicon): boolean {
  if (!quotations.some((q) => q.end === end)) return false;
  // The attribution is the whole next "sentence": it ends at a stop, not at another quotation.
  const tail = /^[^.!?"“”]*[.!?]/.exec(text.slice(end, end + 120))?.[0];
  if (tail === undefined) return true;
  const words = tail.match(/[\p{L}'’-]+/gu) ?? [];
  return !(words.length <= 6 && words.some((w) => lex.speechVerbs.has(w.toLowerCase())));
}
