// description-conflict: the same person or thing described in ways that exclude each other: a named thing in
// two colours ("a silver Toyota Camry" vs "a black Toyota Camry"), a relative of one person with two age ranks
// ("the older sister of X" vs "X's younger sister"), a death charged as two grades of homicide ("murder" vs
// "vehicular manslaughter"), a counted group of one nationality rescued or captured ("rescued 26 Somali crewmembers"
// vs "apprehending 26 Somali pirates"), a named ship in two classes ("frigate INS Sukanya" vs "patrol vessel INS Sukanya").
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import type { ClaimGroup, ClaimRef, Finding } from '../types';
import { claimConflicts } from './claimConflict';

export function descriptionConflict(corpus: Corpus, config: Config): Finding[] {
  return claimConflicts(corpus, config, {
    code: 'description-conflict',
    attributes: new Set(['color', 'kinship', 'charge', 'fate', 'vessel']),
    name: (corpus, group, claim) => descriptionName(corpus, group, claim),
  });
}

function descriptionName(corpus: Corpus, group: ClaimGroup, claim: ClaimRef): string {
  if (claim.claim.attribute === 'kinship') {
    const anchor = corpus.mentionEntity.get(`${claim.uri}#${claim.claim.participants[0]}`);
    const name = (anchor && corpus.entityById.get(anchor)?.name) ?? 'the same person';
    return `age of the ${claim.claim.subject} of ${name}`;
  }
  if (claim.claim.attribute === 'charge') return 'homicide charge';
  if (claim.claim.attribute === 'fate') {
    const [count, ...country] = claim.claim.subject!.split(' ');
    return `fate of the ${count} people (${country.join(' ').replace(/\b\w/g, (c) => c.toUpperCase())})`;
  }
  // The name as the source writes it ("INS Sukanya"), the end of "frigate INS Sukanya".
  if (claim.claim.attribute === 'vessel') return `class of the ship ${claim.quantity.text.slice(claim.quantity.text.length - claim.quantity.unit.length)}`;
  return `colour of the ${group.claims[0].quantity.text.replace(/^\S+\s+/, '')}`;
}
