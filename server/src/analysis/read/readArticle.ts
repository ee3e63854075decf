// One document → Reading. Pure and deterministic; the only per-keystroke work of the analysis.
import type { Tolerances } from '../config';
import type { DateMention, Quantity, Reading } from '../types';
import { datelineDate, readDates } from './dates';
import { readMentions } from './mentions';
import { readParagraphs } from './paragraphs';
import { findQuotations } from './quotations';
import { readSentences } from './sentences';
import { assignSpeakers } from './speakers';
import { readFrontMatter } from './frontMatter';
import { sentenceCased } from './headlineCase';
import { readPronouns } from './pronouns';
import { readStatements } from './statements';
import { readValues } from './values';
import { readValuesKept } from './values/kept';

export interface ReadOptions {
  uri: string;
  version: number;
  /** Outlet name from the config; front matter in the article wins. */
  source: string;
  date?: string;
  tolerances: Tolerances;
  /**
   * Keep what each sentence gave (its values, read/values/kept.ts; its tags, read/mentions/tagging.ts and read/pos.ts)
   * for the next reading of a text that shares it: for a document being edited, read again at each keystroke; a
   * folder's articles, each read once, are not worth the keys.
   */
  keepSentences?: boolean;
}

/** What every later pass reads: the front matter, the paragraphs after it, the quotations and the sentences (no tagger). */
export function readLayout(text: string) {
  const front = readFrontMatter(text);
  const paragraphs = readParagraphs(text).filter((p) => p.start >= front.end);
  const quotations = findQuotations(text, paragraphs);
  const sentences = readSentences(text, paragraphs, quotations);
  return { front, paragraphs, quotations, sentences };
}

export function readArticle(text: string, options: ReadOptions): Reading {
  const { front, paragraphs, quotations, sentences } = readLayout(text);
  const { mentions, gaps, sentenceTokens } = readMentions(text, paragraphs, sentences, options.keepSentences);
  assignSpeakers({ text, paragraphs, sentences, sentenceTokens, mentions }, quotations);
  const headline = paragraphs.find((p) => p.kind === 'headline');
  const date = front.date ?? options.date ?? datelineDate(text, paragraphs);
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  const valuesOf = options.keepSentences ? readValuesKept : readValues;
  // Values and statements read a title-case headline in sentence case; the values keep the words as written.
  const cased = sentenceCased(text, paragraphs, sentences, sentenceTokens, mentions);
  sentences.forEach((sentence, index) => {
    if (paragraphs[sentence.paragraph].kind === 'furniture') return;
    const values = valuesOf({ text: cased.text, from: sentence.start, to: sentence.end, index, tokens: cased.sentenceTokens[index], tolerances: options.tolerances, date });
    quantities.push(...(cased.cased.has(index) ? values.map((q) => ({ ...q, text: text.slice(q.start, q.end) })) : values));
    dates.push(...readDates(text, sentence.start, sentence.end, index));
  });
  const claims = readStatements({ text: cased.text, paragraphs, sentences, sentenceTokens: cased.sentenceTokens, mentions, quotations, quantities, date, keep: options.keepSentences });
  const pronouns = readPronouns({ text, paragraphs, sentences, sentenceTokens, mentions, quotations });
  return {
    uri: options.uri,
    text,
    version: options.version,
    meta: {
      source: front.source ?? options.source,
      date,
      title: front.title ?? (headline ? text.slice(headline.start, headline.end) : undefined),
    },
    paragraphs,
    sentences,
    mentions,
    quotations,
    quantities,
    dates,
    gaps,
    claims,
    pronouns,
  };
}
