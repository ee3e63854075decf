// Quantities as intervals: durations (in minutes), counts, money and percentages, with the hedge
// that made a value an interval ("more than an hour" → (60, ∞); "nearly 90 minutes" → [79, 90]).
import type { Tolerances } from '../config';
import { lexicon, type HedgeKind } from '../data/lexicon';
import type { Quantity, QuantityKind } from '../types';
import { mojibakeOf, repairMojibake } from '../text/mojibake';

export const SMALL: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, 'a dozen': 12, 'half a dozen': 6,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, mn: 1e6, bn: 1e9, k: 1e3 };
const MINUTES: Record<string, number> = { second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 10080, month: 43800, year: 525600, decade: 5256000 };
const CURRENCY: Record<string, string> = { $: 'USD', 'us$': 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY', rupee: 'INR', rupees: 'INR', yuan: 'CNY', rubles: 'RUB', roubles: 'RUB', hryvnias: 'UAH' };

const WORD_NUM = '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|half a dozen|a dozen|dozen)';
const DIGITS = '(?:\\d{1,3}(?:,\\s?\\d{3})+|\\d+)(?:\\.\\d+)?';
const SCALE_RE = '(?:\\s?(?:hundred|thousand|million|billion|trillion)|(?:m|mn|bn|k)\\b)';
const NUMBER = `(?:${DIGITS}${SCALE_RE}?|${WORD_NUM}(?:\\s(?:hundred|thousand|million|billion))?)`;
// Counts are matched case-sensitively (the unit may be a capitalised adjective), so number words are spelled both
// ways: "Five bombs were dropped" starts a sentence.
const NUMBER_ANY_CASE = NUMBER.replace(/(^|[(|:])([a-z])/g, (_m, before: string, c: string) => `${before}[${c}${c.toUpperCase()}]`);
const UNIT = '(?:second|minute|hour|day|week|month|year|decade)s?';
// The spellings of lexicon.json's distanceUnits, longest first.
const DISTANCE_UNIT = '(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?)';

// Order matters: the first pattern to match at a position wins, longer forms first.
const PATTERNS: Array<{ kind: QuantityKind; re: RegExp; value: (m: RegExpExecArray) => { value: number; unit: string; compound?: boolean; low?: number; high?: number | null; precision?: number } | null }> = [
  { kind: 'duration', re: new RegExp(`\\b(an?|one) (${UNIT.replace('s?', '')}) and a half\\b`, 'iy'), value: (m) => ({ value: 1.5 * unitMinutes(m[2]), unit: 'minute' }) },
  { kind: 'duration', re: new RegExp(`\\b(${NUMBER}) and a half (${UNIT})\\b`, 'iy'), value: (m) => ({ value: (parseNumber(m[1]) + 0.5) * unitMinutes(m[2]), unit: 'minute' }) },
  { kind: 'duration', re: new RegExp(`\\b(an?|one) hour and (${NUMBER}) minutes?\\b`, 'iy'), value: (m) => ({ value: 60 + parseNumber(m[2]), unit: 'minute' }) },
  { kind: 'duration', re: new RegExp(`\\bhalf an? (${UNIT.replace('s?', '')})\\b`, 'iy'), value: (m) => ({ value: 0.5 * unitMinutes(m[1]), unit: 'minute' }) },
  { kind: 'duration', re: new RegExp(`\\b(?:an? )?(${UNIT.replace('s?', '')})[-\\s]long\\b`, 'iy'), value: (m) => ({ value: unitMinutes(m[1]), unit: 'minute', compound: true }) },
  { kind: 'duration', re: new RegExp(`\\b(${NUMBER})[-\\s](${UNIT})(?:[-\\s]long)?\\b`, 'iy'), value: (m) => ({ value: parseNumber(m[1]) * unitMinutes(m[2]), unit: 'minute', precision: precisionOf(parseNumber(m[1])) * unitMinutes(m[2]) }) },
  { kind: 'duration', re: new RegExp(`\\b(an?|one)\\s(${UNIT.replace('s?', '')})\\b`, 'iy'), value: (m) => ({ value: unitMinutes(m[2]), unit: 'minute' }) },
  // "captured after week on the run": headlines drop the article.
  { kind: 'duration', re: /(?<=\b(?:after|for|within)\s)(day|week|month|year)\b/iy, value: (m) => ({ value: unitMinutes(m[1]), unit: 'minute' }) },
  // Currency signs as written, and as mojibake ("Â£", "â‚¬": UTF-8 once decoded as Windows-1252).
  { kind: 'money', re: new RegExp(`(US\\$|\\$|£|€|¥|₹|${['£', '€', '¥', '₹'].map(mojibakeOf).join('|')})\\s?(${DIGITS})(${SCALE_RE})?`, 'iy'), value: (m) => ({ value: parseNumber(m[2] + (m[3] ?? '')), unit: CURRENCY[repairMojibake(m[1]).toLowerCase()], precision: precisionOf(parseNumber(m[2] + (m[3] ?? ''))) }) },
  { kind: 'money', re: new RegExp(`\\b(${NUMBER}) (dollars|euros|pounds|yen|rupees|yuan|rubles|roubles|hryvnias)\\b`, 'iy'), value: (m) => ({ value: parseNumber(m[1]), unit: CURRENCY[m[2].toLowerCase()], precision: precisionOf(parseNumber(m[1])) }) },
  // Distances in kilometres (miles converted: a fixed ratio); before counts, so "25 miles" is not a count of miles.
  { kind: 'distance', re: new RegExp(`\\bhalf an? (${DISTANCE_UNIT})\\b`, 'iy'), value: (m) => distanceOf(0.5, m[1], 0.5) },
  { kind: 'distance', re: new RegExp(`\\b(an?|one) (${DISTANCE_UNIT}) and a half\\b`, 'iy'), value: (m) => distanceOf(1.5, m[2], 0.5) },
  { kind: 'distance', re: new RegExp(`\\b(${NUMBER}) and a half (${DISTANCE_UNIT})\\b`, 'iy'), value: (m) => distanceOf(parseNumber(m[1]) + 0.5, m[2], 0.5) },
  { kind: 'distance', re: new RegExp(`\\b(${NUMBER})[-\\s]?(${DISTANCE_UNIT})\\b`, 'iy'), value: (m) => distanceOf(parseNumber(m[1]), m[2]) },
  { kind: 'percent', re: new RegExp(`\\b(${DIGITS})\\s?(%|percent\\b|per cent\\b)`, 'iy'), value: (m) => ({ value: parseNumber(m[1]), unit: 'percent', precision: precisionOf(parseNumber(m[1])) }) },
  { kind: 'count', re: /\b(hundreds|thousands|millions|billions|dozens|tens of thousands|hundreds of thousands) of ([a-z]+(?: [a-z]+)?)/iy, value: (m) => vagueCount(m[1]) },
  // "no one was killed": a toll of zero.
  { kind: 'count', re: /\b(?:no one|nobody|no-one)(?= (?:was|were|has been|had been|is|got) (killed|injured|hurt|wounded))/iy, value: (m) => ({ value: 0, unit: m[1].toLowerCase(), precision: 1 }) },
  // "a 200-student school": a count written as a compound adjective.
  { kind: 'count', re: new RegExp(`\\b(${DIGITS}|${WORD_NUM})-([a-z]{3,})\\b`, 'y'), value: (m) => countOf(m) },
  { kind: 'count', re: new RegExp(`\\b(${NUMBER_ANY_CASE}) ((?:[A-Z][\\w-]* )?[a-z]{3,}(?:-[a-z]+)?)\\b`, 'y'), value: (m) => countOf(m) },
];


/** A distance in kilometres; `step` is the rounding a fraction shows ("half a mile"), in the unit written. */
function distanceOf(value: number, unit: string, step?: number) {
  const km = lexicon().distanceUnits.get(unit.toLowerCase());
  if (km === undefined || Number.isNaN(value)) return null;
  return { value: value * km, unit: 'km', precision: (step ?? precisionOf(value)) * km };
}

function countOf(m: RegExpExecArray) {
  const number = m[1];
  const words = m[2].split(' ');
  const unit = words[words.length - 1].toLowerCase();
  if (lexicon().notCountUnits.has(unit)) return null;
  const value = parseNumber(number);
  // A bare year ("in 2022 ongoing") is a date, not a count.
  if (/^(1[89]|20)\d\d$/.test(number)) return null;
  // "a", "an" and "one" are too often not counts ("no one wants", "one of").
  if (/^(a|an|one)$/i.test(number)) return null;
  return { value, unit, precision: precisionOf(value) };
}

/**
 * The rounding a written number shows: the place value of its last non-zero digit ("2.5 million" → 100,000,
 * "300" → 100, "12" → 1). A bare value stands for what rounds to it, so "$2.5 million" and "$2.6 million"
 * differ while "300" and "about 300" do not.
 */
export function precisionOf(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  let place = 1;
  while (value / place >= 10 && Number.isInteger(Math.round((value / (place * 10)) * 1e6) / 1e6)) place *= 10;
  if (!Number.isInteger(Math.round(value * 1e6) / 1e6)) {
    place = 1;
    while (place > 1e-6 && !Number.isInteger(Math.round((value / place) * 1e6) / 1e6)) place /= 10;
  }
  return place;
}

function vagueCount(phrase: string) {
  const p = phrase.toLowerCase();
  const low = p.startsWith('hundreds of thousands') ? 2e5 : p.startsWith('tens of thousands') ? 2e4 : p === 'dozens' ? 24 : p === 'hundreds' ? 200 : p === 'thousands' ? 2000 : p === 'millions' ? 2e6 : 2e9;
  return { value: low, unit: 'count', low, high: null };
}

function unitMinutes(unit: string): number {
  return MINUTES[unit.toLowerCase().replace(/s$/, '')] ?? 1;
}

export function parseNumber(text: string): number {
  const t = text.toLowerCase().trim();
  const digits = /^(\d{1,3}(?:,\s?\d{3})+|\d+)(\.\d+)?\s?(hundred|thousand|million|billion|trillion|m|mn|bn|k)?$/.exec(t);
  if (digits) return parseFloat(digits[1].replace(/[,\s]/g, '') + (digits[2] ?? '')) * (digits[3] ? SCALE[digits[3]] : 1);
  const words = /^(.+?)(?:\s(hundred|thousand|million|billion))?$/.exec(t);
  if (!words) return NaN;
  let base = SMALL[words[1]];
  if (base === undefined && words[1].includes('-')) {
    const [tens, ones] = words[1].split('-');
    base = (SMALL[tens] ?? NaN) + (SMALL[ones] ?? NaN);
  }
  return base * (words[2] ? SCALE[words[2]] : 1);
}

/** Finds quantities in [from, to) of the text; `sentence` is stored on each. */
export function readQuantities(text: string, from: number, to: number, sentence: number, tolerances: Tolerances): Quantity[] {
  const found: Quantity[] = [];
  const lex = lexicon();
  const slice = text.slice(0, to);
  let i = from;
  while (i < to) {
    // Only try at word starts (or currency signs).
    const c = slice[i];
    const prev = i > 0 ? slice[i - 1] : ' ';
    if (!/[\p{L}\p{N}$£€¥₹]/u.test(c) || /[\p{L}\p{N}]/u.test(prev)) {
      i++;
      continue;
    }
    let matched = false;
    for (const pattern of PATTERNS) {
      pattern.re.lastIndex = i;
      const m = pattern.re.exec(slice);
      if (!m) continue;
      const parsed = pattern.value(m);
      if (!parsed || Number.isNaN(parsed.value)) continue;
      const hedge = hedgeBefore(slice, i, lex.hedges);
      const start = hedge ? hedge.start : i;
      const end = i + m[0].length;
      const interval = applyHedge(parsed.value, hedge?.kind, parsed.compound ? 'compound' : undefined, tolerances);
      const low = parsed.low ?? interval.low;
      const high = parsed.high !== undefined ? parsed.high : interval.high;
      found.push({
        start,
        end,
        text: text.slice(start, end),
        kind: pattern.kind,
        low: round(low),
        high: high === null ? null : round(high),
        unit: parsed.unit,
        hedge: hedge?.phrase ?? (parsed.compound ? m[0].replace(/^an?\s/i, '').toLowerCase() : undefined),
        sentence,
        ...(parsed.precision !== undefined && !hedge && !parsed.compound ? { precision: parsed.precision } : {}),
      });
      i = end;
      matched = true;
      break;
    }
    if (!matched) {
      while (i < to && /[\p{L}\p{N}$£€¥₹]/u.test(slice[i])) i++;
    }
  }
  return found;
}

export function hedgeBefore(text: string, at: number, hedges: Array<{ phrase: string; kind: HedgeKind }>): { start: number; phrase: string; kind: HedgeKind } | undefined {
  const before = text.slice(Math.max(0, at - 30), at).toLowerCase();
  for (const hedge of hedges) {
    const suffix = `${hedge.phrase} `;
    if (before.endsWith(suffix)) {
      const start = at - suffix.length;
      if (start > 0 && /[\p{L}]/u.test(text[start - 1])) continue;
      return { start, phrase: hedge.phrase, kind: hedge.kind };
    }
  }
  return undefined;
}

/** The interval a hedged value stands for; tolerances are configuration, not constants. */
export function applyHedge(value: number, hedge: HedgeKind | undefined, shape: 'compound' | undefined, tolerances: Tolerances): { low: number | null; high: number | null } {
  switch (hedge) {
    case 'approximate':
      return { low: value * (1 - tolerances.approximate), high: value * (1 + tolerances.approximate) };
    case 'nearly':
      return { low: value * (1 - tolerances.nearly), high: value };
    case 'above':
    case 'atLeast':
      return { low: value, high: null };
    // "less than 50 km" is said of a value near 50, not of 5: a bound is written just above the value. "Up to" is
    // a ceiling and says nothing of how low the value is.
    case 'below':
      return { low: value * (1 - tolerances.below), high: value };
    case 'atMost':
      return { low: null, high: value };
    case 'justOver':
      return { low: value, high: value * (1 + tolerances.nearly) };
    default:
      if (shape === 'compound') return { low: value * (1 - tolerances.compound), high: value * (1 + tolerances.compound) };
      return { low: value, high: value };
  }
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}
