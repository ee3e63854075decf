// weekday-date: a weekday written beside a full date that the calendar gives another day ("Monday, August 2, 2013":
// August 2, 2013 was a Friday). One article is enough to know it; where other sources date a weekday of theirs to the
// same day, they are shown as related information. The quick fix writes the calendar's weekday; the date itself may be
// what is wrong, which the message leaves to the reader.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { DAY_MS, resolveWeekday, WEEKDAY_NAMES } from '../read/dates';
import { formatValue } from '../read/values';
import { listSources } from '../text/format';
import type { Finding, Quantity, Reading, RelatedSpan } from '../types';
import { fingerprint, severityFor, sourceOf } from './finding';

/** What may stand between a weekday and the date it names: "Monday, August 2", "Monday August 2", "Saturday 05 May". */
const BETWEEN = /^,?\s*$/;

/**
 * Whether a text may hold a weekday written before a date (a weekday, then a capitalised word and a number or a number
 * and a capitalised word), without reading it: a check run reads an article alone in its story only when it may have a
 * finding (service/loneArticles.ts).
 */
export function mayDateAWeekday(text: string): boolean {
  return WEEKDAY_BEFORE_DATE.test(text);
}

const WEEKDAY_BEFORE_DATE = new RegExp(`\\b${WEEKDAY_NAMES},?\\s+(?:[A-Z][a-z]{2,8}\\.?\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]{2,8})`);

export function weekdayDate(corpus: Corpus, config: Config): Finding[] {
  const severity = severityFor('weekday-date', config);
  if (severity === 'off') return [];
  const findings: Finding[] = [];
  for (const reading of corpus.readings.values()) {
    for (const [day, date] of weekdaysWithDates(reading)) {
      const actual = weekdayOf(date.low!);
      if (actual === day.low) continue;
      // A year taken from the article's date is a guess ("Friday, Jan. 9" written in November names next January):
      // a weekday that fits the date a year either side is no finding.
      if (date.supplied === 'year' && [-1, 1].some((years) => weekdayOf(shiftYears(date.low!, years)) === day.low)) continue;
      // The date and the weekdays as their value kinds write them (read/values): "2013-08-02", "Friday".
      const iso = formatValue(date);
      const [named, written] = [weekdayName(day, actual), weekdayName(day, day.low!)];
      const related = othersNaming(corpus, reading.uri, iso, actual);
      // A date written without its year takes the article's (read/values/date.ts): the message says which.
      const when = date.supplied === 'year' ? `${date.text} (${iso})` : date.text;
      let message = `“${reading.text.slice(day.start, date.end)}”: ${when} was a ${named}, not a ${written}.`;
      const naming = [...new Set(related.map((r) => r.uri))].map((uri) => sourceOf(corpus, uri));
      if (naming.length > 0) message += ` ${listSources(naming)} ${naming.length > 1 ? 'call' : 'calls'} that day ${named}.`;
      findings.push({
        code: 'weekday-date',
        severity,
        message,
        uri: reading.uri,
        start: day.start,
        end: day.end,
        related,
        fingerprint: fingerprint('weekday-date', reading, day, [date.text]),
        fixes: [{ uri: reading.uri, start: day.start, end: day.end, newText: asWritten(named, day.text), title: `Write “${named}”, the weekday of ${date.text}` }],
      });
    }
  }
  return findings;
}

/** Each weekday of a reading written right before a single calendar day (its year written, or the article's), with that date. */
function weekdaysWithDates(reading: Reading): Array<[Quantity, Quantity]> {
  const out: Array<[Quantity, Quantity]> = [];
  const qs = reading.quantities;
  for (let i = 0; i + 1 < qs.length; i++) {
    const [day, date] = [qs[i], qs[i + 1]];
    if (day.kind !== 'day' || day.unit !== 'weekday' || day.low === null || day.low !== day.high) continue;
    // A date's value in days is a day of a given year; a date without its year is read in other units.
    if (date.kind !== 'date' || date.unit !== 'day' || date.low === null || date.low !== date.high) continue;
    if (BETWEEN.test(reading.text.slice(day.end, date.start))) out.push([day, date]);
  }
  return out;
}

/** Where other sources name `iso` by the weekday it was: their weekdays resolved against their own dates, each place. */
function othersNaming(corpus: Corpus, uri: string, iso: string, weekday: number): RelatedSpan[] {
  const related: RelatedSpan[] = [];
  for (const other of corpus.readings.values()) {
    const date = other.meta.date;
    if (other.uri === uri || !date) continue;
    // Every place the source names the day, statements or not: a dateline ("Thursday July 29, 2004") states nothing,
    // yet names the day.
    for (const q of other.quantities) {
      if (q.kind !== 'day' || q.unit !== 'weekday' || q.low !== weekday || q.high !== weekday || resolveWeekday(weekday, date) !== iso) continue;
      related.push({ uri: other.uri, start: q.start, end: q.end, message: `${sourceOf(corpus, other.uri)}: “${q.text}” (${iso})` });
    }
  }
  return related;
}

/** A weekday's name as the weekday kind formats it (0 = Sunday). */
function weekdayName(day: Quantity, weekday: number): string {
  return formatValue({ ...day, low: weekday, high: weekday });
}

/** The weekday (0 = Sunday) of a date's value, in days since 1970-01-01. */
function weekdayOf(daysSinceEpoch: number): number {
  return new Date(daysSinceEpoch * DAY_MS).getUTCDay();
}

/** The same calendar day `years` years on (February 29 becomes March 1). */
function shiftYears(daysSinceEpoch: number, years: number): number {
  const d = new Date(daysSinceEpoch * DAY_MS);
  return Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()) / DAY_MS;
}

/** The weekday's name in the case it was written in ("MONDAY", "monday", "Monday"). */
function asWritten(name: string, written: string): string {
  if (written === written.toUpperCase()) return name.toUpperCase();
  if (written === written.toLowerCase()) return name.toLowerCase();
  return name;
}
