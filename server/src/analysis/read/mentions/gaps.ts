// Pass 5 of reading names: where a name belongs but is missing. A title that says whose it is with no name after it
// ("U.S. President engaged …"), and a list introducer with nothing after it ("including , is").
import type { Lexicon } from '../../data/lexicon';
import type { Gap, Mention, Sentence } from '../../types';
import { isAdjective, knownType } from '../knownNames';
import type { Token } from '../tokens';
import { capitalisedRuns, demonymOfPair, REMIT_JOINERS, roleSpan } from './runs';

/** Titles with no name in one body sentence; `mentions` are the sentence's names (a name before the title is no gap). */
export function readTitleGaps(text: string, tokens: Token[], sentence: number, mentions: Mention[], lowercaseWords: Set<string>, lex: Lexicon): Gap[] {
  const gaps: Gap[] = [];
  for (let run of capitalisedRuns(tokens, lex, lowercaseWords)) {
    const next = tokens[run[run.length - 1] + 1];
    // "US Defence secretary Pete Hegseth": the run starts a role written on.
    if (next && next.kind === 'word' && !next.cap && lex.titles.has(next.lower) && !tokens[run[run.length - 1]].possessive) continue;
    // "Ukraine NATO": two known names side by side.
    const joined = run.map((i) => tokens[i].text).join(' ');
    if (run.length >= 2 && !knownType(joined, lex) && run.every((i) => knownType(tokens[i].text, lex) && !isAdjective(tokens[i].lower, lex))) continue;
    while (run.length >= 2 && isAdjective(tokens[run[0]].lower, lex) && !knownType(run.map((i) => tokens[i].text).join(' '), lex) && !run.some((i) => lex.titles.has(tokens[i].lower))) run = run.slice(1);
    const roleLength = roleSpan(tokens, run, lex);
    if (roleLength === 0 || roleLength < run.length) continue;
    const gap = titleGap(text, run, tokens, sentence, mentions, lex);
    if (gap) gaps.push(gap);
  }
  return gaps;
}

function titleGap(text: string, roleIdx: number[], tokens: Token[], sentence: number, mentions: Mention[], lex: Lexicon): Gap | undefined {
  const first = roleIdx[0];
  const last = roleIdx[roleIdx.length - 1];
  const titleToken = tokens[last];
  if (!titleToken.cap || !lex.titles.has(titleToken.lower)) return undefined;
  // The role must say whose title it is ("U.S. President"), or it is a plain noun ("the President").
  const modifiers = roleIdx.slice(0, -1).map((i) => tokens[i]);
  const of = modifiers.map((t) => lex.demonyms.get(t.lower)).find(Boolean) ?? demonymOfPair(modifiers, lex);
  if (!of) return undefined;
  const before = tokens[first - 1];
  if (before && (before.possessive || lex.determiners.has(before.lower) || lex.gapBlockers.has(before.lower))) return undefined;
  // "Susan Rice, U.S. Ambassador for the United Nations, said": the name came first.
  const named = tokens[first - 2];
  if (before && before.text === ',' && named && mentions.some((m) => m.end === named.end && m.type === 'person')) return undefined;
  const after = tokens[last + 1];
  const afterNext = tokens[last + 2];
  // "United States President, Donald Trump," names the holder after a comma.
  if (after && after.text === ',' && afterNext && afterNext.cap) return undefined;
  if (after && after.cap && after.kind === 'word') return undefined;
  if (after && after.kind === 'punct' && after.text !== ',') return undefined;
  if (after && TITLE_REMIT.has(after.lower) && namedAfterRemit(tokens, last + 2, mentions)) return undefined;
  const start = tokens[first].start;
  return { start, end: titleToken.end, kind: 'title-without-name', cue: text.slice(start, titleToken.end), roleOf: of, sentence };
}

/** Words that open a title's remit: "Assistant Secretary for Near Eastern Affairs", "Minister of Foreign Affairs". */
const TITLE_REMIT = new Set(['for', 'of', 'on']);

/**
 * Whether the remit that starts at token `k` is capitalised words followed by a person's name, or runs into one:
 * "U.S. Assistant Secretary for Near Eastern Affairs Robert Pelletreau" names the holder after the remit.
 */
function namedAfterRemit(tokens: Token[], k: number, mentions: Mention[]): boolean {
  let j = k;
  while (j < tokens.length && tokens[j].kind === 'word' && (tokens[j].cap || REMIT_JOINERS.has(tokens[j].lower))) {
    const at = tokens[j].start;
    if (j > k && tokens[j].cap && mentions.some((m) => m.type === 'person' && m.start === at)) return true;
    j++;
  }
  return false;
}

export function readListGaps(text: string, sentence: Sentence, index: number, lex: Lexicon): Gap[] {
  const gaps: Gap[] = [];
  // A few characters past the sentence's end, so that what follows its last word ("including. 358") is seen.
  const slice = text.slice(sentence.start, sentence.end + 4);
  const pattern = lex.emptyListItem;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(slice)) !== null && sentence.start + match.index < sentence.end) {
    const start = sentence.start + match.index;
    const end = start + match[0].trimEnd().length;
    if (start === sentence.start) continue;
    gaps.push({ start, end, kind: 'empty-list-item', cue: text.slice(start, end), sentence: index });
  }
  return gaps;
}
