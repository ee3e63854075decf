// place-spelling: a capitalised name that is not a person's ("Schnectady", "Gulf of Eden") written one way by one
// source (or two) and a letter apart by the others; one source against one when the contexts show one name
// ("Taludi" / "Talodi" in the same sentence). The pairs and their contexts come from corpus/spellings.ts, as for
// name-spelling; persons are name-spelling's.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import type { Finding } from '../types';
import { spellingFindings } from './nameSpelling';

export function placeSpelling(corpus: Corpus, config: Config): Finding[] {
  return spellingFindings(corpus, config, 'place-spelling', false);
}
