// "Go to related claim" and "find references".
import { writtenValue } from '../text/format';
import { sourceOf, type Corpus } from './corpus';
import type { RelatedSpan, SourceSpan } from '../types';
import { targetAt } from './targets';

/** The same claim, quantity or quotation in the other sources; for a name, its first mention in each other source. */
export function relatedSpans(corpus: Corpus, uri: string, offset: number): RelatedSpan[] {
  const target = targetAt(corpus, uri, offset);
  if (!target) return [];
  if (target.kind === 'quantity') {
    return (target.group?.claims ?? [])
      .filter((c) => c.uri !== uri)
      .map((c) => ({ uri: c.uri, start: c.quantity.start, end: c.quantity.end, message: `${c.source}: ${writtenValue(c.quantity)}` }));
  }
  if (target.kind === 'quotation') {
    return (target.group?.quotations ?? [])
      .filter((q) => q.uri !== uri)
      .map((q) => ({ uri: q.uri, start: q.quotation.start, end: q.quotation.end, message: `${q.source}: “${q.quotation.text}”` }));
  }
  const firstPerSource = new Map<string, SourceSpan>();
  for (const span of target.entity.mentions) {
    if (span.uri !== uri && !firstPerSource.has(span.uri)) firstPerSource.set(span.uri, span);
  }
  return [...firstPerSource.values()].map((s) => ({ ...s, message: `${sourceOf(corpus, s.uri)}: ${target.entity.name}` }));
}

/** Every mention of the entity at the offset, in every source and spelling. */
export function referenceSpans(corpus: Corpus, uri: string, offset: number): SourceSpan[] {
  const target = targetAt(corpus, uri, offset);
  if (!target) return [];
  if (target.kind === 'entity') return target.entity.mentions;
  if (target.kind === 'quotation' && target.speaker) return target.speaker.mentions;
  return [];
}
