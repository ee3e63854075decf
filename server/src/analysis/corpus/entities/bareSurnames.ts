// Pass 2. Bare surnames (and one-word names): the full name of the same document first, else the only one in
// the corpus; a one-word name no full person name has is the thing of that name ("Estelle" beside "the Estelle
// Unit"), else a cluster of its own.
import { lexicon } from '../../data/lexicon';
import { addTo, clusterAt, clustersNearSurname, spelledBy, type Cluster, type Linking, type MentionRef } from './linking';
import { nameTokens, placeKey } from './names';

export function linkBareSurnames(state: Linking, bare: MentionRef[]): void {
  const firstNames = firstNameIndex(state);
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
    if (!target && ref.mention.type === 'person') target = firstNameOfFamily(firstNames, ref, surname) ?? familyNameFirst(firstNames, ref, surname);
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

/** Person clusters by their first names, and the surnames each document writes in a person's full name. */
interface FirstNameIndex {
  byFirstName: Map<string, Cluster[]>;
  surnamesIn: Map<string, Set<string>>;
}

function firstNameIndex(state: Linking): FirstNameIndex {
  const byFirstName = new Map<string, Cluster[]>();
  const surnamesIn = new Map<string, Set<string>>();
  for (const cluster of state.clusters) {
    if (cluster.type !== 'person' || cluster.surname === undefined) continue;
    for (const first of cluster.firstNames) {
      const list = byFirstName.get(first);
      if (list) list.push(cluster);
      else byFirstName.set(first, [cluster]);
    }
    for (const ref of cluster.refs) {
      let written = surnamesIn.get(ref.uri);
      if (!written) surnamesIn.set(ref.uri, (written = new Set()));
      for (const s of cluster.surnames) written.add(s);
    }
  }
  return { byFirstName, surnamesIn };
}

/**
 * A first name alone ("whose 6-year-old son, James, was killed") is the one person of the corpus with that first name
 * whose surname its document writes (the father, "Mark Mattioli"): "James Mattioli" of another source. Only when one
 * person fits: two Jameses of the family, or none, leave it a name of its own.
 */
function firstNameOfFamily(index: FirstNameIndex, ref: MentionRef, name: string): Cluster | undefined {
  if (!lexicon().firstNames.has(name)) return undefined;
  const written = index.surnamesIn.get(ref.uri);
  if (!written) return undefined;
  const fits = (index.byFirstName.get(name) ?? []).filter((c) => [...c.surnames].some((s) => written.has(s)));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * A family name written first ("Tan Wei … Tan, 30, said"): a one-word name that is no first name the lexicon knows,
 * and the first word of one person's full name written earlier in the same document, is that person.
 */
function familyNameFirst(index: FirstNameIndex, ref: MentionRef, name: string): Cluster | undefined {
  if (lexicon().firstNames.has(name)) return undefined;
  const fits = (index.byFirstName.get(name) ?? []).filter((c) => c.refs.some((r) => r.uri === ref.uri && r.mention.start < ref.mention.start));
  return fits.length === 1 ? fits[0] : undefined;
}
