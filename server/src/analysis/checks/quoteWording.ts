// quote-wording: the same quotation worded differently by different sources. Spelling variants,
// typography and punctuation are aside (the words are compared folded); a shorter excerpt of the
// same words is not a difference. The word diff is in the hover and the related messages.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { listSources } from '../text/format';
import { commonWords, containsRun, diffPlain, wordDiff } from '../text/wordDiff';
import { levenshtein, quotationWords } from '../text/normalize';
import type { Finding, Quotation, QuotationRef } from '../types';
import { fingerprint, severityFor } from './finding';

type Relation = 'same' | 'excerpt' | 'differ';

/** Words that differ by one letter in a long word are a typo or a spelling variant, not rewording. */
function sameWord(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && levenshtein(a, b, 1) <= 1);
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => sameWord(w, b[i]));
}

function sentencesOf(q: Quotation): string[][] {
  return q.text
    .split(/(?<=[.!?])\s+/)
    .map(quotationWords)
    .filter((w) => w.length > 0);
}

/** Mostly the same words in order: three or more, and at least 60 % of the shorter sentence. */
function sameSentence(x: string[], y: string[]): boolean {
  const common = commonWords(x, y);
  return common >= 3 && common >= 0.6 * Math.min(x.length, y.length);
}

/**
 * Two quotations say the same sentence in different words when some sentence of one is mostly the
 * same words as a sentence of the other, yet neither contains the other. Sentences only one side
 * quotes are an excerpt, not a rewording.
 */
export function relation(a: Quotation, b: Quotation): Relation {
  if (sameWords(a.words, b.words)) return 'same';
  const sa = sentencesOf(a);
  const sb = sentencesOf(b);
  for (const x of sa) {
    for (const y of sb) {
      if (sameWords(x, y) || containsRun(x, y) || containsRun(y, x)) continue;
      if (Math.min(x.length, y.length) >= 3 && sameSentence(x, y)) return 'differ';
    }
  }
  return 'excerpt';
}

export function quoteWording(corpus: Corpus, config: Config): Finding[] {
  const severity = severityFor('quote-wording', config);
  if (severity === 'off') return [];
  const findings: Finding[] = [];
  for (const group of corpus.quotationGroups) {
    // A pull quote repeats a quotation in the same article: one finding per article and group.
    const reported = new Set<string>();
    for (const ref of group.quotations) {
      if (reported.has(ref.uri)) continue;
      const others = group.quotations.filter((o) => o.uri !== ref.uri);
      const differing = others.filter((o) => relation(ref.quotation, o.quotation) === 'differ');
      if (differing.length === 0) continue;
      // A source agrees when it has the same words or a fuller quotation that contains these; a shorter
      // excerpt fits any wording, so it does not vote.
      const same = new Set([ref.uri, ...others.filter((o) => agrees(ref.quotation, o.quotation)).map((o) => o.uri)]);
      const differingSources = new Set(differing.map((o) => o.uri).filter((u) => !same.has(u)));
      if (differingSources.size === 0 || same.size > differingSources.size) continue;
      const shown = firstPerSource(differing.filter((o) => differingSources.has(o.uri)));
      const reading = corpus.readings.get(ref.uri)!;
      const speaker = ref.speaker ? corpus.entityById.get(ref.speaker)?.name : undefined;
      reported.add(ref.uri);
      findings.push({
        code: 'quote-wording',
        severity,
        message: `Quotation${speaker ? ` of ${speaker}` : ''} worded differently by ${listSources(shown.map((o) => o.source))}: ${shown[0].source} has ${diffPlain(wordDiff(ref.quotation.text, shown[0].quotation.text))}`,
        uri: ref.uri,
        start: ref.quotation.start,
        end: ref.quotation.end,
        related: shown.map((o) => ({ uri: o.uri, start: o.quotation.start, end: o.quotation.end, message: `${o.source}: “${o.quotation.text}”` })),
        fingerprint: fingerprint('quote-wording', reading, ref.quotation, shown.map((o) => o.quotation.text)),
      });
    }
  }
  return findings;
}

export function agrees(own: Quotation, other: Quotation): boolean {
  return relation(own, other) === 'same' || (other.words.length > own.words.length && containsRun(other.words, own.words));
}

function firstPerSource(refs: QuotationRef[]): QuotationRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.uri) ? false : (seen.add(r.uri), true)));
}
