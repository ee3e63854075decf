// One document → Reading. Pure and deterministic; the only per-keystroke work of the analysis.
import type { Tolerances } from '../config';
import type { DateMention, Quantity, Reading } from '../types';
import { readClaims } from './claims';
import { datelineDate, readDates } from './dates';
import { readMentions } from './mentions';
import { readParagraphs } from './paragraphs';
import { readQuantities } from './quantities';
import { findQuotations } from './quotations';
import { readSentences } from './sentences';
import { assignSpeakers } from './speakers';
import { readFrontMatter } from './frontMatter';
import { readColors, readDirections, readMonthDates, readWhen } from './when';
import { readCharges, readGroupFates, readKinship, readResidence, readVesselClasses } from './descriptions';
import { readLocatedCounts } from './located';
import { readPronouns } from './pronouns';

export interface ReadOptions {
  uri: string;
  version: number;
  /** Outlet name from the config; front matter in the article wins. */
  source: string;
  date?: string;
  tolerances: Tolerances;
}

export function readArticle(text: string, options: ReadOptions): Reading {
  const front = readFrontMatter(text);
  const paragraphs = readParagraphs(text).filter((p) => p.start >= front.end);
  const quotations = findQuotations(text, paragraphs);
  const sentences = readSentences(text, paragraphs, quotations);
  const { mentions, gaps, sentenceTokens } = readMentions(text, paragraphs, sentences);
  assignSpeakers({ text, paragraphs, sentences, sentenceTokens, mentions }, quotations);
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  sentences.forEach((sentence, index) => {
    if (paragraphs[sentence.paragraph].kind === 'furniture') return;
    // A count with the place it fell in ("two of the bombs fell within the camp") replaces the bare count it holds.
    const located = readLocatedCounts(text, sentence.start, sentence.end, index, options.tolerances);
    const amounts = [...readQuantities(text, sentence.start, sentence.end, index, options.tolerances).filter((q) => !located.some((l) => q.start < l.end && l.start < q.end)), ...located];
    const when = [...readWhen(text, sentence.start, sentence.end, index, options.tolerances), ...readColors(text, sentence.start, sentence.end, index), ...readMonthDates(text, sentence.start, sentence.end, index), ...readDirections(text, sentence.start, sentence.end, index), ...readKinship(text, sentence.start, sentence.end, index), ...readCharges(text, sentence.start, sentence.end, index), ...readResidence(text, sentence.start, sentence.end, index), ...readGroupFates(text, sentence.start, sentence.end, index), ...readVesselClasses(text, sentence.start, sentence.end, index)].filter(
      (w) => !amounts.some((q) => q.start < w.end && w.start < q.end),
    );
    quantities.push(...[...amounts, ...when].sort((a, b) => a.start - b.start));
    dates.push(...readDates(text, sentence.start, sentence.end, index));
  });
  const claims = readClaims({ text, paragraphs, sentences, sentenceTokens, mentions, quotations, quantities });
  const pronouns = readPronouns({ text, paragraphs, sentences, sentenceTokens, mentions, quotations });
  const headline = paragraphs.find((p) => p.kind === 'headline');
  return {
    uri: options.uri,
    text,
    version: options.version,
    meta: {
      source: front.source ?? options.source,
      date: front.date ?? options.date ?? datelineDate(text, paragraphs),
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
