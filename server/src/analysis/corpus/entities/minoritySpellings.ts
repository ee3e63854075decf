// Pass 3c. A name of several words one source spells a letter off, where three or more sources agree on the
// other spelling ("Gulf of Eden" / "Gulf of Aden"), is that place: the spelling place-spelling reports. Two
// sources against two stay apart ("Lake County" / "Lane County").
import { levenshtein } from '../../text/normalize';
import { mergeInto, type Cluster, type Linking } from './linking';
import { placeKey } from './names';

export function mergeMinoritySpellings(state: Linking): void {
  const byPattern = new Map<string, Cluster[]>();
  for (const [k, cluster] of state.byKey) {
    const words = k.startsWith('named:') ? k.slice(6).split(' ') : [];
    if (words.length < 2 || cluster.type === 'person' || cluster.refs.length === 0) continue;
    words.forEach((word, i) => {
      if (word.length < 4) return;
      const pattern = [...words.slice(0, i), '*', ...words.slice(i + 1)].join(' ');
      const list = byPattern.get(pattern) ?? [];
      list.push(cluster);
      byPattern.set(pattern, list);
    });
  }
  const sourcesOf = (c: Cluster) => new Set(c.refs.map((r) => r.uri)).size;
  for (const list of byPattern.values()) {
    if (list.length !== 2 || list[0].refs.length === 0 || list[1].refs.length === 0) continue;
    const [rare, common] = sourcesOf(list[0]) <= sourcesOf(list[1]) ? list : [list[1], list[0]];
    if (sourcesOf(rare) !== 1 || sourcesOf(common) < 3) continue;
    if (levenshtein(placeKey(rare.refs[0].mention.text), placeKey(common.refs[0].mention.text), 1) > 1) continue;
    mergeInto(common, rare);
  }
}
