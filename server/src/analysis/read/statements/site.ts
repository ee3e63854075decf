// What a statement reader sees of a value (`Site`: its sentence, tokens, tags and clause) and says of it (`Said`), and
// the word forms every reader compares: lemmas, stems, the lexicon's statement words as sets and patterns.
import type { Attribute, Quantity, Quotation, Sentence } from '../../types';
import { type Lexicon, lexicon } from '../../data/lexicon';
import type { ReadSoFar } from '../context';
import type { Token } from '../tokens';
import type { ContentWords } from './context';

export interface StatementContext extends ReadSoFar {
  quotations: Quotation[];
  quantities: Quantity[];
  /** The article's date (YYYY-MM-DD), when known. */
  date?: string;
  /** Keep each sentence's parts of speech for the next reading of the document (`ReadOptions.keepSentences`). */
  keep?: boolean;
}

export interface Range {
  start: number;
  end: number;
}

/** One sentence as the readers see it: its tokens, their tags (computed once, on first use), the clause of the value. */
export interface Site {
  ctx: StatementContext;
  lex: Lexicon;
  q: Quantity;
  index: number;
  sentence: Sentence;
  tokens: Token[];
  tags: () => string[];
  /** The sentence's content words (computed once, on first use): what `contextOf` ranks around each value. */
  contentWords: () => ContentWords;
  /** Tokens of the value itself. */
  first: number;
  last: number;
  clause: Range;
}

/** What a kind's reader says of a value: the rest of the statement is the same for every kind. */
export interface Said {
  attribute?: Attribute;
  subject?: string;
  entity?: number;
  modifiers?: string[];
  predicate?: string;
  /** Verbs joined to the predicate by "and" (`coordinatedPredicates`). */
  coordinated?: string[];
  measure?: string;
  event?: string;
  trigger?: string;
  participants?: number[];
  /** A state the clause's event brought about ("had moved a mile away five years ago"): the event's date does not date it. */
  state?: boolean;
  /**
   * The value dates an act of its own, not the incident its clause names: a noun it stands before ("Thursday's
   * swearing-in ceremony") or a report ("…, it was reported Wednesday").
   */
  ownAct?: boolean;
}

export type Reader = (site: Site) => Said | undefined;

const CLAUSE_BOUNDARY = /;|,\s+(?=(?:while|whereas|but|although|though|and)\s)|\s(?=while\s)/g;

/** The clause in lower case, quotations blanked out: an incident a speaker names is not the statement's own. */
export function clauseTextOf(site: Site): string {
  return unquotedText(site.ctx, site.clause);
}

/** A range of the text in lower case, quotations blanked out (offsets kept). */
export function unquotedText(ctx: StatementContext, range: Range): string {
  let text = ctx.text.slice(range.start, range.end).toLowerCase();
  for (const q of ctx.quotations) {
    const start = Math.max(q.start, range.start);
    const end = Math.min(q.end, range.end);
    if (start < end) text = text.slice(0, start - range.start) + ' '.repeat(end - start) + text.slice(end - range.start);
  }
  return text;
}


export function clauseAround(text: string, sentence: Sentence, offset: number): Range {
  const slice = text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  CLAUSE_BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BOUNDARY.exec(slice)) !== null) {
    const at = sentence.start + m.index;
    if (at < offset) start = at + m[0].length;
    else {
      end = at;
      break;
    }
  }
  return { start, end };
}

interface WordSets {
  stopwords: Set<string>;
  auxiliaries: Set<string>;
  /** Forms of "be" and "remain" whose complement follows them (statement.copulas). */
  copulas: Set<string>;
  /** "two of the bombs", "some of those", as statement.partitive words them. */
  partitive: RegExp;
  /** A word that makes the sum after it a price ("would cost about", "the price tag at"), as money.costWords lists them. */
  costBefore: RegExp;
  /** A price named before what it is of, or a bill that comes to a sum, as money.costNouns lists them (`moneyStatement`). */
  costNamedBefore: RegExp;
  /** A word for one variant of a product ("model", "edition"), as money.variantNouns lists them. */
  variantNamed: RegExp;
  /** A running tally's words ("a total of", "in all"), as whole words: "begin allowing" holds no "in all". */
  cumulative: RegExp;
  /** A verb of finding before an incident word ("found dead"), as statement.discovery lists them; global. */
  discoveredBefore: RegExp;
  /** Weeks, months or years "after" or "before" (statement.apartSpans); global. */
  spanApart: RegExp;
  /** A marker of the past ("last year", "years ago"), as statement.history lists them; global. */
  history: RegExp;
  /** A determiner of another thing of a kind at the end of the text ("another", statement.another). */
  anotherBefore: RegExp;
  /** A definite object and "for" at the end of the text ("the government open for"), as statement.heldObject words it; the object's head captured. */
  objectFor: RegExp;
  /** Each verb stem of statement.sameAct to the first of its list, the act it names ("begin" → "start"). */
  acts: Map<string, string>;
  /** The stems of the lexicon's verbs of asking and intending ("seek", "want", "plan"), as predicates are written. */
  wishStems: Set<string>;
  /** Those and the stems of the verbs of forecasting (statement.forecast): a value after them is not had yet. */
  notYetStems: Set<string>;
  /** Each noun of statement.sameThing to the first of its list, the thing it names ("house" → "home"). */
  things: Map<string, string>;
  /** "diverted ambulances for", "kept schools closed for": a bare plural object (and its state) before "for". */
  bareObjectFor: RegExp;
  /**
   * A party, an estimate verb (statement.estimateVerbs) and what it estimates, at the end of the text before a value:
   * "Organisers put the crowd at", "with police estimating that"; the party captured. Something estimated must stand
   * between the verb and "at": in "damage estimated at" the noun is what is estimated, not who.
   */
  estimateBefore: RegExp;
  /** A made thing (statement.madeThings), past one adjective, at the start of the text after a year: "1917 canvas". */
  madeThingAfter: RegExp;
}

/** The lexicon's statement words as sets and patterns, made once per lexicon rather than once per value. */
const wordSetsOf = new WeakMap<Lexicon, WordSets>();

export function wordSets(lex: Lexicon): WordSets {
  let sets = wordSetsOf.get(lex);
  if (!sets) {
    const words = lex.values.statement;
    sets = {
      stopwords: new Set(words.stopwords),
      auxiliaries: new Set(words.auxiliaries),
      copulas: new Set(words.copulas),
      // "15 of the 19 Sept. 11 hijackers": an abbreviation before a number is part of a date, not the noun.
      partitive: new RegExp(`^\\s+(?:${words.partitive.join('|')})\\s+(?:\\S+\\s+){0,3}?([a-z]{3,})\\b(?!\\.\\s+\\d)`, 'i'),
      costBefore: new RegExp(`\\b(?:${lex.values.money.costWords.join('|')})\\s+(?:(?:at|of)\\s+)?(?:an?\\s+)?(?:estimated\\s+)?$`),
      costNamedBefore: new RegExp(
        `\\b(?:${lex.values.money.costNouns.join('|')})\\s+(?:(?:of|for)\\s+(?:the\\s+|an?\\s+)?(?:[a-z-]+\\s+){1,3}?at|(?:will\\s+|would\\s+|could\\s+)?(?:come|comes|came|run|runs|ran)\\s+to)\\s+(?:an?\\s+)?(?:estimated\\s+|about\\s+|around\\s+|some\\s+)?$`,
      ),
      variantNamed: new RegExp(`\\b(?:${lex.values.money.variantNouns.join('|')})\\b`, 'i'),
      // "In total, 23 people were hurt"; not "fled in all directions", "in total darkness": a marker that closes a phrase
      // ("in all", "in total") marks nothing when a word follows it.
      cumulative: new RegExp(`\\b(?:${lex.cumulativeMarkers.map((m) => (/^in (?:all|total)$/.test(m) ? `${m}(?!\\s+[a-z])` : m)).join('|')})\\b`),
      discoveredBefore: new RegExp(`\\b(${words.discovery.join('|')})\\s+(${[...lex.incidentEvent.keys()].join('|')})\\b`, 'g'),
      spanApart: new RegExp(`\\b(${words.apartSpans.join('|')})\\s+(after|before)\\b`, 'gi'),
      anotherBefore: new RegExp(`\\b(${words.another.join('|')})\\s+$`),
      history: new RegExp(`\\b(?:${words.history.join('|')})\\b`, 'g'),
      objectFor: new RegExp(`\\b(?:${words.heldObject.determiners.join('|')})\\s+(?:[a-z-]+\\s+){0,2}?([a-z]{3,})\\s+(?:(?:${words.heldObject.states.join('|')})\\s+)?for\\s+$`),
      bareObjectFor: new RegExp(`\\b([a-z]{3,}s)\\s+(?:(?:${words.heldObject.states.join('|')})\\s+)?for\\s+$`),
      acts: new Map((words.sameAct as string[][]).flatMap((verbs) => verbs.map((v): [string, string] => [v, verbs[0]]))),
      wishStems: new Set([...lex.wishVerbs].map((v) => stem(v, lex))),
      notYetStems: new Set([...lex.wishVerbs, ...(words.forecast as string[])].map((v) => stem(v, lex))),
      things: new Map((words.sameThing as string[][]).flatMap((nouns) => nouns.map((n): [string, string] => [n, nouns[0]]))),
      madeThingAfter: new RegExp(`^\\s+(?:[a-z]+\\s+)?(?:${words.madeThings.join('|')})s?\\b`),
      estimateBefore: new RegExp(`\\b([A-Za-z][a-z]+)\\s+(?:${words.estimateVerbs.join('|')})\\s+(?:(?:[a-z]+\\s+){1,4}?at|that)\\s+(?:[a-z]+\\s+)?$`),
    };
    wordSetsOf.set(lex, sets);
  }
  return sets;
}

/** The thing a noun (a statement's subject) names, as statement.sameThing files it: "house" → "home". */
export function thingOf(noun: string): string {
  return wordSets(lexicon()).things.get(noun) ?? noun;
}

/** An incident word, then up to eight words to the end of the text: a day right after it dates the incident. */
const triggersBefore = new Map<string, RegExp>();

export function triggerBefore(trigger: string): RegExp {
  let re = triggersBefore.get(trigger);
  if (!re) {
    if (triggersBefore.size >= 10_000) triggersBefore.clear();
    triggersBefore.set(trigger, (re = new RegExp(`\\b${trigger.replace(/[-]/g, '\\-')}\\b(?:\\s+[^\\s,;]+){0,8}\\s*$`, 'i')));
  }
  return re;
}

/** A noun's singular, lower case ("refugees" → refugee, "jewellery" → jewelry): how subjects are written. */
export function lemma(word: string, lex: Lexicon = lexicon()): string {
  const w = word.toLowerCase();
  const irregular = (lex.values.statement.irregular as Record<string, string>)[w];
  if (irregular) return irregular;
  const compound = compoundPlural(w);
  if (compound) return compound;
  const base = /[^aeiou]ies$/.test(w) ? w.slice(0, -3) + 'y' : /(?:ss|x|ch|sh|zz)es$/.test(w) ? w.slice(0, -2) : /[^su]s$/.test(w) && w.length > 3 ? w.slice(0, -1) : w;
  return lex.spellingVariants.get(base) ?? base;
}

/**
 * The singular of a compound of an irregular plural ("grandchildren" → grandchild, "policemen" → policeman,
 * "businesswomen" → businesswoman). Only after three or more letters that do not end in a vowel but "e": "specimen",
 * "abdomen" and "semen" are no plurals.
 */
export function compoundPlural(w: string): string | undefined {
  const m = COMPOUND_PLURAL.exec(w);
  return m ? `${m[1]}${m[2] === 'children' ? 'child' : m[2] === 'women' ? 'woman' : 'man'}` : undefined;
}

/** The plural of a compound of an irregular noun ("grandchild" → grandchildren), when `compoundPlural` reads it back. */
export function compoundPluralOf(noun: string): string | undefined {
  const m = /^([a-z]{3,})(child|man)$/.exec(noun);
  const plural = m && `${m[1]}${m[2] === 'child' ? 'children' : 'men'}`;
  return plural && compoundPlural(plural) === noun ? plural : undefined;
}

const COMPOUND_PLURAL = /^([a-z]{2,}[b-df-hj-np-tv-xz]|[a-z]{2,}e)(children|women|men)$/;

/**
 * A word's stem, the same for its inflections ("served", "serves", "serve" → serv; "died", "dead", "die" → di): how
 * predicates and context words are compared. Never shown.
 */
export function stem(word: string, lex: Lexicon = lexicon()): string {
  let known = stems.get(lex);
  if (!known) stems.set(lex, (known = new Map()));
  let w = known.get(word);
  if (w === undefined) {
    if (known.size >= 100_000) known.clear();
    known.set(word, (w = stemOf(word, lex)));
  }
  return w;
}

/** Stems already made, per lexicon: the context of every value of a sentence stems the same words again. */
const stems = new WeakMap<Lexicon, Map<string, string>>();

function stemOf(word: string, lex: Lexicon): string {
  let w = (lex.values.statement.irregular as Record<string, string>)[word.toLowerCase()] ?? word.toLowerCase();
  w = lex.spellingVariants.get(w) ?? w;
  if (w.length <= 3) return w;
  // The plural first ("bombings" → bombing), then the verb's ending ("bombing" → bomb).
  if (/[^aeiou]ies$/.test(w)) w = w.slice(0, -3) + 'y';
  else if (/(?:ss|x|ch|sh|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w)) w = w.slice(0, -1);
  if (/[^aeiou]ied$/.test(w)) w = w.slice(0, -3) + 'y';
  else if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/eed$/.test(w)) w = w.slice(0, -1);
  else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
  if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
  if (/[^e]e$/.test(w) && w.length > 3) w = w.slice(0, -1);
  return w;
}

export const NOUN = /^NN/;

export const VERB = /^VB/;
