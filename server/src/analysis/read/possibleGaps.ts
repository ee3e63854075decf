// Where a name may be missing in an article, read without the taggers: the reading's own gap pass (mentions.ts
// `readGaps`) over the same layout and tokens, given no names. A tagged name only takes a gap away ("Susan Rice,
// U.S. Ambassador, said"), so these are every gap `readArticle` finds, and perhaps a few more. A check run uses it to
// tell an article alone in its story that may have a finding (missing-name, the one check that needs no other
// source) from one that cannot, which it need not read.
import type { Gap } from '../types';
import { lowercaseWordsOf, readGaps } from './mentions';
import { readLayout } from './readArticle';
import { tokenize } from './tokens';

export function possibleGaps(text: string): Gap[] {
  const { paragraphs, sentences } = readLayout(text);
  const sentenceTokens = sentences.map((s) => tokenize(text, s.start, s.end));
  return readGaps(text, paragraphs, sentences, sentenceTokens, [], lowercaseWordsOf(sentenceTokens));
}
