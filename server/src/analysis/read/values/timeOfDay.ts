// Times of day, in minutes after midnight, with their zone: "2:53 p.m. local time", "1423 GMT", "at about 9 a.m.",
// "12:00 GMT", "noon", "17:06 hours local time", "1353 (1023 GMT)", "at 18:15", "a quarter past nine". A zone with a
// fixed offset (GMT, UTC, IST, EST …) is converted to UTC (unit `time UTC`); local time and zones without one offset stay
// in their own unit (`time local`, `time ET`), so 3 p.m. local is never set against 12:00 GMT unless the story's sources
// give one time both ways (corpus/localTime.ts).
import { lexicon } from '../../data/lexicon';
import type { Quantity } from '../../types';
import { WORD_NUMBER, hedgeBefore, parseNumber } from './numbers';
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

/**
 * The time text[at, end) tells, `minutes` after midnight, with its zone and hedge. Right after "before" or "by" (with no
 * hedge) it ends a span of the day, after "after" it starts one (`openBounds`): "freed before noon" meets "11:40 a.m.".
 */
function timeAt(s: Sentence, at: number, end: number, minutes: number, precision: number, halfDay = false): Quantity | undefined {
  if (minutes >= 1440) return undefined;
  const zoned = inZone(minutes, zoneAfter(s, end));
  const hedge = hedgeBefore(s.text, at);
  const width = hedgeWidth(minutes % 60, s.tolerances.clockMinutes);
  let [low, high] = [zoned.minutes, zoned.minutes];
  if (hedge?.kind === 'approximate') [low, high] = [low - width, high + width];
  else if (hedge?.kind === 'nearly' || hedge?.kind === 'below' || hedge?.kind === 'atMost') low -= width;
  else if (hedge) high += width;
  const bound = hedge ? undefined : openBound(s, at);
  if (bound?.kind === 'upTo') low -= OPEN_SPAN;
  else if (bound?.kind === 'from') high += OPEN_SPAN;
  const start = hedge ? hedge.start : at;
  return { start, end, text: s.text.slice(start, end), kind: 'time', low, high, unit: zoned.unit, hedge: hedge?.phrase ?? bound?.word, sentence: s.index, ...(hedge || bound ? {} : { precision }), ...(halfDay ? { halfDay } : {}) };
}

/** How far a time after "before" or "after" may lie from it: a quarter of the day ("before noon" is the morning). */
const OPEN_SPAN = 360;
const BOUND_REACH = 8;

/** "before" or "by" ("upTo"), or "after" ("from"), right before the time at `at`, with the word (the value's hedge). */
function openBound(s: Sentence, at: number): { kind: 'upTo' | 'from'; word: string } | undefined {
  const before = s.text.slice(Math.max(s.from, at - BOUND_REACH), at);
  if (!/\s$/.test(before)) return undefined;
  const word = before.trimEnd().split(/\s/).pop()?.toLowerCase() ?? '';
  const { upTo, from } = lexicon().values.timeOfDay.openBounds;
  return upTo.includes(word) ? { kind: 'upTo', word } : from.includes(word) ? { kind: 'from', word } : undefined;
}

/**
 * A clock told in words: "a quarter past nine", "half past ten", "twenty to twelve", "ten minutes to midnight", "seven
 * o'clock", "four in the morning", with its half of the day when words after it say it ("in the morning", "at night",
 * "p.m."). Minutes in words alone before "to" ("ten to five") tell a time only after a preposition of time or before a
 * part of the day, and the hour no noun: "from five to ten", "ten to twelve hostages" are ranges.
 */
const CLOCK_WORDS = new RegExp(
  `\\b(?:(an?\\s+quarter|quarter|half|twenty-five|twenty|ten|five|(\\d{1,2}|${WORD_NUMBER})\\s+minutes?)\\s+(past|after|to)\\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|1[0-2]|[1-9])|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])\\s+o['’]clock|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)\\b))\\b`,
  'gi',
);
const HOUR_WORDS: Record<string, number> = { noon: 12, midnight: 0 };
/** From this clock (in minutes of a half day) on, a time "at night" is in the evening. */
const NIGHT_FROM = 5 * 60;
const TIME_PREPOSITION_BEFORE = /\b(?:at|around|about|approximately|roughly|by|until|till|before|after|shortly|just)\s+$/i;

function clocksInWords(s: Sentence): Quantity[] {
  const found: Quantity[] = [];
  const words = lexicon().values.timeOfDay.clockWords;
  for (const m of matchesIn(s, CLOCK_WORDS)) {
    const hourWord = (m[4] ?? m[5] ?? m[6]).toLowerCase();
    const hour = HOUR_WORDS[hourWord] ?? parseNumber(hourWord);
    const minutes = m[5] || m[6] ? 0 : /quarter/i.test(m[1]) ? 15 : /^half$/i.test(m[1]) ? 30 : parseNumber(m[2] ?? m[1]);
    if (!(minutes >= 0 && minutes < 60) || !(hour >= 0 && hour <= 12)) continue;
    let end = m.index + m[0].length;
    const half = halfOfDay(s.text.slice(end, s.to), words);
    const bareToMinutes = !m[2] && !m[5] && /^to$/i.test(m[3] ?? '') && !/quarter|half/i.test(m[1]);
    if (!half && bareToMinutes && !TIME_PREPOSITION_BEFORE.test(s.text.slice(Math.max(s.from, m.index - 16), m.index))) continue;
    const next = /^\s*([a-z][\w.'’-]*)/.exec(s.text.slice(end, s.to))?.[1];
    if (!half && next && !words.followers.includes(next.toLowerCase())) continue;
    if (half) end += half.length;
    const offset = /^to$/i.test(m[3] ?? '') ? -minutes : minutes;
    // Noon and midnight name their half themselves: "twenty minutes to midnight" is 23:40, "ten past noon" 12:10.
    const named = HOUR_WORDS[hourWord];
    const part = named === undefined ? half?.part : undefined;
    let time = named !== undefined ? (named * 60 + offset + 1440) % 1440 : ((hour % 12) * 60 + offset + 720) % 720;
    // "At night" is the evening's hours and the small hours: "a quarter to twelve at night" is 23:45, "half past two"
    // 02:30.
    if (part === 'afternoon' || (part === 'night' && time >= NIGHT_FROM)) time += 720;
    const q = timeAt(s, m.index, end, time, m[5] || m[6] ? 30 : /quarter|half/i.test(m[1]) ? 15 : 5, named === undefined && !part);
    if (q) found.push(q);
  }
  return found;
}

/** The words right after a clock in words that say its half of the day, with the part they name. */
function halfOfDay(after: string, words: { morning: string[]; afternoon: string[]; night: string[] }): { part: 'morning' | 'afternoon' | 'night'; length: number } | undefined {
  const rest = after.trimStart().toLowerCase();
  const spaces = after.length - rest.length;
  if (spaces === 0) return undefined;
  for (const part of ['morning', 'afternoon', 'night'] as const) {
    const phrase = words[part].find((p) => rest.startsWith(p) && !/^\w/.test(rest.slice(p.length)));
    if (phrase) return { part, length: spaces + phrase.length };
  }
  return undefined;
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
    let found: Quantity[] = [];
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
      const time = timeAt(s, m.index, m.index + m[0].length, minutes, m[2] || m[4] || m[6] || m[9] || m[11] ? 1 : 30);
      if (time) found.push(time);
    }
    for (const m of matchesIn(s, CLOCK_24)) {
      // "at 17:06 hours local time" is read above.
      if (found.some((f) => f.start <= m.index && m.index < f.end)) continue;
      const time = timeAt(s, m.index, m.index + m[0].length, +m[1] * 60 + +m[2], 1);
      if (time) found.push(time);
    }
    // "twenty minutes to midnight" is one time, not "midnight".
    for (const time of clocksInWords(s)) {
      if (found.some((f) => f.start < time.end && time.start < f.end && !(time.start <= f.start && f.end <= time.end))) continue;
      found = found.filter((f) => !(time.start <= f.start && f.end <= time.end));
      found.push(time);
    }
    return found.sort((a, b) => a.start - b.start);
  },
  format(q: Quantity): string {
    const clock = (v: number) => `${String(Math.floor((((v % 1440) + 1440) % 1440) / 60)).padStart(2, '0')}:${String(((v % 60) + 60) % 60).padStart(2, '0')}`;
    const zone = q.unit.replace(/^time /, '');
    if (q.low === null || q.high === null) return q.text;
    const told = (turn: number) => (q.low === q.high ? clock(q.low! + turn) : `${clock(q.low! + turn)}–${clock(q.high! + turn)}`);
    // A clock without its half of the day is either time.
    return `${told(0)}${q.halfDay ? ` or ${told(720)}` : ''} ${zone}`;
  },
};
