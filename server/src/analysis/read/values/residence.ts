// Where a named person lives, as a place name: "X, 59, of College Point", "X, who lived in South Ozone Park", "South
// Richmond Hill resident X", "the 29-year-old from Delvaro" (of a person named just before). The value is the most
// local place ("Macomb County's Bruce Township" → Bruce Township);
// places known as large (the gazetteer's countries, cities and boroughs) or named as a region ("Macomb County") are
// left out, since they may hold the town another source names. The unit is the place, lower case; names compare.
import { lexicon } from '../../data/lexicon';
import type { Quantity } from '../../types';
import { matchesIn, type Sentence, type ValueKind } from './kind';

const PLACE_NAME = "[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*)*";
/**
 * What stands between a person's name and the place they live: "Raj K. Chohan, 59, of College Point", "Chohan, who
 * lived half a mile away in South Ozone Park". The age makes "of" a home, not an employer or an office ("Smith of
 * the Red Cross", "Casey of Pennsylvania").
 */
export const HOME_AFTER_NAME = /^,\s*(?:\d{1,3},\s*(?:of|from)|who\s+(?:had\s+)?(?:lived|lives|resided|resides)\b[^,.;"“”]{0,40}?\bin)\s+(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*['’]s\s+)?$/;
/** "the 29-year-old from Delvaro", "The 41-year-old mechanic of Marrowby": a person the text has named, told by their age. */
export const HOME_AFTER_AGE = /\bthe\s+\d{1,3}-year-old\s+(?:[a-z]+\s+)?(?:of|from)\s+$/i;
const HOME = new RegExp(
  `(?:[\\w.],\\s*(?:\\d{1,3},\\s*(?:of|from)|who\\s+(?:had\\s+)?(?:lived|lives|resided|resides)\\b[^,.;"“”]{0,40}?\\bin)\\s+(${PLACE_NAME}(?:['’]s\\s+${PLACE_NAME})?))|(?:(${PLACE_NAME})\\s+resident\\s+(?=[A-Z]))|(?:\\b[Tt]he\\s+\\d{1,3}-year-old\\s+(?:[a-z]+\\s+)?(?:of|from)\\s+(${PLACE_NAME}))`,
  'g',
);

export const residence: ValueKind = {
  kind: 'residence',
  priority: 9,
  find(s: Sentence): Quantity[] {
    const lex = lexicon();
    const found: Quantity[] = [];
    for (const m of matchesIn(s, HOME)) {
      const whole = m[1] ?? m[2] ?? m[3];
      const local = whole.split(/['’]s\s+/).pop()!;
      const start = m.index + m[0].indexOf(whole) + whole.length - local.length;
      const name = local.toLowerCase();
      const last = name.split(/\s+/).pop()!;
      if (lex.places.has(name) || lex.curatedTypes.has(name) || lex.regionWords.has(last)) continue;
      found.push({ start, end: start + local.length, text: local, kind: 'residence', low: 0, high: 0, unit: name, sentence: s.index, precision: 1 });
    }
    return found;
  },
  format: (q) => q.text,
  disjoint: (a, b) => a.unit !== b.unit,
};
