// Pass 3d. Dual names: "Aoraki Mount Cook" is "Mount Cook" when the folder writes that name too; not "South
// Richmond Hill" or "New South Wales", whose first word makes another place.
import { lexicon } from '../../data/lexicon';
import { mergeInto, type Linking } from './linking';
import { NOT_A_NAME_ALONE } from './names';

export function mergeDualNames(state: Linking): void {
  const connectors = lexicon().nameConnectors;
  for (const [k, cluster] of state.byKey) {
    const words = k.startsWith('named:') ? k.slice(6).split(' ') : [];
    if (words.length < 3 || cluster.type === 'person' || cluster.refs.length === 0 || NOT_A_NAME_ALONE.has(words[0]) || connectors.has(words[1])) continue;
    const rest = state.byKey.get(`named:${words.slice(1).join(' ')}`);
    if (!rest || rest === cluster || rest.refs.length === 0 || rest.type === 'person') continue;
    mergeInto(rest, cluster);
  }
}
