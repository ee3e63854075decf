// place-conflict: where it happened. The same incident placed in directions from one named place that
// exclude each other ("55 km west of Bireun" vs "55 km south of Bireun"); a place inside the named one
// ("northeast Houston") is compared only with other places inside it. Where one person lives ("X, 59, of College
// Point" vs "X, who lived in South Ozone Park"), when both name a town or neighbourhood rather than a region.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import type { Finding } from '../types';
import { claimConflicts } from './claimConflict';

export function placeConflict(corpus: Corpus, config: Config): Finding[] {
  return claimConflicts(corpus, config, { code: 'place-conflict', attributes: new Set(['direction', 'residence']) });
}
