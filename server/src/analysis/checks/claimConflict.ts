// What the conflict checks share (quantity-, time-, place- and description-conflict): the same attribute
// of the same event, with values that cannot both be true. Each check is this comparison over its own
// attributes, with its own code; corpus/claimNames.ts says what is compared. Reported on the claims that
// disagree with at least as many sources as agree with them, so that one outlier is flagged once and
// not every source that got it right.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { comparable } from '../corpus/claims';
import { claimName } from '../corpus/claimNames';
import { lexicon } from '../data/lexicon';
import { formatValue, listSources } from '../text/format';
import type { Attribute, ClaimGroup, ClaimRef, Finding, FindingCode, Quantity, Severity } from '../types';
import { fingerprint, severityFor } from './finding';

export interface ConflictKind {
  code: FindingCode;
  attributes: ReadonlySet<Attribute>;
}

export function claimConflicts(corpus: Corpus, config: Config, kind: ConflictKind): Finding[] {
  const findings: Finding[] = [];
  for (const group of corpus.claimGroups) {
    if (!kind.attributes.has(group.attribute)) continue;
    if (new Set(group.claims.map((c) => c.uri)).size < 2) continue;
    for (const claim of group.claims) {
      const others = group.claims.filter((c) => c.uri !== claim.uri && comparable(claim, c));
      const conflicting = others.filter((c) => disjoint(claim.quantity, c.quantity, config.tolerances.exact));
      if (conflicting.length === 0) continue;
      // Sources that side with this claim: they agree with it and not with what contradicts it. A source whose
      // value fits both sides ("more than an hour") takes no side.
      const exact = config.tolerances.exact;
      const supporting = others.filter((c) => !conflicting.includes(c) && conflicting.some((x) => disjoint(c.quantity, x.quantity, exact)));
      const agreeingSources = new Set([claim.uri, ...supporting.map((c) => c.uri)]);
      const conflictingSources = new Set(conflicting.map((c) => c.uri));
      conflictingSources.delete(claim.uri);
      for (const uri of agreeingSources) conflictingSources.delete(uri);
      if (conflictingSources.size === 0 || agreeingSources.size > conflictingSources.size) continue;
      const shown = conflicting.filter((c) => conflictingSources.has(c.uri));
      const severity = severityFor(kind.code, config, defaultSeverity(corpus, claim, shown));
      if (severity === 'off') continue;
      const reading = corpus.readings.get(claim.uri)!;
      const agreeing = supporting.filter((c) => c.uri !== claim.uri && !conflictingSources.has(c.uri));
      const what = claimName(corpus, group, claim, shown);
      let message = `${what}: ${claim.source} says “${claim.quantity.text}” (${valueOf(claim)}), but ${listSources(shown.map(describe))} ${shown.length > 1 ? 'say' : 'says'} otherwise`;
      if (agreeing.length > 0) message += `; ${listSources(agreeing.map(describe))} ${agreeing.length > 1 ? 'agree' : 'agrees'} with ${claim.source}`;
      findings.push({
        code: kind.code,
        severity,
        message: `Sources disagree on the ${message}.`,
        uri: claim.uri,
        start: claim.quantity.start,
        end: claim.quantity.end,
        related: shown.map((c) => ({
          uri: c.uri,
          start: c.quantity.start,
          end: c.quantity.end,
          message: `${c.source}: “${c.quantity.text}” (${valueOf(c)})`,
        })),
        fingerprint: fingerprint(kind.code, reading, claim.quantity, shown.map((c) => c.quantity.text)),
      });
    }
  }
  return findings;
}

/** The value as the message shows it; a weekday with the date it names in its article ("Thursday, 2011-11-10"). */
function valueOf(c: ClaimRef): string {
  return c.date ? `${formatValue(c.quantity)}, ${c.date}` : formatValue(c.quantity);
}

function describe(c: ClaimRef): string {
  return `${c.source} (“${c.quantity.text}”)`;
}

/**
 * Two intervals are disjoint when no value lies in both. A bare value stands for what rounds to it: two bare
 * values differ when they are at least the coarser rounding step apart ("$2.5 million" vs "$2.6 million",
 * "300" vs "200"; not "10" vs "11"). A bare value without a known rounding step is widened by `exact`.
 */
export function disjoint(a: Quantity, b: Quantity, exact: number): boolean {
  // Homes are place names (large places and regions are not read as homes, so one name never holds the other).
  if (a.kind === 'residence' && b.kind === 'residence') return a.unit !== b.unit;
  // Counts are grouped by their counted noun already ("200-student" and "300 students" count students).
  if (a.unit !== b.unit && !(a.kind === 'count' && b.kind === 'count')) return false;
  if (a.precision !== undefined && b.precision !== undefined && a.low !== null && b.low !== null && a.low === a.high && b.low === b.high) {
    return Math.abs(a.low - b.low) >= Math.max(a.precision, b.precision) - 1e-9 * Math.max(a.precision, b.precision);
  }
  const [aLow, aHigh] = widen(a, exact);
  const [bLow, bHigh] = widen(b, exact);
  return aHigh < bLow || bHigh < aLow;
}

function widen(q: Quantity, exact: number): [number, number] {
  const low = q.low ?? -Infinity;
  // "less than 25 km" leaves out 25 km itself, so it and "less than 50 km" (25 to 50 km) do not meet.
  const high = q.high === null ? Infinity : strictlyBelow(q) ? q.high - 1e-9 * Math.max(1, Math.abs(q.high)) : q.high;
  if (low === high && q.precision !== undefined) return [low - q.precision / 2, high + q.precision / 2];
  if (low === high) return [low * (1 - exact), high * (1 + exact)];
  return [low, high];
}

/**
 * The severity policy: information when a side is only probable ("reportedly", "may") or when every other side is a
 * later, larger toll (tolls rise as news comes in); error when both values are stated as fact; warning otherwise.
 */
function defaultSeverity(corpus: Corpus, claim: ClaimRef, others: ClaimRef[]): Severity {
  if ([claim, ...others].some((c) => c.claim.certainty === 'probable')) return 'information';
  if (others.every((o) => laterLargerToll(corpus, claim, o) || laterLargerToll(corpus, o, claim))) return 'information';
  return bothStatedAsFact(claim, others) ? 'error' : 'warning';
}

/** A death or injury count that a later article (by its date) gives higher. */
function laterLargerToll(corpus: Corpus, earlier: ClaimRef, later: ClaimRef): boolean {
  if (earlier.claim.attribute !== 'count' || !earlier.claim.subject || !lexicon().tollNouns.has(earlier.claim.subject)) return false;
  const from = corpus.readings.get(earlier.uri)?.meta.date;
  const to = corpus.readings.get(later.uri)?.meta.date;
  if (!from || !to || from >= to) return false;
  return (earlier.quantity.high ?? Infinity) < (later.quantity.low ?? -Infinity);
}

function bothStatedAsFact(claim: ClaimRef, others: ClaimRef[]): boolean {
  const fact = (c: ClaimRef) => c.claim.certainty === 'certain' && !c.quantity.hedge;
  return fact(claim) && others.every(fact);
}

function strictlyBelow(q: Quantity): boolean {
  return q.hedge !== undefined && lexicon().hedges.some((h) => h.phrase === q.hedge && h.kind === 'below');
}
