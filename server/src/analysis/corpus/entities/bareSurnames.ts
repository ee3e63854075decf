// Pass 2. Bare surnames (and one-word names): the full name of the same document first, else the only one in
// the corpus; a one-word name no full person name has is the thing of that name ("Estelle" beside "the Estelle
// Unit"), else a cluster of its own.
import { addTo, clusterAt, clustersNearSurname, spelledBy, type Cluster, type Linking, type MentionRef } from './linking';
import { nameTokens, placeKey } from './names';

export function linkBareSurnames(state: Linking, bare: MentionRef[]): void {
  for (const ref of bare) {
    const surname = nameTokens(ref.mention.text).at(-1) ?? '';
    const candidates = clustersNearSurname(state, surname).filter((c) => c.type === 'person' && c.surname !== undefined && spelledBy(c, surname));
    let target: Cluster | undefined;
    if (candidates.length === 1) target = candidates[0];
    else if (candidates.length > 1) {
      const inDocument = candidates.filter((c) => c.refs.some((r) => r.uri === ref.uri && r.mention.start < ref.mention.start));
      const pool = inDocument.length > 0 ? inDocument : candidates;
      // The most recent full name before it in the document, else the most mentioned.
      target = pool.sort((a, b) => lastBefore(b, ref) - lastBefore(a, ref) || b.refs.length - a.refs.length)[0];
    }
    if (!target && ref.mention.tentative) continue;
    // A one-word name that is no person's ("Sukanya", "USGS") meets the same name typed otherwise.
    if (!target) target = state.byKey.get(`named:${placeKey(ref.mention.text)}`);
    if (!target) target = clusterAt(state, `bare:${surname}`, ref.mention.type === 'person' ? 'person' : 'other', surname);
    if (ref.mention.type === 'person' && target.type === 'other' && target.surname !== undefined) target.type = 'person';
    addTo(target, ref);
  }
}

/** Where the cluster's last mention before `ref` in ref's document starts; -1 when none. */
function lastBefore(cluster: Cluster, ref: MentionRef): number {
  let best = -1;
  for (const r of cluster.refs) if (r.uri === ref.uri && r.mention.start < ref.mention.start && r.mention.start > best) best = r.mention.start;
  return best;
}
