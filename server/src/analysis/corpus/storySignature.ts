// What the story grouping knows of one article, read from the raw text in one cheap pass (no full reading): the
// names, words and figures it uses, its headline, its date, the years it mentions and the kinds of incident it
// reports. The server needs the open file's story before the rest of the folder is read, so nothing here may
// depend on the reading pipeline.
import { lexicon } from '../data/lexicon';
import { datelineOf } from '../read/dates';
import { readFrontMatter } from '../read/frontMatter';
import commonTable from '../data/commonWords.json';

export interface StorySignature {
  /** Term → count. Keys are `n:` + a name (one word or two in a row), `w:` + a word stem, `d:` + a figure. */
  terms: Map<string, number>;
  /** The headline: the front matter's title, else the first line that is not a dateline. */
  title?: string;
  /** Word stems of the headline. */
  titleWords: Set<string>;
  /** Publication date (YYYY-MM-DD): given by the host, the front matter or a dateline. */
  date?: string;
  /** The same date as days since 1970-01-01. */
  day?: number;
  /** Years written in the text (1900-2099), sorted. */
  years: number[];
  /** Kinds of incident the lead reports ("quake", "attack"), from the lexicon's incident words. */
  incidents: Set<string>;
  /**
   * The weekday (0 = Sunday … 6 = Saturday) the lead names first, in its headline or its first sentence: the day of
   * the main event ("President Trump on Monday called …"). Reports of one event mostly name the same day; two events
   * of the same people on other days name others.
   */
  leadDay?: number;
  /**
   * The names (lower case, one word each) of the headline and the first sentence of the body: who and what the main
   * event is about. Two events of one saga (two teams' offers to one player) name the same player and other actors.
   */
  leadNames: string[];
  /** Content words and names counted, a measure of how much evidence the article gives. */
  size: number;
}

/** How many lines from the top may hold the dateline or the headline. */
const HEAD_LINES = 4;
/** How many lines of the body count as the lead for incident words. */
const LEAD_LINES = 4;

const TOKEN = /[A-Za-z0-9](?:[A-Za-z0-9&'’.-]*[A-Za-z0-9])?/g;

export function storySignature(text: string, meta: { date?: string; title?: string } = {}): StorySignature {
  const front = readFrontMatter(text);
  const lines = text.slice(front.end).split(/\r\n|\n|\r/).map((l) => l.trim()).filter((l) => l.length > 0);
  let date = meta.date ?? front.date;
  let title = meta.title ?? front.title;
  let titleLine = -1;
  for (let i = 0; i < Math.min(HEAD_LINES, lines.length); i++) {
    const dateline = datelineOf(lines[i]);
    if (dateline) {
      date ??= dateline;
      continue;
    }
    if (titleLine < 0 && !title) {
      titleLine = i;
      title = lines[i];
    }
    if (title && date) break;
  }
  const lineTokens = lines.map(tokensOf);
  const names = nameForms(lines, lineTokens);
  const terms = new Map<string, number>();
  const add = (key: string) => terms.set(key, (terms.get(key) ?? 0) + 1);
  const years = new Set<number>();
  const incidents = new Set<string>();
  const lex = lexicon();
  let size = 0;
  let leadLines = 0;
  lineTokens.forEach((tokens, lineIndex) => {
    if (datelineOf(lines[lineIndex])) return;
    const inLead = lineIndex !== titleLine && leadLines++ < LEAD_LINES;
    let previousName: string | undefined;
    for (const token of tokens) {
      const word = token.text;
      if (isDigit(word.charCodeAt(0))) {
        previousName = undefined;
        const figure = figureOf(word);
        if (figure === undefined) continue;
        if (/^(19|20)\d\d$/.test(figure)) years.add(+figure);
        else add(`d:${figure}`);
        continue;
      }
      const lower = word.toLowerCase();
      if (lineIndex === titleLine || inLead) {
        const incident = lex.incidentEvent.get(lower);
        if (incident) incidents.add(incident);
      }
      if (names.has(lower) && isCapital(word.charCodeAt(0))) {
        add(`n:${lower}`);
        if (previousName && !token.afterBreak) add(`n:${previousName} ${lower}`);
        previousName = lower;
        size++;
        continue;
      }
      previousName = undefined;
      if (lower.length < 3 || lex.dateWords.has(lower)) continue;
      add(`w:${stemWord(lower)}`);
      size++;
    }
  });
  const leadDay = leadWeekday(lines, titleLine);
  const leadNames = namesOfLead(lines, titleLine, names);
  const titleWords = new Set(tokensOf(title ?? '').map((t) => t.text.toLowerCase()).filter((w) => w.length >= 3 && !/^\d/.test(w)).map(stemWord));
  const time = date ? Date.parse(`${date.slice(0, 10)}T00:00:00Z`) : NaN;
  const day = Number.isNaN(time) ? undefined : Math.round(time / 86_400_000);
  return { terms, title, titleWords, date: day === undefined ? undefined : date, day, years: [...years].sort((a, b) => a - b), incidents, ...(leadDay === undefined ? {} : { leadDay }), leadNames, size };
}

/**
 * The first sentence of a line: up to a full stop, question or exclamation mark followed by a capital or a quote; not
 * the stop of an initial ("Donald J. Trump") or of a title before a name ("Mr. Trump", "Gen. Flynn").
 */
const FIRST_SENTENCE = /^.*?(?<!\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr))[.!?]["'”’)]*(?=\s+["“‘(]?[A-Z])/;
const WEEKDAY_WORD = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;

/**
 * The weekday named first in the headline and in the first sentence of the body (two lines that are not datelines
 * nor the headline repeated, the first being the headline when there is one). A weekday further down is usually
 * another event's: a background meeting, the day a statement was made.
 */
function leadWeekday(lines: string[], titleLine: number): number | undefined {
  for (const sentence of leadSentences(lines, titleLine)) {
    const m = WEEKDAY_WORD.exec(sentence);
    if (m) return lexicon().weekdays.indexOf(`${m[1].toLowerCase()}day`);
  }
  return undefined;
}

/** How much of a lead sentence is searched for names: a line with no sentence end is not read to its end twice. */
const LEAD_NAME_CHARS = 1000;

/** The names written (capitalised) in the lead's two sentences, each once, in order. */
function namesOfLead(lines: string[], titleLine: number, names: Set<string>): string[] {
  const lex = lexicon();
  const found = new Set<string>();
  for (const sentence of leadSentences(lines, titleLine)) {
    for (const token of tokensOf(sentence.slice(0, LEAD_NAME_CHARS))) {
      const lower = token.text.toLowerCase();
      // A place ("Canada") is where the act happened, not who did it: two reports naming one place at two scales
      // ("in Canada", "in Bountiful") are not two actors' camps.
      if (names.has(lower) && /^[A-Z]/.test(token.text) && !lex.places.has(lower) && !lex.demonyms.has(lower)) found.add(lower);
    }
  }
  return [...found];
}

/**
 * The lead's two sentences: the first sentence of the headline and of the body (two lines that are not datelines nor
 * the headline repeated, the first being the headline when there is one).
 */
function leadSentences(lines: string[], titleLine: number): string[] {
  const sentences: string[] = [];
  for (let i = Math.max(0, titleLine); i < lines.length && sentences.length < 2; i++) {
    if (datelineOf(lines[i]) || (i > titleLine && titleLine >= 0 && lines[i] === lines[titleLine])) continue;
    sentences.push(FIRST_SENTENCE.exec(lines[i])?.[0] ?? lines[i]);
  }
  return sentences;
}

interface Token {
  text: string;
  /** Whether the token opens a sentence (or a line), where any word is capitalised. */
  sentenceStart: boolean;
  /** Whether punctuation stands between the token and the one before it. */
  afterBreak: boolean;
}

function tokensOf(line: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(line)) !== null) {
    const text = tokenText(m[0]);
    // Most tokens follow one space: no punctuation between, so only the token before can end a sentence (the same
    // answers as the patterns below give for a lone space, without a slice and four patterns per token).
    if (m.index === previousEnd + 1 && line.charCodeAt(previousEnd) === 32 && tokens.length > 0) {
      tokens.push({ text, sentenceStart: endsSentence(tokens[tokens.length - 1].text), afterBreak: false });
    } else {
      const between = line.slice(previousEnd, m.index);
      tokens.push({
        text,
        sentenceStart: tokens.length === 0 || /[.!?:]["'”’)]*\s|^\s*["“'‘(\[]|\s[-–—|]\s/.test(between) || /[.!?]$/.test(tokens[tokens.length - 1].text + between.trim()),
        afterBreak: /[^\s]/.test(between),
      });
    }
    previousEnd = m.index + m[0].length;
  }
  return tokens;
}

/** A token's text: curly apostrophes straight, then a possessive "'s" and a final full stop off. */
function tokenText(token: string): string {
  let text = token.includes('’') ? token.replace(/’/g, "'") : token;
  const n = text.length;
  if (n >= 2 && text.charCodeAt(n - 2) === 39 && (text.charCodeAt(n - 1) | 32) === 115) text = text.slice(0, -2);
  return text.charCodeAt(text.length - 1) === 46 ? text.slice(0, -1) : text;
}

/** Whether a token's text ends with a full stop, a question mark or an exclamation mark. */
function endsSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 46 || last === 63 || last === 33;
}

/**
 * The lower-case forms written as names: capitalised somewhere a common word would not be (inside a sentence, on a
 * line that is not title case), and not a function word or a date word. Once a form is a name, its capitalised
 * occurrences at the start of a sentence and in the headline count too.
 */
function nameForms(lines: string[], lineTokens: Token[][]): Set<string> {
  const lex = lexicon();
  const names = new Set<string>();
  lineTokens.forEach((tokens) => {
    if (isTitleCase(tokens)) return;
    for (const token of tokens) {
      if (token.sentenceStart || !isCapital(token.text.charCodeAt(0))) continue;
      const lower = token.text.toLowerCase();
      if (lex.dateWords.has(lower) || lex.commonCapitalized.has(lower) || isCommonWord(lower)) continue;
      names.add(lower);
    }
  });
  return names;
}

/** A character code of A-Z (the ASCII capitals the patterns of this file name). */
function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** A character code of 0-9. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A headline in title case ("Quake Hits Southern Iran"): its capitals say nothing about names. */
function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^[A-Za-z]/.test(t.text) && t.text.length > 3);
  return words.length >= 3 && words.filter((t) => /^[A-Z]/.test(t.text)).length / words.length > 0.7;
}

/** A figure worth matching: a decimal ("6.1"), a whole number of three digits or more, or a year; commas dropped. */
function figureOf(token: string): string | undefined {
  const figure = token.replace(/,/g, '').replace(/\.$/, '');
  if (!/^\d+(\.\d+)?$/.test(figure)) return undefined;
  if (figure.includes('.')) return figure;
  return figure.length >= 3 ? figure : undefined;
}

let commonWords: Map<string, number> | undefined;
let commonDocs = 1;

/** The share of general news articles that use a word stem (from the background table), 0 when unseen. */
export function commonShare(stem: string): number {
  if (!commonWords) loadCommonWords();
  return (commonWords!.get(stem) ?? 0) / commonDocs;
}

function isCommonWord(lower: string): boolean {
  return commonShare(stemWord(lower)) > COMMON_NAME_SHARE;
}

/** A capitalised word used in more than this share of news articles is a function word ("The", "But"), never a name. */
const COMMON_NAME_SHARE = 0.25;

function loadCommonWords(): void {
  commonDocs = commonTable.documents;
  commonWords = new Map();
  for (const [word, count] of Object.entries(commonTable.words as Record<string, number>)) {
    const stem = stemWord(word);
    commonWords.set(stem, Math.max(commonWords.get(stem) ?? 0, count));
  }
}

/** A light stemmer: plural and verb endings off, so "quakes" and "quake", "killed" and "kill" meet. */
export function stemWord(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
