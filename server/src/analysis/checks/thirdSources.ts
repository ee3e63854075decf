// Which statements of a story give their value beside another of its kind, told apart in one sentence: the index
// `thirdSourceGivesBoth` (claimConflict.ts) asks of, for every pair of a count's or a sum's sides. Asked of every
// statement of the story at each pair, the question was cubic in a story's size (61 s of 183 s of the checks at 10,000
// generated articles, docs/speed.md); a corpus never changes once built, so each statement's values are found once.
import type { Corpus } from '../corpus/corpus';
import type { Attribute, Quantity, QuantityKind, Reading } from '../types';
import { partsAndWholes, valuesTellingApart } from './sentenceValues';

/** A statement of the story whose sentence tells its value apart from `apart`, each another thing of its kind. */
export interface ToldApart {
  uri: string;
  value: Quantity;
  apart: readonly Quantity[];
}

/**
 * How a kind of value is told apart in a sentence: sums in any listing; counts only as a part and its whole ("three
 * of his eight children"), as any listing of counts hid a dev-key contradiction ("three other explosions" / "two
 * bombs", ecbplus_09). Other kinds are not.
 */
const TELLERS: Partial<Record<QuantityKind, (reading: Reading, q: Quantity, exact: number) => Quantity[]>> = {
  money: valuesTellingApart,
  count: partsAndWholes,
};

type Index = Map<string, ToldApart[]>;
const indexes = new WeakMap<Corpus, Index>();

/**
 * The statements of `attribute` of the corpus whose sentence tells their value apart, as the listing of `kind`'s values
 * does; none when such values are not told apart so. Built once per corpus, attribute, kind and tolerance.
 */
export function statementsToldApart(corpus: Corpus, attribute: Attribute, kind: QuantityKind, exact: number): readonly ToldApart[] {
  const teller = TELLERS[kind];
  if (!teller) return [];
  let index = indexes.get(corpus);
  if (!index) indexes.set(corpus, (index = new Map()));
  const key = `${attribute}\u0000${kind}\u0000${exact}`;
  let found = index.get(key);
  if (!found) {
    found = [];
    for (const [uri, reading] of corpus.readings) {
      for (const c of reading.claims) {
        if (c.attribute !== attribute) continue;
        const value = reading.quantities[c.quantity];
        // The pair's own values are of `kind`; a value of another kind gives neither.
        if (value.kind !== kind) continue;
        const apart = teller(reading, value, exact);
        if (apart.length > 0) found.push({ uri, value, apart });
      }
    }
    index.set(key, found);
  }
  return found;
}
