// Quotations: straight and curly double quotes, across paragraphs when the next paragraph reopens.
import { lexicon } from '../data/lexicon';
import { quotationWords } from '../text/normalize';
import type { Paragraph, Quotation } from '../types';
import { isFurnitureKind } from './paragraphs';

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

/** A transcript turn: a paragraph opening (maybe after a quotation mark) with a name in capitals and a colon. */
export const TURN = /^["“]?(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}):\s/u;

interface Mark {
  start: number;
  textStart: number;
}

/** Quotation spans (without speakers or sentences yet). */
export function findQuotations(text: string, paragraphs: Paragraph[]): Quotation[] {
  const found: Quotation[] = [];
  let carried: Mark | null = null;
  paragraphs.forEach((paragraph, index) => {
    if (isFurnitureKind(paragraph.kind)) {
      carried = null;
      return;
    }
    let open: Mark | null = null;
    if (carried) {
      // A quotation left open at the end of the previous paragraph continues only if this one reopens.
      const first = text[paragraph.start];
      // A transcript's next turn ("PENCE: …") is a new quotation even when the previous one never closed.
      if ((OPEN.has(first) || first === '"') && !TURN.test(text.slice(paragraph.start, paragraph.start + 40))) open = carried;
      else pushQuotation(found, text, carried.start, carried.textStart, paragraphs[index - 1].end, paragraphs[index - 1].end);
      carried = null;
      if (open) {
        scan(paragraph.start + 1);
        return;
      }
    }
    scan(paragraph.start);

    function scan(from: number) {
      for (let i = from; i < paragraph.end; i++) {
        // Every mark but the straight quote is outside ASCII: other ASCII characters are passed by code, unread.
        const code = text.charCodeAt(i);
        if (code < 128 && code !== 34) continue;
        const c = text[i];
        if (OPEN.has(c)) {
          if (!open) open = { start: i, textStart: i + 1 };
        } else if (CLOSE.has(c)) {
          if (open) {
            pushQuotation(found, text, open.start, open.textStart, i, i + 1);
            open = null;
          } else if ((i === paragraph.start || /\s/.test(text[i - 1])) && i + 1 < paragraph.end && !/\s/.test(text[i + 1])) {
            // A closing mark where a quotation starts (”Fear. I am afraid…”) is a mis-typed opening one.
            open = { start: i, textStart: i + 1 };
          }
        } else if (c === '"') {
          // A doubled opening mark (`""We have …`) opens once: nothing is quoted between the two.
          if (open && i === open.textStart && i + 1 < paragraph.end && !/\s/.test(text[i + 1])) open.textStart = i + 1;
          else if (open) {
            pushQuotation(found, text, open.start, open.textStart, i, i + 1);
            open = null;
          } else if (i + 1 < paragraph.end && !/\s/.test(text[i + 1]) && !strayClosing(text, i)) {
            open = { start: i, textStart: i + 1 };
          }
        }
      }
      if (open) {
        if (index + 1 < paragraphs.length && !isFurnitureKind(paragraphs[index + 1].kind)) carried = open;
        else pushQuotation(found, text, open.start, open.textStart, paragraph.end, paragraph.end);
      }
    }
  });
  if (carried) {
    const last = paragraphs[paragraphs.length - 1];
    pushQuotation(found, text, (carried as Mark).start, (carried as Mark).textStart, last.end, last.end);
  }
  return found;
}

/**
 * `regulations, "he told reporters`: a closing mark set off by a space from the words it closes (detokenised copy),
 * whose opening mark is lost. It opens nothing: punctuation stands before it and a speech verb follows.
 */
function strayClosing(text: string, at: number): boolean {
  if (!/[,.!?] $/.test(text.slice(Math.max(0, at - 2), at))) return false;
  const words = text.slice(at + 1, at + 60).match(/^[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,2}/u)?.[0].split(/\s+/) ?? [];
  const verbs = lexicon().speechVerbs;
  return words.slice(1).some((w) => verbs.has(w));
}

function pushQuotation(found: Quotation[], text: string, start: number, textStart: number, textEnd: number, end: number) {
  // Line breaks (with the spaces around them, and a quote mark reopening the quotation) become one space; a
  // match starts only where a run of spaces does, so that a long run without a line break is scanned once.
  const inner = text.slice(textStart, textEnd).replace(/(?<![^\S\r\n])[^\S\r\n]*[\r\n]+\s*["“«„]?/g, ' ').trim();
  const words = quotationWords(inner);
  if (words.length === 0) return;
  found.push({ start, end, text: inner, textStart, textEnd, words, speaker: null, sentence: -1 });
}
