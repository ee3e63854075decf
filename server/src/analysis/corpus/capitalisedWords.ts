// The capitalised words of a reading that may be names, with what their sentence says around them: what
// name-spelling and place-spelling collect (corpus/spellings.ts). What a word's sentence says of it — its fold, the
// particle written before it, the names beside it, the title before it — depends on the sentence's text alone (and on
// whether it is a title-case headline), so it is kept by that text: a keystroke reads its article again, and only the
// edited sentence is scanned again. What depends on the reading — offsets, the mention a word is in — is added to it.
import { lexicon } from '../data/lexicon';
import { firstStartingAfter } from '../text/bisect';
import { lastWord, runStart } from '../text/lastWord';
import { fold, foldNameToken } from '../text/normalize';
import { Recent, SENTENCES_KEPT } from '../text/recent';
import type { Reading } from '../types';
import type { WordOccurrence } from './spellings';

/** Particles written before a surname ("La Croix", "van Gogh"): part of the name as shown, and a way two spellings differ. */
export const PARTICLES = ['la', 'le', 'de', 'di', 'da', 'du', 'van', 'von', 'al', 'el'];
/** Shorter folds are never compared (corpus/spellings.ts compares from four letters, three only for a doubled letter). */
const SHORTEST = 3;
/** A surname shorter than this (spellings.ts' MIN_LENGTH) is folded with a lower-case particle written before it. */
const JOINED_BELOW = 5;
const CAPITALISED = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]+)*/gu;
/** A lower-case particle and one space at the end of the text before a capitalised word ("van "). */
const LOWER_PARTICLE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${PARTICLES.join('|')}) $`, 'u');
const LINK = /^\s+(?:(?:of|de|del|la|al|el|the|van|von)\s+)?$|^\s*-\s*$/;

/** A capitalised word of a reading: its occurrence but for the entity (which the corpus links), and its mention. */
export interface CapitalisedWord {
  folded: string;
  occurrence: Omit<WordOccurrence, 'entity'>;
  mention?: number;
}

/** A capitalised word as its sentence alone shows it, at offsets from the sentence's start. */
interface SentenceWord {
  folded: string;
  /** Where the word starts; where it is shown from (its particle, when one is written apart); its length without a possessive. */
  at: number;
  shownAt: number;
  length: number;
  shown: string;
  initial: boolean;
  neighbours: string[];
  role?: string;
}

const kept = new Recent<string, SentenceWord[]>(SENTENCES_KEPT);

/** Every capitalised word of a reading that may be a name, with what its sentence says around it. */
export function capitalisedWords(reading: Reading): CapitalisedWord[] {
  const found: CapitalisedWord[] = [];
  const mentionAt = mentionIndex(reading);
  reading.sentences.forEach((sentence, index) => {
    // Site furniture names nothing of the story; a photo caption does ("Volodymyr Zelensky at the summit").
    const paragraph = reading.paragraphs[sentence.paragraph];
    if (paragraph?.kind === 'furniture' || paragraph?.kind === 'repeat' || (sentence.furniture && paragraph?.kind !== 'caption')) return;
    const text = reading.text.slice(sentence.start, sentence.end);
    const headline = paragraph?.kind === 'headline' || paragraph?.kind === 'heading';
    for (const word of sentenceWordsKept(text, headline)) {
      const start = sentence.start + word.at;
      const end = start + word.length;
      const mention = mentionAt(start);
      const person = mention !== undefined && mention.type === 'person' && mention.kind === 'name';
      const several = person && /\s/.test(reading.text.slice(mention.start, mention.end).trim());
      const part = !several ? undefined : start === mention.start ? 'given' : end >= mention.end - 2 ? 'surname' : undefined;
      const occurrence: CapitalisedWord['occurrence'] = { uri: reading.uri, start: sentence.start + word.shownAt, end, text: word.shown, initial: word.initial, person, ...(part ? { part } : {}), neighbours: word.neighbours, role: word.role, sentence: index };
      found.push({ folded: word.folded, mention: mention?.index, occurrence });
    }
  });
  return found;
}

/** Lets the kept sentences' words go (tests of the keeping). */
export function forgetKeptCapitalisedWords(): void {
  kept.clear();
}

function sentenceWordsKept(text: string, headline: boolean): SentenceWord[] {
  return kept.getOr(`${headline ? 'h' : 'b'}${text}`, () => sentenceWords(text, headline));
}

/** The capitalised words of one sentence's text. */
function sentenceWords(text: string, headline: boolean): SentenceWord[] {
  const lex = lexicon();
  const out: SentenceWord[] = [];
  // A title-case headline capitalises every word; one with lower-case words capitalises names only.
  const titled = headline && !/(?<![\p{L}'’-])\p{Ll}{4,}/u.test(text);
  const words = [...text.matchAll(CAPITALISED)];
  words.forEach((m, k) => {
    const written = m[0].replace(/['’]s?$/, '');
    // "Liesbeth van Dam": a short surname after a lower-case particle is compared with the particle ("vandam" against
    // "vandamm"): alone it is too short to tell a slip from another name.
    const own = foldNameToken(written);
    const lowParticle = own.length < JOINED_BELOW ? LOWER_PARTICLE_BEFORE.exec(text.slice(Math.max(0, m.index! - 4), m.index)) : null;
    const folded = (lowParticle ? lowParticle[1] : '') + own;
    if (folded.length < SHORTEST) return;
    // A particle written apart is part of the name as shown ("La Croix" against "Lacroix"), though not of its fold.
    const particle = k > 0 && text.slice(words[k - 1].index! + words[k - 1][0].length, m.index) === ' ' && PARTICLES.includes(foldNameToken(words[k - 1][0])) ? words[k - 1] : undefined;
    const shownAt = particle ? particle.index! : lowParticle ? m.index! - lowParticle[0].length : m.index!;
    const initial = titled || !/[\p{L}\p{N}]/u.test(text.slice(0, m.index));
    const neighbours: string[] = [];
    // Titles and capitalised function words ("Minister", "Mr", "The") are no evidence of one name; a generic head
    // is ("Gulf of Aden", "Yida Camp").
    let role: string | undefined;
    const add = (word: string, before: boolean) => {
      const n = foldNameToken(word);
      if (before && (lex.titles.has(n) || lex.abbreviations.has(n))) role = n;
      if (![n, n.replace(/s$/, '')].some((w) => lex.titles.has(w) || lex.abbreviations.has(w) || lex.commonCapitalized.has(w) || lex.dateWords.has(w))) neighbours.push(n);
    };
    // "then-President Obama": the title before the name, hyphenated or not.
    const titleBefore = m.index! > 0 && /[-\s]/.test(text[m.index! - 1]) ? lastWord(text.slice(Math.max(0, m.index! - 30), m.index), /\p{L}/u, /[-\s]/u, true) : undefined;
    if (titleBefore && lex.titles.has(fold(titleBefore.text))) role = fold(titleBefore.text);
    if (k > 0 && LINK.test(text.slice(words[k - 1].index! + words[k - 1][0].length, m.index))) add(words[k - 1][0], true);
    // "Marta La Croix" / "Marta Lacroix": past a particle written apart, the name before it is the neighbour.
    if (particle && k > 1 && /^\s+$/.test(text.slice(words[k - 2].index! + words[k - 2][0].length, particle.index))) add(words[k - 2][0], true);
    // "the town of Taludi" / "the town of Talodi": the same head noun before "of" is the same kind of place.
    const head = headBeforeOf(text.slice(Math.max(0, m.index! - 30), m.index));
    if (head && !lex.titles.has(head)) neighbours.push(`${head} of`);
    if (k + 1 < words.length && LINK.test(text.slice(m.index! + m[0].length, words[k + 1].index))) add(words[k + 1][0], false);
    out.push({ folded, at: m.index!, shownAt, length: written.length, shown: text.slice(shownAt, m.index! + written.length), initial, neighbours, role });
  });
  return out;
}

/**
 * The lower-case head noun before "of" at the end of `text` ("the town of " → "town"): what /\b(\p{Ll}{3,}) of\s+$/u
 * finds, scanned back from the end instead of tried at every start (quadratic on a long run of letters). Like that
 * expression, the word starts at its first \b, which only knows ASCII word characters ("Erdoğan of " → "ğan").
 */
function headBeforeOf(text: string): string | undefined {
  const end = runStart(text, text.length, /\s/u);
  if (end === text.length || !text.endsWith(' of', end)) return undefined;
  const stop = end - ' of'.length;
  const letters = [...text.slice(runStart(text, stop, /\p{Ll}/u), stop)];
  const word = (c: string | undefined) => c !== undefined && /\w/.test(c);
  let at = stop - letters.join('').length;
  for (let i = 0; i + 3 <= letters.length; at += letters[i++].length) {
    if (word(text[at - 1]) !== word(text[at])) return letters.slice(i).join('');
  }
  return undefined;
}

/** The mention a position falls in, with its index. */
function mentionIndex(reading: Reading): (at: number) => { index: number; start: number; end: number; type: string; kind: string } | undefined {
  const sorted = reading.mentions.map((m, index) => ({ index, start: m.start, end: m.end, type: m.type, kind: m.kind })).sort((x, y) => x.start - y.start);
  return (at) => {
    // The last mention starting at or before the offset.
    const found = sorted[firstStartingAfter(sorted, at) - 1];
    return found && at < found.end ? found : undefined;
  };
}
