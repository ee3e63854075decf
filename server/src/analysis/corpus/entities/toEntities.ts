// The clusters the passes made, as entities: an id, a name, the type most mentions were tagged, aliases,
// roles, and every mention; and each mention's entity id, keyed `${uri}#${mentionIndex}`.
import { fold, slug } from '../../text/normalize';
import type { Entity, EntityType, Reading, SourceSpan } from '../../types';
import type { Cluster, MentionRef } from './linking';
import { nameTokens } from './names';
import { MentionEntities } from './mentionEntities';

/** The entities, each mention's entity, and each entity's mentions as (article, mention index), in the entities' order. */
export interface Linked {
  entities: Entity[];
  mentionEntity: MentionEntities;
  mentionsOf: Array<Array<{ uri: string; index: number }>>;
}

export function toEntities(clusters: Cluster[], readings: Reading[], fused: Set<MentionRef>): Linked {
  const made: Array<{ entity: Entity; refs: Array<{ uri: string; index: number }> }> = [];
  const mentionEntity = new MentionEntities();
  const usedIds = new Set<string>();
  const order = new Map(readings.map((r, i) => [r.uri, i]));
  for (const cluster of clusters) {
    if (cluster.refs.length === 0) continue;
    cluster.refs.sort((a, b) => order.get(a.uri)! - order.get(b.uri)! || a.mention.start - b.mention.start);
    const name = canonicalName(cluster, fused);
    const type = cluster.type === 'person' ? 'person' : votedType(cluster);
    let id = `${type}:${slug(name)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${type}:${slug(name)}-${n}`;
    usedIds.add(id);
    const aliases = [...new Set(cluster.refs.map((r) => r.mention.text.replace(/^the /i, 'the ')))].filter((a) => a !== name);
    const mentions: SourceSpan[] = cluster.refs.map((r) => ({ uri: r.uri, start: r.mention.start, end: r.mention.end }));
    const roles = [...cluster.roles.entries()].sort((a, b) => b[1] - a[1]).map(([role]) => role);
    const entity = { id, name, type, roles: dedupeRoles(roles), aliases, mentions, sources: new Set(cluster.refs.map((r) => r.uri)).size };
    made.push({ entity, refs: cluster.refs.map((r) => ({ uri: r.uri, index: r.index })) });
    for (const ref of cluster.refs) mentionEntity.setMention(ref.uri, ref.index, id);
  }
  made.sort((a, b) => b.entity.mentions.length - a.entity.mentions.length || (a.entity.name < b.entity.name ? -1 : 1));
  return { entities: made.map((m) => m.entity), mentionEntity, mentionsOf: made.map((m) => m.refs) };
}

/** A thing's type as most of its mentions were tagged ("INS Sukanya": other twice, organization once → other). */
function votedType(cluster: Cluster): EntityType {
  let best = cluster.type;
  let bestVotes = cluster.typeVotes.get(best) ?? 0;
  for (const [type, votes] of cluster.typeVotes) {
    if (type !== 'person' && votes > bestVotes) {
      best = type;
      bestVotes = votes;
    }
  }
  return best;
}

/** A name written in capitals only, longer than an acronym. */
const CAPITALS_ONLY = /^(?=(?:[^A-Z]*[A-Z]){5})[^a-z]+$/;

/** A person's fullest name, then the spelling most sources use; a place's or thing's spelling most sources use, then the fullest. */
function canonicalName(cluster: Cluster, fused: Set<MentionRef>): string {
  const bySources = new Map<string, Set<string>>();
  const named = cluster.refs.filter((r) => !fused.has(r));
  for (const ref of named.length > 0 ? named : cluster.refs) {
    if (ref.mention.kind !== 'name' && ref.mention.kind !== 'handle') continue;
    const set = bySources.get(ref.mention.text) ?? new Set<string>();
    set.add(ref.uri);
    bySources.set(ref.mention.text, set);
  }
  if (bySources.size === 0) return cluster.refs[0].mention.text;
  // "Vishwanand Subryan of Schenectady" is no fuller a name than "Vishwanand Subryan".
  const words = (s: string) => nameTokens(cluster.type === 'person' ? s.split(' of ')[0] : s).length;
  const byWords = (a: [string, Set<string>], b: [string, Set<string>]) => words(b[0]) - words(a[0]);
  const bySourceCount = (a: [string, Set<string>], b: [string, Set<string>]) => b[1].size - a[1].size;
  const [first, second] = cluster.type === 'person' ? [byWords, bySourceCount] : [bySourceCount, byWords];
  const byWordSources = wordSourcesOrder(bySources);
  // A dateline's or a headline's capitals ("WINNIPEG") name the place less well than the text's "Winnipeg".
  const byCase = (a: [string, Set<string>], b: [string, Set<string>]) => +CAPITALS_ONLY.test(a[0]) - +CAPITALS_ONLY.test(b[0]);
  return [...bySources.entries()].sort((a, b) => byCase(a, b) || first(a, b) || second(a, b) || byWordSources(a, b) || (a[0] < b[0] ? -1 : 1))[0][0];
}

/**
 * Two spellings that as many sources use, each in one source ("Volodomyr Zelensky" and "Volodymyr Zelenskiy" while a
 * story holds two articles): the one whose words more sources use, so that a word one source misspells does not name
 * the entity because it sorts first.
 */
function wordSourcesOrder(bySources: Map<string, Set<string>>): (a: [string, Set<string>], b: [string, Set<string>]) => number {
  const sourcesOfWord = new Map<string, Set<string>>();
  for (const [text, sources] of bySources) {
    for (const word of new Set(nameTokens(text))) {
      const set = sourcesOfWord.get(word) ?? new Set<string>();
      for (const uri of sources) set.add(uri);
      sourcesOfWord.set(word, set);
    }
  }
  const score = new Map<string, number>();
  for (const text of bySources.keys()) score.set(text, [...new Set(nameTokens(text))].reduce((sum, word) => sum + (sourcesOfWord.get(word)?.size ?? 0), 0));
  return (a, b) => score.get(b[0])! - score.get(a[0])!;
}

function dedupeRoles(roles: string[]): string[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const k = fold(r).replace(/\bdefence\b/, 'defense').replace(/\bu\.s\.|\bus\b/, 'us');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
