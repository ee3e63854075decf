// Names written two ways across sources: every capitalised word of every article, grouped by how it is written, and
// the pairs of spellings a letter apart that the contexts show to be one name. What name-spelling and place-spelling
// report, and what the hover shows of a name's spellings. A pair is one name when a majority of sources writes one
// spelling and a single source the other (a long name, or any name with context), or, one source against one, when
// the contexts agree: the same neighbouring name ("Hillary Clinton" / "Hillery Clinton", "Gulf of Aden" / "Gulf of
// Eden"), one entity for both, or the same sentence told by both outlets. Candidates meet through blocking keys (the
// word with one letter deleted), never by comparing all pairs.
import { lexicon } from '../data/lexicon';
import { fold, foldNameToken as foldName } from '../text/normalize';
import { LineWords } from '../text/lineWords';
import type { Reading, SourceSpan } from '../types';
import { sourceOf, type Corpus } from './corpus';
import { numberedNamePairs } from './numberedNames';
import { sentenceWords } from './sentenceWords';
import { articleMentionEntities } from './entities/mentionEntities';
import { capitalisedWords, PARTICLES, type CapitalisedWord } from './capitalisedWords';
import { isFirstName } from '../read/ner';

export interface WordOccurrence extends SourceSpan {
  text: string;
  /** First word of its sentence, or of a title-case headline: capitalised whatever it is. */
  initial: boolean;
  /** Inside a person's name as the reader tagged it. */
  person: boolean;
  /** Where in that person's name of several words: first (a given name) or last (a surname). */
  part?: 'given' | 'surname';
  /** The entity of the mention the word is in. */
  entity?: string;
  /** The capitalised words either side, folded ("gulf" for "Gulf of Eden", "clinton" for "Hillary Clinton"). */
  neighbours: string[];
  /** A title before it ("president" for "President Obama"). */
  role?: string;
  sentence: number;
}

export interface Spelling {
  text: string;
  folded: string;
  uris: Set<string>;
  occurrences: WordOccurrence[];
}

/**
 * How two spellings differ: one vowel for another, a doubled letter, the last letter, the first letter, a prefix
 * ("La"), two letters swapped, another letter, one run of vowels for another ("Christensen" / "Christiansen"); or the
 * number of a numbered name ("Amendment 64", corpus/numberedNames.ts).
 */
export type Variation = 'vowel' | 'double' | 'final' | 'initial' | 'prefix' | 'swap' | 'letter' | 'vowels' | 'number';

export interface SpellingPair {
  /** The spelling fewer sources use (when as many use each, the one that looks less like a known name). */
  variant: Spelling;
  other: Spelling;
  variation: Variation;
  /** More sources write `other` than `variant`. */
  majority: boolean;
  /**
   * Kinds of context that show one name: a shared neighbour, one entity, the same sentence, or a word the lexicon
   * knows against one it does not, a vowel or a doubled letter apart ("Republicen" / "Republican", "Arizana" / "Arizona"),
   * or the variant's own article writing the other spelling everywhere else ('slip').
   */
  evidence: Array<'neighbour' | 'entity' | 'sentence' | 'lexicon' | 'role' | 'slip'>;
  /** A person's name (name-spelling) or another name (place-spelling). */
  person: boolean;
  /**
   * Sure enough for a warning: a majority against one source, or the same sentence told by both with the same
   * neighbour or entity (a shared first name alone makes the entity too), and not two names the lexicon knows.
   */
  sure: boolean;
}

const MIN_LENGTH = 5;
/** Shorter names ("Eden" / "Aden") only against a majority, beside the same word ("Gulf of"). */
const SHORT_NAME = 4;
/**
 * Three letters: only a letter doubled ("Kop" / "Kopp") beside the same first name. Any other letter changed in a name
 * this short is another name ("Lee" / "Lei", "Kim" / "Kin").
 */
const DOUBLED_SHORT = 3;
/** Names this long differ by a letter without context only when a majority of sources agrees on the other spelling. */
const LONG_NAME = 7;

const cache = new WeakMap<Corpus, SpellingPair[]>();

export function spellingPairs(corpus: Corpus): SpellingPair[] {
  let pairs = cache.get(corpus);
  if (!pairs) {
    pairs = findPairs(corpus);
    cache.set(corpus, pairs);
  }
  return pairs;
}

function findPairs(corpus: Corpus): SpellingPair[] {
  const spellings = collect(corpus);
  const order = new Map([...corpus.readings.keys()].map((uri, i) => [uri, i]));
  const byKey = new Map<string, Collected[]>();
  for (const s of spellings.values()) {
    if (s.folded.length < DOUBLED_SHORT) continue;
    // A three-letter spelling meets only the four-letter one that deletes a letter into it.
    for (const key of s.folded.length < SHORT_NAME ? [s.folded] : blockingKeys(s.folded)) {
      const list = byKey.get(key) ?? [];
      list.push(s);
      byKey.set(key, list);
    }
  }
  const seen = new Set<string>();
  const candidates = new Map<Spelling, SpellingPair[]>();
  for (const list of byKey.values()) {
    if (list.length < 2 || list.length > 20) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = [spellingOf(corpus, list[x]), spellingOf(corpus, list[y])];
        const id = a.text < b.text ? `${a.text}|${b.text}` : `${b.text}|${a.text}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const pair = judge(corpus, a, b, order);
        if (typeof pair === 'string') continue;
        candidates.set(pair.variant, [...(candidates.get(pair.variant) ?? []), pair]);
      }
    }
  }
  // A spelling close to two others is ambiguous ("Karen" near "Karin" and "Kare"): no finding.
  return [...[...candidates.values()].filter((list) => list.length === 1).map(([pair]) => pair), ...numberedNamePairs(corpus)];
}

/**
 * Why a spelling and the one it was respelled from make no pair (for scripts/eval/_inject-explain.mjs): not collected,
 * the reason the judge gives, or 'paired' and whether the pair was kept (a spelling close to two others is not).
 */
export function whyNotPaired(corpus: Corpus, variant: string, other: string): string {
  const spellings = collect(corpus);
  const [ca, cb] = [spellings.get(foldName(variant)), spellings.get(foldName(other))];
  if (!ca || !cb) return `${ca ? 'original' : 'changed'} word not collected`;
  const [a, b] = [spellingOf(corpus, ca), spellingOf(corpus, cb)];
  const order = new Map([...corpus.readings.keys()].map((uri, i) => [uri, i]));
  const judged = judge(corpus, a, b, order);
  const counts = `${a.uris.size} source(s), ${a.occurrences.length}× against ${b.uris.size}, ${b.occurrences.length}×${[...a.uris].some((u) => b.uris.has(u)) ? ', one source writes both' : ''}`;
  if (typeof judged === 'string') return `${judged} [${counts}]`;
  const kept = spellingPairs(corpus).some((p) => p.variant.folded === judged.variant.folded);
  const what = `${judged.person ? 'person' : 'place'}, ${judged.sure ? 'sure' : 'not sure'}, ${judged.evidence.join('+') || 'no evidence'}`;
  return kept ? `paired (${what})` : `paired (${what}), but dropped: close to another spelling too, or a crowded key`;
}

/**
 * The word itself, the word with each letter deleted (edit distance one and adjacent swaps meet), without a prefix,
 * and (a long word) with each run of vowels as one mark, where one run written two ways meets.
 */
function blockingKeys(word: string): string[] {
  const keys = new Set([word]);
  if (word.length >= LONG_NAME - 1) keys.add(vowelSkeleton(word));
  for (let i = 0; i < word.length; i++) keys.add(word.slice(0, i) + word.slice(i + 1));
  for (const p of PARTICLES) if (word.startsWith(p) && word.length - p.length >= MIN_LENGTH - 1) keys.add(word.slice(p.length).replace(/^-/, ''));
  return [...keys];
}

/** The pair two spellings make, or why they are not one name misspelt (for the inject explain script). */
function judge(corpus: Corpus, a: Spelling, b: Spelling, order: Map<string, number>): SpellingPair | string {
  if (a.folded === b.folded || Math.min(a.folded.length, b.folded.length) < DOUBLED_SHORT) return 'too short';
  if (!nameLike(a) && !nameLike(b)) return 'neither written as a name';
  const variation = variationOf(a.folded, b.folded);
  // A plural is a family's name ("the Holbrooks"), not beside the same name: "Suzy Holbrooks" / "Suzy Holbrook" is one
  // person's name with a letter more, unless either is a word or a name the lexicon knows ("Georges" / "George").
  if (!variation || (family(a.folded, b.folded) && !pluralBesideName(a, b))) return 'not a letter apart, or one family';
  if (variation === 'prefix' && hyphenOrSpace(a, b)) return 'a particle joined by a hyphen or a space';
  const lex = lexicon();
  const group = lex.nicknameGroup.get(a.folded);
  if (group !== undefined && group === lex.nicknameGroup.get(b.folded)) return 'nicknames';
  // Two words the lexicon knows are two names ("Austria" and "Australia", "Karen" and "Karin"), unless two first names
  // stand beside one surname ("Sawarmi Khaled" / "Sawarmi Khalid"): one name transliterated two ways.
  const bothKnown = known(a.folded) && known(b.folded);
  if (bothKnown && !(lex.firstNames.has(a.folded) && lex.firstNames.has(b.folded))) return 'both known words';
  if (knownPartsDiffer(a.folded, b.folded)) return 'a compound whose differing part is a known word in both';
  const na = a.uris.size;
  const nb = b.uris.size;
  const [variant, other] = na < nb || (na === nb && suspect(a) > suspect(b)) ? [a, b] : na === nb && suspect(a) === suspect(b) ? orderTie(order, a, b) : [b, a];
  // The misspelt side is no word of the language: not written in lower case, not in the lexicon. Unless it stands in
  // a person's name beside the name the other sources write with the other spelling ("Ellen March" in one source,
  // "Ellen Marsh" in three): a word is a surname there, and a slip that happens to spell a word is still a slip.
  const majority = other.uris.size >= 2 && other.uris.size >= 3 * variant.uris.size - 1;
  if ((common(variant.folded) || writtenLower(corpus, variant.folded)) && !(majority && wordInAName(variant, other))) return 'variant is a word';
  // The other is written where capitals mark a name; the variant too, or beside the same name ("Michael Steile
  // Criticized" in a title-case headline beside "Michael Steele").
  // Or first in its sentences, beside the name the variant stands beside ("Benjamin Todd Jealous, the president …").
  if (!nameLike(other) && !sharesNeighbour(variant, other)) return 'other not written as a name';
  // "Christine Todd Whitman" against "Chris Christie": a given name is not a surname misspelt. Beside the same name
  // they may be ("Al-Sawarmi Khalid" / "Sawarmi Khaled Saad": names are ordered differently in transliteration).
  const givenAndSurname = (onlyAs(variant, 'given') && onlyAs(other, 'surname')) || (onlyAs(variant, 'surname') && onlyAs(other, 'given'));
  if (givenAndSurname && !sharesNeighbour(variant, other)) return 'a given name against a surname';
  if ([...variant.uris].every((u) => other.uris.has(u)) && other.uris.size === variant.uris.size) return 'the same sources write both';
  // A person's name when most occurrences of either spelling stand in a person's name as the reader tagged it.
  const all = [...variant.occurrences, ...other.occurrences];
  const person = all.filter((o) => o.person).length * 2 > all.length;
  const evidence = evidenceOf(corpus, variant, other);
  // Two given names, each a person's first name, with nothing that makes the two one person (a shared surname or
  // neighbour, one entity, one sentence told alike), are two people's: "Stephanie Deville" / "Stephane Simian" in two
  // results tables. Beside one surname they are one name written two ways ("Hernan Gumy" / "Herman Gumy").
  if (isFirstName(a.folded) && isFirstName(b.folded) && onlyAs(a, 'given') && onlyAs(b, 'given') && !evidence.some((e) => e === 'neighbour' || e === 'entity' || e === 'sentence')) return 'two given names, nothing making them one person';
  // A place or a capitalised word the lexicon knows, against a spelling it does not (first names vary too much).
  const knownWord = (w: string) => lex.places.has(w) || common(w);
  if (knownWord(other.folded) && !known(variant.folded) && (variation === 'vowel' || variation === 'double' || variation === 'swap')) evidence.push('lexicon');
  if (slip(variant, other, variation, majority) && !known(variant.folded)) evidence.push('slip');
  if (bothKnown && !evidence.includes('neighbour')) return 'both known, no neighbour';
  if (!nameLike(variant) && !evidence.some((e) => e === 'neighbour' || e === 'entity' || e === 'slip')) return 'variant only sentence-initial, no neighbour or entity';
  if (variation === 'final' && !(person && evidence.length > 0)) return 'last letter, no person context';
  // Two letters apart, one run of vowels for another, is one person's name only where a majority writes the other
  // beside the same word or as one entity ("Ann Christiansen" / "Ann Christensen" twice): surnames such as
  // these are often two families' names.
  if (variation === 'vowels' && !(person && majority && evidence.some((e) => e === 'neighbour' || e === 'entity'))) return 'a run of vowels, no majority and person context';
  // Another first letter is another name, unless a majority writes the other beside the same word ("Gulf of Aden").
  if (variation === 'initial' && !(majority && evidence.includes('neighbour'))) return 'first letter';
  // A short surname with another first letter is another surname: "Wang Chen" / "Pang Chen" / "Chen Gang" in one
  // results table are three players (short surnames of one language differ by their first letter: Wang, Fang, Tang).
  if (variation === 'initial' && person && Math.min(a.folded.length, b.folded.length) < MIN_LENGTH) return 'first letter of a short name of a person';
  // Both written in one sentence ("the Iran - Iraq war", "near Taludi and Talodi"): two names. Unless the variant is a
  // slip beside the name the others write with its other spelling: "former President Bill Clintan, … Hillary
  // Clinton" in one sentence, where every other source writes "Bill Clinton".
  const slipBesideName = evidence.includes('slip') && evidence.includes('neighbour');
  if (!slipBesideName && variant.occurrences.some((x) => other.occurrences.some((y) => y.uri === x.uri && y.sentence === x.sentence))) return 'both in one sentence';
  const shortest = Math.min(a.folded.length, b.folded.length);
  // A shared title ("President Obama" / "President Obema") is context against a majority; one against one, a title
  // is too common ("Minister Karen …" / "Minister Karin …").
  const context = evidence.filter((e) => e !== 'role');
  // A letter doubled beside the same first name is one person's name even when short ("Suzy Kop" / "Suzy Kopp").
  const doubledBesideName = variation === 'double' && person && evidence.includes('neighbour');
  // Three letters: a surname only; "Ana" / "Anna" are two given names in use.
  const surnames = !onlyAs(a, 'given') && !onlyAs(b, 'given') && !bothKnown;
  if (shortest < SHORT_NAME && !(doubledBesideName && surnames)) return 'too short';
  // A short name needs a majority beside the same name, or a person told alike two ways: beside the same first name
  // and in a sentence told alike ("Duncan Rait, 36, died after slipping" / "Duncan Raite, 36, died after slipping").
  if (shortest < MIN_LENGTH && !(majority && evidence.includes('neighbour')) && !(person && kindsOfContext(context) >= 2) && !doubledBesideName) return 'short, no majority and neighbour';
  if (majority) {
    if (shortest < LONG_NAME && evidence.length === 0) return 'majority, but short and no context';
  } else if (context.length === 0 || (variation === 'letter' && writtenLength(a, b) < 6 && kindsOfContext(context) < 2)) {
    // One vowel of a long name, each written as a name ("a Verizon subsidiary" / "a Verizan subsidiary"): too alike to
    // be two names, too alone to be sure: one source against one, told as information.
    if (!(variation === 'vowel' && writtenLength(a, b) >= LONG_VOWEL_NAME && nameLike(variant) && nameLike(other))) return 'one against one, no context';
  }
  return { variant, other, variation, majority: majority && !bothKnown, evidence, person, sure: !bothKnown && (majority || (evidence.includes('sentence') && context.length >= 2)) };
}

/** How long a name must be written for one vowel changed, one source against one, to be reported with no other context. */
const LONG_VOWEL_NAME = 7;

/** Whether a spelling stands in people's names of several words, and always in that part of them. */
function onlyAs(spelling: Spelling, part: 'given' | 'surname'): boolean {
  const placed = spelling.occurrences.filter((o) => o.part !== undefined);
  return placed.length > 0 && placed.every((o) => o.part === part);
}

/**
 * The shorter spelling's length as written: folding shortens some ("Romniy" folds to "romny"), and a name of six
 * letters with one changed is no short name.
 */
function writtenLength(a: Spelling, b: Spelling): number {
  return Math.min(a.text.length, b.text.length);
}

/** "Al Homoud" / "Al-Homoud": one name, the particle joined by a hyphen in one, a space in the other. */
function hyphenOrSpace(a: Spelling, b: Spelling): boolean {
  const shown = (o: WordOccurrence) => o.text.replace(/-/g, ' ').toLowerCase();
  const texts = new Set(a.occurrences.map(shown));
  return b.occurrences.some((o) => texts.has(shown(o)));
}

/**
 * A slip of the keyboard: one vowel of a name written once against a majority of sources, by an article that writes
 * the majority's spelling elsewhere ("Tromp Says" in a headline over "President Trump", "Obema campaign aide" in an
 * article that writes "Obama" elsewhere). A second name is written more than once, or by another source too.
 */
function slip(variant: Spelling, other: Spelling, variation: Variation, majority: boolean): boolean {
  return majority && variation === 'vowel' && variant.occurrences.length === 1 && variant.uris.size === 1 && [...variant.uris].every((u) => other.uris.has(u));
}

/** The one-letter (or prefix) difference between two folded words, or undefined when they differ more. */
export function variationOf(a: string, b: string): Variation | undefined {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  for (const p of PARTICLES) if (l === p + s || l === `${p}-${s}`) return 'prefix';
  if (s.length === l.length) {
    const diff = [...s].map((_, i) => i).filter((i) => s[i] !== l[i]);
    // The last letter is often an ending ("Taludi" / "Taludo"), the first a different name.
    if (diff.length === 1 && diff[0] === s.length - 1) return 'final';
    if (diff.length === 1 && diff[0] === 0) return 'initial';
    if (diff.length === 1) return /[aeiouy]/.test(s[diff[0]]) && /[aeiouy]/.test(l[diff[0]]) ? 'vowel' : 'letter';
    if (diff.length === 2 && diff[1] === diff[0] + 1 && s[diff[0]] === l[diff[1]] && s[diff[1]] === l[diff[0]]) return 'swap';
    return oneVowelRun(s, l) ? 'vowels' : undefined;
  }
  if (l.length !== s.length + 1) return oneVowelRun(s, l) ? 'vowels' : undefined;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  if (l.slice(i + 1) !== s.slice(i)) return oneVowelRun(s, l) ? 'vowels' : undefined;
  // "Kop" / "Kopp": the last letter doubled is a letter doubled, not another ending.
  if (i === s.length) return l[i] === l[i - 1] ? 'double' : 'final';
  return l[i] === l[i - 1] || l[i] === l[i + 1] ? 'double' : 'letter';
}

/** A word with each run of vowels written as one mark: "christensen" and "christiansen" are both "chr*st*ns*n". */
function vowelSkeleton(word: string): string {
  return word.replace(/[aeiou]+/g, '*');
}

/**
 * Two words whose consonants agree and whose runs of vowels differ in one run only; in a longer name, in two runs of
 * one vowel each ("Halvorsen" / "Halverson"), a slip of the ear as common as one vowel.
 */
function oneVowelRun(a: string, b: string): boolean {
  if (a.length < LONG_NAME - 1 || vowelSkeleton(a) !== vowelSkeleton(b)) return false;
  const runs = (w: string) => w.match(/[aeiou]+/g) ?? [];
  const [ra, rb] = [runs(a), runs(b)];
  const differing = ra.map((r, i) => [r, rb[i]]).filter(([x, y]) => x !== y);
  if (differing.length === 1) return true;
  return differing.length === 2 && Math.min(a.length, b.length) >= TWO_VOWELS_NAME && differing.every(([x, y]) => x.length === 1 && y.length === 1);
}

/** How long a name must be for two of its vowels to differ in one spelling of it ("Halvorsen", nine letters). */
const TWO_VOWELS_NAME = 9;

/**
 * Words of one family, not one word misspelt: a plural ("Clintons"), -ise/-ize, -yse/-yze, -re/-er, -our/-or
 * ("Technicolour"). Only the suffix's s is a z: "Delvares" and "Delvarez" are one surname written two ways.
 */
function family(a: string, b: string): boolean {
  if (a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`) return true;
  const american = (w: string) =>
    w.replace(/([iy])s(e|ed|es|er|ers|ing|ation|ations)$/, '$1z$2').replace(/([^aeiou])re$/, '$1er').replace(/our$/, 'or');
  return american(a) === american(b);
}

/**
 * Two hyphenated compounds that differ in one part, each form of which the lexicon knows: "Israel-Palestinian" and
 * "Israeli-Palestinian" write a place and its demonym, two words, not one misspelt.
 */
function knownPartsDiffer(a: string, b: string): boolean {
  const [pa, pb] = [a.split('-'), b.split('-')];
  if (pa.length < 2 || pa.length !== pb.length) return false;
  const differing = pa.flatMap((part, i) => (part === pb[i] ? [] : [[part, pb[i]]]));
  return differing.length === 1 && differing[0].every(known);
}

function known(folded: string): boolean {
  const lex = lexicon();
  return lex.places.has(folded) || lex.firstNames.has(folded) || lex.organizations.has(folded) || common(folded);
}

/** A word of the lexicon that is capitalised for other reasons than being a name ("Senate", "Advisers", "Monday"). */
function common(folded: string): boolean {
  const lex = lexicon();
  const singular = folded.replace(/s$/, '');
  return [folded, singular].some(
    (w) => lex.titles.has(w) || lex.orgWords.has(w) || lex.placeWords.has(w) || lex.commonCapitalized.has(w) || lex.dateWords.has(w) || lex.demonyms.has(w),
  );
}

/** How unlike a known name a spelling looks: 1 when neither the gazetteer nor the lexicon knows it. */
function suspect(s: Spelling): number {
  return known(s.folded) ? 0 : 1;
}

/** As many sources on each side and nothing to tell them apart: the later article in the folder is the variant. */
function orderTie(order: Map<string, number>, a: Spelling, b: Spelling): [Spelling, Spelling] {
  const first = (s: Spelling) => Math.min(...[...s.uris].map((u) => order.get(u) ?? 0));
  return first(a) > first(b) ? [a, b] : [b, a];
}

/** Whether two spellings stand beside one same name somewhere ("Todd" in "Benjamen Todd Jealous" and "Benjamin Todd …"). */
/** Both spellings written only in people's names, the variant where capitals mark a name, beside the same name. */
function wordInAName(variant: Spelling, other: Spelling): boolean {
  const inNames = (s: Spelling) => s.occurrences.every((o) => o.person);
  return nameLike(variant) && inNames(variant) && inNames(other) && sharesNeighbour(variant, other);
}

/** A surname and the same with an s, beside the same name, neither known to the lexicon (`judge`). */
function pluralBesideName(a: Spelling, b: Spelling): boolean {
  const plural = a.folded === `${b.folded}s` || b.folded === `${a.folded}s`;
  return plural && !known(a.folded) && !known(b.folded) && sharesNeighbour(a, b);
}

function sharesNeighbour(a: Spelling, b: Spelling): boolean {
  const beside = new Set(a.occurrences.flatMap((o) => o.neighbours));
  return b.occurrences.some((o) => o.neighbours.some((n) => beside.has(n)));
}

/** Written at least once where capitals mark a name: not first in its sentence, not in a title-case headline. */
function nameLike(s: Spelling): boolean {
  return s.occurrences.some((o) => !o.initial);
}

/**
 * How many independent kinds of context show one person. The linker joins two spellings into one entity by the name
 * beside them, so a shared entity and a shared neighbouring name ("Dana Halvey" / "Dana Halvy") are one kind; a sentence
 * told alike is another.
 */
function kindsOfContext(context: SpellingPair['evidence']): number {
  return new Set(context.map((e) => (e === 'entity' ? 'neighbour' : e))).size;
}

function evidenceOf(corpus: Corpus, a: Spelling, b: Spelling): SpellingPair['evidence'] {
  const out: SpellingPair['evidence'] = [];
  if (sharesNeighbour(a, b)) out.push('neighbour');
  const ea = new Set(a.occurrences.map((o) => o.entity).filter(Boolean));
  if (b.occurrences.some((o) => o.entity && ea.has(o.entity))) out.push('entity');
  if (sameSentence(corpus, a, b)) out.push('sentence');
  const roles = new Set(a.occurrences.map((o) => o.role).filter(Boolean));
  if (b.occurrences.some((o) => o.role && roles.has(o.role))) out.push('role');
  return out;
}

/** One outlet's sentence told again by another: three rare words or more in common, a third of the shorter. */
function sameSentence(corpus: Corpus, a: Spelling, b: Spelling): boolean {
  const wordsOf = (o: WordOccurrence) => sentenceWords(corpus.readings.get(o.uri)!, o.sentence);
  for (const x of a.occurrences.slice(0, 6)) {
    const wx = wordsOf(x);
    for (const y of b.occurrences.slice(0, 6)) {
      if (y.uri === x.uri) continue;
      const wy = wordsOf(y);
      let shared = 0;
      for (const w of wx) if (wy.has(w)) shared++;
      if (shared >= 3 && shared * 3 >= Math.min(wx.size, wy.size)) return true;
    }
  }
  return false;
}

/**
 * A spelling as collected: the articles that write it and their words, each article's in its order. Most spellings
 * have no other a letter apart, so their occurrences (with the entity the corpus links each to) are made only for the
 * spellings a blocking key pairs (`spellingOf`): a keystroke collects its story's words again.
 */
interface Collected {
  folded: string;
  uris: Set<string>;
  parts: Array<{ uri: string; words: CapitalisedWord[] }>;
  spelling?: Spelling;
}

function collect(corpus: Corpus): Map<string, Collected> {
  const spellings = new Map<string, Collected>();
  for (const reading of corpus.readings.values()) {
    // Case and transliteration variants are one spelling ("LaTonya" / "Latonya", "Zelenskiy" / "Zelensky").
    for (const [folded, words] of capitalisedByFold(reading)) {
      let spelling = spellings.get(folded);
      if (!spelling) spellings.set(folded, (spelling = { folded, uris: new Set<string>(), parts: [] }));
      spelling.uris.add(reading.uri);
      spelling.parts.push({ uri: reading.uri, words });
    }
  }
  return spellings;
}

/** A collected spelling's occurrences, made once, shown as most occurrences write it, outside headlines where they can. */
function spellingOf(corpus: Corpus, collected: Collected): Spelling {
  if (collected.spelling) return collected.spelling;
  const occurrences: WordOccurrence[] = [];
  for (const { uri, words } of collected.parts) {
    const entityOf = articleMentionEntities(corpus.mentionEntity, uri);
    for (const word of words) {
      const entity = entityOf(word.mention);
      occurrences.push({ ...word.occurrence, entity });
    }
  }
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.text, (counts.get(o.text) ?? 0) + (o.initial ? 1 : 2));
  const text = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
  return (collected.spelling = { text, folded: collected.folded, uris: collected.uris, occurrences });
}

const foldCache = new WeakMap<Reading, Map<string, CapitalisedWord[]>>();

/**
 * A reading's capitalised words by their fold, each fold's in order, the folds in the order first written: cached per
 * reading (an edit replaces one reading; the others of its story keep theirs), so that a keystroke collects one
 * article's words.
 */
function capitalisedByFold(reading: Reading): Map<string, CapitalisedWord[]> {
  let byFold = foldCache.get(reading);
  if (byFold) return byFold;
  byFold = new Map();
  for (const word of capitalisedWords(reading)) {
    const list = byFold.get(word.folded);
    if (list) list.push(word);
    else byFold.set(word.folded, [word]);
  }
  foldCache.set(reading, byFold);
  return byFold;
}

const lowerCache = new WeakMap<Reading, Set<string>>();
const lowerWords = new LineWords(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]{3,}/gu, (w) => fold(w));

/** The words an article writes in lower case, folded; cached per reading, which an edit replaces. */
function lowercaseIn(reading: Reading): Set<string> {
  let words = lowerCache.get(reading);
  if (!words) {
    words = lowerWords.of(reading.text);
    lowerCache.set(reading, words);
  }
  return words;
}

/** Some article writes the word in lower case: a capitalised spelling of it is a word, not a name. */
function writtenLower(corpus: Corpus, folded: string): boolean {
  for (const r of corpus.readings.values()) if (lowercaseIn(r).has(folded)) return true;
  return false;
}

/** The spellings of one name seen across sources, for the hover: each with the sources that write it. */
export function spellingsAt(corpus: Corpus, uri: string, start: number, end: number): Array<{ text: string; sources: string[] }> {
  const out: Array<{ text: string; sources: string[] }> = [];
  for (const pair of spellingPairs(corpus)) {
    const hit = [pair.variant, pair.other].some((s) => s.occurrences.some((o) => o.uri === uri && o.start >= start && o.end <= end));
    if (!hit) continue;
    for (const s of [pair.other, pair.variant]) {
      if (out.some((x) => x.text === s.text)) continue;
      out.push({ text: s.text, sources: [...s.uris].map((u) => sourceOf(corpus, u)) });
    }
  }
  return out;
}
