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
import { tokenize, type Token } from './tokens';

export interface MentionReading {
  mentions: Mention[];
  gaps: Gap[];
  /** Tokens of each sentence, reused by the claim reader. */
  sentenceTokens: Token[][];
}

export function readMentions(text: string, paragraphs: Paragraph[], sentences: Sentence[]): MentionReading {
  const lex = lexicon();
  const sentenceTokens = sentences.map((s) => tokenize(text, s.start, s.end));
  const tagged = readNames(text, tagSentences(sentenceTokens, sentences, paragraphs), lex);
  const names = applyOverrides(disabledRules.has('headline-case') ? tagged : trimHeadlineNames(tagged, sentenceTokens, sentences, paragraphs, lex), lex);
  readRoles(names, sentenceTokens, lex);
  const lowercaseWords = new Set<string>();
  for (const tokens of sentenceTokens) for (const t of tokens) if (t.kind === 'word' && !t.cap) lowercaseWords.add(t.lower);
  const mentions: Mention[] = [...names];
  const gaps: Gap[] = [];
  sentences.forEach((sentence, index) => {
    const kind = paragraphs[sentence.paragraph].kind;
    if (kind === 'furniture') return;
    const tokens = sentenceTokens[index];
    mentions.push(...readDescriptions(text, tokens, index, lex), ...readHandles(tokens, index));
    if (kind === 'headline' || kind === 'heading') return;
    gaps.push(...readTitleGaps(text, tokens, index, names.filter((m) => m.sentence === index), lowercaseWords, lex));
    if (!sentence.furniture) gaps.push(...readListGaps(text, sentence, index, lex));
  });
  mentions.sort((a, b) => a.start - b.start);
  gaps.sort((a, b) => a.start - b.start);
  return { mentions, gaps, sentenceTokens };
}
