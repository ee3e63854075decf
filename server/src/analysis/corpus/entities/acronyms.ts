// Pass 4. Acronyms: "USGS" joins "U.S. Geological Survey" when exactly one name in the folder has those
// initials, and that name is no person's (a person's initials make the acronym ambiguous too).
import { mergeInto, type Cluster, type Linking } from './linking';
import { acronymLetters, initials } from './names';

export function mergeAcronyms(state: Linking): void {
  const byInitials = new Map<string, Cluster[]>();
  for (const cluster of state.clusters) {
    for (const letters of new Set(cluster.refs.map((r) => initials(r.mention.text)))) {
      if (letters === undefined) continue;
      const list = byInitials.get(letters) ?? [];
      list.push(cluster);
      byInitials.set(letters, list);
    }
  }
  for (const cluster of state.clusters) {
    const names = cluster.refs.filter((r) => r.mention.kind === 'name');
    if (names.length === 0 || names.length !== cluster.refs.length) continue;
    const letters = new Set(names.map((r) => acronymLetters(r.mention.text)));
    const [only] = letters;
    if (letters.size !== 1 || only === undefined) continue;
    const expansions = (byInitials.get(only) ?? []).filter((c) => c !== cluster);
    if (expansions.length !== 1 || expansions[0].type === 'person') continue;
    mergeInto(expansions[0], cluster);
  }
}
