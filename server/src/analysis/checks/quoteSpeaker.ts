// quote-speaker: the same quotation (matched by its words across sources) given to different people. Reported once,
// on the speaker fewer sources give (disagreement.ts), naming the speaker each side gives. Only speakers the corpus
// knows as persons, named in the quotation's own sentence, with a first name and a surname in two or more sources,
// count: an unattributed or loosely attributed quotation is not a disagreement.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import type { Finding, QuotationRef } from '../types';
import { lexicon } from '../data/lexicon';
import { fold, foldNameToken, levenshtein } from '../text/normalize';
import { reportPerSource, whoSays, type Saying } from './disagreement';
import { severityFor, sourceOf } from './finding';
import { mentionEntity } from '../corpus/entities/mentionEntities';

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
    // A source that gives the same words to two people contradicts itself, and one that names the other speaker
    // beside the quotation may be quoting one about the other or a joint statement ("Zadan and Meron said"; "Lauten,
    // the communications director for Rep. Stephen Fincher, wrote"): neither takes a side.
    const uris = [...bySpeaker.values()].map((refs) => new Set(refs.map((r) => r.uri)));
    const speakers = [...bySpeaker.keys()];
    const torn = (uri: string) =>
      uris.filter((set) => set.has(uri)).length > 1 ||
      attributed.some((q) => q.uri === uri && speakers.some((id) => id !== q.speaker && namedNear(corpus, q, id)));
    const name = (id: string) => corpus.entityById.get(id)?.name ?? id;
    findings.push(...reportPerSource(corpus, {
      code: 'quote-speaker',
      severity,
      sides: [...bySpeaker.entries()].map(([id, refs]) => ({
        text: name(id),
        spans: refs.filter((r) => !torn(r.uri)).map((r) => ({ uri: r.uri, start: r.quotation.start, end: r.quotation.end })),
      })),
      message: (own, others) => `The same quotation has different speakers: ${whoSays(corpus, own, others, givesItTo)}.`,
      related: (side, span) => `${sourceOf(corpus, span.uri)}: said by ${side.text}`,
    }));
  }
  return findings;
}

const givesItTo: Saying = (side, several) => `${several ? 'give' : 'gives'} it to ${side.text}`;

/** The entity is named in the quotation's sentence or the sentence either side of it. */
function namedNear(corpus: Corpus, q: QuotationRef, entity: string): boolean {
  const reading = corpus.readings.get(q.uri);
  if (!reading) return false;
  return reading.mentions.some((m, i) => Math.abs(m.sentence - q.quotation.sentence) <= 1 && mentionEntity(corpus.mentionEntity, q.uri, i) === entity);
}

/** A person's name, not a place's or an organisation's typed as one ("National Mall", "ABC Entertainment Group"). */
function personShaped(name: string): boolean {
  const lex = lexicon();
  return !name.split(/\s+/).some((w) => {
    const f = fold(w).replace(/[^a-z]/g, '');
    return lex.orgWords.has(f) || lex.placeWords.has(f) || lex.organizations.has(f) || lex.places.has(f);
  });
}

function clearSpeaker(corpus: Corpus, q: QuotationRef): boolean {
  if (q.speaker === undefined || !q.quotation.speaker) return false;
  const entity = corpus.entityById.get(q.speaker);
  if (!entity || entity.type !== 'person' || entity.sources < 2 || entity.name.split(/\s+/).length < 2 || !personShaped(entity.name)) return false;
  const mention = corpus.readings.get(q.uri)?.mentions[q.quotation.speaker.mention];
  return mention !== undefined && mention.sentence === q.quotation.sentence;
}

function surname(name: string): string {
  const words = name.split(/\s+/);
  return foldNameToken(words[words.length - 1]);
}
