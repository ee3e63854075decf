// Times of day, in minutes after midnight, with their zone: "2:53 p.m. local time", "1423 GMT", "at about 9 a.m.",
// "12:00 GMT", "noon", "17:06 hours local time", "1353 (1023 GMT)", "at 18:15". A zone with a fixed offset (GMT, UTC,
// IST, EST …) is converted to UTC (unit `time UTC`); local time and zones without one offset stay in their own unit
// (`time local`, `time ET`), so 3 p.m. local is never set against 12:00 GMT unless the story's sources give one time
// both ways (corpus/localTime.ts).
import { lexicon } from '../../data/lexicon';
import type { Quantity } from '../../types';
import { hedgeBefore } from './numbers';
import { matchesIn, type Sentence, type ValueKind } from './kind';

const CLOCK =
  /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b|in the morning\b|in the afternoon\b|in the evening\b|at night\b)|\b(\d{1,2}):(\d{2})(?=\s*(?:GMT|UTC)\b)|\b([01]\d|2[0-3])([0-5]\d)(?=\s*(?:GMT|UTC|hrs|hours\s+(?:GMT|UTC|local))\b)|\b(noon|midnight)\b|\b([01]?\d|2[0-3]):([0-5]\d)(?=\s*(?:hrs|hours|local\s+time)\b)|\b([01]\d|2[0-3])([0-5]\d)(?=\s*\(\s*(?:[01]\d|2[0-3])[:.]?[0-5]\d\s*(?:GMT|UTC)\s*\))/gi;
// "at 18:15", "from 06:30": a clock past 12 or with a leading zero, after a preposition of time, is a 24-hour clock (not
// "at 10:30", which may be either half of the day, nor a race time "in 18:15", nor "at 2:1").
const CLOCK_24 = /(?<=\b(?:at|from|until|till|by|before|after|around|about|since)\s)(0\d|1[3-9]|2[0-3]):([0-5]\d)\b(?![:.,]?\d)/gi;
let ZONE_AFTER: RegExp | undefined;

function zoneAfter(s: Sentence, at: number): string | undefined {
  const zones = Object.keys(lexicon().values.timeOfDay.zones);
  // Each run of spaces is taken by one \s* only (was (?:hours\s*)?(?:\(|,)?\s*: two runs that split the same spaces
  // every way before failing, quadratic in the spaces).
  ZONE_AFTER ??= new RegExp(`^\\s*(?:(?:hrs|hours)\\s*)?(?:[(,]\\s*)?(local time|${zones.join('|')})\\b`, 'i');
  return ZONE_AFTER.exec(s.text.slice(at, Math.min(s.to, at + 24)))?.[1];
}

/** The time `m` tells, `minutes` after midnight, with its zone and hedge. */
function timeAt(s: Sentence, m: RegExpExecArray, minutes: number, precision: number): Quantity | undefined {
  if (minutes >= 1440) return undefined;
  const end = m.index + m[0].length;
  const zoned = inZone(minutes, zoneAfter(s, end));
  const hedge = hedgeBefore(s.text, m.index);
  const width = hedgeWidth(minutes % 60, s.tolerances.clockMinutes);
  let [low, high] = [zoned.minutes, zoned.minutes];
  if (hedge?.kind === 'approximate') [low, high] = [low - width, high + width];
  else if (hedge?.kind === 'nearly' || hedge?.kind === 'below' || hedge?.kind === 'atMost') low -= width;
  else if (hedge) high += width;
  const start = hedge ? hedge.start : m.index;
  return { start, end, text: s.text.slice(start, end), kind: 'time', low, high, unit: zoned.unit, hedge: hedge?.phrase, sentence: s.index, ...(hedge ? {} : { precision }) };
}

/** Minutes after midnight in UTC, or in the zone itself when it has no fixed offset; the unit says which. */
function inZone(minutes: number, zone: string | undefined): { minutes: number; unit: string } {
  if (!zone || /local/i.test(zone)) return { minutes, unit: 'time local' };
  const offset = (lexicon().values.timeOfDay.zones as Record<string, number | null>)[zone.toLowerCase()];
  if (offset === null || offset === undefined) return { minutes, unit: `time ${zone.toUpperCase()}` };
  return { minutes: (((minutes - offset) % 1440) + 1440) % 1440, unit: 'time UTC' };
}

/**
 * How far a hedge reaches from a time: as far as the step its minutes are written to. "About 7 p.m." or "around 6:30"
 * is rounded to the half hour (± `clockMinutes`), "about 6:45" to the quarter, "about 6:40" to ten minutes: it is not
 * "about 7:40".
 */
function hedgeWidth(writtenMinutes: number, clockMinutes: number): number {
  const step = writtenMinutes % 30 === 0 ? clockMinutes : writtenMinutes % 15 === 0 ? 15 : 10;
  return Math.min(clockMinutes, step);
}

export const timeOfDay: ValueKind = {
  kind: 'time',
  priority: 6,
  circle: 1440,
  touchingApart: true,
  find(s: Sentence): Quantity[] {
    const found: Quantity[] = [];
    for (const m of matchesIn(s, CLOCK)) {
      let minutes: number;
      if (m[8]) minutes = m[8].toLowerCase() === 'noon' ? 720 : 0;
      else if (m[1]) {
        if (+m[1] > 12 || +m[1] === 0) continue;
        const pm = /^p|afternoon|evening/i.test(m[3]) || (/night/i.test(m[3]) && +m[1] >= 6);
        minutes = ((+m[1] % 12) + (pm ? 12 : 0)) * 60 + (m[2] ? +m[2] : 0);
      } else if (m[4]) minutes = +m[4] * 60 + +m[5];
      else if (m[6]) minutes = +m[6] * 60 + +m[7];
      // A 24-hour clock told as such ("17:06 hours local time"), or beside the same time in GMT ("1353 (1023 GMT)").
      else if (m[9]) minutes = +m[9] * 60 + +m[10];
      else minutes = +m[11] * 60 + +m[12];
      // A time without minutes is rounded to the hour or half hour; with minutes, to the minute.
      const time = timeAt(s, m, minutes, m[2] || m[4] || m[6] || m[9] || m[11] ? 1 : 30);
      if (time) found.push(time);
    }
    for (const m of matchesIn(s, CLOCK_24)) {
      // "at 17:06 hours local time" is read above.
      if (found.some((f) => f.start <= m.index && m.index < f.end)) continue;
      const time = timeAt(s, m, +m[1] * 60 + +m[2], 1);
      if (time) found.push(time);
    }
    return found.sort((a, b) => a.start - b.start);
  },
  format(q: Quantity): string {
    const clock = (v: number) => `${String(Math.floor((((v % 1440) + 1440) % 1440) / 60)).padStart(2, '0')}:${String(((v % 60) + 60) % 60).padStart(2, '0')}`;
    const zone = q.unit.replace(/^time /, '');
    if (q.low === null || q.high === null) return q.text;
    return `${q.low === q.high ? clock(q.low) : `${clock(q.low)}–${clock(q.high)}`} ${zone}`;
  },
};
