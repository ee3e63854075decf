// Pass 1 of reading names: each sentence's tokens as the taggers' words, their parts of speech, and the entity
// tagger's tags and margins for the whole document at once (its features look across the document).
import type { Paragraph, Sentence } from '../../types';
import { nerModel, nerResources, tagDocument, type NerModel, type NerSentence } from '../ner';
import { posModel, tagPos } from '../pos';
import type { Token } from '../tokens';
import { wordsOf, type Words } from '../words';

export interface TaggedSentence {
  tokens: Token[];
  words: Words;
  /** Penn tags per word; empty when the sentence was not tagged. */
  pos: string[];
  /** BILOU entity tags per word ('O' everywhere when the sentence was not tagged). */
  tags: string[];
  /** Per word: how far the best tagging is ahead of any that tags the word otherwise. */
  margins: Float32Array;
  heading: boolean;
}

const UPPER_START = /^\p{Lu}/u;

/**
 * Tags the sentences of one document. Furniture is not read, and a sentence with no capitalised word (but for a first
 * word the document also writes in lower case: "The", "After") has no name: neither is tagged, which saves most of a
 * keystroke's time. `model` is for scripts that compare models; the product uses the shipped one.
 */
export function tagSentences(sentenceTokens: Token[][], sentences: Sentence[], paragraphs: Paragraph[], model: NerModel | null = nerModel()): TaggedSentence[] {
  const words = sentenceTokens.map((tokens) => wordsOf(tokens));
  const lowercase = new Set<string>();
  for (const tokens of sentenceTokens) for (const t of tokens) if (t.kind === 'word' && !t.cap) lowercase.add(t.lower);
  const out: TaggedSentence[] = sentences.map((s, k) => {
    const kind = paragraphs[s.paragraph].kind;
    return { tokens: sentenceTokens[k], words: words[k], pos: [], tags: words[k].words.map(() => 'O'), margins: new Float32Array(words[k].words.length).fill(Infinity), heading: kind === 'headline' || kind === 'heading' };
  });
  const pos = posModel();
  if (!model || !pos) return out;
  const read = out.filter((_, k) => paragraphs[sentences[k].paragraph].kind !== 'furniture');
  const decode = read.map((t) => t.words.words.some((w, i) => UPPER_START.test(w) && (i > 0 || !lowercase.has(w.toLowerCase()))));
  const input: NerSentence[] = read.map((t, k) => ({ words: t.words.words, pos: decode[k] ? (t.pos = tagPos(pos, t.words.words)) : [], heading: t.heading }));
  const result = tagDocument(model, input, nerResources(), (k) => decode[k]);
  read.forEach((t, k) => {
    t.tags = result.tags[k];
    t.margins = result.margins[k];
  });
  return out;
}
