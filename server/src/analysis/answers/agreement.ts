// How many other sources agree with a claim or a quotation, and how many differ: the counts behind
// the editor's code lens ("1 source agrees · 3 differ"). "Agree" and "differ" mean what the checks
// mean by them, so a lens never contradicts a finding: two claims differ when their intervals are
// disjoint (the conflict checks' `disjoint`, with the rounding tolerance), two quotations differ when
// they word the same sentence differently (quote-wording's `relation`).
import { disjoint } from '../checks/claimConflict';
import { comparable } from '../corpus/claims';
import { agrees, relation } from '../checks/quoteWording';
import { writtenValue } from '../text/format';
import type { RelatedSpan, Span } from '../types';
import type { Corpus } from '../corpus/corpus';

export interface Agreement extends Span {
  kind: 'claim' | 'quotation';
  /** What is compared: the claim's attribute ("duration"), or "quotation". */
  subject: string;
  /** The claim's value or the quotation as this source writes it. */
  text: string;
  /**
   * Other sources by how their counterpart relates to this one. A source counts once, and a source
   * that has both an agreeing and a differing counterpart agrees (as in the checks).
   */
  agreeing: number;
  differing: number;
  /** Quotations only: sources that quote a shorter or overlapping part, which neither agrees nor differs. */
  partial: number;
  /** Every counterpart in the other sources, differing ones first: what "go to related" peeks at. */
  related: RelatedSpan[];
}

/** The claims and quotations of `uri` that other sources also report, in document order. */
export function agreementsIn(corpus: Corpus, uri: string): Agreement[] {
  const reading = corpus.readings.get(uri);
  if (!reading) return [];
  return [...claimAgreements(corpus, uri, reading.claims.length), ...quotationAgreements(corpus, uri, reading.quotations.length)].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
}

function claimAgreements(corpus: Corpus, uri: string, count: number): Agreement[] {
  const out: Agreement[] = [];
  for (let index = 0; index < count; index++) {
    const group = corpus.claimGroupOf.get(`${uri}#${index}`);
    const own = group?.claims.find((c) => c.uri === uri && c.index === index);
    if (!group || !own) continue;
    // The same claims the conflict checks compare: a time, day, date or direction only with the same incident.
    const others = group.claims.filter((c) => c.uri !== uri && comparable(own, c));
    if (others.length === 0) continue;
    const differs = (c: (typeof others)[number]) => disjoint(own.quantity, c.quantity, corpus.config.tolerances.exact);
    const agreeingSources = new Set(others.filter((c) => !differs(c)).map((c) => c.uri));
    const differingSources = new Set(others.filter((c) => differs(c) && !agreeingSources.has(c.uri)).map((c) => c.uri));
    const ordered = [...others.filter(differs), ...others.filter((c) => !differs(c))];
    out.push({
      kind: 'claim',
      subject: group.attribute,
      text: own.quantity.text,
      start: own.quantity.start,
      end: own.quantity.end,
      agreeing: agreeingSources.size,
      differing: differingSources.size,
      partial: 0,
      related: ordered.map((c) => ({
        uri: c.uri,
        start: c.quantity.start,
        end: c.quantity.end,
        message: `${c.source}: ${writtenValue(c.quantity)}`,
      })),
    });
  }
  return out;
}

function quotationAgreements(corpus: Corpus, uri: string, count: number): Agreement[] {
  const out: Agreement[] = [];
  for (let index = 0; index < count; index++) {
    const group = corpus.quotationGroupOf.get(`${uri}#${index}`);
    const own = group?.quotations.find((q) => q.uri === uri && q.index === index);
    if (!group || !own) continue;
    const others = group.quotations.filter((q) => q.uri !== uri);
    if (others.length === 0) continue;
    // Word alignment is the costly part: judge each counterpart once.
    const judged = others.map((q) => {
      const same = agrees(own.quotation, q.quotation);
      return { q, same, differs: !same && relation(own.quotation, q.quotation) === 'differ' };
    });
    const sameSources = new Set(judged.filter((j) => j.same).map((j) => j.q.uri));
    const differingSources = new Set(judged.filter((j) => j.differs && !sameSources.has(j.q.uri)).map((j) => j.q.uri));
    const partialSources = new Set(others.map((q) => q.uri).filter((u) => !sameSources.has(u) && !differingSources.has(u)));
    const ordered = [...judged.filter((j) => j.differs), ...judged.filter((j) => !j.differs)].map((j) => j.q);
    out.push({
      kind: 'quotation',
      subject: 'quotation',
      text: own.quotation.text,
      start: own.quotation.start,
      end: own.quotation.end,
      agreeing: sameSources.size,
      differing: differingSources.size,
      partial: partialSources.size,
      related: ordered.map((q) => ({ uri: q.uri, start: q.quotation.start, end: q.quotation.end, message: `${q.source}: “${q.quotation.text}”` })),
    });
  }
  return out;
}

const sources = (n: number) => `${n} source${n === 1 ? '' : 's'}`;

/**
 * The lens text. Claims: "duration “an hour-long”: 1 source agrees · 3 differ". Quotations say what
 * was compared, the words: "quotation “He wants it…”: worded the same in 1 source · differently in 1
 * · in part in 1". Counts are of the other sources; zero counts are left out.
 */
export function describeAgreement(agreement: Agreement): string {
  const parts: string[] = [];
  if (agreement.kind === 'claim') {
    if (agreement.agreeing > 0) parts.push(`${sources(agreement.agreeing)} ${agreement.agreeing === 1 ? 'agrees' : 'agree'}`);
    if (agreement.differing > 0) parts.push(`${parts.length > 0 ? agreement.differing : sources(agreement.differing)} ${agreement.differing === 1 ? 'differs' : 'differ'}`);
    return `${agreement.subject} “${agreement.text}”: ${parts.join(' · ')}`;
  }
  const counts: Array<[number, string, string]> = [
    [agreement.agreeing, 'worded the same in', 'the same in'],
    [agreement.differing, 'worded differently in', 'differently in'],
    [agreement.partial, 'quoted in part in', 'in part in'],
  ];
  for (const [n, first, later] of counts) {
    if (n > 0) parts.push(parts.length === 0 ? `${first} ${sources(n)}` : `${later} ${n}`);
  }
  return `quotation “${shorten(agreement.text)}”: ${parts.join(' · ')}`;
}

function shorten(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= 4 ? text.trim() : `${words.slice(0, 4).join(' ')}…`;
}
