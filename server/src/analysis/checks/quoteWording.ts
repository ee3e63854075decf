// quote-wording: the same statement quoted in different words by different sources. The quotations matched across
// sources (corpus/quotations.ts) are aligned word by word (text/compareWording.ts), each normalised once; sources
// whose wordings fit together (the same words, or excerpts of them) form one side, and one finding goes on the side
// fewer sources take (disagreement.ts). The finding covers the differing sentences, and its word diff is between what
// both sources quote there, not between whole quotations of different lengths.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { comparableExcerpts, compareWordings, excerptDiff, excerptText, keepsComparisons, wordingId, type Comparison, type Hunk, type Relation } from '../text/compareWording';
import { Recent } from '../text/recent';
import { listSources } from '../text/format';
import { foldNameToken } from '../text/normalize';
import { diffPlain } from '../text/wordDiff';
import { wordingOfQuotation, type Wording } from '../text/wording';
import type { Finding, Quotation, QuotationRef, SourceSpan } from '../types';
import { folderOrder, reportedSide, reportOnce, sourcesOf, type Side } from './disagreement';
import { severityFor, sourceOf } from './finding';

export function compareQuotations(a: Quotation, b: Quotation): Comparison {
  return compareWordings(wordingOfQuotation(a), wordingOfQuotation(b));
}

/** 'same' words, an 'excerpt' of the same words (or nothing in common), or the same place worded differently. */
export function relation(a: Quotation, b: Quotation): Relation {
  return compareQuotations(a, b).relation;
}

/** `other` says every word `own` says, the same way: the same quotation or a fuller one. */
export function agrees(own: Quotation, other: Quotation): boolean {
  const c = compareQuotations(own, other);
  return c.relation === 'same' || (c.relation === 'excerpt' && c.aCovered);
}

export function quoteWording(corpus: Corpus, config: Config): Finding[] {
  if (severityFor('quote-wording', config) === 'off') return [];
  const findings: Finding[] = [];
  for (const group of corpus.quotationGroups) {
    if (new Set(group.quotations.map((q) => q.uri)).size < 2) continue;
    const members: Member[] = group.quotations.map((ref) => ({ ref, wording: wordingOfQuotation(ref.quotation), surname: speakerSurname(corpus, ref) }));
    const compare = comparer(members);
    for (const place of placesOf(members, compare)) {
      const finding = report(corpus, config, members, place.sides, localTo(place.differing, compare));
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

interface Member {
  ref: QuotationRef;
  wording: Wording;
  /** The speaker's surname, folded, when the corpus knows the speaker as a person (`apart`). */
  surname?: string;
}

/** Comparisons of the members of one group, each pair aligned once. */
function comparer(members: Member[]): (x: number, y: number) => Comparison {
  const cache = new Map<number, Comparison>();
  return (x, y) => {
    const key = x * members.length + y;
    let c = cache.get(key);
    if (!c) {
      c = compareWordings(members[x].wording, members[y].wording);
      const shorter = Math.min(members[x].wording.tokens.length, members[y].wording.tokens.length);
      if (c.relation === 'differ' && c.matches.length < Math.max(SAME_STATEMENT * shorter, SAME_STATEMENT_WORDS) && apart(members[x], members[y])) c = UNCOMPARED;
      cache.set(key, c);
    }
    return c;
  };
}

/**
 * Quotations given to two different people are one statement only if most of the shorter one's words match, and
 * more than a phrase ("people poured into the streets" said by two witnesses).
 */
const SAME_STATEMENT = 0.6;
const SAME_STATEMENT_WORDS = 8;

const UNCOMPARED: Comparison = { relation: 'excerpt', hunks: [], matches: [], aCovered: false, bCovered: false };

/**
 * Sides: the longest quotation first, each next one joins the only side it fits (it differs from no member); one
 * that fits several is a short excerpt of what they share and takes no side; one that fits none opens a side.
 */
function sidesOf(members: Member[], compare: Compare, among: Set<number>): number[][] {
  const order = [...among].sort((x, y) => members[y].wording.tokens.length - members[x].wording.tokens.length || x - y);
  const sides: number[][] = [];
  for (const m of order) {
    const fits = sides.filter((side) => side.every((x) => members[x].ref.uri === members[m].ref.uri || compare(x, m).relation !== 'differ'));
    if (fits.length === 0) sides.push([m]);
    else if (fits.length === 1) fits[0].push(m);
    else {
      const same = fits.find((side) => side.some((x) => compare(x, m).relation === 'same'));
      if (same) same.push(m);
    }
  }
  return sides;
}

type Compare = (x: number, y: number) => Comparison;

/** A place where the sources' wordings part: its sides, and the differences of each pair of members that lie there. */
interface Place {
  sides: number[][];
  differing: Differing;
}

/** Pairs of members (by index, the first lower) with their hunks. */
type Differing = Array<[number, number, Hunk[]]>;

/**
 * The places of groups checked lately, by what they depend on: each member's wording, article and speaker's surname
 * (all that `places` reads, through `comparer`). A keystroke checks its story again, and every group but those the
 * edited article quotes in is the same group; kept only on a thread that edits (`keepsComparisons`), as the
 * comparisons they are made of are.
 */
const recentPlaces = new Recent<string, Place[]>(2_000);

function placesOf(members: Member[], compare: Compare): Place[] {
  if (!keepsComparisons()) return places(members, compare);
  const key = members.map((m) => `${wordingId(m.wording)}\u0001${m.ref.uri}\u0001${m.surname ?? ''}`).join('\u0002');
  return recentPlaces.getOr(key, () => places(members, compare));
}

/**
 * The places where the sources' wordings part: each sentence of the statement (the sentences of the members that
 * align with one another) with its own sides, since one outlet may differ from the others in one sentence and another
 * outlet in the next. Places whose sides are the same sources are one disagreement.
 */
function places(members: Member[], compare: Compare): Place[] {
  // A union-find over every member's sentence units, each unit a number (`base[m]` + its unit): a key string per
  // matched word was most of a keystroke's quotation check in a story whose outlets quote each other at length.
  const base: number[] = [];
  let units = 0;
  for (const m of members) {
    base.push(units);
    units += 1 + m.wording.tokens.reduce((top, t) => Math.max(top, t.unit ?? 0), 0);
  }
  const memberOf = new Int32Array(units);
  members.forEach((_, m) => memberOf.fill(m, base[m], m + 1 < members.length ? base[m + 1] : units));
  const parent = new Int32Array(units).map((_, k) => k);
  // A unit that took part in a union as the side that joins (what the key strings' map held).
  const joined = new Uint8Array(units);
  const find = (k: number): number => {
    const p = parent[k];
    if (p === k) return k;
    const root = find(p);
    parent[k] = root;
    return root;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    parent[ra] = find(b);
    joined[ra] = 1;
  };
  const unitOf = (m: number, token: number) => {
    const tokens = members[m].wording.tokens;
    return base[m] + (tokens[Math.max(0, Math.min(token, tokens.length - 1))]?.unit ?? 0);
  };
  const pairs: Array<[number, number]> = [];
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      if (members[x].ref.uri === members[y].ref.uri) continue;
      const c = compare(x, y);
      for (const [i, j] of c.matches) union(unitOf(x, i), unitOf(y, j));
      if (c.relation === 'differ' && excerptsOfOne(members, compare, x, y)) continue;
      pairs.push([x, y]);
      for (const h of c.hunks) union(unitOf(x, h.a[0]), unitOf(y, h.b[0]));
    }
  }
  // Each place, and the comparisons of its members restricted to the differences that lie there.
  const byPlace = new Map<number, Differing>();
  for (const [x, y] of pairs) {
    const c = compare(x, y);
    for (const h of c.hunks) {
      const place = find(unitOf(x, h.a[0]));
      let list = byPlace.get(place);
      if (!list) byPlace.set(place, (list = []));
      // The pairs come one after the other, so a place's entry for this pair, if any, is its last.
      const entry = list[list.length - 1];
      if (entry && entry[0] === x && entry[1] === y) entry[2].push(h);
      else list.push([x, y, [h]]);
    }
  }
  // The members each place holds: those with a unit joined into it.
  const membersAt = new Map<number, Set<number>>();
  for (let k = 0; k < units; k++) {
    if (!joined[k]) continue;
    const root = find(k);
    const set = membersAt.get(root) ?? new Set<number>();
    set.add(memberOf[k]);
    membersAt.set(root, set);
  }
  // Places with the same sides are one disagreement: their differences are reported together.
  const merged = new Map<string, Place>();
  for (const [place, differing] of byPlace) {
    const inPlace = membersAt.get(place) ?? new Set<number>();
    const sides = sidesOf(members, localTo(differing, compare), inPlace);
    if (sides.length < 2) continue;
    const key = sides.map((side) => [...side].sort((a, b) => a - b).join(',')).sort().join('|');
    const known = merged.get(key);
    if (known) known.differing.push(...differing);
    else merged.set(key, { sides, differing: [...differing] });
  }
  return [...merged.values()];
}

/**
 * Two excerpts that differ only in where they cut one sentence ("The crew … did exactly what we expect" / "followed
 * their training and did exactly what we expect"), when a third source quotes a wording each lies wholly within ("The
 * crew followed their training and did exactly what we expect"): neither rewords the sentence.
 */
function excerptsOfOne(members: Member[], compare: Compare, x: number, y: number): boolean {
  const within = (m: number, z: number) => {
    const c = m < z ? compare(m, z) : compare(z, m);
    return c.relation !== 'differ' && (m < z ? c.aCovered : c.bCovered);
  };
  const [ux, uy] = [members[x].ref.uri, members[y].ref.uri];
  return members.some((member, z) => member.ref.uri !== ux && member.ref.uri !== uy && within(x, z) && within(y, z));
}

/** The comparisons of a place's members restricted to the differences that lie there. */
function localTo(differing: Differing, compare: Compare): Compare {
  // Each pair's entries, in their order: a group of many members asks for every pair, and a place holds many.
  const pair = (x: number, y: number) => (x < y ? `${x} ${y}` : `${y} ${x}`);
  const byPair = new Map<string, Differing>();
  for (const entry of differing) {
    const list = byPair.get(pair(entry[0], entry[1]));
    if (list) list.push(entry);
    else byPair.set(pair(entry[0], entry[1]), [entry]);
  }
  return (x, y) => {
    const entries = byPair.get(pair(x, y)) ?? [];
    const c = compare(x, y);
    if (entries.length === 0) return c.relation === 'differ' ? { ...c, relation: 'excerpt', hunks: [] } : c;
    const hunks = entries.flatMap(([a, , hs]) => (a === x ? hs : hs.map((h) => ({ a: h.b, b: h.a, kind: h.kind }))));
    return { ...c, hunks: hunks.sort((h, k) => h.a[0] - k.a[0]) };
  };
}

function report(corpus: Corpus, config: Config, members: Member[], groups: number[][], compare: Compare): Finding | undefined {
  const order = folderOrder(corpus);
  const whole = (m: number): SourceSpan => ({ uri: members[m].ref.uri, start: members[m].ref.quotation.start, end: members[m].ref.quotation.end });
  const firstPlace = (side: number[]) => Math.min(...side.map((m) => order(members[m].ref.uri) * 1e9 + members[m].ref.quotation.start));
  const byPlace = (side: number[]) => [...side].sort((x, y) => order(members[x].ref.uri) - order(members[y].ref.uri) || members[x].ref.quotation.start - members[y].ref.quotation.start);
  const reportedIndex = reportedSide(
    groups.map((side) => ({ text: '', spans: side.map(whole) })),
    order,
  );
  const hostSide = byPlace(groups[reportedIndex]);
  // The side's fullest quotation is the one its diff is shown for: a headline's shortened excerpt ("I sat down on the
  // floor") leaves out words its body's quotation gives ("… on the bathroom floor"); its diff would show the cut, not
  // the change. (The finding still stands on the side's first place, as every finding does.)
  const length = (m: number) => members[m].ref.quotation.end - members[m].ref.quotation.start;
  const host = hostSide.reduce((best, m) => (length(m) > length(best) ? m : best), hostSide[0]);
  const size = (side: number[]) => sourcesOf({ text: '', spans: side.map(whole) }).length;
  const others = groups
    .filter((_, i) => i !== reportedIndex)
    .map(byPlace)
    .sort((x, y) => size(y) - size(x) || firstPlace(x) - firstPlace(y));
  // The member of the main other side (of the sides as many sources take as the main one) that differs from the host:
  // what the diff is shown against. Of several, the one that quotes most of the host's words, so that the diff covers
  // the most of it ("a spot at the bar" beside "dress like you deserve respect, not a spot at a bar" would leave the
  // host's "dress silliest you" unshown).
  const main = fullestDiffering(host, others.filter((side) => size(side) === size(others[0])).flat(), compare) ?? fullestDiffering(host, others.flat(), compare);
  if (main === undefined) return undefined;
  const c = compare(host, main);
  const excerpts = comparableExcerpts(members[host].wording, members[main].wording, c);
  if (!excerpts) return undefined;
  const spanOf = (m: number, range: [number, number] | undefined): SourceSpan & { text: string } => {
    const { ref, wording } = members[m];
    if (!range) return { ...whole(m), text: ref.quotation.text };
    const reading = corpus.readings.get(ref.uri)!;
    const [start, end] = docSpan(reading.text, ref.quotation, wording, range);
    return { uri: ref.uri, start, end, text: excerptText(wording, range) };
  };
  // Each side's members, narrowed to what they quote of the differing sentences of the host.
  const narrowed = (m: number): SourceSpan & { text: string } => {
    if (m === host) return spanOf(m, excerpts.a);
    const cm = compare(host, m);
    const e = comparableExcerpts(members[host].wording, members[m].wording, cm);
    if (e) return spanOf(m, e.b);
    const aligned = alignedRange(cm, excerpts.a);
    return spanOf(m, aligned);
  };
  const textAt = new Map<string, string>();
  const sides: Array<Side & { texts: string[] }> = groups.map((side) => {
    const spans = byPlace(side).map(narrowed);
    for (const s of spans) textAt.set(`${s.uri}#${s.start}`, s.text);
    return { text: spans[0].text, spans: spans.map(({ uri, start, end }) => ({ uri, start, end })), texts: spans.map((s) => s.text) };
  });
  const speaker = speakerName(corpus, members[host].ref) ?? speakerName(corpus, members[main].ref);
  const diff = excerptDiff(members[host].wording, members[main].wording, c, excerpts.a, excerpts.b);
  const sure = c.hunks.some((h) => h.kind !== 'omission');
  const severity = severityFor('quote-wording', config, sure ? 'warning' : 'information');
  if (severity === 'off') return undefined;
  const mainSource = members[main].ref.source;
  return reportOnce(corpus, {
    code: 'quote-wording',
    severity,
    sides,
    message: (own, rest) => {
      const ownUris = sourcesOf(own);
      const otherSources = listSources(rest.flatMap((s) => sourcesOf(s)).filter((u) => !ownUris.includes(u)).map((u) => members.find((x) => x.ref.uri === u)!.ref.source));
      const alike = ownUris.slice(1).map((u) => members.find((x) => x.ref.uri === u)!.ref.source);
      const also = alike.length > 0 ? ` (${listSources(alike)} ${alike.length > 1 ? 'quote' : 'quotes'} it as here)` : '';
      return `Quotation${speaker ? ` of ${speaker}` : ''} worded differently by ${otherSources}: ${mainSource} has ${diffPlain(diff)}${also}`;
    },
    related: (_side, span) => `${sourceOf(corpus, span.uri)}: “${textAt.get(`${span.uri}#${span.start}`) ?? ''}”`,
    fingerprintOf: (rest) => rest.flatMap((s) => (s as Side & { texts?: string[] }).texts ?? [s.text]),
  });
}

/** Of `candidates`, the one that differs from `host` with the most matched words (the first of equals), if any. */
function fullestDiffering(host: number, candidates: number[], compare: Compare): number | undefined {
  let best: number | undefined;
  let bestMatches = -1;
  for (const m of candidates) {
    const c = compare(host, m);
    if (c.relation !== 'differ' || c.matches.length <= bestMatches) continue;
    best = m;
    bestMatches = c.matches.length;
  }
  return best;
}

/** The speaker as messages name them: a person the corpus knows by a name of two letters or more. */
function speakerName(corpus: Corpus, ref: QuotationRef): string | undefined {
  const entity = ref.speaker ? corpus.entityById.get(ref.speaker) : undefined;
  return entity?.type === 'person' && /^\p{Lu}[\p{L}.'’ -]+$/u.test(entity.name) && /\p{L}{2}/u.test(entity.name) ? entity.name : undefined;
}

/** The tokens of the other wording matched inside a token range of the host. */
function alignedRange(c: Comparison, range: [number, number]): [number, number] | undefined {
  const inside = c.matches.filter(([i]) => i >= range[0] && i < range[1]);
  return inside.length > 0 ? [inside[0][1], inside[inside.length - 1][1] + 1] : undefined;
}

/**
 * Two quotations said by two different people the corpus knows (with different surnames) that share only part of
 * their words are two statements, not one statement worded two ways ("they are on the wrong side of history" said by
 * two advocates).
 */
function apart(a: Member, b: Member): boolean {
  return a.surname !== undefined && b.surname !== undefined && a.surname !== b.surname;
}

/** The folded surname of a quotation's speaker, when the corpus knows the speaker as a person. */
function speakerSurname(corpus: Corpus, ref: QuotationRef): string | undefined {
  const entity = ref.speaker ? corpus.entityById.get(ref.speaker) : undefined;
  return entity?.type === 'person' ? foldNameToken(entity.name.split(/\s+/).at(-1) ?? '') : undefined;
}

/** Document offsets of a token range: `Quotation.text` folds the line breaks of a quotation that runs on. */
function docSpan(doc: string, q: Quotation, w: Wording, range: [number, number]): [number, number] {
  const from = w.tokens[range[0]].start;
  const to = w.tokens[range[1] - 1].end;
  const raw = doc.slice(q.textStart, q.textEnd);
  if (raw === q.text) return [q.textStart + from, q.textStart + to];
  const map = textToRaw(raw, q.text);
  return [q.textStart + map[from], q.textStart + map[to - 1] + 1];
}

/** For each index of `text` (a copy of `raw` with whitespace runs folded), its index in `raw`. */
function textToRaw(raw: string, text: string): number[] {
  const map: number[] = [];
  let r = 0;
  for (let t = 0; t < text.length; t++) {
    const c = text[t];
    while (r < raw.length && raw[r] !== c && !(/\s/.test(c) && /\s/.test(raw[r]))) r++;
    map.push(Math.min(r, raw.length - 1));
    r++;
  }
  return map;
}
