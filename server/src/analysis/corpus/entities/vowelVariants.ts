// Pass 3b. One-word names of places and things a vowel apart ("Bireun" / "Bireuen") are one name spelt two
// ways, when exactly two such names share their consonants; "Austria" and "Australia" differ by more.
import { levenshtein } from '../../text/normalize';
import { mergeInto, type Cluster, type Linking } from './linking';

export function mergeVowelVariants(state: Linking): void {
  const bySkeleton = new Map<string, Array<{ key: string; cluster: Cluster }>>();
  for (const [k, cluster] of state.byKey) {
    const name = /^(?:named|bare):/.test(k) ? k.slice(k.indexOf(':') + 1) : undefined;
    if (name === undefined || cluster.type === 'person' || !/^[a-z]{6,}$/.test(name)) continue;
    const skeleton = name[0] + name.slice(1).replace(/[aeiouy]/g, '');
    const list = bySkeleton.get(skeleton) ?? [];
    list.push({ key: name, cluster });
    bySkeleton.set(skeleton, list);
  }
  for (const list of bySkeleton.values()) {
    if (list.length !== 2 || levenshtein(list[0].key, list[1].key, 1) > 1) continue;
    const [larger, smaller] = list[0].cluster.refs.length >= list[1].cluster.refs.length ? [list[0].cluster, list[1].cluster] : [list[1].cluster, list[0].cluster];
    mergeInto(larger, smaller);
  }
}
