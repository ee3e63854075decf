// Pass 0. Places and things named with a generic head ("… National Park", "Aceh Province") open a cluster
// under the key of the name without it, before any other pass, so that the bare name ("Aceh") and a name
// typed as a person that is this place ("Aoraki Mount Cook") find it.
import { clusterAt, type Cluster, type Linking } from './linking';
import { foldedText, placeKey } from './names';

/** The clusters opened, by the key of the name without its head. */
export function openHeadedPlaces(state: Linking): Map<string, Cluster> {
  const headed = new Map<string, Cluster>();
  for (const ref of state.all) {
    const m = ref.mention;
    if (m.kind !== 'name' || m.type === 'person' || m.type === 'other' || state.userAlias.has(foldedText(m.text))) continue;
    const k = placeKey(m.text);
    if (k === placeKey(m.text, false)) continue;
    headed.set(k, clusterAt(state, `named:${k}`, m.type));
  }
  return headed;
}
