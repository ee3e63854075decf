// Pass 1. Names the user asserts, handles, ships, and full person names (two or more words, by surname and
// first name) join their clusters at once; names of places and things join the cluster of their key. What
// needs the full names known first is set aside for the later passes: bare surnames, descriptions, names of
// several words typed as no person, and names fused into a title-case headline.
import { lexicon } from '../../data/lexicon';
import { fold } from '../../text/normalize';
import { fusedRuns, writtenLowerAnywhere } from './fusedHeadlines';
import { addFullName, addTo, clusterAt, type Cluster, type Linking, type MentionRef } from './linking';
import { foldedText, nameTokens, placeKey, shipName } from './names';

export interface SetAside {
  bare: MentionRef[];
  descriptions: MentionRef[];
  unsure: MentionRef[];
  fused: MentionRef[];
}

export function linkFullNames(state: Linking, headedPlaces: Map<string, Cluster>): SetAside {
  const aside: SetAside = { bare: [], descriptions: [], unsure: [], fused: [] };
  const tails = longNameTails(state.all);
  for (const ref of state.all) {
    const m = ref.mention;
    const asserted = state.userAlias.get(foldedText(m.text));
    if (asserted) {
      addTo(clusterAt(state, `user:${asserted}`, m.type), ref);
      continue;
    }
    if (m.kind === 'description') {
      aside.descriptions.push(ref);
      continue;
    }
    if (m.kind === 'handle') {
      addTo(clusterAt(state, `handle:${fold(m.text)}`, 'other'), ref);
      continue;
    }
    if (fusedRuns(state, ref) !== undefined) {
      aside.fused.push(ref);
      continue;
    }
    const ship = shipName(m.text);
    if (ship !== undefined) {
      addTo(clusterAt(state, `named:${placeKey(ship)}`, m.type === 'person' ? 'other' : m.type), ref);
      continue;
    }
    const tokens = nameTokens(m.text);
    // "Arcade Joseph Comeaux Jr" typed by its shape as something else: the corpus decides once the
    // full person names are known.
    if (m.type !== 'person' && tokens.length >= 2 && !lexicon().curatedTypes.has(fold(m.text))) {
      aside.unsure.push(ref);
      continue;
    }
    // "Aoraki Mount Cook" typed as a person beside "Aoraki Mount Cook National Park": the place, unless it starts
    // with a first name ("John Wayne" stays a person beside "John Wayne Airport").
    const place = m.type === 'person' && tokens.length >= 2 && !lexicon().firstNames.has(tokens[0]) ? headedPlaces.get(placeKey(m.text)) : undefined;
    if (place) {
      addTo(place, ref);
      continue;
    }
    // "Alaa Delvaro Marsh … Delvaro Marsh, 40, said": the last two words of a longer name of the same document are that
    // person by a surname of two words, as a bare surname is, not a first name and a surname.
    if (m.type === 'person' && tokens.length === 2 && tails.get(ref.uri)?.has(tokens.join(' '))) aside.bare.push(ref);
    else if (m.type === 'person' && tokens.length >= 2) addFullName(state, ref, withoutLeadingRole(state, tokens));
    else if (m.type === 'person' || (m.type === 'other' && tokens.length === 1)) aside.bare.push(ref);
    else addTo(clusterAt(state, `named:${placeKey(m.text)}`, m.type), ref);
  }
  return aside;
}

/**
 * "Coxswain Ann Marrish" opening a sentence, where another source writes "coxswain Ann Marrish": a first word of
 * three or more that is no first name and that a document of the story writes in lower case is a role, not the name's.
 */
function withoutLeadingRole(state: Linking, tokens: readonly string[]): readonly string[] {
  return tokens.length >= 3 && !lexicon().firstNames.has(tokens[0]) && writtenLowerAnywhere(state, tokens[0]) ? tokens.slice(1) : tokens;
}

/** The last two words of each person's name of three words or more, by document. */
function longNameTails(all: readonly MentionRef[]): Map<string, Set<string>> {
  const tails = new Map<string, Set<string>>();
  for (const ref of all) {
    if (ref.mention.type !== 'person') continue;
    const tokens = nameTokens(ref.mention.text);
    if (tokens.length < 3) continue;
    let set = tails.get(ref.uri);
    if (!set) tails.set(ref.uri, (set = new Set()));
    set.add(tokens.slice(-2).join(' '));
  }
  return tails;
}
