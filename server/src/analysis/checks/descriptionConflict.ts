// description-conflict: the same person or thing described in ways that exclude each other: a named thing in
// two colours ("a silver Toyota Camry" vs "a black Toyota Camry"), a relative of one person with two age ranks
// ("the older sister of X" vs "X's younger sister"), a death charged as two grades of homicide ("murder" vs
// "vehicular manslaughter"), a counted group of one nationality rescued or captured ("rescued 26 Somali crewmembers"
// vs "apprehending 26 Somali pirates"), a named ship in two classes ("frigate INS Sukanya" vs "patrol vessel INS Sukanya").
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import type { Finding } from '../types';
import { claimConflicts } from './claimConflict';

export function descriptionConflict(corpus: Corpus, config: Config): Finding[] {
  return claimConflicts(corpus, config, { code: 'description-conflict', attributes: new Set(['category']) });
}
