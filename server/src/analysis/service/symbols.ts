// What an article's outline and its name highlighting show: read from its story's corpus.
import type { Corpus } from '../corpus/corpus';
import type { EntityType, Span } from '../types';
import { mentionEntity } from '../corpus/entities/mentionEntities';

export type SymbolKind = 'person' | 'organization' | 'place' | 'other' | 'claim' | 'quotation';

export interface ArticleSymbol extends Span {
  name: string;
  kind: SymbolKind;
  detail?: string;
  /** Entity id for entity symbols. */
  entity?: string;
}

export interface NameSpan extends Span {
  type: Exclude<EntityType, 'other'>;
}

export function articleSymbols(corpus: Corpus, uri: string): ArticleSymbol[] {
  const reading = corpus.readings.get(uri);
  if (!reading) return [];
  const symbols: ArticleSymbol[] = [];
  const seen = new Set<string>();
  reading.mentions.forEach((mention, index) => {
    const entityId = mentionEntity(corpus.mentionEntity, uri, index);
    const entity = entityId ? corpus.entityById.get(entityId) : undefined;
    if (!entity || mention.kind !== 'name' || seen.has(entity.id)) return;
    seen.add(entity.id);
    symbols.push({
      name: entity.name,
      kind: entity.type,
      detail: entity.roles[0],
      entity: entity.id,
      start: mention.start,
      end: mention.end,
    });
  });
  reading.claims.forEach((claim) => {
    const quantity = reading.quantities[claim.quantity];
    symbols.push({ name: `${claim.attribute}: ${quantity.text}`, kind: 'claim', detail: claim.trigger, start: claim.start, end: claim.end });
  });
  reading.quotations.forEach((quotation) => {
    const speaker = quotation.speaker ? reading.mentions[quotation.speaker.mention].text : (quotation.speakerPhrase?.text ?? 'unknown speaker');
    const words = quotation.text.length > 48 ? `${quotation.text.slice(0, 45)}…` : quotation.text;
    symbols.push({ name: `“${words}”`, kind: 'quotation', detail: speaker, start: quotation.start, end: quotation.end });
  });
  return symbols.sort((a, b) => a.start - b.start);
}

/**
 * Names linked to an entity of a known type, in document order. The corpus' type wins over the
 * mention's own guess (one source's "Kremlin" is typed by all of them); descriptions ("the Ukrainian
 * president") are left out, since colouring a common noun phrase as a name would mislead.
 */
export function entityNames(corpus: Corpus, uri: string): NameSpan[] {
  const reading = corpus.readings.get(uri);
  if (!reading) return [];
  const names: NameSpan[] = [];
  reading.mentions.forEach((mention, index) => {
    if (mention.kind === 'description') return;
    const id = mentionEntity(corpus.mentionEntity, uri, index);
    const type = id ? corpus.entityById.get(id)?.type : undefined;
    if (type && type !== 'other') names.push({ start: mention.start, end: mention.end, type });
  });
  return names.sort((a, b) => a.start - b.start);
}
