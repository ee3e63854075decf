// quote-speaker: the same quotation (matched by its words across sources) given to different people. Reported on
// the sources whose speaker fewer sources give, naming the speaker each side gives. Only speakers the corpus
// knows as persons, named in the quotation's own sentence, with a first name and a surname in two or more sources,
// count: an unattributed or loosely attributed quotation is not a disagreement.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { listSources } from '../text/format';
import type { Finding, QuotationRef } from '../types';
import { foldNameToken, levenshtein } from '../text/normalize';
import { fingerprint, severityFor } from './finding';

export function quoteSpeaker(corpus: Corpus, config: Config): Finding[] {
  const severity = severityFor('quote-speaker', config);
  if (severity === 'off') return [];
  const findings: Finding[] = [];
  for (const group of corpus.quotationGroups) {
    const attributed = group.quotations.filter((q) => clearSpeaker(corpus, q));
    const bySpeaker = new Map<string, QuotationRef[]>();
    for (const q of attributed) bySpeaker.set(q.speaker!, [...(bySpeaker.get(q.speaker!) ?? []), q]);
    if (bySpeaker.size < 2) continue;
    // Two spellings of one person's name (an entity split) are not two speakers.
    const surnames = new Set([...bySpeaker.keys()].map((id) => surname(corpus.entityById.get(id)!.name)));
    if ([...surnames].some((a) => [...surnames].some((b) => a !== b && levenshtein(a, b, 2) <= 2)) || surnames.size < bySpeaker.size) continue;
    const sourcesOf = (refs: QuotationRef[]) => new Set(refs.map((r) => r.uri)).size;
    const ranked = [...bySpeaker.entries()].sort((a, b) => sourcesOf(b[1]) - sourcesOf(a[1]));
    const [topSpeaker] = ranked[0];
    for (const [speaker, refs] of ranked) {
      // With a tie, every side is reported; otherwise only the sides fewer sources take.
      if (speaker === topSpeaker && sourcesOf(refs) > sourcesOf(ranked[1][1])) continue;
      const others = ranked.filter(([s]) => s !== speaker).flatMap(([, r]) => r).filter((r) => !refs.some((own) => own.uri === r.uri));
      if (others.length === 0) continue;
      const name = (id: string) => corpus.entityById.get(id)?.name ?? id;
      const otherSides = ranked.filter(([s]) => s !== speaker).map(([s, r]) => `${listSources(r.map((x) => x.source))} ${sourcesOf(r) > 1 ? 'give' : 'gives'} it to ${name(s)}`);
      for (const ref of refs) {
        const reading = corpus.readings.get(ref.uri)!;
        const span = { start: ref.quotation.start, end: ref.quotation.end };
        findings.push({
          code: 'quote-speaker',
          severity,
          message: `The same quotation has different speakers: ${ref.source} gives it to ${name(speaker)}, but ${otherSides.join('; ')}.`,
          uri: ref.uri,
          ...span,
          related: others.map((o) => ({ uri: o.uri, start: o.quotation.start, end: o.quotation.end, message: `${o.source}: said by ${name(o.speaker!)}` })),
          fingerprint: fingerprint('quote-speaker', reading, span, others.map((o) => name(o.speaker!))),
        });
      }
    }
  }
  return findings;
}

function clearSpeaker(corpus: Corpus, q: QuotationRef): boolean {
  if (q.speaker === undefined || !q.quotation.speaker) return false;
  const entity = corpus.entityById.get(q.speaker);
  if (!entity || entity.type !== 'person' || entity.sources < 2 || entity.name.split(/\s+/).length < 2) return false;
  const mention = corpus.readings.get(q.uri)?.mentions[q.quotation.speaker.mention];
  return mention !== undefined && mention.sentence === q.quotation.sentence;
}

function surname(name: string): string {
  const words = name.split(/\s+/);
  return foldNameToken(words[words.length - 1]);
}
