// Days and dates: weekdays, month-day, day-month, month-year and bare years.
import { lexicon } from '../data/lexicon';
import type { DateMention, Paragraph, Quantity } from '../types';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/** The weekday names as a pattern group, shared with the weekday claims of when.ts. */
export const WEEKDAY_NAMES = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DATE = new RegExp(
  [
    `\\b${WEEKDAY_NAMES}\\b`,
    `\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`,
    `\\b(\\d{1,2}) ${MONTH}(?: (\\d{4}))?\\b`,
    `\\b${MONTH} (\\d{4})\\b`,
    `\\b(?:in|since|of|by|until) ((?:19|20)\\d\\d)\\b`,
  ].join('|'),
  'g',
);

/** 0 for "January", "Jan." or "jan"; -1 when the name is no month. */
export function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return lexicon().months.findIndex((m) => m.startsWith(key));
}

const pad = (n: number) => String(n).padStart(2, '0');

export function readDates(text: string, from: number, to: number, sentence: number): DateMention[] {
  const found: DateMention[] = [];
  const slice = text.slice(0, to);
  DATE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = DATE.exec(slice)) !== null) {
    let start = m.index;
    let iso: string | undefined;
    let weekday: number | undefined;
    if (m[1]) weekday = lexicon().weekdays.indexOf(m[1].toLowerCase());
    else if (m[2]) {
      const month = monthIndex(m[2]) + 1;
      iso = m[4] ? `${m[4]}-${pad(month)}-${pad(+m[3])}` : `--${pad(month)}-${pad(+m[3])}`;
    } else if (m[5]) {
      const month = monthIndex(m[6]) + 1;
      iso = m[7] ? `${m[7]}-${pad(month)}-${pad(+m[5])}` : `--${pad(month)}-${pad(+m[5])}`;
    } else if (m[8]) iso = `${m[9]}-${pad(monthIndex(m[8]) + 1)}`;
    else if (m[10]) {
      iso = m[10];
      start = m.index + m[0].length - 4;
    }
    const end = m.index + m[0].length;
    found.push({ start, end, text: text.slice(start, end), weekday, iso, sentence });
  }
  return found;
}

/**
 * "Updated: November 11, 2011 20:09 IST", "May 5, 2010", "Updated 09 / 14 / 2013", "Last Updated: Monday, 28 November
 * 2005", "posted Jun 11th, 2012", "12/16/08": a line that starts with the date.
 */
const DATELINE = new RegExp(
  `^\\W*(?:(?:updated|published|posted|last updated)\\b:?\\s*)?(?:${WEEKDAY_NAMES},?\\s+)?(?:${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})|(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})|(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4}|\\d{2}(?!\\d)))\\b`,
  'i',
);
/**
 * A dateline or a page's time stamp: a line that starts with a date, or a short line that says when it was updated,
 * published or posted ("3 July 2013 Last updated at 13:38 GMT", "Sep 14, 2013 | 02:39 PM ET").
 */
export function isDateline(text: string, paragraph: Paragraph): boolean {
  const line = withoutStampOn(text.slice(paragraph.start, paragraph.end));
  if (line.length > 120) return false;
  if (DATELINE.test(line)) return true;
  return /\b(?:updated|published|posted)\b/i.test(line) && /\b(?:19|20)\d\d\b|\d:\d\d/.test(line);
}

/**
 * A page's stamp cut from its byline ("Posted by … | on August 04 2011 5:46 PM") starts with a lower-case "on": a
 * sentence never does, so the date after it is the stamp's ("On June 12, 2011, the plant…" stays a sentence).
 */
function withoutStampOn(line: string): string {
  return line.startsWith('on ') ? line.slice(3) : line;
}

/** How many paragraphs from the top a dateline may be; below a title, a deck of subtitles may push a bare date lower. */
const DATELINE_REACH = 3;
const BARE_DATELINE_REACH = 6;
/** A line no longer than this that starts with a date is the date alone ("(March 20, 2007) - -"), not a sentence. */
const BARE_DATELINE_LENGTH = 40;

/** The article's date from a dateline among its first paragraphs, as YYYY-MM-DD; slashes are read month first. */
export function datelineDate(text: string, paragraphs: Paragraph[]): string | undefined {
  for (const [index, paragraph] of paragraphs.slice(0, BARE_DATELINE_REACH).entries()) {
    const line = text.slice(paragraph.start, paragraph.end);
    if (index >= DATELINE_REACH && line.trim().length > BARE_DATELINE_LENGTH) continue;
    const date = datelineOf(line);
    if (date) return date;
  }
  return undefined;
}

/** The date one line starts with, as YYYY-MM-DD ("12/16/08" is 2008-12-16). */
export function datelineOf(line: string): string | undefined {
  const m = DATELINE.exec(withoutStampOn(line));
  if (!m) return undefined;
  const [year, month, day] = m[2] ? [+m[4], monthIndex(m[2]) + 1, +m[3]] : m[6] ? [+m[7], monthIndex(m[6]) + 1, +m[5]] : [+m[10], +m[8], +m[9]];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year < 100 ? 2000 + year : year}-${pad(month)}-${pad(day)}`;
}

/**
 * The date a weekday names in an article of a known date: the latest such day on or before it ("Thursday" in a
 * Friday paper is the day before). News names past days within the week by weekday and older ones by date.
 */
export function resolveWeekday(weekday: number, articleDate: string): string | undefined {
  const date = new Date(`${articleDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() - weekday + 7) % 7));
  return date.toISOString().slice(0, 10);
}

const MINUTE_MS = 60 * 1000;
/** One day in milliseconds: a date's value counts days since 1970-01-01. */
export const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * "6 months ago" in an article of 2011-11-14 as the days it can name (unit `day`: days since 1970-01-01): a bare
 * count of a unit stands for what rounds to it (5.5 to 6.5 months), "a month" for half a month either side.
 */
export function dateBefore(elapsed: Quantity, articleDate: string): Quantity | undefined {
  const date = Date.parse(`${articleDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date) || elapsed.kind !== 'duration' || elapsed.low === null) return undefined;
  const step = elapsed.precision ?? (elapsed.low === elapsed.high ? elapsed.low : 0);
  const shortest = Math.max(0, elapsed.low - step / 2);
  const day = (minutesBefore: number) => Math.floor((date - minutesBefore * MINUTE_MS) / DAY_MS);
  // "more than two years ago" has no earliest day.
  const earliest = elapsed.high === null ? null : day(elapsed.high + step / 2);
  return { ...elapsed, kind: 'date', unit: 'day', low: earliest, high: day(shortest), precision: undefined };
}
