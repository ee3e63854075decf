// The state the linking passes share: the clusters made so far, the keys names meet on, and how a mention
// joins a cluster. Each pass (one file each, run in order by index.ts) adds mentions to clusters or merges
// clusters; none removes a mention once placed except by moving all of a cluster's mentions to another.
import type { Config } from '../../config';
import { roleHead } from '../../text/roles';
import { fold } from '../../text/normalize';
import type { EntityType, Mention, Reading } from '../../types';
import { createNearIndex, type NearIndex } from '../../text/nearIndex';
import { compatibleFirstNames, sameSurname, sameSurnameGivenFirst } from './names';

export interface MentionRef {
  uri: string;
  index: number;
  mention: Mention;
}

export interface Cluster {
  type: EntityType;
  /** Folded surname key of a person cluster. */
  surname?: string;
  /** Every folded surname its full names spell ("rait", "raite"): a bare surname joins on any. */
  surnames: Set<string>;
  /** Mentions per tagged type, for names of places, organisations and others that meet by spelling. */
  typeVotes: Map<EntityType, number>;
  firstNames: Set<string>;
  refs: MentionRef[];
  roles: Map<string, number>;
  roleOf: Set<string>;
}

export interface Linking {
  readings: Reading[];
  byUri: Map<string, Reading>;
  /** Every mention of every reading, in reading order. */
  all: MentionRef[];
  /** Folded name → the canonical name the user's `aliases` assert for it. */
  userAlias: Map<string, string>;
  clusters: Cluster[];
  /** "named:<place key>", "user:<name>", "handle:<handle>", "bare:<surname>" → its cluster. */
  byKey: Map<string, Cluster>;
  /** Clusters by every surname they spell, for the lookups by surname: never all clusters per name. */
  surnameIndex: NearIndex<Cluster>;
  /** A cluster's place in `clusters`: the lookups answer in that order, as a scan of `clusters` would. */
  order: Map<Cluster, number>;
  /** The words asked whether some article writes them in lower case (fused headline names), with the answers. */
  asked: Map<string, boolean>;
}

export function startLinking(readings: Reading[], config: Config): Linking {
  const userAlias = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(config.aliases)) {
    for (const alias of [canonical, ...aliases]) userAlias.set(fold(alias), canonical);
  }
  const all: MentionRef[] = [];
  for (const reading of readings) reading.mentions.forEach((mention, index) => all.push({ uri: reading.uri, index, mention }));
  return {
    readings, byUri: new Map(readings.map((r) => [r.uri, r])), all, userAlias, clusters: [], byKey: new Map(),
    surnameIndex: createNearIndex(surnameEdits), order: new Map(), asked: new Map(),
  };
}

/** The edits `sameSurname` and `sameSurnameGivenFirst` allow at a length, at most. */
const surnameEdits = (length: number) => (length >= 8 ? 2 : 1);

export function newCluster(state: Linking, type: EntityType, surname?: string): Cluster {
  const cluster: Cluster = { type, surname, surnames: new Set(surname ? [surname] : []), typeVotes: new Map(), firstNames: new Set(), refs: [], roles: new Map(), roleOf: new Set() };
  state.order.set(cluster, state.clusters.length);
  state.clusters.push(cluster);
  if (surname) state.surnameIndex.add(surname, cluster);
  return cluster;
}

/**
 * The clusters that spell a surname within a letter or two of `surname` (a superset of those `sameSurname`
 * and `sameSurnameGivenFirst` accept), in the order of `clusters`. Any type: the caller tests the type.
 */
export function clustersNearSurname(state: Linking, surname: string): Cluster[] {
  return state.surnameIndex.candidates(surname).sort((a, b) => state.order.get(a)! - state.order.get(b)!);
}

/** The cluster under `key`, made with `type` when there is none yet. */
export function clusterAt(state: Linking, key: string, type: EntityType, surname?: string): Cluster {
  let cluster = state.byKey.get(key);
  if (!cluster) {
    cluster = newCluster(state, type, surname);
    state.byKey.set(key, cluster);
  }
  return cluster;
}

export function addTo(cluster: Cluster, ref: MentionRef): void {
  const m = ref.mention;
  cluster.refs.push(ref);
  cluster.typeVotes.set(m.type, (cluster.typeVotes.get(m.type) ?? 0) + 1);
  if (m.role && m.kind === 'name') cluster.roles.set(m.role, (cluster.roles.get(m.role) ?? 0) + 1);
  if (m.roleOf && m.kind === 'name') cluster.roleOf.add(`${m.roleOf}|${roleHead(m.role)}`);
}

/** Moves every mention of `from` into `into`; `from` is left empty and gives no entity. */
export function mergeInto(into: Cluster, from: Cluster): void {
  if (into === from) return;
  for (const ref of from.refs) addTo(into, ref);
  from.refs = [];
}

/** The person cluster a full name's folded words belong to: same surname and compatible first names. */
export function personWith(state: Linking, tokens: readonly string[]): Cluster | undefined {
  const surname = tokens[tokens.length - 1];
  const first = tokens[0];
  const near = clustersNearSurname(state, surname);
  return (
    near.find((c) => c.type === 'person' && c.surname !== undefined && sameSurname(c.surname, surname) && [...c.firstNames].every((f) => compatibleFirstNames(f, first))) ??
    near.find((c) => c.type === 'person' && c.surname !== undefined && c.firstNames.size === 1 && c.firstNames.has(first) && first.length >= 3 && sameSurnameGivenFirst(c.surname, surname))
  );
}

export function addFullName(state: Linking, ref: MentionRef, tokens: readonly string[]): void {
  const surname = tokens[tokens.length - 1];
  const cluster = personWith(state, tokens) ?? newCluster(state, 'person', surname);
  cluster.firstNames.add(tokens[0]);
  if (!cluster.surnames.has(surname)) {
    cluster.surnames.add(surname);
    state.surnameIndex.add(surname, cluster);
  }
  addTo(cluster, ref);
}

/** Whether a person cluster's full names spell this surname (or a variant of it). */
export function spelledBy(cluster: Cluster, surname: string): boolean {
  for (const s of cluster.surnames) if (sameSurname(s, surname)) return true;
  return false;
}
