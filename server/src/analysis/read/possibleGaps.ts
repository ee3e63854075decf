// Where a name may be missing in an article, read without the taggers: the reading's own gap pass (mentions.ts
// `readGaps`) over the same layout and tokens, given no names. A tagged name only takes a gap away ("Susan Rice,
// U.S. Ambassador, said"), so these are every gap `readArticle` finds, and perhaps a few more. A check run uses it to
// tell an article alone in its story that may have a finding (missing-name, the one check that needs no other
// source) from one that cannot, which it need not read.
import { lexicon, type Lexicon } from '../data/lexicon';
import type { Gap } from '../types';
import { lowercaseWordsOf, readGaps } from './mentions';
import { readLayout } from './readArticle';
import { tokenize } from './tokens';

export function possibleGaps(text: string): Gap[] {
  if (!mayMissAName(text)) return [];
  const { paragraphs, sentences } = readLayout(text);
  const sentenceTokens = sentences.map((s) => tokenize(text, s.start, s.end));
  return readGaps(text, paragraphs, sentences, sentenceTokens, [], lowercaseWordsOf(sentenceTokens));
}

/**
 * What every gap needs, looked for in the raw text before any layout or token is made (most articles have neither,
 * and a check run asks this of every article alone): a list introducer with nothing after it (the gap pass' own
 * pattern), or a capitalised one-word title that no capitalised word follows, at once or after a comma (a title gap
 * ends at such a title, and a capitalised word after it is the holder's name). A quick yes only sends the text on.
 */
function mayMissAName(text: string): boolean {
  const lex = lexicon();
  lex.emptyListItem.lastIndex = 0;
  return lex.emptyListItem.test(text) || titleWithoutCapitalAfter(lex).test(text);
}

/** The pattern of each lexicon's titles, made once per lexicon. */
const titlePatterns = new WeakMap<Lexicon, RegExp>();

/**
 * A title of the lexicon that is one token ("president", "secretary-general", "sen."), capitalised, its other letters
 * in any case, as a whole token, that neither a capitalised word nor a comma and one follows. (Letters are matched in
 * either case one by one: a case-insensitive pattern would take any letter for a capital.)
 */
function titleWithoutCapitalAfter(lex: Lexicon): RegExp {
  let pattern = titlePatterns.get(lex);
  if (!pattern) {
    const words = [...lex.titles].filter((title) => !title.includes(' ')).map(capitalisedPattern);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${words.join('|')})(?![\\p{L}\\p{N}_-])(?!,?\\s+\\p{Lu})`, 'u');
    titlePatterns.set(lex, pattern);
  }
  return pattern;
}

/** "sen." as "S[eE][nN]\\.". */
function capitalisedPattern(word: string): string {
  return [...word].map((c, i) => (c === '.' ? '\\.' : c.toUpperCase() === c ? c : i === 0 ? c.toUpperCase() : `[${c}${c.toUpperCase()}]`)).join('');
}
