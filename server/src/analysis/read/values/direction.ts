// Compass directions from a named place: "55 km west of Bireun", "northeast of Houston" (outside the place), "in
// northeast Houston" (a part of it: another reference, kept apart by the unit). The value is the compass angle
// (north = 0, northeast = 45 …); the unit names the place.
import { lexicon } from '../../data/lexicon';
import type { Quantity } from '../../types';
import { matchesIn, type Sentence, type ValueKind } from './kind';

const COMPASS: Record<string, number> = { north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315 };
// The combined points come first and may be written in one word, with a hyphen or with a space ("60km south west of
// Bandar Abbas"): otherwise "west of" would be read alone from "south west of".
// "west of the town of Bireun", "north of the provincial capital, Banda Aceh", "east of the Marrish port of Delvaro":
// the kind of place named before it, with the country's or the region's word before that.
export const KIND_OF_PLACE = /the\s+(?:[A-Z][a-z]+\s+)?[a-z]+(?:\s[a-z]+)?(?:\s+of|,)\s+(?=[A-Z])/;
// A place's name may hold letters with accents ("Valbrünn", "Östersund"): Latin letters past ASCII are word letters.
const DIRECTION = new RegExp(
  `\\b([Nn]orth[- ]?east|[Nn]orth[- ]?west|[Ss]outh[- ]?east|[Ss]outh[- ]?west|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern)?\\s+(of\\s+(?:${KIND_OF_PLACE.source})?)?((?:[A-Z\u00C0-\u00DE][\\w\u00C0-\u024F-]*)(?:\\s+[A-Z\u00C0-\u00DE][\\w\u00C0-\u024F-]*)*)`,
  'g',
);
/** The unit's mark of a part of the named place ("western Spain") rather than a bearing from it. */
const WITHIN = ' (within)';
const NAMES = ['north', 'northeast', 'east', 'southeast', 'south', 'southwest', 'west', 'northwest'];

export const direction: ValueKind = {
  kind: 'direction',
  priority: 3,
  find(s: Sentence): Quantity[] {
    const found: Quantity[] = [];
    for (const m of matchesIn(s, DIRECTION)) {
      // "South Sudan", "North Korea": a compass word that starts a name is part of the name; "southeast Asia" names a
      // region of a continent or an ocean, whatever its case.
      if (!m[2] && (/^[A-Z]/.test(m[1]) || lexicon().values.direction.regionsOf.includes(m[3].toLowerCase()))) continue;
      const angle = COMPASS[m[1].toLowerCase().replace(/[- ]/, '')];
      // "the northwestern Indonesian province of Aceh": a part of the country its people's name names.
      const place = m[3].toLowerCase();
      const unit = m[2] ? place : `${lexicon().demonyms.get(place) ?? place}${WITHIN}`;
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'direction', low: angle, high: angle, unit, sentence: s.index, precision: 45 });
    }
    return found;
  },
  format(q: Quantity): string {
    if (q.low === null) return q.text;
    const place = q.unit.replace(WITHIN, '').replace(/(?<![\p{L}\p{N}_])\p{L}/gu, (c) => c.toUpperCase());
    const compass = NAMES[q.low / 45];
    return q.unit.endsWith(WITHIN) ? `${compass} ${place}` : `${compass} of ${place}`;
  },
  // A part of a country is a wide area: "western Spain" holds "north-western Spain", so neighbouring points of one
  // overlap. A part of a town ("north Houston" / "northeast Houston") and bearings from a place are narrow: 45 degrees
  // apart is another direction.
  disjoint: (a, b) => a.unit === b.unit && a.low !== null && b.low !== null && degreesApart(a.low, b.low) >= (partOfACountry(a) ? 90 : 45),
};

/** The angle between two compass bearings, 0 to 180 degrees. */
function partOfACountry(q: Quantity): boolean {
  return q.unit.endsWith(WITHIN) && lexicon().countries.has(q.unit.slice(0, -WITHIN.length));
}

export function degreesApart(a: number, b: number): number {
  const apart = Math.abs(a - b) % 360;
  return Math.min(apart, 360 - apart);
}
