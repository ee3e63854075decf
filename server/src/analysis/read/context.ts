// The document as the reading passes have read it so far: what the later passes (speakers, pronouns, statements) are
// given. Each adds what it needs beyond it.
import type { Mention, Paragraph, Sentence } from '../types';
import type { Token } from './tokens';

export interface ReadSoFar {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** The tokens of each sentence, by sentence index. */
  sentenceTokens: Token[][];
  mentions: Mention[];
}
