// Opinion polls. A poll's figures (how many it asked, the shares of its answers, the days it was conducted) are that
// poll's own: two reports that name pollsters and none in common report two polls ("an NBC News/Wall Street Journal
// poll" of 1,000 adults, "a new poll by the Harvard University Institute of Politics" of 2,000 people), and their
// figures are not one fact told two ways. A report that names no pollster may be of either.
import { lexicon } from '../data/lexicon';
import { lastWord } from '../text/lastWord';
import type { Claim, Quantity, Reading } from '../types';

/** How far before a survey word a pollster's name may end ("Quinnipiac conducted the poll", "CNN/ORC poll"). */
const BEFORE_REACH = 25;
/** What may stand between a survey word and the pollster named after it ("a new poll by the Harvard …"). */
const BY = /^\s+(?:(?:conducted|released|commissioned|carried out)\s+)?(?:by|from|for)\s+(?:the\s+)?$/i;
/** The kinds of values a poll reports. */
const POLL_KINDS = new Set(['percent', 'count', 'date', 'day']);

let surveyPattern: RegExp | undefined;
/** Whether a capitalised word stands right before `at` (one space between): a survey word at `at` goes on a name. */
function nameBefore(text: string, at: number): boolean {
  const word = lastWord(text.slice(Math.max(0, at - 30), at), /[\w.]/, /\s/, true);
  return word !== undefined && /^[A-Z]/.test(word.text);
}
/** A reading's survey words, found once per reading: a story's check places its statements again at every edit. */
const surveyWordsCache = new WeakMap<Reading, Array<[number, number]>>();

/** The survey words of a reading, as [start, end] offsets into its text, in order. */
function surveyWordsIn(reading: Reading): Array<[number, number]> {
  let out = surveyWordsCache.get(reading);
  if (out) return out;
  surveyPattern ??= new RegExp(`\\b(?:${[...lexicon().surveyWords].join('|')})\\b`, 'gi');
  out = [];
  surveyPattern.lastIndex = 0;
  for (let m = surveyPattern.exec(reading.text); m; m = surveyPattern.exec(reading.text)) {
    // "the US Geological Survey said": a capitalised survey word that goes on a name is an agency's name, not a poll
    // ("the Gallup Poll" is one).
    if (/^Survey/.test(m[0]) && nameBefore(reading.text, m.index)) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  surveyWordsCache.set(reading, out);
  return out;
}

/** The sentences of a reading that name a poll. */
export function pollSentences(reading: Reading): Set<number> {
  const words = surveyWordsIn(reading);
  const out = new Set<number>();
  if (words.length === 0) return out;
  reading.sentences.forEach((s, i) => {
    if (words.some(([start, end]) => start >= s.start && end <= s.end)) out.add(i);
  });
  return out;
}

/**
 * The pollsters a reading names, as the distinctive words of their names: organizations ending just before a survey
 * word in its sentence (an "NBC News/Wall Street Journal poll", "Quinnipiac conducted the poll") or named after one ("a
 * poll by the …"). Words, not entities: the reader may cut "NBC News/Wall Street Journal" anywhere, and "Wall Street
 * Journal/NBC News" is the same pollster; words any organization's name may hold ("news", "university") say nothing.
 */
export function pollstersOf(reading: Reading, sentences: Set<number>, entityOf: (mention: number) => string | undefined): string[] {
  const out = new Set<string>();
  const text = reading.text;
  const { orgWords, pollsterGenericWords } = lexicon();
  reading.mentions.forEach((m, i) => {
    if (m.type !== 'organization' || !sentences.has(m.sentence)) return;
    const sentence = reading.sentences[m.sentence];
    const named = surveyWordsIn(reading).some(([from, to]) => {
      if (from < sentence.start || to > sentence.end) return false;
      if (m.end <= from) return from - m.end <= BEFORE_REACH && !/[,;:.()]/.test(text.slice(m.end, from));
      return m.start >= to && BY.test(text.slice(to, m.start));
    });
    const id = named ? entityOf(i) : undefined;
    if (!id) return;
    for (const word of id.replace(/^[^:]*:/, '').split('-')) if (word.length > 2 && !orgWords.has(word) && !pollsterGenericWords.has(word)) out.add(word);
  });
  return [...out].sort();
}

/**
 * Whether a statement is a poll's figure: a share, or a margin in percentage points, in a report that names a pollster
 * ("55 percent of all voters", "plus or minus 5.5 percentage points"), or a count, date or day in a sentence that
 * names a poll ("surveyed 1,000 adults between Dec. 4 and 9").
 */
export function isPollFigure(claim: Claim, quantity: Quantity, sentences: Set<number>, pollsters: string[]): boolean {
  if (pollsters.length === 0 || !POLL_KINDS.has(claim.attribute)) return false;
  return claim.attribute === 'percent' || (claim.attribute === 'count' && /^percentage/.test(quantity.unit)) || sentences.has(claim.sentence);
}

/** Two poll figures of reports that name pollsters and none in common (no word of their names): figures of two polls. */
export function pollsApart(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return !!a?.length && !!b?.length && !a.some((id) => b.includes(id));
}

/** What `pollAgainstOther` reads of a statement: its pollsters (a poll's figure) and whether its sentence names a poll. */
interface PollSide {
  polls?: readonly string[];
  pollSentence?: boolean;
}

/**
 * A poll's figure told beside the poll (its report names the pollster, its sentence the poll) against a figure that is
 * no poll's (its report names no pollster, its sentence no poll): a forecast against an outcome, two facts. "Sanders
 * trails Clinton in California by 4 percentage points, according to HuffPost Pollster's polling average" says nothing
 * of "Clinton led Sanders by roughly 20 percentage points with over 95 percent of precincts reporting".
 */
export function pollAgainstOther(a: PollSide, b: PollSide): boolean {
  const told = (p: PollSide) => !!p.polls?.length && !!p.pollSentence;
  const none = (p: PollSide) => !p.polls?.length && !p.pollSentence;
  return (told(a) && none(b)) || (told(b) && none(a));
}
