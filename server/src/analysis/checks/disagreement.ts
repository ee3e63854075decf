// One finding per disagreement. A disagreement is a set of sides (a spelling, a wording, a speaker, a value), each
// taken by some sources; it is reported once, on the side fewer sources take, with every other source as related
// information, so that the Problems panel lists the outlier and not every source that got it right. Checks build
// the sides; this file decides where the finding goes and how its list of sources reads.
import type { Corpus } from '../corpus/corpus';
import { listSources } from '../text/format';
import type { Finding, FindingCode, RelatedSpan, Replacement, Severity, SourceSpan } from '../types';
import { fingerprint, sourceOf } from './finding';

/** One reading of the disputed thing, and where the sources that take it write it. */
export interface Side {
  /** What this side writes, as messages quote it ("Volodomyr", a wording, a speaker's name). */
  text: string;
  /** Where, in any order; a source may write it several times. */
  spans: SourceSpan[];
}

export interface Disagreement {
  code: FindingCode;
  severity: Severity;
  sides: Side[];
  /** The finding's message, given the side it sits on and the other sides, most sources first. */
  message: (reported: Side, others: Side[]) => string;
  /** The related line for a span of a side ("nyt writes “Volodymyr”"). */
  related: (side: Side, span: SourceSpan) => string;
  /** Quick fixes for the span the finding sits on. */
  fixes?: (reported: Side, others: Side[], at: SourceSpan) => Replacement[] | undefined;
  /** The side to report when as many sources take each (a spelling no lexicon knows, say); the folder order otherwise. */
  prefer?: number;
  /** What the fingerprint keeps of the other sides; their texts by default. */
  fingerprintOf?: (others: Side[]) => string[];
}

/** The distinct documents that take a side. */
export function sourcesOf(side: Side): string[] {
  return [...new Set(side.spans.map((s) => s.uri))];
}

/**
 * The side a finding goes on: the one fewer sources take. A tie goes to the side whose first source comes last in
 * folder order, so the first article of the folder reads as the reference and the choice never depends on the
 * order in which documents were opened.
 */
export function reportedSide(sides: Side[], order: (uri: string) => number, prefer?: number): number {
  const first = (side: Side) => Math.min(...side.spans.map((s) => order(s.uri)));
  const fewest = Math.min(...sides.map((s) => sourcesOf(s).length));
  if (prefer !== undefined && sides[prefer] && sourcesOf(sides[prefer]).length === fewest) return prefer;
  let best = 0;
  for (let i = 1; i < sides.length; i++) {
    const a = sourcesOf(sides[i]).length;
    const b = sourcesOf(sides[best]).length;
    if (a < b || (a === b && first(sides[i]) > first(sides[best]))) best = i;
  }
  return best;
}

/** The finding of one disagreement on the first source of its reported side, or undefined when fewer than two sides have a source. */
export function reportOnce(corpus: Corpus, d: Disagreement): Finding | undefined {
  return report(corpus, d, false)[0];
}

/**
 * One finding in each source of the reported side, on that source's first span, each with the other sources of
 * its side and every other side as related information. A misspelling two outlets share is underlined in both
 * articles, and which of them the finding sits on never depends on how the files are named.
 */
export function reportPerSource(corpus: Corpus, d: Disagreement): Finding[] {
  return report(corpus, d, true);
}

function report(corpus: Corpus, d: Disagreement, perSource: boolean): Finding[] {
  const sides = d.sides.filter((s) => s.spans.length > 0);
  if (sides.length < 2) return [];
  const order = folderOrder(corpus);
  const byPlace = (a: SourceSpan, b: SourceSpan) => order(a.uri) - order(b.uri) || a.start - b.start;
  const sorted = sides.map((s) => ({ ...s, spans: [...s.spans].sort(byPlace) }));
  const preferred = d.prefer !== undefined ? sides.indexOf(d.sides[d.prefer]) : -1;
  const index = reportedSide(sorted, order, preferred >= 0 ? preferred : undefined);
  const reported = sorted[index];
  const others = sorted.filter((_, i) => i !== index).sort((a, b) => sourcesOf(b).length - sourcesOf(a).length || byPlace(a.spans[0], b.spans[0]));
  const hosts = perSource ? firstPerSource(reported.spans) : reported.spans.slice(0, 1);
  const findings: Finding[] = [];
  for (const at of hosts) {
    const reading = corpus.readings.get(at.uri);
    if (!reading) continue;
    // The host's own repeats first, then the other sources of its side, so that a reader sees its article's lines first.
    const rest = [...reported.spans.filter((s) => s !== at && s.uri === at.uri), ...reported.spans.filter((s) => s.uri !== at.uri)];
    const related: RelatedSpan[] = [
      // The same reading elsewhere (a repeat in the same article, or another source that takes this side) …
      ...rest.map((s) => ({ uri: s.uri, start: s.start, end: s.end, message: d.related(reported, s) })),
      // … then each other side, once per source.
      ...others.flatMap((side) => firstPerSource(side.spans).map((s) => ({ uri: s.uri, start: s.start, end: s.end, message: d.related(side, s) }))),
    ];
    findings.push({
      code: d.code,
      severity: d.severity,
      message: d.message(reported, others),
      uri: at.uri,
      start: at.start,
      end: at.end,
      related,
      fingerprint: fingerprint(d.code, reading, at, d.fingerprintOf ? d.fingerprintOf(others) : others.map((s) => s.text)),
      fixes: d.fixes?.(reported, others, at),
    });
  }
  return findings;
}

/** How a side is said in a message: `writes(side, true)` → "write “Cowan”"; the boolean says several sources do. */
export type Saying = (side: Side, several: boolean) => string;

export const writes: Saying = (side, several) => `${several ? 'write' : 'writes'} “${side.text}”`;

/**
 * "01_fox writes “Cowen”, but 02_nyt and 03_huffpost write “Cowan”": who takes which side, each source named once. A
 * source on the reported side that also takes another side elsewhere is named on the reported side only ("…, as
 * 01_fox does elsewhere").
 */
export function whoSays(corpus: Corpus, reported: Side, others: Side[], say: Saying = writes): string {
  const own = sourcesOf(reported);
  const name = (uris: string[]) => listSources(uris.map((u) => sourceOf(corpus, u)));
  const parts = [`${name(own)} ${say(reported, own.length > 1)}`];
  for (const side of others) {
    const uris = sourcesOf(side);
    const alone = uris.filter((u) => !own.includes(u));
    const also = uris.filter((u) => own.includes(u));
    if (alone.length === 0) {
      parts[0] += ` here and ${say(side, own.length > 1)} elsewhere`;
      continue;
    }
    const elsewhere = also.length > 0 ? `, as ${name(also)} ${also.length > 1 ? 'do' : 'does'} elsewhere` : '';
    parts.push(`${name(alone)} ${say(side, alone.length > 1)}${elsewhere}`);
  }
  return parts.length > 1 ? `${parts[0]}, but ${parts.slice(1).join('; ')}` : parts[0];
}

function firstPerSource(spans: SourceSpan[]): SourceSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => !seen.has(s.uri) && seen.add(s.uri) !== undefined);
}

/** Position of a document in the folder (the corpus keeps its readings sorted by uri). */
export function folderOrder(corpus: Corpus): (uri: string) => number {
  let order = orders.get(corpus);
  if (!order) {
    order = new Map([...corpus.readings.keys()].map((uri, i) => [uri, i]));
    orders.set(corpus, order);
  }
  const map = order;
  return (uri) => map.get(uri) ?? Number.MAX_SAFE_INTEGER;
}

const orders = new WeakMap<Corpus, Map<string, number>>();
