// A title-case headline ("Quake Kills 12 People In Orlan", "Mafia Leader Dies At 77") capitalises every word, so its
// words read as names: "Kills 12" as a numbered name like "Apollo 11", "Jailed" as no verb. Values and statements
// read such a headline in sentence case instead: every word lower case but acronyms, the people and places the
// mention pass found in it, and the words the body writes with a capital inside a sentence (the tagger may make an
// organisation of "People In Orlan"). Only the case changes, so every offset stays the same.
import type { Mention, Paragraph, Sentence } from '../types';
import { titleCaseLine } from './mentions/runs';
import { tokenize, type Token } from './tokens';

export interface SentenceCased {
  /** The text with each title-case headline in sentence case; the same text when there is none. */
  text: string;
  /** The tokens of each sentence of `text`. */
  sentenceTokens: Token[][];
  /** The indices of the sentences put in sentence case. */
  cased: Set<number>;
}

export function sentenceCased(text: string, paragraphs: Paragraph[], sentences: Sentence[], sentenceTokens: Token[][], mentions: Mention[]): SentenceCased {
  let out = text;
  let tokens = sentenceTokens;
  const cased = new Set<number>();
  const headline = (k: number) => paragraphs[sentences[k].paragraph].kind === 'headline';
  let capitalised: Set<string> | undefined;
  sentences.forEach((sentence, k) => {
    if (!headline(k) || !titleCaseLine(sentenceTokens[k])) return;
    capitalised ??= capitalisedInBody(sentenceTokens, headline);
    const names = mentions.filter((m) => m.sentence === k && m.kind === 'name' && (m.type === 'person' || m.type === 'place'));
    let line = out.slice(sentence.start, sentence.end);
    for (const t of sentenceTokens[k]) {
      if (t.kind !== 'word' || !t.cap || t.upper || capitalised.has(t.text) || names.some((m) => m.start <= t.start && t.end <= m.end)) continue;
      const lower = line.slice(t.start - sentence.start, t.end - sentence.start).toLowerCase();
      // A letter whose lower case is longer ("İ") would move every offset after it: such a word stays as written.
      if (lower.length !== t.end - t.start) continue;
      line = line.slice(0, t.start - sentence.start) + lower + line.slice(t.end - sentence.start);
    }
    out = out.slice(0, sentence.start) + line + out.slice(sentence.end);
    if (tokens === sentenceTokens) tokens = [...sentenceTokens];
    tokens[k] = tokenize(out, sentence.start, sentence.end);
    cased.add(k);
  });
  return { text: out, sentenceTokens: tokens, cased };
}

/** The words the body writes with a capital past a sentence's first word: names, as far as the article shows. */
function capitalisedInBody(sentenceTokens: Token[][], headline: (k: number) => boolean): Set<string> {
  const words = new Set<string>();
  sentenceTokens.forEach((tokens, k) => {
    if (headline(k)) return;
    for (const t of tokens.slice(1)) if (t.kind === 'word' && t.cap) words.add(t.text);
  });
  return words;
}
