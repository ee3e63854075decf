// Pass 2a. A one-word name the tagger typed as a place or an organisation ("Comeaux escaped with a shotgun") is
// the person whose full name its document wrote before it, when that full name's surname is this word: a
// document names a person in full, then by surname. Also, in a document with no full name, when the word is no
// place or organisation the lexicon knows and exactly one person of the folder has that surname. A known place
// ("Jordan") stays the place unless its document named the person in full first.
import { lexicon } from '../../data/lexicon';
import { addTo, type Cluster, type Linking } from './linking';
import { nameTokens } from './names';

export function linkTypedSurnames(state: Linking): void {
  const lex = lexicon();
  const people = state.clusters.filter((c) => c.type === 'person' && c.surname !== undefined && c.firstNames.size > 0);
  for (const cluster of state.clusters) {
    if (cluster.type === 'person' || cluster.refs.length === 0) continue;
    const keep = cluster.refs.filter((ref) => {
      const m = ref.mention;
      if (m.kind !== 'name' || (m.type !== 'place' && m.type !== 'organization')) return true;
      const tokens = nameTokens(m.text);
      if (tokens.length !== 1) return true;
      // The surname as written, not a variant of it: a variant typed as something else is as likely another name.
      const spelling = people.filter((p) => p.surnames.has(tokens[0]));
      const known = lex.places.has(tokens[0]) || lex.organizations.has(tokens[0]) || lex.curatedTypes.has(tokens[0]);
      const person = spelling.find((p) => writtenInFullBefore(p, ref.uri, m.start)) ?? (!known && spelling.length === 1 ? spelling[0] : undefined);
      if (!person) return true;
      addTo(person, ref);
      return false;
    });
    cluster.refs = keep;
  }
}

/** Whether the person's full name (two words or more) appears in the document before `offset`. */
function writtenInFullBefore(person: Cluster, uri: string, offset: number): boolean {
  return person.refs.some((r) => r.uri === uri && r.mention.start < offset && nameTokens(r.mention.text).length >= 2);
}
