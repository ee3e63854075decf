// description-conflict: the same person or thing described in ways that exclude each other, such as
// a named thing in two colours ("a silver Toyota Camry" vs "a black Toyota Camry").
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import type { Finding } from '../types';
import { claimConflicts } from './claimConflict';

export function descriptionConflict(corpus: Corpus, config: Config): Finding[] {
  return claimConflicts(corpus, config, {
    code: 'description-conflict',
    attributes: new Set(['color']),
    name: (_corpus, group) => `colour of the ${group.claims[0].quantity.text.replace(/^\S+\s+/, '')}`,
  });
}
