// quantity-conflict: how long, how many, how much, how far, how old. Durations, counts and tolls, sums of money,
// percentages, lengths and distances, magnitudes, ranks, ages and results (of a vote, a ruling, a game) of one
// statement whose values cannot both be true.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import type { Finding } from '../types';
import { claimConflicts } from './claimConflict';

export function quantityConflict(corpus: Corpus, config: Config): Finding[] {
  return claimConflicts(corpus, config, { code: 'quantity-conflict', attributes: new Set(['duration', 'count', 'money', 'percent', 'length', 'measure', 'magnitude', 'rank', 'age', 'score']) });
}
