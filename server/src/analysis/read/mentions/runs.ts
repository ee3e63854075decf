// The reading rules' view of a sentence: runs of capitalised words, and which of their words form a role ("Russian
// President", "Secretary of State"). The roles and gaps passes read names' roles and missing names with these.
import type { Lexicon } from '../../data/lexicon';
import type { Token } from '../tokens';
import { spacedHyphen } from '../words';

/**
 * Words that may stand between the capitalised words of a remit, an organisation's ("Committee on Oversight and
 * Government Reform") or a title's ("Minister of Trade and Industry").
 */
export const REMIT_JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'the', '&']);

const CONTRACTION = /'(ll|ve|re|d|m)$|n't$/;
const HYPHEN_ADJECTIVE = /^\p{Lu}[\p{L}]+-\p{Ll}/u;

/**
 * Runs of capitalised words that may be names. `breaks`, on a title-case headline, says which capitalised words
 * are headline case only: they end a run and are left out ("Sudan Bombs Yida Refugee Camp" → "Sudan", "Yida …").
 */
export function capitalisedRuns(tokens: Token[], lex: Lexicon, lowercaseWords: Set<string>, breaks?: (t: Token) => boolean): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const flush = () => {
    while (run.length > 0 && lex.nameConnectors.has(tokens[run[run.length - 1]].lower)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const nameLike = t.kind === 'word' && (t.cap || t.upper) && !lex.dateWords.has(t.lower) && !CONTRACTION.test(t.lower) && !HYPHEN_ADJECTIVE.test(t.text) && !isLoneLetter(t, tokens[i + 1]) && !breaks?.(t);
    const connector = run.length > 0 && ((t.kind === 'word' && lex.nameConnectors.has(t.lower) && tokens[i + 1]?.cap === true) || spacedHyphen(tokens, i, lex));
    if (nameLike || connector) {
      // Sentence-initial common words ("The", "After", "Notably") do not start a name.
      if (run.length === 0 && nameLike && isSentenceInitial(tokens, i) && isCommonWord(t, lex, lowercaseWords)) continue;
      if (run.length === 0 && nameLike && lex.commonCapitalized.has(t.lower) && !t.upper && t.lower.length > 1) {
        // Mid-sentence capitalised function words are headline case; skip them too.
        continue;
      }
      run.push(i);
      if (t.possessive) flush();
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

export function isSentenceInitial(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j];
    if (t.kind === 'punct' && /[“‘]/.test(t.text)) return true;
    if (t.kind === 'punct' && t.text === '"') return tokens[j + 1]?.start === t.end && (j === 0 || tokens[j - 1].end < t.start);
    if (t.kind === 'punct' && /[(\[—–-]/.test(t.text)) continue;
    return t.kind === 'punct' && /[.:!?]/.test(t.text);
  }
  return true;
}

export function isCommonWord(t: Token, lex: Lexicon, lowercaseWords: Set<string>): boolean {
  if (t.upper && t.text.length > 1) return false;
  return lex.commonCapitalized.has(t.lower) || (lowercaseWords.has(t.lower) && !lex.titles.has(t.lower) && !lex.demonyms.has(t.lower));
}

/** "I", or "X." ending a sentence: a lone letter is a name only as an initial before a name ("J. Smith"). */
export function isLoneLetter(t: Token, next: Token | undefined): boolean {
  if (!/^\p{Lu}\.?$/u.test(t.text)) return false;
  return !(t.text.endsWith('.') && next !== undefined && next.cap && next.kind === 'word');
}

/** A headline or heading in title case: every word of four letters or more is capitalised, and some are not shouted. */
export function titleCaseLine(tokens: Token[]): boolean {
  const long = tokens.filter((t) => t.kind === 'word' && t.text.length >= 4);
  return long.length >= 3 && long.every((t) => t.cap) && long.some((t) => !t.upper);
}

/** How many leading tokens of the run form a role that ends in a title ("Secretary of State"). */
export function roleSpan(tokens: Token[], run: number[], lex: Lexicon): number {
  let end = 0;
  for (let k = 0; k < run.length; k++) {
    const t = tokens[run[k]];
    const multi = matchMultiWordTitle(tokens, run, k, lex);
    if (multi > 0) {
      end = k + multi;
      k += multi - 1;
      continue;
    }
    if (lex.titles.has(t.lower)) {
      end = k + 1;
      continue;
    }
    if (lex.titleModifiers.has(t.lower) || lex.demonyms.has(t.lower) || (t.upper && t.text.length <= 5) || lex.nameConnectors.has(t.lower) || isDemonymPairStart(tokens, run, k, lex)) continue;
    break;
  }
  return end;
}

export function matchMultiWordTitle(tokens: Token[], run: number[], k: number, lex: Lexicon): number {
  for (const words of lex.multiWordTitles) {
    if (k + words.length > run.length) continue;
    if (words.every((w, j) => tokens[run[k + j]].lower === w)) return words.length;
  }
  return 0;
}

export function isDemonymPairStart(tokens: Token[], run: number[], k: number, lex: Lexicon): boolean {
  const a = tokens[run[k]];
  const b = tokens[run[k + 1]];
  const prev = tokens[run[k - 1]];
  return (b !== undefined && lex.demonyms.has(`${a.lower} ${b.lower}`)) || (prev !== undefined && lex.demonyms.has(`${prev.lower} ${a.lower}`));
}

export function demonymOfPair(modifiers: Token[], lex: Lexicon): string | undefined {
  for (let i = 0; i + 1 < modifiers.length; i++) {
    const of = lex.demonyms.get(`${modifiers[i].lower} ${modifiers[i + 1].lower}`);
    if (of) return of;
  }
  return undefined;
}

/** The role written before a name: inside its run, or just before it ("national security adviser", "spokesperson,"). */
export function roleText(tokens: Token[], nameStart: number, roleIdx: number[], lex: Lexicon): { text: string; of?: string; person: boolean } | undefined {
  const idx = [...roleIdx];
  let j = (roleIdx.length > 0 ? roleIdx[0] : nameStart) - 1;
  // Appositive: "Kremlin spokesperson, Dmitry Peskov".
  if (roleIdx.length === 0 && tokens[j]?.text === ',' && tokens[j - 1] && lex.titles.has(tokens[j - 1].lower)) j--;
  let sawTitle = roleIdx.some((i) => lex.titles.has(tokens[i].lower)) || roleIdx.length > 0;
  const appositive = roleIdx.length === 0 && tokens[nameStart - 1]?.text === ',';
  while (j >= 0) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    if (appositive && lex.determiners.has(t.lower) && !t.possessive) return undefined;
    if (lex.titles.has(t.lower)) sawTitle = true;
    else if (!(lex.titleModifiers.has(t.lower) || lex.demonyms.has(t.lower) || t.upper || lex.demonyms.has(`${t.lower} ${tokens[j + 1]?.lower}`) || lex.demonyms.has(`${tokens[j - 1]?.lower} ${t.lower}`))) break;
    if (t.possessive) break;
    idx.unshift(j);
    j--;
  }
  const all = [...new Set(idx)].sort((a, b) => a - b).filter((i) => i < nameStart);
  if (!sawTitle || all.length === 0) return undefined;
  // Drop trailing modifiers that are not part of a title ("Trump's defense secretary" keeps both words).
  const words = all.map((i) => tokens[i]);
  while (words.length > 0 && !lex.titles.has(words[words.length - 1].lower) && !matchesTitleEnd(words, lex)) words.pop();
  if (words.length === 0) return undefined;
  const of = words.map((t) => lex.demonyms.get(t.lower)).find(Boolean) ?? demonymOfPair(words, lex);
  return { text: words.map((t) => t.text).join(' '), of, person: true };
}

export function matchesTitleEnd(words: Token[], lex: Lexicon): boolean {
  const folded = words.map((w) => w.lower);
  return lex.multiWordTitles.some((title) => title.length <= folded.length && title.every((w, i) => folded[folded.length - title.length + i] === w));
}

export function lastWord(text: string): string {
  const words = text.toLowerCase().split(/\s+/);
  return words[words.length - 1];
}
