// place-conflict: where it happened. The same incident placed in directions from one named place that
// exclude each other ("55 km west of Bireun" vs "55 km south of Bireun"); a place inside the named one
// ("northeast Houston") is compared only with other places inside it. Where one person lives ("X, 59, of College
// Point" vs "X, who lived in South Ozone Park"), when both name a town or neighbourhood rather than a region.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import type { ClaimRef, Finding } from '../types';
import { claimConflicts } from './claimConflict';

export function placeConflict(corpus: Corpus, config: Config): Finding[] {
  return claimConflicts(corpus, config, {
    code: 'place-conflict',
    attributes: new Set(['direction', 'residence']),
    name: (corpus, _group, claim) => (claim.claim.attribute === 'residence' ? homeName(corpus, claim) : directionName(claim)),
  });
}

/** "direction from Bireun": the place a direction is measured from, as the claim's unit keeps it. */
function directionName(claim: ClaimRef): string {
  const from = claim.quantity.unit.replace(/ \(within\)$/, '').replace(/\b\w/g, (c) => c.toUpperCase());
  return `direction from ${from}`;
}

/** "home of Raj K. Chohan": the person whose home is compared, as the corpus names them. */
function homeName(corpus: Corpus, claim: ClaimRef): string {
  const id = corpus.mentionEntity.get(`${claim.uri}#${claim.claim.participants[0]}`);
  return `home of ${(id && corpus.entityById.get(id)?.name) ?? 'the same person'}`;
}
