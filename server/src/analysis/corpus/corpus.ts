// All readings → one corpus: entities across sources, statements aligned across sources (corpus/align.ts),
// the same quotation matched across sources.
import type { Config } from '../config';
import type { ClaimGroup, Entity, QuotationGroup, Reading } from '../types';
import { linkEntities } from './entities';
import { alignStatements } from './align';
import type { StoryMemo } from './storyMemo';
import type { ClaimLinks } from './pairTables';
import { groupQuotations } from './quotations';
import { resolvePronouns } from './pronouns';
import { sourceLabels } from './sourceLabels';

export interface Corpus {
  readings: Map<string, Reading>;
  entities: Entity[];
  entityById: Map<string, Entity>;
  /** `${uri}#${mentionIndex}` → entity id. */
  mentionEntity: Map<string, string>;
  claimGroups: ClaimGroup[];
  /** `${uri}#${claimIndex}` → its group. */
  claimGroupOf: Map<string, ClaimGroup>;
  /** How likely two statements of two sources are one (corpus/align.ts); pairs never scored are absent. */
  claimLinks: ClaimLinks;
  quotationGroups: QuotationGroup[];
  /** `${uri}#${quotationIndex}` → its group. */
  quotationGroupOf: Map<string, QuotationGroup>;
  /** `${uri}#${pronounIndex}` → the entity of the person the pronoun stands for. */
  pronounEntity: Map<string, string>;
  /** Each article's source as messages name it (corpus/sourceLabels.ts), by uri. */
  sources: Map<string, string>;
  config: Config;
}

/** `memo`: what the story's last build kept (corpus/storyMemo.ts): its entities, and its alignment's pairs. */
export function buildCorpus(readings: Reading[], config: Config, memo?: StoryMemo): Corpus {
  const sorted = [...readings].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const byUri = new Map(sorted.map((r) => [r.uri, r]));
  const { entities, mentionEntity } = linkEntities(sorted, config, memo?.linking);
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const sources = sourceLabels(sorted);
  const { groups: claimGroups, groupOf: claimGroupOf, links: claimLinks } = alignStatements(sorted, mentionEntity, entityById, sources, undefined, memo?.align);
  const quotationGroups = groupQuotations(sorted, mentionEntity, sources);
  const quotationGroupOf = new Map<string, QuotationGroup>();
  for (const group of quotationGroups) for (const ref of group.quotations) quotationGroupOf.set(`${ref.uri}#${ref.index}`, group);
  const pronounEntity = resolvePronouns(sorted, mentionEntity, entityById);
  return { readings: byUri, entities, entityById, mentionEntity, claimGroups, claimGroupOf, claimLinks, quotationGroups, quotationGroupOf, pronounEntity, sources, config };
}

/** An article's source as messages name it: its outlet, with its file where another article of the story has that outlet. */
export function sourceOf(corpus: Corpus, uri: string): string {
  return corpus.sources.get(uri) ?? corpus.readings.get(uri)?.meta.source ?? uri;
}
