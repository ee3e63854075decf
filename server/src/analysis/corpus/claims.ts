// Statements placed in the corpus are grouped by alignment (corpus/align.ts). What is left here is the one question
// the readers of a group still ask of two members: whether they can be compared at all.
import { DAY_MS } from '../read/dates';
import type { ClaimRef } from '../types';

const WEEK_MS = 7 * DAY_MS;

/**
 * Whether two statements can be about one thing: the same scope (the story's own event, or the same earlier event),
 * weekdays that can name one day, and for times, days, dates and directions no places that tell two incidents apart (each names places the other
 * does not; places whose names share a word, "Sudan" and "South Sudan", are not told apart).
 */
export function comparable(a: ClaimRef, b: ClaimRef): boolean {
  const [sa, sb] = [a.claim.scope, b.claim.scope];
  if (sa && sb && (sa.time !== sb.time || (sa.when && sb.when && sa.when !== sb.when))) return false;
  // "Last year, a 6.4 quake …" and "In April last year an 8.6 quake …": an earlier event dated only by a marker may
  // be any of that year's events.
  // But a figure of a period ("sales fell 14 percent last year") is of that whole period, which both name alike.
  if (sa?.time === 'background' && (!/\d/.test(sa.when ?? '') || !/\d/.test(sb?.when ?? '')) && !onePeriodsFigure(a, b)) return false;
  // A running story's measure as of two days, or the days of two values of it, are two moments (read/statements/moments.ts).
  if (sa?.asOf !== undefined && sb?.asOf !== undefined && sa.asOf !== sb.asOf) return false;
  if (sa?.measured && sb?.measured && sa.measured.attribute === sb.measured.attribute && (sa.measured.high < sb.measured.low || sb.measured.high < sa.measured.low)) return false;
  // Weekdays that name days a week or more apart (by their articles' dates) are two incidents, not one day told two ways.
  if (a.date && b.date && Math.abs(Date.parse(a.date) - Date.parse(b.date)) >= WEEK_MS) return false;
  if (!a.places?.length || !b.places?.length) return true;
  return a.places.some((p) => b.places!.includes(p) || b.places!.some((q) => nested(p, q)));
}

/** A period named by a marker alone: "last year", "the previous season". */
const PERIOD_MARKER = /^(?:last|the previous) (?:year|month|quarter|season|week)$/;

/** Two percentages or sums of the same period named by the same marker ("last year"): a figure of the period itself. */
function onePeriodsFigure(a: ClaimRef, b: ClaimRef): boolean {
  const when = a.claim.scope.when;
  return (a.claim.attribute === 'percent' || a.claim.attribute === 'money') && a.claim.attribute === b.claim.attribute && !!when && when === b.claim.scope.when && PERIOD_MARKER.test(when);
}

function nested(a: string, b: string): boolean {
  const words = (id: string) => id.replace(/^[^:]*:/, '').split('-').filter((w) => w.length > 2 && !/^\d+$/.test(w));
  const of = new Set(words(a));
  return words(b).some((w) => of.has(w));
}
