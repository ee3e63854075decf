// A weekday given with a time in UTC is the day in UTC: "slammed into the bridge at 05:40 GMT on Wednesday", "(0540 GMT
// Wednesday)" tell the same act as another source's "late on Tuesday" local time, eight hours behind. Such a day is
// marked 'utc' and compared only with another day in UTC (corpus/align.ts).
import type { Claim, Quantity } from '../../types';
import type { StatementContext } from './site';

/** What may stand between a time and its day ("05:40 GMT on Wednesday") or a day and its time ("Wednesday at 05:40 GMT"). */
const TIME_THEN_DAY = /^\s*(?:(?:GMT|UTC|Z)\s*)?(?:on\s+)?$/i;
const DAY_THEN_TIME = /^\s*(?:,\s*)?(?:at\s+)?$/i;

export function utcDays(ctx: StatementContext, out: Claim[]): void {
  // Most documents give no time in UTC: the days are looked at only beside those that do.
  const utcTimes = ctx.quantities.filter((t) => t.kind === 'time' && t.unit.endsWith('UTC'));
  if (utcTimes.length === 0) return;
  for (const claim of out) {
    if (claim.attribute !== 'day') continue;
    const utc = timeBesideDay(ctx.text, utcTimes, ctx.quantities[claim.quantity]) !== undefined;
    if (utc && !claim.modifiers.includes(UTC)) claim.modifiers = [...claim.modifiers, UTC];
  }
}

/** The time of day among `times` written beside a weekday: "at 05:40 GMT on Wednesday", "Wednesday at 11:20 p.m.". */
export function timeBesideDay(text: string, times: readonly Quantity[], day: Quantity): Quantity | undefined {
  return times.find(
    (t) =>
      t.kind === 'time' &&
      t.sentence === day.sentence &&
      (t.end <= day.start ? TIME_THEN_DAY.test(text.slice(t.end, day.start)) : t.start >= day.end && DAY_THEN_TIME.test(text.slice(day.end, t.start))),
  );
}

/** The modifier of a day in UTC. */
export const UTC = 'utc';
