// quote-wording: the same quotation worded differently by different sources. Spelling variants,
// typography and punctuation are aside (the words are compared folded); a shorter excerpt of the
// same words is not a difference. The word diff is in the hover and the related messages.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { listSources } from '../text/format';
import { containsRun, diffPlain, wordDiff } from '../text/wordDiff';
import type { Finding, QuotationRef } from '../types';
import { fingerprint, severityFor } from './finding';

type Relation = 'same' | 'excerpt' | 'differ';

export function relation(a: string[], b: string[]): Relation {
  if (a.length === b.length && a.every((w, i) => w === b[i])) return 'same';
  if (containsRun(a, b) || containsRun(b, a)) return 'excerpt';
  return 'differ';
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
      const differing = others.filter((o) => relation(ref.quotation.words, o.quotation.words) === 'differ');
      if (differing.length === 0) continue;
      // A source agrees when it has the same words or a fuller quotation that contains these; a shorter
      // excerpt fits any wording, so it does not vote.
      const same = new Set([ref.uri, ...others.filter((o) => agrees(ref.quotation.words, o.quotation.words)).map((o) => o.uri)]);
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

function agrees(own: string[], other: string[]): boolean {
  return relation(own, other) === 'same' || (other.length > own.length && containsRun(other, own));
}

function firstPerSource(refs: QuotationRef[]): QuotationRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.uri) ? false : (seen.add(r.uri), true)));
}
