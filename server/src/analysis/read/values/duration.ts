// Durations, in minutes: "an hour and a half", "nearly 90 minutes", "5 1/2 years", "an hour-long call", "over a six-year period",
// "eight days on the run", "a decade". "A week" in a headline may drop its article ("captured after week on the run").
import { lexicon } from '../../data/lexicon';
import type { Quantity } from '../../types';
import { showInterval, type Sentence, type ValueKind } from './kind';
import { NUMBER, parseNumber, precisionOf } from './numbers';
import { scan, type Pattern } from './scan';

const UNIT = '(?:second|minute|hour|day|night|week|month|year|decade)';
const UNITS = `${UNIT}s?`;

export function minutesOf(unit: string): number {
  const units = lexicon().values.duration.units as Record<string, number>;
  return units[unit.toLowerCase().replace(/s$/, '')] ?? NaN;
}

const FRACTIONS: Record<string, number> = { '1/2': 0.5, '½': 0.5, '1/4': 0.25, '¼': 0.25, '3/4': 0.75, '¾': 0.75 };

/** Hours, minutes and seconds ("2:00:35"): read only as a race time. */
const RACE_CLOCK = '(\\d{1,2}):([0-5]\\d):([0-5]\\d)';
const RACE_TIME = new RegExp(`^${RACE_CLOCK}$`);

/** Hours, minutes and seconds written out in words ("2 hours 5 minutes 41 seconds", "two hours, five minutes and 41 seconds"). */
const RACE_WORDS = /^\S+ hours?,? (?:and )?\S+ minutes?,? (?:and )?\S+ seconds?$/i;

/**
 * Whether a duration is a race time: hours, minutes and seconds, as the race-time pattern reads them ("finishing in
 * 2:00:35") or written out in words. A span told to the second and over an hour is a time run, not how long something
 * lasted.
 */
export function isRaceTime(q: Quantity): boolean {
  return q.kind === 'duration' && (RACE_TIME.test(q.text) || RACE_WORDS.test(q.text));
}

let patterns: Pattern[] | undefined;

function durationPatterns(): Pattern[] {
  const minutes = minutesOf;
  // "about 14 Earth days": a word that leaves the unit's length as it is (duration.unitQualifiers).
  const qualifiers = (lexicon().values.duration.unitQualifiers as string[]).join('|');
  return [
    { re: new RegExp(`\\b(an?|one) (${UNIT}) and a half\\b`, 'iy'), value: (m) => ({ value: 1.5 * minutes(m[2]), unit: 'minute' }) },
    { re: new RegExp(`\\b(${NUMBER}) and a half (${UNITS})\\b`, 'iy'), value: (m) => ({ value: (parseNumber(m[1]) + 0.5) * minutes(m[2]), unit: 'minute' }) },
    { re: new RegExp(`\\b(an?|one) hour and (${NUMBER}) minutes?\\b`, 'iy'), value: (m) => ({ value: 60 + parseNumber(m[2]), unit: 'minute' }) },
    // "finishing in 2:00:35", "a time of 2:01:09", "won in a course-record 2:05:41": a race time, hours, minutes and
    // seconds. Only after "in" or "of" (and a record or a best) and before no zone or half of the day: "at 10:32:15 a.m."
    // is a clock time.
    {
      re: new RegExp(`(?<=\\b(?:in|of)\\s(?:(?:a|an|the)\\s(?:[\\w-]+\\s)?(?:record|best)\\s)?|\\w-(?:record|best)\\s)${RACE_CLOCK}\\b(?!\\s*(?:[ap]\\.?m\\b|GMT|UTC|local))`, 'iy'),
      value: (m) => ({ value: +m[1] * 60 + +m[2] + +m[3] / 60, unit: 'minute', precision: 1 / 60 }),
    },
    // "two hours and 41 minutes", "2 hours 41 minutes", "three years and six months", "2 hours 0 minutes 35 seconds": one
    // span told in two or three units, each the smaller.
    {
      re: new RegExp(`\\b(${NUMBER}|an?|one) (${UNITS}),? (?:and )?(${NUMBER}) (${UNITS})(?:,? (?:and )?(${NUMBER}) (${UNITS}))?\\b`, 'iy'),
      value: (m) => {
        const [larger, smaller, smallest] = [minutes(m[2]), minutes(m[4]), m[6] ? minutes(m[6]) : 0];
        if (!(smaller < larger) || (m[6] && !(smallest < smaller))) return null;
        const count = (n: string) => (/^(?:an?|one)$/i.test(n) ? 1 : parseNumber(n));
        const [part, last] = [count(m[3]), m[5] ? count(m[5]) : 0];
        return { value: count(m[1]) * larger + part * smaller + last * smallest, unit: 'minute', precision: m[6] ? precisionOf(last) * smallest : precisionOf(part) * smaller };
      },
    },
    { re: new RegExp(`\\bhalf an? (${UNIT})\\b`, 'iy'), value: (m) => ({ value: 0.5 * minutes(m[1]), unit: 'minute' }) },
    { re: new RegExp(`\\b(?:an? )?(${UNIT})[-\\s]long\\b`, 'iy'), value: (m) => ({ value: minutes(m[1]), unit: 'minute', compound: true }) },
    // "5 1/2 years", "a 2-1/2 year sentence", "4½ months": a whole number and a fraction, rounded to the fraction.
    {
      re: new RegExp(`\\b(\\d+)(?:[-\\s](1/2|1/4|3/4)|(½|¼|¾))[-\\s](${UNITS})(?:[-\\s]long)?\\b`, 'iy'),
      value: (m) => {
        const part = FRACTIONS[m[2] ?? m[3]];
        const unit = minutes(m[4]);
        return { value: (+m[1] + part) * unit, unit: 'minute', precision: (part === 0.5 ? 0.5 : 0.25) * unit };
      },
    },
    {
      re: new RegExp(`\\b(${NUMBER})[-\\s](?:(?:${qualifiers})\\s)?(${UNITS})(?:[-\\s]long)?\\b`, 'iy'),
      value: (m) => ({ value: parseNumber(m[1]) * minutes(m[2]), unit: 'minute', precision: precisionOf(parseNumber(m[1])) * minutes(m[2]) }),
    },
    // "a second" is more often an ordinal ("a second bomb") than a duration.
    { re: new RegExp(`\\b(an?|one)\\s(${UNIT})\\b`, 'iy'), value: (m) => (/^second$/i.test(m[2]) ? null : { value: minutes(m[2]), unit: 'minute' }) },
    // "captured after week on the run": headlines drop the article.
    { re: /(?<=\b(?:after|for|within)\s)(day|week|month|year)\b/iy, value: (m) => ({ value: minutes(m[1]), unit: 'minute' }) },
  ];
}

const DURATION_UNITS: Array<[number, string]> = [
  [525600, 'years'],
  [43800, 'months'],
  [10080, 'weeks'],
  [1440, 'days'],
  [60, 'h'],
  [1, 'min'],
  // "won by 2.4 seconds": under a minute, in seconds (not "0 min").
  [1 / 60, 's'],
];

/**
 * "$160 million over eight years", "110 billion euros in loans over three years", "a 77 percent pay rise over six
 * years": "over" right after a sum, or a percentage and the noun of its change, is the span the sum is paid or spent
 * in, or the change made in, not "more than"; the span is read as written. Asked of every value of a sentence once
 * all kinds have read it (values/index.ts), as the sum is another kind's.
 */
export function spanOfASum(sentence: Sentence, q: Quantity, values: readonly Quantity[]): Quantity {
  if (q.kind !== 'duration' || q.hedge !== 'over' || !followsASum(sentence.text, q.start, values)) return q;
  const at = q.start + 'over '.length;
  const unit = minutesOf(q.text.split(/[\s-]/).pop() ?? '');
  const { hedge: _over, ...rest } = q;
  return { ...rest, start: at, text: sentence.text.slice(at, q.end), high: q.low, ...(Number.isFinite(unit) ? { precision: unit } : {}) };
}

/** Whether the "over" at `over` stands right after a sum of `values` (the span the sum is paid or spent in). */
export function followsASum(text: string, over: number, values: readonly Quantity[]): boolean {
  return values.some((v) => v.end <= over && over - v.end <= 60 && (v.kind === 'money' ? SUM_THEN_OVER : v.kind === 'percent' ? RISE_THEN_OVER : undefined)?.test(text.slice(v.end, over).trim().replace(/\s+/g, ' ')) === true);
}

/**
 * What may stand between a sum and the "over" of its span: nothing, "in" and a noun ("in loans", "in federal aid"), or
 * whom it came from ("stole $1.2 million from the town of Marrowby over nine years").
 */
const SUM_THEN_OVER = /^(?:in(?: [a-z]+){1,2}|from(?: [A-Za-z][\w'’-]*){1,8})?\(?$/;
/**
 * What stands between a percentage and the "over" of its span: the noun of the change ("a 77 percent pay rise over six
 * years"), no preposition ("40 percent of voters over 65 years old" is an age).
 */
const RISE_THEN_OVER = /^(?!(?:of|in|for|to|among|from|at)\b)[a-z]+(?: (?!(?:of|in|for|to|among|from|at)\b)[a-z]+)?$/;

export const duration: ValueKind = {
  kind: 'duration',
  priority: 2,
  halfStepApart: true,
  find(s: Sentence): Quantity[] {
    patterns ??= durationPatterns();
    return scan(s, 'duration', patterns);
  },
  format(q: Quantity): string {
    // A time of an hour or more to the second ("2:00:35") is shown so: in minutes, two race times a few seconds apart
    // read alike.
    if (q.precision !== undefined && q.precision < 1 && q.low !== null && q.low === q.high && q.low >= 60) return clockOfSeconds(Math.round(q.low * 60));
    const reference = q.low ?? q.high ?? 0;
    // Minutes read best up to a few hours ("90 min", not "1.5 h").
    const [size, unit] = DURATION_UNITS.find(([size]) => !(size === 60 && reference < 300) && reference >= size) ?? [1, 'min'];
    // "a week" is "1 week", not "1 weeks".
    return showInterval(q, unit, size).replace(/^1 (year|month|week|day)s$/, '1 $1');
  },
};

/** Seconds of an hour or more as "2:00:35" (hours, minutes, seconds). */
function clockOfSeconds(seconds: number): string {
  const [h, m, sec] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${h}:${two(m)}:${two(sec)}`;
}
