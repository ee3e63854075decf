// Pass 1b. A name of several words typed as no person ("Arcade Joseph Comeaux Jr" taken by its shape for an
// organisation) is a person's when a full person name has that surname and a compatible first name, or when
// the words before "of" are a known full name ("Vishwanand Subryan of Schenectady"); else the thing it was typed.
import { addTo, clusterAt, clustersNearSurname, personWith, type Linking, type MentionRef } from './linking';
import { compatibleFirstNames, nameTokens, placeKey, sameSurname } from './names';

export function linkUnsureNames(state: Linking, unsure: MentionRef[]): void {
  for (const ref of unsure) {
    const m = ref.mention;
    const tokens = nameTokens(m.text);
    const surname = tokens[tokens.length - 1];
    const person = clustersNearSurname(state, surname).find(
      (c) => c.type === 'person' && c.surname !== undefined && sameSurname(c.surname, surname) && [...c.firstNames].some((f) => compatibleFirstNames(f, tokens[0])),
    );
    const before = / of /.test(m.text) ? nameTokens(m.text.slice(0, m.text.indexOf(' of '))) : [];
    const from = !person && before.length >= 2 ? personWith(state, before) : undefined;
    const target = person ?? from;
    if (target) addTo(target, ref);
    else addTo(clusterAt(state, `named:${placeKey(m.text)}`, m.type), ref);
  }
}
