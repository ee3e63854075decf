// What every check shares: severities from the config, stable fingerprints, message pieces.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { hash } from '../text/normalize';
import type { Finding, FindingCode, Mention, Reading, Severity, Span } from '../types';
import { indexHolding } from '../text/bisect';

/** The default severity of each code; `severity:` in crosscheck.yaml overrides it. */
export const DEFAULT_SEVERITY: Record<FindingCode, Severity> = {
  'quantity-conflict': 'warning',
  'quote-wording': 'warning',
  'name-spelling': 'warning',
  'missing-name': 'warning',
  'bad-input': 'warning',
  'config-error': 'error',
  'place-spelling': 'warning',
  'quote-speaker': 'information',
  'time-conflict': 'warning',
  'place-conflict': 'warning',
  'description-conflict': 'warning',
  'weekday-date': 'warning',
};

export function severityFor(code: FindingCode, config: Config, fallback: Severity = DEFAULT_SEVERITY[code]): Severity | 'off' {
  return config.severity[code] ?? fallback;
}

/** The sentence around a span, whitespace folded: what a fingerprint keeps stable across other edits. */
export function sentenceText(reading: Reading, span: Span): string {
  const sentence = sentenceAt(reading, span.start);
  const text = sentence ? reading.text.slice(sentence.start, sentence.end) : reading.text.slice(span.start, span.end);
  return text.replace(/\s+/g, ' ').trim();
}

export function fingerprint(code: FindingCode, reading: Reading, span: Span, others: string[]): string {
  const own = `${reading.text.slice(span.start, span.end)}|${sentenceText(reading, span)}`;
  return `${code}:${hash(`${own}|${[...others].sort().join('|')}`)}`;
}

/** The sentence holding an offset, by binary search (sentences are in document order and do not overlap). */
export function sentenceAt(reading: Reading, offset: number): Reading['sentences'][number] | undefined {
  const at = indexHolding(reading.sentences, offset);
  return at < 0 ? undefined : reading.sentences[at];
}

const mentionIndexes = new WeakMap<Reading, Map<string, Mention>>();

/** The mention of a reading at exactly this span, from an index built once per reading (not a scan per question). */
export function mentionAt(reading: Reading, span: Span): Mention | undefined {
  let index = mentionIndexes.get(reading);
  if (!index) {
    index = new Map();
    for (const mention of reading.mentions) {
      const key = `${mention.start}:${mention.end}`;
      if (!index.has(key)) index.set(key, mention);
    }
    mentionIndexes.set(reading, index);
  }
  return index.get(`${span.start}:${span.end}`);
}

export type Check = (corpus: Corpus, config: Config) => Finding[];

export { sourceOf } from '../corpus/corpus';
