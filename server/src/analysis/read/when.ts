// When an event happened, as values that can be compared: the time of day (minutes after midnight, with its
// time zone as the unit, so 3 p.m. local time is never compared with 12:00 GMT) and the weekday (0 = Sunday).
// A weekday right after a reporting verb ("said Tuesday") is the day of the report, not of the event.
import type { Tolerances } from '../config';
import { lexicon } from '../data/lexicon';
import type { Quantity } from '../types';
import { monthIndex, WEEKDAY_NAMES } from './dates';
import { hedgeBefore } from './quantities';

const CLOCK = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b|in the morning\b|in the afternoon\b|in the evening\b|at night\b)|\b(\d{1,2}):(\d{2})(?=\s*(?:GMT|UTC)\b)|\b([01]\d|2[0-3])([0-5]\d)(?=\s*(?:GMT|UTC)\b)|\b(noon|midnight)\b/gi;
const ZONE_AFTER = /^\s*(?:[(,]\s*)?(local time|GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|IST|CET|CEST|BST)\b/i;
const WEEKDAY = new RegExp(`\\b${WEEKDAY_NAMES}\\b`, 'g');

export function readWhen(text: string, from: number, to: number, sentence: number, tolerances: Tolerances): Quantity[] {
  const found: Quantity[] = [];
  const slice = text.slice(0, to);
  CLOCK.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CLOCK.exec(slice)) !== null) {
    let minutes: number;
    if (m[10]) minutes = m[10].toLowerCase() === 'noon' ? 720 : 0;
    else if (m[1]) {
      const hour = +m[1] % 12;
      const pm = /^p|afternoon|evening/i.test(m[3]) || (/night/i.test(m[3]) && +m[1] >= 6);
      if (+m[1] > 12 || +m[1] === 0) continue;
      minutes = (hour + (pm ? 12 : 0)) * 60 + (m[2] ? +m[2] : 0);
    } else if (m[4]) minutes = +m[4] * 60 + +m[5];
    else minutes = +m[6] * 60 + +m[7];
    if (minutes >= 1440) continue;
    const zone = ZONE_AFTER.exec(slice.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1];
    const unit = `time ${zone && !/local/i.test(zone) ? zone.toUpperCase() : 'local'}`;
    const hedge = hedgeBefore(slice, m.index, lexicon().hedges);
    const width = tolerances.clockMinutes;
    let low = minutes;
    let high = minutes;
    if (hedge?.kind === 'approximate') [low, high] = [minutes - width, minutes + width];
    else if (hedge?.kind === 'nearly' || hedge?.kind === 'below' || hedge?.kind === 'atMost') [low, high] = [minutes - width, minutes];
    else if (hedge) [low, high] = [minutes, minutes + width];
    const start = hedge ? hedge.start : m.index;
    const end = m.index + m[0].length;
    // A time without minutes is rounded to the hour or half hour; with minutes, to the minute.
    const precision = m[2] || m[4] || m[6] ? 1 : 30;
    found.push({ start, end, text: text.slice(start, end), kind: 'time', low, high, unit, hedge: hedge?.phrase, sentence, ...(hedge ? {} : { precision }) });
  }
  WEEKDAY.lastIndex = from;
  const lex = lexicon();
  while ((m = WEEKDAY.exec(slice)) !== null) {
    const before = slice.slice(Math.max(from, m.index - 25), m.index).toLowerCase();
    const words = before.split(/[^a-z]+/).filter(Boolean);
    const previous = words[words.length - 1];
    const beforeOn = previous === 'on' ? words[words.length - 2] : previous;
    if (beforeOn && (lex.reportVerbs.has(beforeOn) || ['last', 'next', 'this', 'every', 'since', 'until', 'by'].includes(beforeOn))) continue;
    const day = lex.weekdays.indexOf(m[1].toLowerCase());
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'day', low: day, high: day, unit: 'weekday', sentence, precision: 1 });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "a silver Toyota Camry", "a gray 2013 Toyota Camry": a colour of a thing named by its make or name. */
let COLORED: RegExp | undefined;

export function readColors(text: string, from: number, to: number, sentence: number): Quantity[] {
  const colors = lexicon().colors;
  COLORED ??= new RegExp(`\\b(${[...colors.keys()].join('|')})\\s+(?:(?:19|20)\\d\\d\\s+)?((?:[A-Z][\\w-]*)(?:\\s+[A-Z][\\w-]*)*)`, 'g');
  const found: Quantity[] = [];
  const slice = text.slice(0, to);
  COLORED.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = COLORED.exec(slice)) !== null) {
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, text: m[0], kind: 'color', low: colors.get(m[1])!, high: colors.get(m[1])!, unit: m[2].toLowerCase(), sentence, precision: 1 });
  }
  return found;
}

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
/** "June 1998", "Nov. 30", "Sept. 13, 2013", "in July": a date as months or days that can be compared. */
const MONTH_DATE = new RegExp(`\\b(${MONTH_NAMES})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'g');

export function readMonthDates(text: string, from: number, to: number, sentence: number): Quantity[] {
  const found: Quantity[] = [];
  const slice = text.slice(0, to);
  MONTH_DATE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = MONTH_DATE.exec(slice)) !== null) {
    const month = monthIndex(m[1]);
    if (month < 0) continue;
    const day = m[2] ? +m[2] : undefined;
    const year = m[3] ? +m[3] : undefined;
    // "May" is also a verb: only with a day or a year, or after "in"/"since".
    if (m[1] === 'May' && day === undefined && year === undefined) continue;
    if (day === undefined && year === undefined && !/\b(?:in|since|until|by|early|late|mid-?)\s*$/i.test(slice.slice(Math.max(0, m.index - 8), m.index))) continue;
    let value: number;
    let unit: string;
    if (day !== undefined) [value, unit] = [month * 31 + day - 1, year !== undefined ? `date ${year}` : 'date'];
    else if (year !== undefined) [value, unit] = [year * 12 + month, 'month'];
    else [value, unit] = [month, 'month of year'];
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'date', low: value, high: value, unit, sentence, precision: 1 });
  }
  return found;
}

const COMPASS: Record<string, number> = { north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315 };
/** "55 km west of Bireun", "in northeast Houston": a direction from a named place. */
const DIRECTION = /\b([Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Nn]orth-?east|[Nn]orth-?west|[Ss]outh-?east|[Ss]outh-?west)\s+(of\s+)?((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*)/g;

export function readDirections(text: string, from: number, to: number, sentence: number): Quantity[] {
  const found: Quantity[] = [];
  const slice = text.slice(0, to);
  DIRECTION.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = DIRECTION.exec(slice)) !== null) {
    // "South Sudan", "North Korea": a compass word that starts a name is part of the name.
    if (/^[A-Z]/.test(m[1]) && !m[2]) continue;
    const angle = COMPASS[m[1].toLowerCase().replace('-', '')];
    // "northeast of Houston" is outside the city, "northeast Houston" a part of it: two different references.
    const unit = m[2] ? m[3].toLowerCase() : `${m[3].toLowerCase()} (within)`;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'direction', low: angle, high: angle, unit, sentence, precision: 45 });
  }
  return found;
}
