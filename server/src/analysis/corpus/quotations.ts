// The same quotation across sources, matched on its words: a long common run of words, whatever
// the punctuation, typography or transliteration of names.
import { lexicon } from '../data/lexicon';
import { commonWords } from '../text/wordDiff';
import { compareWordings, sentencePairs, sentenceSize } from '../text/compareWording';
import { wordingOfQuotation, type Wording } from '../text/wording';
import type { Quotation, QuotationGroup, QuotationRef, Reading } from '../types';
import { sourceLabels } from './sourceLabels';
import { mentionEntity as entityOf } from './entities/mentionEntities';

const MIN_WORDS = 3;
const MIN_COMMON = 4;
const MIN_SHARE = 0.6;
/** One sentence both quote: this many of its words matched, and this share of the longer of the two sentences. */
const MIN_SENTENCE_WORDS = 6;
const SENTENCE_SHARE = 0.8;

export function groupQuotations(readings: Reading[], mentionEntity: Map<string, string>, sources = sourceLabels(readings)): QuotationGroup[] {
  const refs: QuotationRef[] = [];
  for (const reading of readings) {
    reading.quotations.forEach((quotation, index) => {
      if (quotation.words.length < MIN_WORDS) return;
      const speaker = quotation.speaker ? entityOf(mentionEntity, reading.uri, quotation.speaker.mention) : undefined;
      refs.push({ uri: reading.uri, index, quotation, source: sources.get(reading.uri) ?? reading.meta.source, speaker });
    });
  }
  // Candidate pairs share a three-word run; only those are aligned word by word.
  const byTrigram = new Map<string, number[]>();
  refs.forEach((ref, i) => {
    const w = ref.quotation.words;
    const seen = new Set<string>();
    for (let k = 0; k + 2 < w.length; k++) {
      const gram = `${w[k]} ${w[k + 1]} ${w[k + 2]}`;
      if (seen.has(gram)) continue;
      seen.add(gram);
      const list = byTrigram.get(gram) ?? [];
      list.push(i);
      byTrigram.set(gram, list);
    }
  });
  const parent = refs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const tried = new Set<number>();
  const bags = refs.map((ref) => wordCounts(ref.quotation.words));
  for (const members of byTrigram.values()) {
    // A run of words fifty quotations share is a phrase, not a quotation: no evidence of one.
    if (members.length > 50) continue;
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const i = members[a];
        const j = members[b];
        // Pairs already joined through others need no alignment: grouping is only who meets whom.
        if (refs[i].uri === refs[j].uri || find(i) === find(j)) continue;
        const pair = i * refs.length + j;
        if (tried.has(pair)) continue;
        tried.add(pair);
        // Words in common bound the aligned words from above: too few, and no alignment is needed.
        if (sharedWords(bags[i], bags[j]) < neededCommon(refs[i].quotation.words, refs[j].quotation.words)) continue;
        if (sameQuotation(refs[i].quotation, refs[j].quotation)) parent[find(i)] = find(j);
      }
    }
  }
  const groups = new Map<number, QuotationRef[]>();
  refs.forEach((ref, i) => {
    const root = find(i);
    const list = groups.get(root) ?? [];
    list.push(ref);
    groups.set(root, list);
  });
  const out: QuotationGroup[] = [];
  for (const list of groups.values()) {
    if (new Set(list.map((r) => r.uri)).size < 2) continue;
    const first = list[0];
    out.push({ id: `quotation|${first.uri}#${first.index}`, quotations: list });
  }
  return out;
}

export function sameQuotation(qa: Quotation, qb: Quotation): boolean {
  const a = qa.words;
  const b = qb.words;
  const common = commonWords(a, b);
  if (common < MIN_COMMON) return false;
  if (common < MIN_SHARE * Math.min(a.length, b.length) && !sharesClause(qa, qb)) return false;
  const lex = lexicon();
  const second = (q: Quotation) => q.words.some((w) => lex.secondPersonWords.has(w));
  if (!second(qa) && !second(qb)) return true;
  // Only what both quote tells how they address the person: "You can now see …" before a shared passage is not it.
  const c = compareWordings(wordingOfQuotation(qa), wordingOfQuotation(qb));
  if (c.matches.length === 0) return true;
  const region = (w: Wording, from: number, to: number) => w.tokens.slice(from, to + 1).map((t) => t.key);
  const ra = region(wordingOfQuotation(qa), c.matches[0][0], c.matches[c.matches.length - 1][0]);
  const rb = region(wordingOfQuotation(qb), c.matches[0][1], c.matches[c.matches.length - 1][1]);
  return !addressedApart(ra, rb) && !addressedApart(rb, ra);
}

/** The fewest words two quotations must align to be one (`sameQuotation`). */
function neededCommon(a: string[], b: string[]): number {
  return Math.max(MIN_COMMON, Math.min(Math.ceil(MIN_SHARE * Math.min(a.length, b.length) - 1e-9), MIN_SENTENCE_WORDS));
}

/**
 * Two excerpts of different length around one passage (“When the dust settles, he will be vindicated. Until then, …”
 * / “… Grimm asserts his innocence of any wrongdoing. When the dust settles, he will be vindicated”): most words of
 * neither are shared, but both quote one sentence nearly whole.
 */
function sharesClause(qa: Quotation, qb: Quotation): boolean {
  const wa = wordingOfQuotation(qa);
  const wb = wordingOfQuotation(qb);
  const c = compareWordings(wa, wb);
  if (c.matches.length < MIN_SENTENCE_WORDS) return false;
  for (const [key, n] of sentencePairs(wa, wb, c.matches)) {
    const [ua, ub] = key.split(':').map(Number);
    if (n >= MIN_SENTENCE_WORDS && n >= SENTENCE_SHARE * Math.max(sentenceSize(wa, ua), sentenceSize(wb, ub))) return true;
  }
  return false;
}

function wordCounts(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** How many words two quotations share, each counted as often as both have it. */
function sharedWords(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [w, count] of a) n += Math.min(count, b.get(w) ?? 0);
  return n;
}

/**
 * "Your budget appears to reflect the values of your favorite philosopher" (a letter to Ryan) and "Chairman Ryan's
 * budget reflects the values of his favorite philosopher" (a remark about him): one speaks to the person, the other
 * of him, so they are two statements in two settings, not one quotation worded two ways.
 */
function addressedApart(a: string[], b: string[]): boolean {
  const lex = lexicon();
  return a.some((w) => lex.secondPersonWords.has(w)) && !b.some((w) => lex.secondPersonWords.has(w)) && b.some((w) => lex.thirdPersonWords.has(w));
}
