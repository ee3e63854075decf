// Names in one document, read in passes (one file each in mentions/): the sentences' tokens are tagged by the
// entity tagger (tagging.ts); its spans become name mentions (names.ts), cut at the headline-case words of a title-case headline (headlines.ts); people's names get the role written before
// them (roles.ts); a few rules may overrule the tagger where they were measured to help (overrides.ts); descriptions ("the Ukrainian president") and @handles are added (descriptions.ts); and the places
// where a name is missing after a title or in a list are found (gaps.ts). The model decides what is a name; the
// reading rules are among its features (read/ner.ts).
import { lexicon } from '../data/lexicon';
import type { Gap, Mention, Paragraph, Sentence } from '../types';
import { readDescriptions, readHandles } from './mentions/descriptions';
import { readListGaps, readTitleGaps } from './mentions/gaps';
import { trimHeadlineNames } from './mentions/headlines';
import { readNames } from './mentions/names';
import { applyOverrides, disabledRules } from './mentions/overrides';
import { readRoles } from './mentions/roles';
import { tagSentences } from './mentions/tagging';
import { isCommonWord, isFirstName } from './ner';
import { tokenize, type Token } from './tokens';

export interface MentionReading {
  mentions: Mention[];
  gaps: Gap[];
  /** Tokens of each sentence, reused by the claim reader. */
  sentenceTokens: Token[][];
}

/** `keep`: keep each sentence's tags for the next reading of the document (`ReadOptions.keepSentences`). */
export function readMentions(text: string, paragraphs: Paragraph[], sentences: Sentence[], keep = false): MentionReading {
  const lex = lexicon();
  const sentenceTokens = sentences.map((s) => tokenize(text, s.start, s.end));
  const lowercaseWords = lowercaseWordsOf(sentenceTokens);
  const tagged = readNames(text, tagSentences(sentenceTokens, sentences, paragraphs, lowercaseWords, { keep }), lex);
  const headed = disabledRules.has('headline-case') ? tagged : trimHeadlineNames(tagged, sentenceTokens, sentences, paragraphs, lex);
  const names = applyOverrides(headed, lex, { text, sentenceTokens, commonWord: isCommonWord, firstName: isFirstName });
  readRoles(names, sentenceTokens, lex);
  const mentions: Mention[] = names.slice();
  sentences.forEach((sentence, index) => {
    if (paragraphs[sentence.paragraph].kind === 'furniture') return;
    const tokens = sentenceTokens[index];
    // Appended one by one: a spread of these arrays (of differing element kinds, empty or not) deoptimised
    // readMentions dozens of times per thread, each time recompiling it with all it inlines.
    for (const mention of readDescriptions(text, tokens, index, lex)) mentions.push(mention);
    for (const mention of readHandles(tokens, index)) mentions.push(mention);
  });
  mentions.sort((a, b) => a.start - b.start);
  const gaps = readGaps(text, paragraphs, sentences, sentenceTokens, names, lowercaseWords);
  return { mentions, gaps, sentenceTokens };
}

/** The words of the sentences written in lower case somewhere: a capitalised one of them may be headline case. */
export function lowercaseWordsOf(sentenceTokens: Token[][]): Set<string> {
  const lowercaseWords = new Set<string>();
  for (const tokens of sentenceTokens) for (const t of tokens) if (t.kind === 'word' && !t.cap) lowercaseWords.add(t.lower);
  return lowercaseWords;
}

/**
 * Where a name is missing, in the body's sentences: after a title, or in a list. `names` (the tagger's) only take gaps
 * away (a name before the title), so without them this finds every gap the reading finds, and perhaps more.
 */
export function readGaps(text: string, paragraphs: Paragraph[], sentences: Sentence[], sentenceTokens: Token[][], names: Mention[], lowercaseWords: Set<string>): Gap[] {
  const lex = lexicon();
  const gaps: Gap[] = [];
  // The names of each sentence, grouped once: filtering every name for every sentence was quadratic.
  const namesBySentence = new Map<number, Mention[]>();
  for (const name of names) {
    const list = namesBySentence.get(name.sentence);
    if (list) list.push(name);
    else namesBySentence.set(name.sentence, [name]);
  }
  sentences.forEach((sentence, index) => {
    const kind = paragraphs[sentence.paragraph].kind;
    if (kind === 'furniture' || kind === 'headline' || kind === 'heading') return;
    for (const gap of readTitleGaps(text, sentenceTokens[index], index, namesBySentence.get(index) ?? [], lowercaseWords, lex)) gaps.push(gap);
    if (!sentence.furniture) for (const gap of readListGaps(text, sentence, index, lex)) gaps.push(gap);
  });
  gaps.sort((a, b) => a.start - b.start);
  return gaps;
}
