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
  const extend = (k: number, suffix: string) => {
    words[words.length - 1] += suffix;
    last[last.length - 1] = k;
    wordOf[k] = words.length - 1;
  };
  tokens.forEach((t, k) => {
    const prev = tokens[k - 1];
    const open = last.length > 0 && last[last.length - 1] === k - 1;
    const joinsNumber = open && !prev.possessive && prev.end === t.start && /^\d/.test(words[words.length - 1]);
    const numberPart = t.kind === 'number' || (/^[-/:.,]$/.test(t.text) && tokens[k + 1]?.kind === 'number' && tokens[k + 1].start === t.end);
    if (joinsNumber && numberPart) extend(k, t.text);
    else if (open && spacedHyphen(tokens, k, lex)) extend(k, '');
    else if (open && k >= 1 && spacedHyphen(tokens, k - 1, lex)) extend(k, `-${t.text}`);
    else if (open && t.text.toLowerCase() === 's' && /^['’]$/.test(prev.text) && prev.end === t.start && words[words.length - 1] === prev.text) extend(k, t.text);
    else {
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
  });
  return { words, first, last, wordOf };
}

/**
 * "Strauss - Kahn", "Saint - Jean - Cap - Ferrat": a hyphen spaced on both sides between two capitalised words joins a double name,
 * as scraped copy writes "Strauss-Kahn". Not between two names the word lists know ("Iran - Iraq war").
 */
export function spacedHyphen(tokens: Token[], i: number, lex: Lexicon): boolean {
  const [before, hyphen, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!before || !after || hyphen.kind !== 'punct' || !/^[-\u2010\u2011]$/.test(hyphen.text)) return false;
  if (hyphen.start === before.end || after.start === hyphen.end || !before.cap || !after.cap || after.upper || after.text.length < 2) return false;
  // The second part ends the name: before another capitalised word the hyphen more likely separates two things
  // ("Aoraki - Mount Cook", "Mid - South Canterbury Area Commander").
  const next = tokens[i + 2];
  if (next && next.kind === 'word' && next.cap) return false;
  return !(knownType(before.text, lex) && knownType(after.text, lex));
}
