// The taggers' unit: words as CoNLL-2003 writes them, built from the project's tokens. A date or a score
// ("1996-08-30", "3-2") is one word, a possessive ending is a word of its own ("Trump" "'s"), a spaced
// "' s" is the word "'s", and a spaced hyphen between two parts of a double name joins them ("Strauss-Kahn").
// Both taggers (read/pos.ts, read/ner.ts) and their training scripts read words through this one function.
import { lexicon, type Lexicon } from '../data/lexicon';
import { knownType } from './knownNames';
import type { Token } from './tokens';

export interface Words {
  /** The words as written. */
  words: string[];
  /** For each word, its first and last token; -1 for a possessive ending, which has no token of its own. */
  first: number[];
  last: number[];
  /** For each token, the word it belongs to. */
  wordOf: number[];
}

export function wordsOf(tokens: Token[], lex: Lexicon = lexicon()): Words {
  const words: string[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const wordOf: number[] = new Array(tokens.length);
  // A plain loop, with single characters tested by code: this runs for every token of every sentence (twice where a
  // statement reads parts of speech), and its callback with the closures it held was most of what it allocated.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const w = words.length - 1;
    let suffix: string | null = null;
    if (w >= 0 && last[w] === k - 1) {
      const prev = tokens[k - 1];
      const joinsNumber = !prev.possessive && prev.end === t.start && isDigit(words[w].charCodeAt(0));
      if (joinsNumber && numberPart(tokens, k)) suffix = t.text;
      else if (spacedHyphen(tokens, k, lex)) suffix = '';
      else if (k >= 1 && spacedHyphen(tokens, k - 1, lex)) suffix = `-${t.text}`;
      else if ((t.text === 's' || t.text === 'S') && (prev.text === "'" || prev.text === '’') && prev.end === t.start && words[w] === prev.text) suffix = t.text;
    }
    if (suffix !== null) {
      words[w] += suffix;
      last[w] = k;
      wordOf[k] = w;
    } else {
      words.push(t.text);
      first.push(k);
      last.push(k);
      wordOf[k] = words.length - 1;
    }
    if (t.possessive) {
      words.push("'s");
      first.push(-1);
      last.push(-1);
    }
  }
  return { words, first, last, wordOf };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A number, or one of "-/:.," written against the number after it ("1996-08-30", "3-2", "10:30"). */
function numberPart(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind === 'number') return true;
  if (t.text.length !== 1 || !'-/:.,'.includes(t.text)) return false;
  const next = tokens[k + 1];
  return next !== undefined && next.kind === 'number' && next.start === t.end;
}

/**
 * "Strauss - Kahn", "Saint - Jean - Cap - Ferrat": a hyphen spaced on both sides between two capitalised words joins a double name,
 * as scraped copy writes "Strauss-Kahn". Not between two names the word lists know ("Iran - Iraq war").
 */
export function spacedHyphen(tokens: Token[], i: number, lex: Lexicon): boolean {
  const hyphen = tokens[i];
  if (!hyphen || hyphen.kind !== 'punct') return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || !/^[-\u2010\u2011]$/.test(hyphen.text)) return false;
  if (hyphen.start === before.end || after.start === hyphen.end || !before.cap || !after.cap || after.upper || after.text.length < 2) return false;
  // The second part ends the name: before another capitalised word the hyphen more likely separates two things
  // ("Aoraki - Mount Cook", "Mid - South Canterbury Area Commander").
  const next = tokens[i + 2];
  if (next && next.kind === 'word' && next.cap) return false;
  return !(knownType(before.text, lex) && knownType(after.text, lex));
}
