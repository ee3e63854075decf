// Pass 1 of reading names: each sentence's tokens as the taggers' words, their parts of speech, and the entity
// tagger's tags for the whole document at once (its features look across the document), decoded near capitalised words.
import type { Paragraph, Sentence } from '../../types';
import { nerModel, nerResources, tagDocument, type KeptTagging, type NerModel, type NerSentence } from '../ner';
import { posModel, tagPosRanges } from '../pos';
import type { Token } from '../tokens';
import { wordsOf, type Words } from '../words';
import { Recent } from '../../text/recent';

export interface TaggedSentence {
  tokens: Token[];
  words: Words;
  /** Penn tags per word where the entity tagger read them (around capitalised words); undefined elsewhere. */
  pos: string[];
  /** BILOU entity tags per word ('O' everywhere when the sentence was not tagged). */
  tags: string[];
  heading: boolean;
}

const HAS_UPPER = /\p{Lu}/u;

/** Whether a word holds a capital letter: ASCII by code, a word with other characters by the Unicode test. */
function hasUpper(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return HAS_UPPER.test(w);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * How far from a capitalised word the tagger decodes. In CoNLL-2003 train, 34 of 34,179 entity words lie farther
 * than two words from a word with a capital letter; news text has 43% of its words within two words of one
 * (PolNeAR train), so the rest, a sure O, is neither tagged for part of speech nor decoded.
 */
export const REACH = 2;

/**
 * The stretches of a sentence to decode: every word within REACH of a word with a capital letter, but for a first
 * word the document also writes in lower case ("The", "After"). [start, end) pairs, in order.
 */
export function stretchesOf(words: string[], lowercase: Set<string>, reach = REACH): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!hasUpper(w) || (i === 0 && lowercase.has(w.toLowerCase()))) continue;
    const from = Math.max(0, i - reach);
    const to = Math.min(words.length, i + reach + 1);
    if (out.length > 0 && out[out.length - 1] >= from) out[out.length - 1] = to;
    else out.push(from, to);
  }
  return Int32Array.from(out);
}

/** The words whose parts of speech the entity features read: one more on either side of each stretch. */
function posRanges(stretches: Int32Array, n: number): Int32Array {
  const out: number[] = [];
  for (let k = 0; k < stretches.length; k += 2) {
    const from = Math.max(0, stretches[k] - 1);
    const to = Math.min(n, stretches[k + 1] + 1);
    if (out.length > 0 && out[out.length - 1] >= from) out[out.length - 1] = to;
    else out.push(from, to);
  }
  return Int32Array.from(out);
}

/**
 * Tags the sentences of one document. Furniture is not read, and only the stretches of a sentence near a capitalised
 * word are tagged (see REACH), which saves most of a keystroke's time. `lowercase` holds the words the document
 * writes in lower case. `model` is for scripts that compare models; the product uses the shipped one. With `keep`,
 * each sentence's tags are kept for the next reading of the document (see KeptTagging, read/ner.ts).
 */
export function tagSentences(sentenceTokens: Token[][], sentences: Sentence[], paragraphs: Paragraph[], lowercase: Set<string>, options: { model?: NerModel | null; keep?: boolean } = {}): TaggedSentence[] {
  const model = options.model === undefined ? nerModel() : options.model;
  const words = sentenceTokens.map((tokens) => wordsOf(tokens));
  const out: TaggedSentence[] = sentences.map((s, k) => {
    const kind = paragraphs[s.paragraph].kind;
    return { tokens: sentenceTokens[k], words: words[k], pos: [], tags: [], heading: kind === 'headline' || kind === 'heading' };
  });
  const pos = posModel();
  const read = out.filter((_, k) => paragraphs[sentences[k].paragraph].kind !== 'furniture');
  const stretches = read.map((t) => stretchesOf(t.words.words, lowercase));
  if (model && pos) {
    const input: NerSentence[] = read.map((t) => {
      t.pos = new Array<string>(t.words.words.length);
      return { words: t.words.words, pos: t.pos, heading: t.heading };
    });
    const tagPosOf = (k: number) => tagPosRanges(pos, input[k].words, posRanges(stretches[k], input[k].words.length), input[k].pos, read[k].tokens);
    let kept: KeptTagging | undefined;
    if (options.keep) {
      const prepared = new Uint8Array(read.length);
      kept = {
        tags: keptTagsOf(model),
        sentenceKeys: read.map((t, k) => `${t.heading ? 1 : 0}\u0000${stretches[k].join(',')}\u0000${t.words.words.join('\u0000')}`),
        prepare: (k) => {
          if (prepared[k]) return;
          prepared[k] = 1;
          tagPosOf(k);
        },
      };
    } else read.forEach((_, k) => tagPosOf(k));
    const result = tagDocument(model, input, nerResources(), (k) => stretches[k], kept);
    read.forEach((t, k) => (t.tags = result.tags[k]));
  }
  for (const t of out) if (t.tags.length === 0) t.tags = t.words.words.map(() => 'O');
  return out;
}

/** How many sentences' tags (per pass) are kept for the next reading of a document being edited. */
const KEPT_SENTENCES = 8_000;
let kept = new WeakMap<NerModel, Recent<string, string[]>>();

function keptTagsOf(model: NerModel): Recent<string, string[]> {
  let recent = kept.get(model);
  if (!recent) kept.set(model, (recent = new Recent(KEPT_SENTENCES)));
  return recent;
}

/** Lets the kept tags go (`forgetWordCaches`). */
export function forgetKeptTags(): void {
  kept = new WeakMap();
}
