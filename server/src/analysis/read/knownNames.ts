// What the hand-written word lists say of a name, used by the readers that need it.
import type { Lexicon } from '../data/lexicon';
import type { EntityType } from '../types';

/** A type from the word lists alone, or undefined when the lists do not know the name. */
export function knownType(name: string, lex: Lexicon): EntityType | undefined {
  const folded = name.toLowerCase();
  if (lex.organizations.has(folded)) return 'organization';
  if (lex.places.has(folded) || lex.placeAliases.has(folded)) return 'place';
  if (lex.knownPersons.has(folded)) return 'person';
  return undefined;
}

/** A nationality word used as an adjective ("Ukrainian"), not a place that shares its spelling. */
export function isAdjective(lower: string, lex: Lexicon): boolean {
  return lex.demonyms.has(lower) && !lex.places.has(lower) && !lex.organizations.has(lower) && !/^[a-z]\.?[a-z]\.?$/.test(lower);
}
