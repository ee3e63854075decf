// Counts: a number of something. "Five bombs", "over 24,000 Nuban refugees", "a 200-student school", "in nine
// countries", "hundreds of protesters", "no one was killed", and a bare number whose noun the statement finds
// ("killing seven", "rose to 24"). The unit is the counted noun as written after the number (lower case), or
// `count` when none follows. "Two of the bombs fell within the camp" keeps the place they fell in (`where`): how
// many fell there is another fact than how many fell.
//
// Not counts: a number that is part of a name or a date ("Apollo 11", "Sept. 11 hijackers", "the 9/11 bill",
// "AK-47"), a year, a score or a time ("3-2", "7:30"), a number word of one ("one of", "no one wants").
import { lexicon } from '../../data/lexicon';
import { lastWord } from '../../text/lastWord';
import type { Quantity } from '../../types';
import { matchesIn, showInterval, type Sentence, type ValueKind } from './kind';
import { DIGITS, NUMBER, WORD_NUMBER, anyCase, applyHedge, hedgeBefore, parseNumber, precisionOf, round, type Parsed } from './numbers';
import { scan, type Pattern } from './scan';

const NUMBER_ANY_CASE = anyCase(NUMBER);
const VAGUE: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000, 'tens of thousands': 20000, 'hundreds of thousands': 200000, millions: 2e6, billions: 2e9 };

/** The words of the orders of size, longest first. */
const VAGUE_WORDS = Object.keys(VAGUE).sort((a, b) => b.length - a.length).join('|');

/** "hundreds of clients", "dozens of people": a count a writer gives as an order of size, no figure. */
const VAGUE_OPENING = new RegExp(`^(?:${VAGUE_WORDS}) of\\s`, 'i');

/** Whether a count is only an order of size ("hundreds of"): it bounds nothing another source's figure could be set against. */
export function vagueCount(q: Quantity): boolean {
  return q.kind === 'count' && VAGUE_OPENING.test(q.text);
}

let patterns: Pattern[] | undefined;

/** The units of a number in words, after its tens and a hyphen ("sixty-two"). */
const UNIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';

function countPatterns(): Pattern[] {
  return [
    {
      re: new RegExp(`\\b(${VAGUE_WORDS}) of ([a-z]+)`, 'iy'),
      value: (m) => ({ value: VAGUE[m[1].toLowerCase()], unit: m[2].toLowerCase(), low: VAGUE[m[1].toLowerCase()], high: null }),
    },
    // "no one was killed": a toll of zero.
    { re: /\b(?:no one|nobody|no-one)(?= (?:was|were|has been|had been|is|got) (?:killed|injured|hurt|wounded))/iy, value: () => ({ value: 0, unit: 'count', precision: 1 }) },
    // "One volunteer firefighter was killed", "one person died": a toll of one. "One" is otherwise no count ("one of",
    // "one official said"), so only before a verb of the toll.
    {
      re: /\bone ((?:[a-z-]+ )?[a-z]{3,})(?= (?:(?:was|has been|had been) (?:killed|injured|hurt|wounded)|died)\b)/iy,
      value: (m) => ({ value: 1, unit: m[1].split(' ').pop()!.toLowerCase(), precision: 1 }),
    },
    // "a mother of two died", "mother-of-three Ann Lee": a parent's children, not a count of what the next word says.
    // Unjoined, a plural noun or a name after the number is what is counted ("father of two sons", "parents of two
    // Benghazi victims").
    { re: new RegExp(`(?<=\\b(?:${PARENTS()})s?-of-)(${NUMBER_ANY_CASE})\\b(?!-)`, 'y'), value: childrenOf },
    { re: new RegExp(`(?<=\\b(?:${PARENTS()})s? of )(${NUMBER_ANY_CASE})\\b(?![-\\s]+(?!(?:was|is|has|dies)\\b)[a-z]+s\\b)(?![-\\s]+[A-Z])`, 'y'), value: childrenOf },
    // "a 200-student school", "a five-vote majority": a count written as a compound adjective. Not the units of a
    // number written in words ("Sixty-two police officers" is 62 officers, not 60 of "two").
    { re: new RegExp(`\\b(${DIGITS}|${anyCase(WORD_NUMBER)})-(?!${UNIT_WORD}\\b)([a-z]{3,})\\b(?!-)`, 'y'), value: (m, s) => countOf(m, s) },
    // "90 “yea” votes", "over 24,000 Nuban refugees": a word in quotation marks or a name may stand between the number
    // and its noun. Not a plural name, which is the counted noun itself: "Twenty-two Republicans joined" counts
    // Republicans, and "joined" is their verb.
    { re: new RegExp(`\\b(${NUMBER_ANY_CASE}) ((?:[A-Z][\\w-]*(?<![A-Za-z]s) |["“‘][a-z]+["”’] )?[a-z]{3,}(?:-[a-z]+)?)\\b`, 'y'), value: (m, s) => countOf(m, s) },
    // "three 10-year sentences", "two 500-pound bombs": a compound measure between the number and its noun is the
    // measure of each (read by its own kind); the number counts the noun after it.
    { re: new RegExp(`\\b(${NUMBER_ANY_CASE})(?= [\\d.,]*\\d-[a-z]+ ([a-z]{3,})\\b)`, 'y'), value: (m, s) => countOf(m, s) },
    { re: new RegExp(`\\b(${NUMBER_ANY_CASE})\\b(?![-/:.]\\d|-[A-Za-z])`, 'y'), value: (m, s) => countOf(m, s) },
  ];
}

/** The lexicon's nouns of a parent, as alternatives in either case at their start. */
const PARENTS = () => lexicon().values.count.parents.map(anyCase).join('|');

let PARENT_OF: RegExp | undefined;
/** Whether `before` ends with a parent's noun and "of" ("a mother of ", "father-of-"): the number after it counts children. */
export function parentOfBefore(before: string): boolean {
  PARENT_OF ??= new RegExp(`\\b(?:${PARENTS()})s?[- ]of[- ]$`);
  return PARENT_OF.test(before);
}

/** The number of a parent's children ("a mother of two"). */
function childrenOf(m: RegExpExecArray): Parsed {
  const value = parseNumber(m[1]);
  return { value, unit: 'children', precision: countPrecision(value) };
}

/** A number as a count, or null when it is part of a name, a date, a score or a year. */
function countOf(m: RegExpExecArray, s: Sentence): Parsed | null {
  const lex = lexicon();
  const number = m[1];
  const words = (m[2] ?? '').split(' ');
  const noun = words[words.length - 1].toLowerCase();
  // "a 338-page report", "a 12-room house": a number joined to a label counts it (the report's pages); the label
  // takes a number as a name only apart from it ("page 30", "the 12000 block").
  const compound = s.text[m.index + number.length] === '-';
  if (noun && (lex.notCountUnits.has(noun) || (!compound && lex.values.count.labels.includes(noun)))) return null;
  if (/^(a|an|one)$/i.test(number)) return null;
  // "a 2.93 GHz processor", "8GB", "a 320 gigabyte drive": a size in a unit of measure, not a count.
  const unit = /^\s?([A-Za-z]+)/.exec(s.text.slice(m.index + number.length, s.to))?.[1].toLowerCase();
  if (unit && lex.values.count.measureUnits.includes(unit)) return null;
  // "the 12000 block of East 223rd Street": a label, whichever pattern met the number.
  if (unit && !compound && lex.values.count.labels.includes(unit)) return null;
  // "a 256 SSD drive", "a 747": digits after "a" name a size or a model; a count of more than one takes no "a".
  // A compound ("a 200-student school") counts its noun.
  if (/^\d/.test(number) && !/^-[a-z]/i.test(s.text.slice(m.index + number.length)) && /(?:^|[^\p{L}])[Aa]n?\s$/u.test(s.text.slice(Math.max(s.from, m.index - 4), m.index))) return null;
  // A bare year ("in 2022 ongoing") is a date, not a count.
  if (/^(1[89]|20)\d\d$/.test(number)) return null;
  if (partOfName(s, m.index, m.index + number.length, noun !== '')) return null;
  const value = parseNumber(number);
  return { value, unit: noun || 'count', precision: countPrecision(value) };
}

/**
 * How finely a count is written: a whole number of things below a hundred is counted, not rounded ("the tanker's 20
 * crew" is twenty, not "17 to 30" as a bare "20 miles" may be); larger ones as any number (numbers.ts precisionOf).
 */
function countPrecision(value: number): number {
  return Number.isInteger(value) && Math.abs(value) < 100 ? 1 : precisionOf(value);
}

/**
 * A number glued to a name or a date: "Apollo 11", "AK-47", "9/11", "No. 5", "Sept. 11" (a date the date kind reads),
 * "3-2", "7:30". A capitalised word before the number names something unless it starts the sentence.
 */
function partOfName(s: Sentence, start: number, end: number, counted: boolean): boolean {
  const before = s.text.slice(Math.max(s.from, start - 24), start);
  const after = s.text.slice(end, Math.min(s.to, end + 2));
  // A hyphen glued to the word before ("AK-47", "3-2"); one between spaces is a dash ("DENVER (Wire) - 31 whales"). A
  // colon glued to it ("7:30", "John 3:16"); one before a space opens what follows ("Gas blast: four dead").
  if (/\/\s?$|:$|\S[-–]\s?$|[\d.,]$/.test(before) || /^[/:]\d|^-\d/.test(after)) return true;
  if (/\b(?:No|Nos|no|nos|Number|number|#)\.?\s?$/.test(before)) return true;
  // The word before the spaces, from its first letter: /([\p{L}][\p{L}'’.-]*)\s+$/u, scanned back from the end.
  const run = lastWord(before, /[\p{L}'’.-]/u, /\s/u, true);
  const lead = run ? run.text.search(/\p{L}/u) : -1;
  if (!run || lead < 0) return false;
  const word = run.text.slice(lead);
  if (!/^\p{Lu}/u.test(word)) return false;
  // A name in the possessive owns what digits after it count ("EYP's 525 employees", "Apple's 2,000 stores"): the number
  // is no part of it. (Number words after one may still name: "Ocean's Eleven cast".)
  if (counted && /^\d/.test(s.text.slice(start, end)) && /\p{L}['’]s?$/u.test(word)) return false;
  // Names number things in digits or capitalised words ("Apollo 11", "Amendment 64", "Ocean's Eleven"); a number word
  // in lower case after a name is a count ("to fire Felt eight times", "Egypt's six telecom operators").
  if (/^[a-z]/.test(s.text.slice(start, end))) return false;
  const previousStart = start - (before.length - (run.index + lead));
  // A capitalised word that only starts the sentence ("The 19 hijackers", "Reportedly five bombs"), the text after a
  // dateline's dash ("DENVER (Wire) — About 120,000 homes") or a list item's bullet ("- About 2,100 residents"), is no
  // name.
  const sentenceInitial = s.text.slice(s.from, previousStart).trim() === '' || /(?:["“(—–:]|(?:^|\s)[-•*·])\s*$/.test(s.text.slice(s.from, previousStart));
  return !sentenceInitial || lexicon().dateWords.has(word.toLowerCase().replace(/\.$/, ''));
}

const LOCATED = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:of\s+the\s+)?([a-z]{3,})\b/gi;
/** An aside between the counted noun and its verb: ", which did not explode,". */
const ASIDE = /^(?:\s*,[^,.;]{0,40},)?\s*/;
let LANDED: RegExp | undefined;

/** "Two of the bombs fell within the Yida camp": a count with the head of the place it fell in. */
function locatedCounts(s: Sentence): Quantity[] {
  const lex = lexicon();
  LANDED ??= new RegExp(`^(?:${lex.landingVerbs.join('|')})(?:\\s+[a-z]+ly)?\\s+(?:in|inside|within)\\s+(?:the|a|an)\\s+((?:[A-Z][\\w-]*\\s+)*)([a-z]+(?:\\s+[a-z]+){0,2})`);
  const found: Quantity[] = [];
  for (const m of matchesIn(s, LOCATED)) {
    const noun = m[2].toLowerCase();
    if (lex.notCountUnits.has(noun) || lex.determiners.has(noun)) continue;
    const rest = s.text.slice(m.index + m[0].length, s.to);
    const aside = ASIDE.exec(rest)![0];
    const landed = LANDED.exec(rest.slice(aside.length));
    if (!landed) continue;
    // The head of the place: the last word before a preposition ("a primary school yard in the camp" → yard).
    const words = landed[2].split(/\s+/);
    const stop = words.findIndex((w) => lex.values.count.placeHeadStops.includes(w));
    const where = (stop < 0 ? words : words.slice(0, stop)).pop();
    if (!where) continue;
    const value = parseNumber(m[1]);
    const hedge = hedgeBefore(s.text, m.index);
    const { low, high } = applyHedge(value, hedge?.kind, undefined, s.tolerances, countPrecision(value));
    const start = hedge ? hedge.start : m.index;
    const end = m.index + m[0].length;
    found.push({ start, end, text: s.text.slice(start, end), kind: 'count', low: round(low), high: round(high), unit: noun, hedge: hedge?.phrase, sentence: s.index, where, ...(hedge ? {} : { precision: countPrecision(value) }) });
  }
  return found;
}

export const count: ValueKind = {
  kind: 'count',
  priority: 1,
  find(s: Sentence): Quantity[] {
    patterns ??= countPatterns();
    const located = locatedCounts(s);
    const plain = scan(s, 'count', patterns).filter((q) => !located.some((l) => q.start < l.end && l.start < q.end));
    return [...plain, ...located].sort((a, b) => a.start - b.start);
  },
  format: (q) => showInterval(q, q.unit === 'count' ? '' : q.unit),
};
