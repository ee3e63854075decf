// The story's local time as the sources themselves give it: "9:23 p.m. local time (1423 GMT)" tells that local time
// is seven hours ahead of UTC where the story happens. Times given in GMT or UTC are then compared with the times of
// day read without a zone or as local time (read/values/timeOfDay.ts, unit `time local`) by other sources.
import { lexicon } from '../data/lexicon';
import type { Quantity, Reading } from '../types';

const DAY = 1440;

/**
 * Text between a time and the same time in another zone: "9:23 p.m. local time (1423 GMT)", "1423 GMT, or 9:23 p.m.",
 * "2:09 a.m. (0909 GMT)". The first time's zone is not part of its value's text. (Each run of spaces is taken by one
 * \s* only: two that could split the same run backtracked quadratically, test/unit/regexes.test.ts.)
 */
const BETWEEN_ONE_TIME = /^\s*(?:(?:hrs|hours)\s*)?(?:(?:local\s+time|[A-Z]{2,5})\s*)?(?:[(,/–—-]\s*)?(?:or\s+)?$/;

/**
 * The offset of local time from UTC, in minutes, when the story's sources give some time both ways and every such
 * pair agrees; undefined otherwise (no pair, or pairs of two zones: a story told from two places).
 */
export function localOffset(readings: Iterable<Reading>): number | undefined {
  let offset: number | undefined;
  for (const reading of readings) {
    const times = reading.quantities.filter((q) => q.kind === 'time' && q.low !== null && q.low === q.high);
    for (let i = 1; i < times.length; i++) {
      const [a, b] = [times[i - 1], times[i]];
      if (a.sentence !== b.sentence || !BETWEEN_ONE_TIME.test(reading.text.slice(a.end, b.start))) continue;
      const local = a.unit === 'time local' ? a : b.unit === 'time local' ? b : undefined;
      const utc = a.unit === 'time UTC' ? a : b.unit === 'time UTC' ? b : undefined;
      if (!local || !utc) continue;
      const found = (((local.low! - utc.low!) % DAY) + DAY) % DAY;
      if (offset !== undefined && offset !== found) return undefined;
      offset = found;
    }
  }
  return offset;
}

/**
 * A time given in UTC as the story's local time, by the story's offset (local times are what most sources write, and
 * what messages show); undefined for a span that the conversion would cut at midnight.
 */
export function utcAsLocal(q: Quantity, offset: number): Quantity | undefined {
  if (q.kind !== 'time' || q.unit !== 'time UTC' || q.low === null || q.high === null) return undefined;
  const low = (((q.low + offset) % DAY) + DAY) % DAY;
  const high = low + (q.high - q.low);
  if (high >= DAY) return undefined;
  return { ...q, low, high, unit: 'time local' };
}

let UTC_PLACES: Set<string> | undefined;
/** Whether a reading names a place whose local time is, or may be, UTC: made once per reading. */
const namesUtcPlace = new WeakMap<Reading, boolean>();

/** Whether some reading names a place on UTC (the lexicon's `values.timeOfDay.utcPlaces`): "London", "Ireland", "Accra". */
export function mayBeOnUtc(readings: Iterable<Reading>): boolean {
  UTC_PLACES ??= new Set((lexicon().values.timeOfDay.utcPlaces as string[]).map((p) => p.toLowerCase()));
  const places = UTC_PLACES;
  for (const reading of readings) {
    let names = namesUtcPlace.get(reading);
    if (names === undefined) {
      names = reading.mentions.some((m) => (m.type === 'place' || m.type === 'organization' || m.type === 'other') && places.has(reading.text.slice(m.start, m.end).toLowerCase()));
      namesUtcPlace.set(reading, names);
    }
    if (names) return true;
  }
  return false;
}

/**
 * One clock time to the minute given in UTC by one source and as local time by another ("struck inland at 0737 GMT"
 * / "took place at 7:37 AM local time") where the story's local time is not UTC (`notLocal`, set when no source gives
 * a local time beside a UTC one and none names a place on UTC): a UTC time copied as local, one of them is wrong.
 * Only the same minute: two different clock times in two zones say nothing without the offset.
 */
export function sameClockTwoZones(a: Quantity, b: Quantity): boolean {
  if (a.kind !== 'time' || b.kind !== 'time') return false;
  const [utc, local] = a.unit === 'time UTC' ? [a, b] : [b, a];
  if (!utc.notLocal || utc.unit !== 'time UTC' || local.unit !== 'time local') return false;
  return utc.low !== null && utc.low === utc.high && local.low === local.high && local.low === utc.low && !utc.hedge && !local.hedge;
}
