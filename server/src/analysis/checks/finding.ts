// What every check shares: severities from the config, stable fingerprints, message pieces.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { hash } from '../text/normalize';
import type { Finding, FindingCode, Reading, Severity, Span } from '../types';

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
};

export function severityFor(code: FindingCode, config: Config, fallback: Severity = DEFAULT_SEVERITY[code]): Severity | 'off' {
  return config.severity[code] ?? fallback;
}

/** The sentence around a span, whitespace folded: what a fingerprint keeps stable across other edits. */
export function sentenceText(reading: Reading, span: Span): string {
  const sentence = reading.sentences.find((s) => span.start >= s.start && span.start < s.end);
  const text = sentence ? reading.text.slice(sentence.start, sentence.end) : reading.text.slice(span.start, span.end);
  return text.replace(/\s+/g, ' ').trim();
}

export function fingerprint(code: FindingCode, reading: Reading, span: Span, others: string[]): string {
  const own = `${reading.text.slice(span.start, span.end)}|${sentenceText(reading, span)}`;
  return `${code}:${hash(`${own}|${[...others].sort().join('|')}`)}`;
}

export type Check = (corpus: Corpus, config: Config) => Finding[];

export function sourceOf(corpus: Corpus, uri: string): string {
  return corpus.readings.get(uri)?.meta.source ?? uri;
}
