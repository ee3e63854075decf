// Statements: every value of a document read into one shape (types.ts, `Claim`): the subject it is said of, the
// predicate and dimension, the value, the scope (the story's own event or an earlier one, the incident, the places),
// the attribution and the span, with the words around it. The rules here are patterns of language — where a
// number's noun is, which verb governs it, what an age stands next to — never the words of one story; whether two
// statements of two sources say the same thing is decided in the corpus (corpus/align.ts).
import identityData from '../data/identity.json';
import { lexicon, type Lexicon } from '../data/lexicon';
import type { Attribute, Certainty, Claim, Mention, Quantity, Quotation, Scope, Sentence } from '../types';
import { posTags } from './pos';
import type { Token } from './tokens';
import { isDateline } from './dates';
import { lastWord, runStart } from '../text/lastWord';
import type { ReadSoFar } from './context';
import { NUMBER, WORD_NUMBER, parseNumber } from './values/numbers';
import { HOME_AFTER_NAME } from './values/residence';
import { NamesBySentence } from './pronouns';

export interface StatementContext extends ReadSoFar {
  quotations: Quotation[];
  quantities: Quantity[];
  /** The article's date (YYYY-MM-DD), when known. */
  date?: string;
}

interface Range {
  start: number;
  end: number;
}

/** One sentence as the readers see it: its tokens, their tags (computed once, on first use), the clause of the value. */
interface Site {
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
interface Said {
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

type Reader = (site: Site) => Said | undefined;

const CLAUSE_BOUNDARY = /;|,\s+(?=(?:while|whereas|but|although|though|and)\s)|\s(?=while\s)/g;

/** The longest line that can be a dateline leading into the text. */
const LEAD_IN = 60;

export function readStatements(ctx: StatementContext): Claim[] {
  const lex = lexicon();
  const out: Claim[] = [];
  const clauses: Range[] = [];
  const tagCache = new Map<number, string[]>();
  const contentCache = new Map<number, ContentWords>();
  // The lede is the first body sentence that says something: a short line that only leads into the text ("TNN Nov 12,
  // 2011, 05.51AM IST MUMBAI:", an agency, a date and a place) is a dateline, not the story's main event.
  const leadIn = (s: Sentence) => s.end - s.start <= LEAD_IN && /:\s*$/.test(ctx.text.slice(s.start, s.end));
  const lede = ctx.sentences.findIndex((s) => !s.furniture && ctx.paragraphs[s.paragraph].kind === 'body' && !leadIn(s));
  const inQuotation = (offset: number) => ctx.quotations.some((q) => offset >= q.start && offset < q.end);
  const datelines = new Set(ctx.paragraphs.slice(0, 4).map((p, i) => (isDateline(ctx.text, p) ? i : -1)).filter((i) => i >= 0));
  ctx.quantities.forEach((q, index) => {
    const sentence = ctx.sentences[q.sentence];
    if (!sentence || sentence.furniture) return;
    // "Updated: Nov 10, 2011 12:41 GMT": when the page was published, not what it reports.
    if (datelines.has(sentence.paragraph)) return;
    const tokens = ctx.sentenceTokens[q.sentence] ?? [];
    const first = tokens.findIndex((t) => t.end > q.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < q.end) last++;
    if (first < 0) return;
    const site: Site = {
      ctx,
      lex,
      q,
      index,
      sentence,
      tokens,
      tags: () => {
        let tags = tagCache.get(q.sentence);
        if (!tags) tagCache.set(q.sentence, (tags = posTags(tokens)));
        return tags;
      },
      contentWords: () => {
        let words = contentCache.get(q.sentence);
        if (!words) contentCache.set(q.sentence, (words = contentWordsOf(tokens, lex)));
        return words;
      },
      first,
      last,
      clause: clauseAround(ctx.text, sentence, q.start),
    };
    const said = READERS[q.kind]?.(site);
    if (!said) return;
    const kind = ctx.paragraphs[sentence.paragraph].kind;
    out.push({
      start: q.start,
      end: q.end,
      attribute: said.attribute ?? (q.kind as Attribute),
      event: said.event ?? said.predicate ?? said.attribute ?? q.kind,
      ...(said.trigger ? { trigger: said.trigger } : {}),
      participants: said.participants ?? (said.entity !== undefined ? [said.entity] : []),
      quantity: index,
      ...attributionOf(site),
      certainty: certaintyOf(ctx.text.slice(site.clause.start, site.clause.end), q, lex),
      sentence: q.sentence,
      ...(said.subject !== undefined ? { subject: said.subject } : {}),
      ...(said.entity !== undefined ? { entity: said.entity } : {}),
      modifiers: said.modifiers ?? [],
      ...(said.predicate ? { predicate: said.predicate } : {}),
      ...(said.coordinated?.length ? { coordinated: said.coordinated } : {}),
      ...(said.measure ? { measure: said.measure } : {}),
      scope: scopeOf(site, said),
      context: contextOf(site),
      // A day of a noun or of a report in the lede dates that, not the lede's event.
      ...((q.sentence === lede || kind === 'headline') && !said.ownAct ? { mainEvent: true } : {}),
      ...(inQuotation(q.start) ? { quoted: true } : {}),
    });
    clauses.push(site.clause);
  });
  otherEvents(ctx, out, clauses);
  return out;
}

/** How much weaker than the story's quake another quake an article names is (sources' readings of one differ by tenths). */
const OTHER_QUAKE = 1;

/**
 * A clause that gives its own defining value of another event of the story's kind — a quake a whole magnitude weaker
 * than the story's ("registered a quake measuring 3.8 at 0440 GMT on Monday", in an article about a 5.9 quake: an
 * aftershock, a foreshock) — is about that other event: its statements are compared only with statements about a
 * quake of that magnitude. The story's quake is the one the headline and lede give, else the first the article's
 * story statements give; the clause's quake is the magnitude nearest the value in the clause, one before it first.
 * The headline and lede always tell the story's event. A larger quake in the body is not taken for another: the
 * story's quake is its largest (earlier, larger ones are dated, and so already another event), so a larger figure is
 * more likely the story's quake told differently — a disagreement to show, not to hide. When the headline and lede
 * themselves give magnitudes a unit apart, the article says nothing sure of which quake is its own.
 */
function otherEvents(ctx: StatementContext, out: Claim[], clauses: Range[]): void {
  const quakes = out.filter((c) => c.attribute === 'magnitude' && c.scope.time === 'story');
  const main = quakes.filter((c) => c.mainEvent);
  const own = (main.length > 0 ? main : quakes.slice(0, 1)).map((c) => ctx.quantities[c.quantity].low).filter((v): v is number => v !== null);
  if (own.length === 0 || Math.max(...own) - Math.min(...own) >= OTHER_QUAKE) return;
  const weakest = Math.min(...own);
  const magnitudes = ctx.quantities.filter((m) => m.kind === 'magnitude' && m.low !== null);
  out.forEach((claim, i) => {
    if (claim.scope.time !== 'story' || claim.mainEvent) return;
    const q = ctx.quantities[claim.quantity];
    const clause = clauses[i];
    let nearest: Quantity | undefined;
    let best = Infinity;
    for (const m of magnitudes) {
      if (m.start < clause.start || m.end > clause.end) continue;
      const d = m.end <= q.end ? Math.max(0, q.start - m.end) : 1e6 + m.start - q.end;
      if (d < best) [best, nearest] = [d, m];
    }
    if (!nearest || nearest.low === null || nearest.low > weakest - OTHER_QUAKE) return;
    const label = `magnitude ${nearest.low}`;
    claim.scope = { ...claim.scope, time: 'background', when: label, otherEvent: label };
  });
}

// ---- the readers, one per kind of value -------------------------------------------------------------------------

const READERS: Partial<Record<Quantity['kind'], Reader>> = {
  count: countStatement,
  money: moneyStatement,
  percent: percentStatement,
  length: lengthStatement,
  duration: durationStatement,
  age: ageStatement,
  magnitude: (site) => ({ subject: 'quake', predicate: governingVerb(site), event: 'quake' }),
  rank: (site) => ({ subject: nounAfter(site) ?? site.q.unit, modifiers: [site.q.unit], predicate: governingVerb(site) }),
  date: whenStatement,
  day: whenStatement,
  time: whenStatement,
  direction: directionStatement,
  category: categoryStatement,
  residence: residenceStatement,
};

/**
 * A count: the counted noun is the subject ("over 24,000 Nuban refugees" → refugee, modified by "nuban"); a compound
 * count modifies the noun after it ("a five-vote majority": votes of a majority); a bare number takes the noun it
 * is "of" ("a toll of 24", "15 of the 19 hijackers" — part of a set) or none ("killing seven"). A death or injury
 * toll is named by its predicate class, whatever noun or verb states it. Running tallies ("a total of 14") and
 * parts of sets are kept, marked as modifiers, so they are only compared with their like.
 */
function countStatement(site: Site): Said | undefined {
  const { q, lex, tokens, ctx } = site;
  const modifiers: string[] = [];
  const before = ctx.text.slice(site.sentence.start, q.start).toLowerCase();
  const previousWord = wordBeforeEnd(before);
  if (previousWord && lex.subsetWords.has(previousWord)) modifiers.push(previousWord);
  const clauseText = clauseTextOf(site);
  if (wordSets(lex).cumulative.test(clauseText)) modifiers.push('total');
  let subject: string | undefined;
  let bare = false;
  const after = ctx.text.slice(q.end, site.sentence.end);
  const head = countedHead(site);
  if (COMPOUND_COUNT.test(q.text) && q.unit !== 'count') {
    // "a 200-student schoolhouse", "a five-vote majority": the compound counts its noun, and modifies the noun after it.
    subject = lemma(q.unit, lex);
    const next = nounAfter(site);
    if (next) modifiers.push(next);
  } else if (/\bof\s+the\b/i.test(q.text) && q.unit !== 'count') {
    // "Two of the bombs fell within the camp": part of a set.
    subject = lemma(q.unit, lex);
    modifiers.push('part');
  } else if (q.unit !== 'count' && /^\s[\d.,]*\d-[a-z]+\s/i.test(after)) {
    // "three 10-year sentences", "two 500-pound bombs": the noun after the compound measure, which narrows it.
    subject = lemma(q.unit, lex);
    modifiers.push(/^\s([\d.,]*\d-[a-z]+)/.exec(after)![1].toLowerCase());
  } else if (head) {
    // "544 women who serve as store managers" counts store managers, as "544 store managers" does.
    const role = SERVING_AS.exec(after);
    subject = role ? lemma(role[2], lex) : head.noun;
    modifiers.push(...(role ? (role[1] ? [role[1]] : []) : head.modifiers));
  } else {
    const partitive = wordSets(lex).partitive.exec(after);
    if (partitive) {
      subject = lemma(partitive[1], lex);
      modifiers.push('part');
    } else {
      // A bare number is a statement only as a toll ("killing seven") or as the value of a noun ("a toll of 24", "rose to 24").
      subject = /\b(?:of|to|at|reached|hit)\s*$/i.test(ctx.text.slice(Math.max(site.sentence.start, q.start - 12), q.start)) ? nounBefore(site) : undefined;
      bare = true;
    }
  }
  // "five times faster", "three times longer": a ratio, said of what its comparative compares (not a count of
  // occasions, nor the same statement as "three times longer").
  const ratio = subject === 'time' ? RATIO_COMPARATIVE.exec(after) : null;
  if (ratio) subject = `time ${ratio[1].toLowerCase()}`;
  const period = periodOf(site);
  if (period) modifiers.push(period);
  const predicate = governingVerb(site);
  // "has averaged 100 RBIs in his six seasons": a mean, not a count of one span.
  if (predicate === 'averag' && !modifiers.includes('average')) modifiers.push('average');
  // A toll is its predicate's class ("killed", "injured"), whatever noun or verb states it; what it counts stays the
  // subject ("people" for "24 dead", "no one" and "the death toll rose to 24").
  const toll = tollOf(site, inflected(site), subject);
  if (toll) return { subject: tollCounts(site.lex, subject), modifiers, predicate: toll, event: toll };
  if (q.where) modifiers.push(`in ${q.where}`);
  const listedPlace = placeOfAListedCount(site);
  if (listedPlace) modifiers.push(`in ${listedPlace}`);
  if (!subject && (!predicate || bare)) return undefined;
  const owner = bare ? undefined : ownerOf(site);
  return { subject, modifiers, predicate, ...(owner !== undefined ? { entity: owner } : {}) };
}

/**
 * "surveyed 1,051 registered voters in Florida and 1,077 in Pennsylvania": a count in a list that gives each count its
 * own place is the count of that place. A count with a place alone ("killed 24 people in Kabul") keeps the place
 * unsaid: another source may leave it out.
 */
function placeOfAListedCount(site: Site): string | undefined {
  const { ctx, q } = site;
  const next = ctx.quantities[site.index + 1];
  if (!next || next.sentence !== q.sentence || next.kind !== 'count') return undefined;
  const own = LISTED_PLACE.exec(ctx.text.slice(q.end, next.start));
  if (!own || !/^\s+in\s+[A-Z]/.test(ctx.text.slice(next.end, site.sentence.end))) return undefined;
  return own[1].toLowerCase();
}

/** Between a count and the next of its list: its noun's words, "in" and a place, a comma or "and". */
const LISTED_PLACE = /^(?:\s+[a-z-]+){0,3}\s+in\s+([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/**
 * What a toll counts: the noun it names ("10 soldiers"), or people where it names none, or names the toll itself
 * ("24 dead", "the death toll rose to 13": the same count as "13 people were killed").
 */
function tollCounts(lex: Lexicon, subject: string | undefined): string {
  return subject === undefined || lex.tollWords.has(subject) || subject === 'count' || subject === 'toll' || subject === 'death' ? 'people' : subject;
}

/** "a 200-student school", "a five-vote majority": the number joined to its noun (not "five semi-automatic pistols"). */
const COMPOUND_COUNT = new RegExp(`(?:\\d|\\b${WORD_NUMBER})-[a-z]{3,}$`, 'i');

/** The role a counted group is said to hold, right after its noun: "who serve as store managers", "who work as nurses". */
const SERVING_AS = /^\s+(?:who|that)\s+(?:serve[sd]?|work(?:s|ed)?|act(?:s|ed)?)\s+as\s+(?:([a-z]{3,})\s+)?([a-z]{3,}s)\b/;

/** "IBM and its 10,500 employees", "IBM's 10,500 employees", "EDS has about 50 employees": whose counted things they are. */
const OWNED = /(?:^|\s)(?:its|their|his|her)\s+$|['’]s?\s+$|\b(?:has|have|had|employs|employed|owns|owned)\s+$/;

/**
 * The company or person that owns, employs or has what a count counts: two counts of two owners' things are two
 * statements ("about 50 employees" of one firm, "10,500 employees" of another). "its" stands for the nearest one
 * named before it in the sentence; "X has" and "X's" for X.
 */
function ownerOf(site: Site): number | undefined {
  const { ctx, q } = site;
  const before = ctx.text.slice(Math.max(site.sentence.start, q.start - 40), q.start);
  if (!OWNED.test(before)) return undefined;
  const owner = nearestMention(site, ['person', 'organization'], 'before', 80);
  if (owner === undefined) return undefined;
  // "X's 50 employees": the name must end right before the possessive.
  if (/['’]s?\s+$/.test(before) && !/^['’]s?\s+$/.test(ctx.text.slice(ctx.mentions[owner].end, q.start))) return undefined;
  return owner;
}

/**
 * How far from a count, in characters, the span it is tallied over may stand ("30 homers and driven in at least 105
 * runs in each of the past five seasons"; "In 54 games with the club he hit .358 with 13 home runs"): a span further
 * off in a long sentence ("It's changing every day. … Out of 14 candidates") qualifies something else.
 */
const SPAN_REACH = 60;

interface PeriodPatterns {
  each: RegExp;
  rate: RegExp;
  over: RegExp;
}
const periodPatterns = new WeakMap<Lexicon, PeriodPatterns>();

/**
 * The span a count is tallied over, as a modifier: a rate per span ("105 runs in each of the past five seasons", "30
 * homers a season", "per game" → "per season") or a total over a counted span ("13 home runs and 43 RBIs in 54 games",
 * "In 54 games he hit 13 home runs" → "over 54 game"). Two counts over two spans, or a rate and a total, are two
 * statements (`modifiersClash`); a count with a span and one without may be one. A span that holds the count itself
 * ("in 54 games" for "54") is the count, not its span.
 */
function periodOf(site: Site): string | undefined {
  const { ctx, lex, q, clause } = site;
  let patterns = periodPatterns.get(lex);
  if (!patterns) {
    const periods = `(${lex.values.count.periods.join('|')})s?\\b(?!\\s+(?:ago|earlier|before|later|after|from)\\b)`;
    const determiners = '(?:(?:the|his|her|their|its|past|last|previous|first|next|final)\\s+)*';
    patterns = {
      each: new RegExp(`\\b(?:each|every|per)\\s+(?:of\\s+)?${determiners}(?:${NUMBER}\\s+)?(?:[a-z]+\\s+)?${periods}`, 'gi'),
      rate: new RegExp(`^\\s*(?:[a-z]+\\s+){0,2}?an?\\s+${periods}`, 'i'),
      over: new RegExp(`\\b(?:in|over|during|across|through|within)\\s+${determiners}(${NUMBER})\\s+(?:[a-z]+\\s+)?${periods}`, 'gi'),
    };
    periodPatterns.set(lex, patterns);
  }
  const rate = patterns.rate.exec(ctx.text.slice(q.end, clause.end));
  if (rate) return `per ${lemma(rate[1], lex)}`;
  const text = ctx.text.slice(clause.start, clause.end);
  let best: { modifier: string; distance: number } | undefined;
  const consider = (re: RegExp, modifier: (m: RegExpExecArray) => string) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const [start, end] = [clause.start + m.index, clause.start + m.index + m[0].length];
      if (start < q.end && end > q.start) continue;
      const distance = end <= q.start ? q.start - end : start - q.end;
      if (distance <= SPAN_REACH && (!best || distance < best.distance)) best = { modifier: modifier(m), distance };
    }
  };
  consider(patterns.each, (m) => `per ${lemma(m[m.length - 1], lex)}`);
  consider(patterns.over, (m) => `over ${parseNumber(m[1])} ${lemma(m[m.length - 1], lex)}`);
  return best?.modifier;
}

/**
 * The last word of `text` (lower case) before the non-word characters that end it, hyphens and all ("so-called -"
 * → "so-called", "well- " → "well-"): what /([a-z-]+)\W*$/ finds, scanned back from the end instead (that expression
 * tried every start and, '-' being in both runs, every split of the hyphens: it did not finish on a long word). With
 * no letter before the end (a number, or nothing), the expression takes the first run of hyphens after it.
 */
function wordBeforeEnd(text: string): string | undefined {
  const gap = runStart(text, text.length, /\W/);
  const start = gap > 0 && /[a-z]/.test(text[gap - 1]) ? runStart(text, gap, /[a-z-]/) : text.indexOf('-', gap);
  if (start < 0) return undefined;
  let end = Math.max(start, gap);
  while (text[end] === '-') end++;
  return text.slice(start, end);
}

/** "killed seven", "seven people were killed", "24 dead", "the death toll rose to 24": the toll's class. */
function tollOf(site: Site, verb: string | undefined, subject: string | undefined): string | undefined {
  const { lex, q, ctx } = site;
  const unit = q.unit.toLowerCase();
  if (lex.tollWords.has(unit)) return lex.tollWords.get(unit);
  if (subject === 'toll' || subject === 'death') return 'killed';
  const next = /^\s+(?:(?:were|was|have been|had been|are|is|reported|confirmed)\s+)?(\w+)/i.exec(ctx.text.slice(q.end, site.sentence.end))?.[1]?.toLowerCase();
  if (next && lex.tollWords.has(next) && (q.unit === 'count' || q.low === 0)) return lex.tollWords.get(next);
  if (subject && !/^(?:people|person|civilian|other|resident|villager|child|man|woman|soldier|worker|passenger|count)$/.test(subject)) return undefined;
  if (next && lex.tollWords.has(next)) return lex.tollWords.get(next);
  // A match starts only where a word starts, and one run of spaces before the end (was \s+(?:…)?\s*$, whose two runs
  // split the same spaces): the same match, without the quadratic search.
  const previous = /(?<!\w)(\w+)\s+(?:(?:at least|more than|about|some|nearly|over|up to)\s*)?$/i.exec(ctx.text.slice(site.sentence.start, q.start))?.[1]?.toLowerCase();
  if (previous && /^(?:killing|killed|kills|injuring|injured|injures|wounding|wounded|wounds)$/.test(previous)) return lex.tollWords.get(previous.replace(/(?:ing|s)$/, 'ed').replace(/eded$/, 'ed')) ?? undefined;
  if (verb && lex.tollWords.has(verb)) return lex.tollWords.get(verb);
  return undefined;
}

/** Words that write a number ("24,000", "two", "million", "dozens of"): not modifiers of the counted noun. */
const NUMBER_WORD = new RegExp(`^(?:\\d[\\d,.]*|${WORD_NUMBER}|hundreds?|thousands?|millions?|billions?|dozens?|tens|scores|of|and|a|an|half|m|bn|k)$`);

const COORDINATOR = /^(?:and|or)$/;

/**
 * A lower-case word that is no number, followed by another word: the second of two modifiers ("past and present
 * Missouri senators"); not a verb in the past that starts another clause (".357 Magnum and opened fire").
 */
function coordinatedModifier(tokens: Token[], tags: string[], k: number): boolean {
  const [t, next] = [tokens[k], tokens[k + 1]];
  if (t?.kind !== 'word' || t.cap || NUMBER_WORD.test(t.lower) || next?.kind !== 'word') return false;
  return !(/ed$/.test(t.lower) && /^VB[DN]/.test(tags[k]));
}

/**
 * The noun a count counts, by the words' tags: the last noun of the noun phrase after the number ("five aid workers"
 * → worker, modified by "aid"; "over 24,000 Nuban refugees" → refugee, modified by "nuban"). None when a verb follows
 * the number ("four exploded") or no noun does.
 */
function countedHead(site: Site): { noun: string; modifiers: string[] } | undefined {
  const { tokens, lex, q } = site;
  const tags = site.tags();
  const hedgeEnd = q.hedge && q.text.toLowerCase().startsWith(q.hedge) ? q.start + q.hedge.length : q.start;
  let k = site.first;
  while (k <= site.last && (tokens[k].start < hedgeEnd || NUMBER_WORD.test(tokens[k].lower))) k++;
  const words: string[] = [];
  let noun: string | undefined;
  let reach = 4;
  for (let seen = 0; k < tokens.length && seen < reach; k++, seen++) {
    const t = tokens[k];
    // "90 “yea” votes": the quotation marks around a word of the count.
    if (t.kind === 'punct' && /^["“”‘’]$/.test(t.text) && t.start < q.end) continue;
    // "eight past and present Missouri senators": two words joined before the noun both narrow it ("five men and
    // three women", "two sons and daughters" join two nouns, and the count stays the first's).
    if (COORDINATOR.test(t.lower) && (noun !== undefined || words.length > 0) && tags[k - 1] !== 'NNS' && !tokens[k - 1].cap && coordinatedModifier(tokens, tags, k + 1)) {
      if (noun !== undefined) words.push(noun);
      noun = undefined;
      seen--;
      reach = 5;
      continue;
    }
    // The word after "and" narrows the noun as the word before did, whatever the tagger made of it ("present").
    if (k > 0 && COORDINATOR.test(tokens[k - 1].lower) && !/^NN/.test(tags[k])) {
      words.push(t.lower);
      continue;
    }
    if (t.kind !== 'word' && !(t.kind === 'number' && /-/.test(t.text))) break;
    const tag = tags[k];
    if (/^NN/.test(tag) || (tag === '' && /^[a-z]{3,}$/.test(t.lower))) {
      if (noun) words.push(noun);
      noun = t.lower;
    } else if (/^(?:JJ|VBN|VBG|CD)/.test(tag) && noun === undefined) words.push(t.lower);
    else if (/^JJ/.test(tag) && noun !== undefined && k + 1 < tokens.length && /^NN/.test(tags[k + 1]) && !tokens[k + 1].cap) {
      // "eight state legislative candidates": a noun, an adjective and a noun; the first noun narrows the last.
      words.push(noun, t.lower);
      noun = undefined;
    } else break;
    if (t.possessive) break;
  }
  if (!noun || lex.notCountUnits.has(noun)) return undefined;
  return { noun: lemma(noun, lex), modifiers: words };
}

const MONEY_OBJECT_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:worth\s+)?(?:of|in)\s+(?:[a-z]+\s+)?([a-z]{3,})\b/;
const MONEY_OBJECT_BEFORE = /\b([a-z]{3,})\s+(?:valued at|worth|estimated at)\s*(?:an estimated\s+|about\s+|around\s+|some\s+)?$/;

/**
 * A sum: what it is worth or paid for ("$2.6 million in jewelry", "a necklace worth £1.2m"), or the noun it modifies
 * ("a $5 fine"). A price is the cost whichever word says it ("would cost about $8 billion", "the price tag at around
 * $8 billion"), so two outlets' words for one price meet; a sum raised, spent or paid keeps its own noun.
 */
function moneyStatement(site: Site): Said | undefined {
  const { q, ctx, lex } = site;
  const after = ctx.text.slice(q.end, site.sentence.end);
  const before = ctx.text.slice(site.sentence.start, q.start).toLowerCase();
  const { costBefore, variantNamed } = wordSets(lex);
  // "The other model costs $2499": a price of one variant of a product, not the one cost of the story.
  const cost = costBefore.test(before) && !variantNamed.test(ctx.text.slice(site.sentence.start, site.sentence.end)) ? 'cost' : undefined;
  let noun = cost ?? MONEY_OBJECT_AFTER.exec(after)?.[1] ?? MONEY_OBJECT_BEFORE.exec(before)?.[1] ?? nounAfter(site) ?? nounBefore(site);
  if (noun && (lex.notCountUnits.has(noun) || lex.determiners.has(noun))) noun = undefined;
  return { subject: noun ? lemma(noun, lex) : undefined, modifiers: [], predicate: governingVerb(site), entity: boughtName(site) ?? nearestMention(site, ['person', 'organization'], 'before') };
}

/** "the $13 billion acquisition of Electronic Data Systems", "paid $5 million for Acme": the named thing a sum is paid for. */
const PAID_FOR = /^\s*(?:\([^)]*\)\s*)?(?:[a-z-]+\s+){0,2}?(?:of|for)\s+(?:the\s+)?$/;

function boughtName(site: Site): number | undefined {
  const { ctx, q, clause } = site;
  const i = ctx.mentions.findIndex((m) => m.sentence === q.sentence && m.start >= q.end && m.end <= clause.end && m.kind === 'name' && m.type !== 'place' && PAID_FOR.test(ctx.text.slice(q.end, m.start)));
  return i >= 0 ? i : undefined;
}

/**
 * A percentage: of what ("17 percent of voters"; the head of the phrase is the subject and the words before it narrow
 * it: "of voice traffic" → traffic, modified by "voice"), and of whom or where ("Romney (17 percent)", "Palin earned
 * 10 percent", "65% of traffic to India"). A capitalised word after "in" is the place, not what the share is of. A
 * share in a list whose first share says what it is of ("55 percent of voice traffic in Saudi Arabia, 52 percent in
 * Egypt") is of that same thing, in its own place. A change by a percentage ("fell by 80 percent", "a 5 percent rise")
 * is no share of anything: it is marked, so the two are never compared.
 */
function percentStatement(site: Site): Said | undefined {
  const share = shareOf(site, site.q.end) ?? elidedShareOf(site);
  const runnerUp = runnerUpOf(site);
  const entity = runnerUp ? runnerUp.entity : (placeOfShare(site) ?? nearestMention(site, ['person', 'organization', 'place', 'other'], 'before', 60));
  const group = subgroupOf(site);
  const modifiers = [...(share?.modifiers ?? []), ...(isChange(site) ? ['change'] : []), ...(group ? [`among ${group}`] : [])];
  // "IBM's 10 percent share": a noun that only names the percentage says nothing of what it is a share of.
  const after = nounAfter(site);
  const named = after !== undefined && site.lex.values.percent.namingNouns.includes(after) ? undefined : after;
  return { subject: share?.head ?? named, entity, modifiers, predicate: governingVerb(site) };
}

/**
 * "Clinton leads Sanders 48 percent to 41 percent": the second share of a score is the other side's, not the leader's
 * named before it. Its entity is the one named after it ("to 41 percent over Mr. Sanders"), else none.
 */
function runnerUpOf(site: Site): { entity?: number } | undefined {
  const { ctx, q } = site;
  const previous = ctx.quantities[site.index - 1];
  if (!previous || previous.kind !== 'percent' || previous.sentence !== q.sentence || !/^\s*(?:to|-|–)\s*$/.test(ctx.text.slice(previous.end, q.start))) return undefined;
  const after = nearestMention(site, ['person', 'organization', 'place', 'other'], 'after', 40);
  if (after !== undefined && /^[\s,]*(?:over|for|against)\s+(?:(?:mr|mrs|ms|dr|sen|gov)\.?\s+)?$/i.test(ctx.text.slice(q.end, ctx.mentions[after].start))) return { entity: after };
  return {};
}

/**
 * "Clinton leads, 59 percent to 28 percent, among voters 45 and older", "Among Republicans, 55 percent…": a share of
 * a part of those asked, named after "among" in the sentence (the nearest such phrase to the value): a poll's figure
 * among older voters is not its figure among all voters, nor among the young.
 */
function subgroupOf(site: Site): string | undefined {
  const { tokens, lex } = site;
  const tags = site.tags();
  let best: string | undefined;
  let bestDistance = Infinity;
  tokens.forEach((t, k) => {
    if (t.lower !== 'among' || (k >= site.first && k <= site.last)) return;
    const words: string[] = [];
    for (let j = k + 1; j < tokens.length && words.length < SUBGROUP_WORDS; j++) {
      const w = tokens[j];
      if (w.kind !== 'word' && w.kind !== 'number') break;
      if (/^(?:VB[DPZ]?|MD|WDT|WP|IN)$/.test(tags[j]) && w.lower !== 'under' && w.lower !== 'over') break;
      if (words.length === 0 && (tags[j] === 'PRP' || lex.determiners.has(w.lower))) {
        if (tags[j] === 'PRP') return;
        continue;
      }
      words.push(w.lower);
    }
    const distance = k < site.first ? site.first - k : k - site.last;
    if (words.length > 0 && distance < bestDistance) [best, bestDistance] = [words.join(' '), distance];
  });
  return best;
}
const SUBGROUP_WORDS = 5;

interface Share {
  head: string;
  /** The words before the head, which narrow it ("voice" traffic, "likely" voters). */
  modifiers: string[];
}

/**
 * "17 percent of all voters", "5 percent in sales": the noun phrase the share that ends at `end` is of, by the words'
 * tags (adjectives and nouns, the last noun its head). A capitalised word after "in" is a place.
 */
function shareOf(site: Site, end: number): Share | undefined {
  const { tokens, lex } = site;
  const tags = site.tags();
  let k = tokens.findIndex((t) => t.start >= end);
  if (k < 0 || tokens[k].kind !== 'word' || (tokens[k].lower !== 'of' && tokens[k].lower !== 'in')) return undefined;
  const preposition = tokens[k++].lower;
  while (k < tokens.length && /^(?:the|all|its|their)$/.test(tokens[k].lower)) k++;
  const words: string[] = [];
  let head = -1;
  for (; k < tokens.length && words.length < 4; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || (t.cap && (preposition === 'in' || words.length > 0))) break;
    const noun = NOUN.test(tags[k]) || (tags[k] === '' && /^[a-z]{3,}$/.test(t.lower));
    if (!noun && !/^JJ/.test(tags[k])) break;
    words.push(t.lower);
    if (noun) head = words.length - 1;
    if (t.possessive) break;
  }
  if (head < 0 || !/^[a-z]{3,}$/.test(words[head])) return undefined;
  const modifiers = words.slice(0, head).filter((w) => /^[a-z]{3,}$/.test(w) && !lex.determiners.has(w));
  return { head: lemma(words[head], lex), modifiers };
}

/** Between two shares of one list: a place, a comma, "and". */
const LISTED_SHARE = /^\s+(?:in|to|for|with|among)\s+(?:the\s+)?[A-Z][^,.;]{0,40},?\s*(?:and\s+)?$/;

/** The share of the first of a list of shares that say where ("52 percent in Egypt") and not of what. */
function elidedShareOf(site: Site): Share | undefined {
  const { ctx, q } = site;
  if (!/^\s+(?:in|to|for|with|among)\s+(?:the\s+)?[A-Z]/.test(ctx.text.slice(q.end, site.sentence.end))) return undefined;
  let after = q;
  for (let i = site.index - 1; i >= 0; i--) {
    const previous = ctx.quantities[i];
    if (previous.kind !== 'percent' || previous.sentence !== q.sentence) return undefined;
    const share = shareOf(site, previous.end);
    if (share) return /^\s+of\s/.test(ctx.text.slice(previous.end, after.start)) ? share : undefined;
    if (!LISTED_SHARE.test(ctx.text.slice(previous.end, after.start))) return undefined;
    after = previous;
  }
  return undefined;
}

/** "down by 80 percent", "a 5 percent increase": a change, not a share. */
function isChange(site: Site): boolean {
  const { ctx, q, lex } = site;
  const before = ctx.text.slice(Math.max(site.sentence.start, q.start - 12), q.start);
  if (/\bby\s+$/i.test(before)) return true;
  const next = /^[\s-]+([a-z]+)/.exec(ctx.text.slice(q.end, site.sentence.end))?.[1];
  return !!next && lex.values.percent.changeNouns.includes(lemma(next, lex));
}

/** "65% of traffic to India", "60 per cent in India": the place named in the share's own phrase, after it. */
const PLACE_OF_SHARE = /^\s+(?:of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,3})?(?:in|to|with|from|between|across|for)\s+(?:the\s+)?$/;

function placeOfShare(site: Site): number | undefined {
  const { ctx, q } = site;
  const i = ctx.mentions.findIndex((m) => m.sentence === q.sentence && m.start >= q.end && m.start - q.end <= 60 && (m.type === 'place' || (m.type === 'other' && m.kind === 'name')) && PLACE_OF_SHARE.test(ctx.text.slice(q.end, m.start)));
  return i >= 0 ? i : undefined;
}

/**
 * A length: what it measures (the lexicon's dimension words near it: "45m deep", "fell 130ft", "a 40-metre drop",
 * "25 miles east of Houston"), and what it is measured from or of: a place named after "of"/"from" (the entity), or
 * the clause's head noun. A conversion in parentheses after another length ("50 km (30 miles)") is the same
 * statement again and is left out.
 */
function lengthStatement(site: Site): Said | undefined {
  const { q, ctx, lex, tokens } = site;
  const previous = ctx.quantities[site.index - 1];
  if (previous?.kind === 'length' && /^\s*\(\s*$/.test(ctx.text.slice(previous.end, q.start))) return undefined;
  const home = homeDistance(site);
  if (home) return home;
  if (FIRST_PERSON_CLAUSE.test(ctx.text.slice(site.sentence.start, q.start))) return undefined;
  const dimensions = lex.values.length.dimensions as Record<string, string>;
  const dimensionOf = (lower: string): string | undefined => dimensions[lower] ?? dimensions[lemma(lower, lex)];
  let measure: string | undefined;
  let best = Infinity;
  for (let k = Math.max(0, site.first - 4); k < Math.min(tokens.length, site.last + 5); k++) {
    if (k >= site.first && k <= site.last) continue;
    // "a depth of 14 miles": the "of" after a dimension's noun is that noun's, not a distance's ("14 miles of X").
    if (k > 0 && tokens[k].lower === 'of' && dimensionOf(tokens[k - 1].lower)) continue;
    const dimension = dimensionOf(tokens[k].lower);
    // A preposition ("from", "of", "off") only says where the length is measured from; a word of the dimension
    // itself says more: "fell 600 metres from a ridge" is a fall, not a distance from the ridge.
    const d = (k < site.first ? site.first - k + 0.5 : k - site.last) + (/^(?:IN|RP)$/.test(site.tags()[k]) ? 2 : 0);
    if (dimension && d < best) [measure, best] = [dimension, d];
  }
  const after = ctx.text.slice(q.end, site.sentence.end);
  const from = /^\s*(?:\([^)]*\)\s*)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from)\s+(?:the\s+)?/i.exec(after);
  let entity: number | undefined;
  let subject: string | undefined;
  if (from) {
    const at = q.end + from[0].length;
    entity = ctx.mentions.findIndex((m) => m.start >= at && m.start <= at + 2 && m.kind === 'name');
    if (entity < 0) entity = undefined;
    subject = entity === undefined ? headOfPhrase(ctx.text.slice(at, site.sentence.end), lex) : undefined;
    // "20 kilometers of spare cable": a bare "of" before a thing, with no direction or "within", measures that thing.
    if (entity === undefined && (measure === undefined || measure === 'distance') && /^\s*of\s/i.test(from[0]) && !/\bwithin\b/i.test(ctx.text.slice(Math.max(site.sentence.start, q.start - 16), q.end))) measure = 'length';
    measure ??= 'distance';
  }
  subject ??= nounAfter(site) ?? nounBefore(site);
  return { subject, entity, modifiers: [], predicate: governingVerb(site), measure };
}

/** The comparative after "N times" ("faster", "longer", "more"); "N times as large" is not one. */
const RATIO_COMPARATIVE = /^\s*(more|less|fewer|higher|lower|bigger|larger|smaller|greater|faster|slower|longer|shorter|[a-z]{3,}ier)\b/i;

/**
 * A sentence the writer tells of where they are ("I'm located 25 miles south of the quake", "We live two miles from
 * the plant"): the length is the writer's own, not the event's (a forum post or a witness among the reports).
 */
const FIRST_PERSON_CLAUSE = /^\W*(?:I|I'm|I’m|We|We're|We’re)\s/;

/** Words that may stand between a verb's subject and the verb: "X, who had lived", "she has since moved". */
const BEFORE_VERB = /^(?:\s*,\s*who|\s+who)?(?:\s+(?:had|has|have|was|is|were|been|also|once|still|now|then|since|recently|later|just))*\s+$/i;

/**
 * "Chohan, who lived half a mile away", "She had moved about a mile and a half away five or six years ago": how far
 * from the story's place a person's home is, said of the person (named right before the verb, or the one "he" or
 * "she" stands for, named in that sentence or the one before). A move puts the home there from then on, so the
 * move's date does not date the home (`state`). The verb stands right before the value: "moved the car 50 feet away"
 * moves no home.
 */
function homeDistance(site: Site): Said | undefined {
  const { q, ctx, lex, tokens } = site;
  if (!/^\s*away\b/i.test(ctx.text.slice(q.end, site.sentence.end))) return undefined;
  const k = governingVerbIndex(site);
  if (k === undefined || k > site.first || !/^\s*$/.test(ctx.text.slice(tokens[k].end, q.start))) return undefined;
  const verb = tokens[k];
  const words = lex.values.length;
  const moved = words.moveVerbs.includes(verb.lower);
  if (!moved && !words.homeVerbs.includes(verb.lower)) return undefined;
  const person = subjectOfVerb(site, verb);
  if (person === undefined) return undefined;
  return { subject: 'home', entity: person, modifiers: [], predicate: 'live', measure: 'distance', ...(moved ? { state: true } : {}) };
}

/**
 * The person a verb is said of: named right before it ("Keane, who lived", "Keane had moved", "Keane was sentenced"),
 * or the one its "he" or "she" stands for, named in that sentence or the one before.
 */
function subjectOfVerb(site: Site, verb: Token): number | undefined {
  const { q, ctx } = site;
  const named = ctx.mentions.findIndex((m) => m.sentence === q.sentence && m.type === 'person' && m.end <= verb.start && BEFORE_VERB.test(ctx.text.slice(m.end, verb.start)));
  if (named >= 0) return named;
  const pronoun = PRONOUN_BEFORE_VERB.exec(ctx.text.slice(site.sentence.start, verb.start));
  if (!pronoun) return undefined;
  namesBySentence ??= new WeakMap();
  let names = namesBySentence.get(ctx);
  if (!names) namesBySentence.set(ctx, (names = new NamesBySentence(ctx)));
  return names.antecedents(q.sentence, site.sentence.start + pronoun.index).find((i) => ctx.mentions[i].type === 'person' && ctx.mentions[i].sentence >= q.sentence - 1);
}

const PRONOUN_BEFORE_VERB = /\b(?:he|she)(?:\s+(?:had|has|have|was|is|were|been|also|once|still|now|then|since|recently|later|just))*\s+$/i;

/**
 * "Imposing a sentence of 18 years", "a ban of three years": the noun of a span given to someone (the nouns of
 * `duration.verbNouns`), written before the span with "of", as "an 18-year sentence" writes it after. Kept to those
 * nouns: "a contract of eight years" or "a period of five years" says nothing another source names the same way.
 */
function spanNounBefore(site: Site): string | undefined {
  const { q, ctx, lex } = site;
  const noun = /\b(?:a|an|the|his|her|their|its)\s+([a-z]+)\s+of\s+$/i.exec(ctx.text.slice(Math.max(site.sentence.start, q.start - 40), q.start))?.[1]?.toLowerCase();
  if (!noun) return undefined;
  return Object.values(lex.values.duration.verbNouns as Record<string, string>).includes(noun) ? noun : undefined;
}

/**
 * "reopen the government for three weeks", "keep the government open for three weeks", "closed the bridge for two
 * hours": a span a verb gives its object, said of the object's noun and the verb. The object is a definite noun
 * phrase (statement.heldObject's determiners), its head a noun by its tag.
 */
function objectHeldFor(site: Site): Said | undefined {
  const { q, ctx, lex, tokens } = site;
  const m = wordSets(lex).objectFor.exec(ctx.text.slice(Math.max(site.sentence.start, q.start - 60), q.start));
  if (!m) return undefined;
  const at = q.start - m[0].length + m[0].lastIndexOf(m[1]);
  const k = tokens.findIndex((t) => t.start === at);
  if (k < 0 || !/^NNS?$/.test(site.tags()[k])) return undefined;
  // The verb stands right before the object ("reopen the government"), not a preposition ("lived in the city").
  const determiner = tokens.findIndex((t) => t.start === q.start - m[0].length + m[0].search(/\S/));
  const verb = determiner - 1;
  if (determiner < 1 || !/^VB/.test(site.tags()[verb])) return undefined;
  const noun = lemma(m[1], lex);
  return { subject: noun, modifiers: [], predicate: stem(tokens[verb].lower, lex) };
}

/**
 * "He was sentenced to 5 1/2 years", "Keane was jailed for six years", "sentencing Gigante to 12 years": a span a verb
 * gives a person is said of what it gives ("sentence", as in "a 2-1/2 year sentence") and of the person. The verb
 * stands right before "to" or "for" and the value, or only the person's name between them, and the person must be
 * known: two people's sentences are two statements.
 */
function givenSpan(site: Site): Said | undefined {
  const { q, ctx, lex, tokens } = site;
  const k = governingVerbIndex(site);
  if (k === undefined || k > site.first) return undefined;
  const toOrFor = (from: number) => /^\s+(?:to|for)\s+$/i.test(ctx.text.slice(from, q.start));
  // "sentencing Gigante to 12 years": the person named between the verb and "to" is given the span, not the subject.
  const object = ctx.mentions.findIndex((m) => m.type === 'person' && m.start > tokens[k].end && m.end <= q.start && /^\s+$/.test(ctx.text.slice(tokens[k].end, m.start)) && toOrFor(m.end));
  if (object < 0 && !toOrFor(tokens[k].end)) return undefined;
  const noun = (lex.values.duration.verbNouns as Record<string, string>)[tokens[k].lower];
  if (!noun) return undefined;
  const person = object >= 0 ? object : (subjectOfVerb(site, tokens[k]) ?? describedInTheHeadline(site, tokens[k]));
  if (person === undefined) return undefined;
  return { subject: noun, entity: person, modifiers: [], predicate: stem(tokens[k].lower, lex) };
}

/**
 * "Norland man jailed for 12 years": a headline names the one it sentences by what he is. When the article gives a
 * span by such a verb to one named person only ("sentenced Tom Reyes", "Reyes was jailed"), the headline's is his.
 */
function describedInTheHeadline(site: Site, verb: Token): number | undefined {
  const { ctx, lex, q } = site;
  if (ctx.paragraphs[site.sentence.paragraph].kind !== 'headline') return undefined;
  // Someone named before the verb is no description (a name the reader did not tag a person's, a pronoun).
  if (ctx.mentions.some((m) => m.sentence === q.sentence && m.end <= verb.start && m.type !== 'place')) return undefined;
  const verbs = lex.values.duration.verbNouns as Record<string, string>;
  const given = new Map<string, number>();
  ctx.mentions.forEach((m, i) => {
    if (m.type !== 'person' || m.sentence === q.sentence || ctx.paragraphs[ctx.sentences[m.sentence].paragraph].kind === 'headline') return;
    const before = wordBeforeEnd(ctx.text.slice(Math.max(ctx.sentences[m.sentence].start, m.start - 20), m.start).toLowerCase());
    const after = /^\s+(?:(?:was|has been|had been|is)\s+)?([a-z]+)/i.exec(ctx.text.slice(m.end, Math.min(ctx.sentences[m.sentence].end, m.end + 30)))?.[1]?.toLowerCase();
    if ((before && verbs[before]) || (after && verbs[after])) {
      const surname = ctx.text.slice(m.start, m.end).split(/\s+/).pop()!.toLowerCase();
      if (!given.has(surname)) given.set(surname, i);
    }
  });
  return given.size === 1 ? [...given.values()][0] : undefined;
}

/**
 * A duration: how long an event lasted ("the call lasted an hour and a half", "spoke for about an hour", "an hour-long
 * call"), a state lasted ("eight days on the run"), or a span the sentence names ("over a six-year period", "a
 * 10-year sentence"). The people taking part in an event are its participants, attribution sources left out; "the
 * conversation" looks back to the previous clause for them. A time before or after something ("two years ago",
 * "days later") is no duration of it.
 */
function durationStatement(site: Site): Said | undefined {
  const { q, ctx, lex } = site;
  const after = ctx.text.slice(q.end, site.sentence.end);
  if (/^\s*ago\b/i.test(after)) return agoStatement(site);
  const relative = spanBeforeEvent(site, after);
  if (relative) return relative;
  const timeToDo = spanToDo(site, after) ?? namedTimeOf(site);
  if (timeToDo) return timeToDo;
  if (/^\s*(?:later|earlier|after|before|since|into|from now|away|of (?:the|his|her|their))\b/i.test(after)) return undefined;
  // "a White House meeting — the first in 22 days": the time since the last one, not how long this one lasted.
  if (FIRST_IN.test(ctx.text.slice(Math.max(site.sentence.start, q.start - 40), q.start))) return undefined;
  const rate = spanRate(site, after);
  if (rate) return rate.subject ? rate : undefined;
  if (perSpan(site)) return undefined;
  const next = after.replace(/^\s+/, '').toLowerCase();
  const state = lex.durationStates.find(([phrase]) => next.startsWith(phrase) && !/^[a-z]/.test(next.slice(phrase.length)))?.[1];
  // "Reyes was sentenced to 15 years in prison" is his sentence, as "Reyes was jailed for 15 years" is.
  if (state) return givenSpan(site) ?? { subject: state, modifiers: [], predicate: state, event: 'state' };
  const held = stateHeldFor(site);
  if (held) return { subject: held, modifiers: [], predicate: held, event: 'state' };
  const scope = scopeAround(ctx.text, site.clause, q.start, q.end);
  const trigger = findTrigger(site, scope);
  const participants = new Set(participantsIn(ctx, scope.start, scope.end, lex));
  if (trigger && participants.size < 2) {
    const determiner = previousWordOf(site.tokens, trigger.token, lex);
    if (determiner === undefined || lex.definiteDeterminers.has(determiner)) for (const m of antecedentParticipants(site, lex)) participants.add(m);
  }
  // "Following an hour-long call with Putin, Trump said …", "Trump told reporters after speaking with Putin": the other
  // party of an event "with" someone is the sentence's subject, even when he is also the one who speaks.
  if (trigger && participants.size === 1 && /\bwith\s+$/i.test(ctx.text.slice(Math.max(scope.start, trigger.token.end), ctx.mentions[[...participants][0]].start))) {
    const subject = ctx.mentions.findIndex((m, i) => m.sentence === q.sentence && m.type === 'person' && !participants.has(i) && (m.end <= scope.start || m.start >= scope.end));
    if (subject >= 0) participants.add(subject);
  }
  // "an hour-long call", "a 12-year sentence", "a 2-1/2 year sentence" (a figure before a singular unit modifies a noun).
  const compoundNoun = /-(?:long|minute|hour|day|week|month|year)$/i.test(q.text) || /[-\s]long$/i.test(q.text) || /[\d½¼¾][-\s]?(?:minute|hour|day|week|month|year)$/i.test(q.text) ? nounAfter(site) : undefined;
  // "for five years", "over a six-year period": a span the sentence names as the length of a thing (its noun), or of
  // the event it names; a span with neither is no statement anyone else can make.
  const ofNoun = spanOf(site, after);
  // "a sentence of 18 years": the noun the span is of, whatever event the clause tells.
  const spanNoun = spanNounBefore(site);
  if (spanNoun) return { subject: spanNoun, modifiers: [], predicate: governingVerb(site) };
  // The event's class names it whatever word a source uses (call, conversation, spoke → communication).
  const subject = trigger ? trigger.event : (compoundNoun ?? (ofNoun && !lex.determiners.has(ofNoun) ? lemma(ofNoun, lex) : undefined));
  if (!subject) return givenSpan(site) ?? spanUntilVerb(site) ?? objectHeldFor(site) ?? spanOfTheSubject(site);
  return {
    subject,
    modifiers: [],
    predicate: trigger ? trigger.event : governingVerb(site),
    event: trigger?.event,
    trigger: trigger?.token.text,
    participants: [...participants].sort((a, b) => a - b),
  };
}

/**
 * "take 12 days to repair", "took about two hours to evacuate": the verb "take" before a span (whose text begins at its
 * hedge), and "to" and a verb after it.
 */
const TAKE_BEFORE = /\b(?:take|takes|took|taken|taking)\s+$/i;
const TO_VERB = /^\s+to\s+([a-z]{3,})\b/i;

/**
 * "expected to take 12 days to repair the cable": how long an action takes, said of its verb and marked "to", so it
 * meets only another source's time to do the same thing ("the repair time will be around twelve days").
 */
function spanToDo(site: Site, after: string): Said | undefined {
  const { ctx, q, lex } = site;
  const verb = TO_VERB.exec(after)?.[1];
  if (!verb || !TAKE_BEFORE.test(ctx.text.slice(Math.max(site.sentence.start, q.start - 40), q.start))) return undefined;
  const action = stem(verb.toLowerCase(), lex);
  return { subject: action, modifiers: ['to'], predicate: action };
}

/** "the total repair time will be (around)", "a response time of": a noun naming a time, its action before "time". */
const NAMED_TIME = /\b([a-z]{4,})\s+time\s+(?:(?:will|would|could|may|might)\s+be|is|was|of|(?:is|was)\s+(?:expected|estimated)\s+(?:to\s+be|at))\s+$/i;

/**
 * "the total repair time will be around twelve days": a time named by its action (the noun before "time") is how long
 * that action takes, the same statement as "take 12 days to repair". The word before "time" is a common noun: "the
 * first time", "the same time" name no action.
 */
function namedTimeOf(site: Site): Said | undefined {
  const { ctx, q, lex } = site;
  const from = Math.max(site.sentence.start, q.start - 60);
  const m = NAMED_TIME.exec(ctx.text.slice(from, q.start));
  if (!m) return undefined;
  // The word before "time" must be a common noun ("repair", "response"), not "first", "same" or "long".
  const k = site.tokens.findIndex((t) => t.start === from + m.index);
  if (k < 0 || site.tokens[k].cap || site.tags()[k] !== 'NN') return undefined;
  const action = stem(m[1].toLowerCase(), lex);
  return { subject: action, modifiers: ['to'], predicate: action };
}

/**
 * "the offer is believed to be for at least eight years", "The ban was for five years": a span the clause's subject
 * is "for", said of that subject's noun.
 */
function spanOfTheSubject(site: Site): Said | undefined {
  const { ctx, q, lex } = site;
  const m = SUBJECT_IS_FOR.exec(ctx.text.slice(Math.max(site.clause.start, q.start - 80), q.start));
  if (!m) return undefined;
  const noun = lemma(m[1].toLowerCase(), lex);
  return { subject: noun, modifiers: [], predicate: 'be' };
}

/** "the offer is (believed to be) for (at least)": a definite noun phrase, a form of "be", "for", right before the span. */
const SUBJECT_IS_FOR = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,})\s+(?:is|was|are|were|will be|would be)\s+["“]?(?:(?:believed|expected|said|reported|thought|understood)\s+to\s+be\s+)?for\s+(?:(?:at least|about|more than|up to|nearly|almost)\s+)?$/;

/** A particle a phrasal verb may leave between itself and "after" ("pulled over after", "gave up after"). */
const UNTIL_VERB = /^\s+(?:(?:over|up|out|down|off|away|back|in)\s+)?after\s+$/i;

/**
 * "he finally pulled over after about 15 minutes", "was released after 12 days": a span "after" a verb is how long it
 * took until that action, said of the verb and marked "after", so it meets only another source's time until the same
 * action. The verb must stand right before "after" in the clause: "After two years, he quit" names no action's wait.
 */
function spanUntilVerb(site: Site): Said | undefined {
  const { ctx, q, tokens } = site;
  const k = governingVerbIndex(site);
  if (k === undefined || k > site.first || !UNTIL_VERB.test(ctx.text.slice(tokens[k].end, q.start))) return undefined;
  const verb = stem(tokens[k].lower, site.lex);
  return { subject: verb, modifiers: ['after'], predicate: verb };
}

const SPAN_OF = /^\s+(?:of|in)\s+(?:([a-z]+)\s+)?([a-z]{3,})\b/i;

/**
 * The noun a span is "of" or "in": "five years of war", "over a six-year period in office"; one word may narrow it
 * ("of civil war"). When the word after the noun is a verb ("five years of investigation plagued by leaks"), the
 * noun is the first word, not the verb.
 */
function spanOf(site: Site, after: string): string | undefined {
  const m = SPAN_OF.exec(after);
  if (!m) return undefined;
  if (!m[1]) return m[2];
  const at = site.q.end + m.index + m[0].length - m[2].length;
  const k = site.tokens.findIndex((t) => t.start === at);
  const tags = site.tags();
  return k > 0 && /^VB[DNG]?$/.test(tags[k]) && NOUN.test(tags[k - 1]) ? m[1] : m[2];
}

const rateOf = new WeakMap<Lexicon, RegExp>();

/**
 * "pounding a typewriter eight hours a day", "works 12 hours a day": a span per day (week, year) is how long an
 * activity takes each time, said of its verb and marked as a rate ("per day"), so it meets only the same activity's
 * rate and never the length of one event ("the talks lasted six hours"). A rate with no verb names no activity;
 * "two years a decade ago" is no rate.
 */
function spanRate(site: Site, after: string): Said | undefined {
  const { lex } = site;
  let re = rateOf.get(lex);
  if (!re) rateOf.set(lex, (re = new RegExp(`^\\s+(?:a|an|per|each)\\s+(${Object.keys(lex.values.duration.units).join('|')})\\b(?!\\s+(?:ago|earlier|later|before|after)\\b)`, 'i')));
  const unit = re.exec(after)?.[1];
  if (!unit) return undefined;
  const verb = governingVerb(site);
  return { subject: verb, modifiers: [`per ${lemma(unit.toLowerCase(), lex)}`], predicate: verb };
}

/** The "a day" of "eight hours a day": the span a rate is per, no span of its own. */
function perSpan(site: Site): boolean {
  const { ctx, q, index } = site;
  const previous = ctx.quantities[index - 1];
  return !!previous && previous.kind === 'duration' && previous.sentence === q.sentence && /^(?:a|an|per|each)\s/i.test(q.text) && /^\s+$/.test(ctx.text.slice(previous.end, q.start));
}

/** Verbs that hold a state for a span: "remain solvent for", "was silent for", "keep the fund solvent for". */
const HOLDING_VERB = /^(?:remain|remains|remained|stay|stays|stayed|be|is|are|was|were|been|keep|keeps|kept)$/;
const SPAN_DETERMINER = /^(?:the|next|past|last|coming|another)$/;

/**
 * "would remain solvent for the next 75 years", "keep the system solvent for 75 years": how long a state holds, said
 * of the adjective that names it, as "eight days on the run" is of the run. The adjective stands right before "for"
 * and a verb that holds a state stands a few words before it, so "in a coma for a week" (a noun) and "reopened the
 * government for three weeks" (an action) are not read.
 */
function stateHeldFor(site: Site): string | undefined {
  const { tokens, first } = site;
  let k = first - 1;
  while (k >= 0 && SPAN_DETERMINER.test(tokens[k].lower)) k--;
  if (k < 1 || tokens[k].lower !== 'for') return undefined;
  const adjective = k - 1;
  const tags = site.tags();
  if (tokens[adjective].kind !== 'word' || !/^(?:JJ|NN)$/.test(tags[adjective]) || !/^[a-z]{4,}$/.test(tokens[adjective].text)) return undefined;
  for (let j = adjective - 1; j >= Math.max(0, adjective - 5); j--) {
    if (tokens[j].kind !== 'word' || tags[j] === 'IN') return undefined;
    if (!HOLDING_VERB.test(tokens[j].lower)) continue;
    // The tagger reads an object's complement ("keep the system solvent") as a noun; after "be" a noun is no state.
    return tags[adjective] === 'JJ' || /^kee?p/.test(tokens[j].lower) ? tokens[adjective].lower : undefined;
  }
  return undefined;
}

const RELATIVE_TO = /^\s*(before|after|ahead of|in advance of|prior to)\s+(?:the|his|her|its|their|this|next|last)\s/i;

/**
 * "two weeks before the Israeli elections", "five weeks in advance of his election": a span that places something
 * before or after a named event says how far apart they are, and the event's noun is its subject (the first common
 * noun after the determiner, past names and adjectives: "the Israeli elections" → election). Without a determiner
 * ("a day after arriving", "weeks before that") the span has no event anyone else can name.
 */
function spanBeforeEvent(site: Site, after: string): Said | undefined {
  const m = RELATIVE_TO.exec(after);
  if (!m) return undefined;
  const { tokens, lex } = site;
  const tags = site.tags();
  const from = site.q.end + m[0].length;
  let head: string | undefined;
  for (let k = tokens.findIndex((t) => t.start >= from), seen = 0; k >= 0 && k < tokens.length && seen < 4; k++, seen++) {
    const t = tokens[k];
    if (t.kind !== 'word') break;
    if (NOUN.test(tags[k]) && !t.cap) head = t.lower;
    else if (head !== undefined) break;
    else if (!(t.cap || /^(?:JJ|CD|VBN)/.test(tags[k]))) break;
    if (t.possessive) break;
  }
  if (!head) return undefined;
  const relation = /^(?:after)$/i.test(m[1]) ? 'after' : 'before';
  return { subject: lemma(head, lex), modifiers: [relation], predicate: governingVerb(site) };
}

/** "gained its independence 6 months ago": when an incident happened, as a time before the article (the corpus dates it). */
function agoStatement(site: Site): Said | undefined {
  const { ctx, lex } = site;
  const clauseText = clauseTextOf(site);
  const { event, trigger } = incidentNear(site.clause, clauseText, site.q, lex);
  if (!event) return undefined;
  return { attribute: 'ago', subject: event, event, trigger, modifiers: [], predicate: governingVerb(site), participants: placesIn(ctx, site.clause) };
}

/** What stands between a name and its age once a suffix the name left out is dropped: "Cesar Sayoc Jr., 56," → ", ". */
function withoutSuffix(between: string, lex: Lexicon): string {
  const suffix = /^,?\s*([A-Za-z]+)\.?(?=\s*[,(])/.exec(between);
  return suffix && lex.nameSuffixes.has(suffix[1].toLowerCase()) ? between.slice(suffix[0].length) : between;
}

/**
 * An age is said of the person named next to it: "X, 32,", "X (32)", "X, aged 32", "the 31-year-old X", "a 38-year-old
 * man, X,".
 */
function ageStatement(site: Site): Said | undefined {
  const { q, ctx } = site;
  const isPerson = (m: Mention) => m.type === 'person';
  const persons = ctx.mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.sentence === q.sentence && isPerson(m));
  const adjacentBefore = persons.filter(({ m }) => m.end <= q.start && /^(?:['’]s)?\s*(?:,\s*(?:aged\s+|age\s+)?|\(\s*)$/.test(withoutSuffix(ctx.text.slice(m.end, q.start), site.lex))).pop();
  // "the 31-year-old Vishwanand Subryan", "a 38-year-old man, Anthony LaCalamita,": capitalised words or one noun and a
  // comma between; "a 3-year-old daughter Ava", "the 28-year-old suspect Ann Lee": a noun of a person's role or kin
  // right before the name, in apposition (`nounAfter` takes the noun for the subject).
  const adjacentAfter = persons.find(({ m }) => m.start >= q.end && (/^\s*(?:(?:[A-Z][\w.-]*\s+)*|[a-z]+\s*,\s*|[A-Z][a-z]+\s+[a-z]+\s*,\s*)$/.test(ctx.text.slice(q.end, m.start)) || roleBeforeName(site, ctx.text.slice(q.end, m.start))));
  const noun = nounAfter(site);
  const entity = adjacentBefore?.i ?? adjacentAfter?.i ?? personAtDeath(site) ?? namedNext(site, noun);
  // An age with no person named next to it ("a 36-year-old man") says whose only through the story: not compared.
  return entity === undefined ? undefined : { entity, subject: noun, modifiers: [], predicate: 'age' };
}

/** Nouns for a person: the kin and role words of apposition and the words that say a man or a woman. */
let PERSON_NOUNS: Set<string> | undefined;

/**
 * "A 35-year-old man has been charged with the murders … John Jenkin is due in court …": a person introduced by an
 * indefinite noun and an age, in a sentence that names no one, and named as the next sentence's first words. The name
 * is the person's only when the article gives that person no other age ("Vishwanand Subryan, 23," named next is
 * someone else).
 */
function namedNext(site: Site, noun: string | undefined): number | undefined {
  const { q, ctx, lex } = site;
  if (!/-year-old$/i.test(q.text) || !/\ban?\s+$/i.test(ctx.text.slice(Math.max(site.sentence.start, q.start - 4), q.start))) return undefined;
  PERSON_NOUNS ??= new Set([...lex.apposedPersonNouns, ...Object.keys(identityData.roleGender)]);
  if (!noun || !PERSON_NOUNS.has(noun)) return undefined;
  if (ctx.mentions.some((m) => m.sentence === q.sentence && m.type === 'person')) return undefined;
  const next = ctx.mentions.findIndex((m) => m.sentence === q.sentence + 1);
  const named = ctx.mentions[next];
  if (!named || named.type !== 'person' || named.kind !== 'name' || ctx.text.slice(site.sentence.end, named.start).trim() !== '') return undefined;
  const surname = finalWord(named.text);
  // The ages the value scan read next to a mention of that person: right after it (", 23", " (23)") or right before it.
  const nextTo = (m: Mention, age: Quantity) =>
    age.start >= m.end ? /^\s*[,(]\s*(?:aged\s+)?$/.test(ctx.text.slice(m.end, age.start)) : age.end <= m.start && /^\s*$/.test(ctx.text.slice(age.end, m.start));
  const theirs = ctx.mentions.filter((m) => m.type === 'person' && finalWord(m.text) === surname);
  const otherAge = ctx.quantities.some((age) => age.kind === 'age' && age !== q && age.low !== q.low && theirs.some((m) => nextTo(m, age)));
  return otherAge ? undefined : next;
}

/** A name's last word: its surname, as the mentions write it. */
const finalWord = (name: string) => name.split(/\s+/).pop()!;

/**
 * Whether the words between a compound age and a name are one noun of a person's role or kin, the name its apposition:
 * "a 3-year-old daughter Ava", "his 9-year-old son James". The noun must be one the lexicon knows for people (the
 * kinship and role words), not any noun ("a 40-year-old tradition Ava kept").
 */
function roleBeforeName(site: Site, between: string): boolean {
  if (!/-year-old$/i.test(site.q.text)) return false;
  const noun = /^\s+([a-z]+)\s+$/.exec(between)?.[1];
  return !!noun && site.lex.apposedPersonNouns.has(noun);
}

/**
 * Whose age "died at 91", "died on Thursday at the age of 85" or "He was 75." gives: the person who died (the first
 * person named in the sentence before it, or the one its "he" or "she" stands for), or the person just named. An age
 * at another event ("married at age 20", "the first physician under age 40") names no one here.
 */
function personAtDeath(site: Site): number | undefined {
  const { q, ctx, lex } = site;
  const before = ctx.text.slice(site.sentence.start, q.start);
  const alone = /^\s*(?:He|She) (?:was|is) $/.test(before);
  if (!alone && !diedBefore(before, lex)) return undefined;
  // Who dies is a person whatever type the name was given without context ("Bettie Page has died …").
  const named = alone ? -1 : ctx.mentions.findIndex((m) => m.sentence === q.sentence && m.end <= q.start && m.kind === 'name' && m.type !== 'place' && !isAttributionSource(ctx, m, lex));
  if (named >= 0) return named;
  const pronoun = site.tokens.find((t) => t.start < q.start && t.kind === 'word' && (t.lower === 'he' || t.lower === 'she'));
  if (!pronoun) return undefined;
  namesBySentence ??= new WeakMap();
  let names = namesBySentence.get(ctx);
  if (!names) namesBySentence.set(ctx, (names = new NamesBySentence(ctx)));
  // "He was 75." follows the sentence that names who died; anything further back may be someone else ("There is an
  // even younger girl …" in a quotation, then "She is 13." after a paragraph about the man).
  const first = names.antecedents(q.sentence, pronoun.start).find((i) => ctx.mentions[i].type === 'person');
  return first !== undefined && (!alone || ctx.mentions[first].sentence === q.sentence - 1) ? first : undefined;
}

let namesBySentence: WeakMap<StatementContext, NamesBySentence> | undefined;

const SENTENCE_STOP = /[.!?](?=["”’]?\s+[A-Z])|;/g;

/** The cue right before an age at death: "… died at ", "… died on Sunday at the age of ", "… Dies Aged ". */
const AGE_CUE_END = /\b(?:aged|at(?: the)? age(?: of)?|at)\s*$/i;
let DIED: RegExp | undefined;

/** Whether `before` ends with an age cue after a verb of dying in the same clause. */
function diedBefore(before: string, lex: Lexicon): boolean {
  const cue = AGE_CUE_END.exec(before);
  if (!cue) return false;
  const clause = before.slice(0, cue.index);
  // A sentence's end inside `before` (a full stop before a capital, or a semicolon), not an abbreviation's stop
  // ("passed away in Beverly Hills, Calif., on Thursday at the age of 85").
  const stop = Math.max(...[...clause.matchAll(SENTENCE_STOP)].map((m) => m.index), -1);
  DIED ??= new RegExp(`\\b(?:${lex.values.age.atDeath.join('|')})\\b`, 'i');
  return DIED.test(clause.slice(stop + 1));
}

/**
 * A time, a weekday or a date: when something happened. The event is the incident word nearest the value in its
 * clause ("bombing" → attack), else the governing verb ("said Tuesday": the day someone said it, with the speaker
 * as the entity). The places named near the value are its participants: the same kind of incident at places no
 * source shares is another incident. A planned event ("will meet on Friday") is not what happened.
 */
function whenStatement(site: Site): Said | undefined {
  const { q, ctx, lex } = site;
  const clauseText = clauseTextOf(site);
  if (/\b(?:will|would|shall|plans? to|planned|scheduled|expected to|is to|are to|set to)\b/.test(ctx.text.slice(Math.max(site.clause.start, q.start - 50), q.start).toLowerCase())) return undefined;
  if (scheduledInPresent(site)) return undefined;
  if (namesWhichOne(site)) return undefined;
  const own = datedNoun(site) ?? reportDay(site);
  if (own) return own;
  const incident = incidentNear(site.clause, clauseText, q, lex);
  const found = foundDay(site, clauseText, incident);
  if (found) return found;
  // The verb the day dates, found once: its lemma, its written form and the verbs joined to it.
  const verb = governingVerbIndex(site, true);
  const predicate = verb === undefined ? undefined : stem(site.tokens[verb].lower, lex);
  // A date or a day with nothing that says what happened then is not a statement anyone else can make.
  if (!incident.event && !predicate) return undefined;
  // "the bombing of Guffa on Tuesday, Kiir said": a day right after an incident word dates the incident, not the speech.
  const incidentJustBefore = incident.trigger !== undefined && triggerBefore(incident.trigger).test(clauseText.slice(0, q.start - site.clause.start));
  const speech = lex.speechVerbs.has(predicate ?? '') || (verb !== undefined && lex.speechVerbs.has(site.tokens[verb].lower));
  const speaker = speech && !incidentJustBefore ? speakerOf(site) : undefined;
  return {
    subject: incident.event,
    entity: speaker,
    modifiers: [],
    predicate: incidentJustBefore && incident.trigger ? stem(incident.trigger) : predicate,
    coordinated: incidentJustBefore || speech || verb === undefined ? undefined : coordinatedPredicates(site, verb),
    event: incident.event ?? predicate,
    trigger: incident.trigger,
    participants: placesNear(site),
  };
}

/**
 * "He was found dead, reportedly of natural causes, in his room … Tuesday morning": a verb of finding (the lexicon's
 * `values.statement.discovery`) right before the clause's incident word dates the finding, not the incident: a body is
 * found hours or days after the death. The statement is the finding's, with no incident, and not the lede's event.
 * "was found" is itself an incident word (an arrest), so the incident may be the verb's own phrase.
 */
function foundDay(site: Site, clauseText: string, incident: { trigger?: string; at?: number }): Said | undefined {
  const { ctx, lex, q } = site;
  if (incident.at === undefined || !incident.trigger) return undefined;
  const found = wordSets(lex).discoveredBefore;
  found.lastIndex = 0;
  const at = incident.at - site.clause.start;
  for (let m = found.exec(clauseText); m !== null; m = found.exec(clauseText)) {
    // The incident word after the verb, or the verb's own phrase ("was found") standing before it.
    if (at > m.index + m[0].length || at + incident.trigger.length < m.index) continue;
    const predicate = stem(m[1], lex);
    return { modifiers: [], predicate, event: predicate, participants: placesNear(site), ownAct: true };
  }
  return undefined;
}

/** A determiner or possessive before a year that stands as a noun's modifier: "the 2000 nominee", "his 2006 loss". */
const DETERMINER = /^(?:the|a|an|this|that|his|her|its|their|our)$/;

/** A bare year as written ("2000"). */
const BARE_YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * A year between a determiner and a noun ("the 2000 Democratic vice presidential nominee", "the 2016 presidential
 * election", "the 2014 show") names which one of the noun's kind, not when the clause's verb happened: "the 2000
 * nominee before losing a primary" does not date the loss, and "the 2020 election" is not "the 2016 election" told
 * another way. It is no statement.
 */
function namesWhichOne(site: Site): boolean {
  const before = site.tokens[site.first - 1];
  return site.q.kind === 'date' && BARE_YEAR.test(site.q.text) && !!before && (before.possessive || DETERMINER.test(before.lower)) && headNounAfter(site) !== undefined;
}

/**
 * A weekday in the possessive ("Thursday's swearing-in ceremony") dates that noun, not the verb of its clause: "said
 * hours after Thursday's ceremony" is not a day of saying. The noun is the statement's predicate, and its incident when
 * it names one ("Thursday's shooting").
 */
function datedNoun(site: Site): Said | undefined {
  const { q, tokens, lex, ctx } = site;
  if (q.kind !== 'day' || !tokens[site.last].possessive) return undefined;
  const head = headNounAfter(site);
  if (!head) return undefined;
  const incident = lex.incidentEvent.get(head.lower);
  const predicate = stem(head.lower, lex);
  return { subject: incident, modifiers: [], predicate, event: incident ?? predicate, ...(incident ? { trigger: head.lower } : {}), participants: placesNear(site), ownAct: true };
}

/** How many words after a value its noun phrase may run ("Democratic vice presidential nominee"). */
const NOUN_PHRASE_REACH = 6;

/** The last noun of the phrase right after the value: its head ("ceremony" in "'s swearing-in ceremony on the floor"). */
function headNounAfter(site: Site): Token | undefined {
  const { tokens } = site;
  const tags = site.tags();
  let head: Token | undefined;
  for (let k = site.last + 1; k < tokens.length && k <= site.last + NOUN_PHRASE_REACH; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') break;
    if (NOUN.test(tags[k])) head = t;
    else if (!/^(?:JJ|VBN|VBG)/.test(tags[k])) break;
    if (t.possessive) break;
  }
  return head;
}

/** An impersonal report right before a value: "it was reported", "it has been announced on". */
const REPORTED = /\bit\s+(?:was|has\s+been|had\s+been|is)\s+([a-z]+)\s+(?:on\s+|late\s+|early\s+)?$/;

/**
 * "…, it was reported Wednesday": a day after an impersonal report dates the report, not the incident its sentence
 * tells (the death was days before). Its statement is the report's, with no incident.
 */
function reportDay(site: Site): Said | undefined {
  const { q, ctx, lex } = site;
  const m = REPORTED.exec(ctx.text.slice(Math.max(site.clause.start, q.start - 40), q.start).toLowerCase());
  if (!m || !lex.speechVerbs.has(m[1])) return undefined;
  const predicate = stem(m[1], lex);
  return { modifiers: [], predicate, event: predicate, participants: [], ownAct: true };
}

/**
 * "The trial starts Monday": a verb in the simple present right before a weekday (outside a headline and a
 * quotation) tells what is scheduled, like "will start", not what happened. A verb of speaking is not a schedule ("says
 * Tuesday" reports).
 */
function scheduledInPresent(site: Site): boolean {
  const { q, tokens, lex, ctx } = site;
  if (q.kind !== 'day' || ctx.paragraphs[site.sentence.paragraph].kind === 'headline') return false;
  if (ctx.quotations.some((quote) => q.start >= quote.start && q.start < quote.end)) return false;
  let k = site.first - 1;
  if (tokens[k]?.lower === 'on') k--;
  const verb = tokens[k];
  return !!verb && site.tags()[k] === 'VBZ' && !lex.speechVerbs.has(verb.lower) && !wordSets(lex).auxiliaries.has(verb.lower);
}

/** "55 km west of Bireun": the place is the unit; what is placed there is the clause's incident or head noun. */
function directionStatement(site: Site): Said | undefined {
  const { q, ctx, lex } = site;
  const clauseText = clauseTextOf(site);
  const incident = incidentNear(site.clause, clauseText, q, lex);
  return { subject: incident.event ?? nounBefore(site), entity: placedPlace(site), modifiers: [], predicate: governingVerb(site), event: incident.event, participants: placesNear(site) };
}

/** "Brazos County, northwest of Houston", "Baytown, about 25 miles east of Houston": the place the direction places. */
const PLACED_BY = /^,\s*(?:[^,;.]{0,24}?\b(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|ft)\s+)?$/i;

function placedPlace(site: Site): number | undefined {
  const { ctx, q } = site;
  const place = (m: Mention) => m.sentence === q.sentence && m.kind === 'name' && m.type === 'place';
  let at = ctx.mentions.findIndex((m) => place(m) && m.end <= q.start && PLACED_BY.test(ctx.text.slice(m.end, q.start)));
  if (at < 0) return undefined;
  // "Baytown, Texas, about 25 miles east of Houston": the town, not the state it is in.
  const town = ctx.mentions.findIndex((m) => place(m) && m.end <= ctx.mentions[at].start && /^,\s*$/.test(ctx.text.slice(m.end, ctx.mentions[at].start)));
  if (town >= 0) at = town;
  return at;
}

/**
 * A categorical value: a named thing's colour or class (the name after the word is the subject), a relative's age
 * rank (relative to the person named: "the younger sister of Liz Cheney", "Liz Cheney's younger sister", "her older
 * sister" in a sentence about one person), a charge (against the person charged), what was done to a group.
 */
function categoryStatement(site: Site): Said | undefined {
  const { q, ctx } = site;
  const about = q.about ?? q.unit;
  const attach = lexiconAttach(q.unit) ?? 'next';
  if (attach === 'next') {
    const named = ctx.mentions.findIndex((m) => m.start >= q.start && m.end <= q.end && m.kind === 'name');
    return { attribute: 'category', subject: about, entity: named >= 0 ? named : undefined, modifiers: [q.unit], predicate: q.unit, event: q.unit };
  }
  if (attach === 'relative') {
    const anchor = relativeAnchor(site);
    if (anchor === undefined) return undefined;
    return { attribute: 'category', subject: about, entity: anchor, modifiers: [q.unit], predicate: q.unit, event: q.unit };
  }
  if (attach === 'charged') {
    const charged = nearestMention(site, ['person'], 'before', 200);
    return { attribute: 'category', subject: 'charge', entity: charged, modifiers: [q.unit], predicate: q.unit, event: q.unit };
  }
  return { attribute: 'category', subject: about, modifiers: [q.unit], predicate: q.unit, event: q.unit };
}

function lexiconAttach(attribute: string): string | undefined {
  const attributes = lexicon().values.category.attributes as Record<string, { attach: string }>;
  return attributes[attribute]?.attach;
}

/** How far after "the younger sister of" the person it is relative to may be named, in characters. */
const ANCHOR_REACH = 60;

function relativeAnchor(site: Site): number | undefined {
  const { q, ctx, lex } = site;
  const sentence = site.sentence;
  const names = ctx.mentions.map((m, index) => ({ m, index })).filter(({ m }) => m.sentence === q.sentence && m.kind === 'name' && m.type !== 'organization');
  const persons = names.filter(({ m }) => m.type === 'person');
  const of = /^\s+of\s+/.exec(ctx.text.slice(q.end, sentence.end));
  const before = ctx.text.slice(sentence.start, q.start);
  if (of) {
    const from = q.end + of[0].length;
    return persons.find(({ m }) => m.start >= from && m.start - from <= ANCHOR_REACH && !/[,;()]/.test(ctx.text.slice(from, m.start)))?.index;
  }
  if (/['’]s?\s+$/.test(before)) {
    const at = sentence.start + before.replace(/['’]s?\s+$/, '').length;
    return names.find(({ m }) => m.start < at && m.end >= at && m.end <= at + 2)?.index;
  }
  const previous = lastWord(before, /[A-Za-z]/, /\s/, true)?.text.toLowerCase();
  if (previous === undefined || /^(?:her|his|their)$/.test(previous) || !lex.determiners.has(previous)) {
    return names.find(({ m }) => m.end <= q.start && !/^['’]s\b/.test(ctx.text.slice(m.end)))?.index;
  }
  return undefined;
}

/** Where a person lives, said of the person named before ", 59, of" or ", who lived in", or after "resident". */
function residenceStatement(site: Site): Said | undefined {
  const { q, ctx } = site;
  let person: number | undefined;
  ctx.mentions.forEach((m, index) => {
    if (m.sentence !== q.sentence || m.kind !== 'name' || m.type === 'organization' || m.type === 'place') return;
    const before = m.end <= q.start && HOME_AFTER_NAME.test(ctx.text.slice(m.end, q.start));
    const after = m.start >= q.end && /^\s+resident\s+$/.test(ctx.text.slice(q.end, m.start));
    if (before || after) person = index;
  });
  if (person === undefined) return undefined;
  return { subject: 'home', entity: person, modifiers: [], predicate: 'live', event: 'residence' };
}

/** The clause in lower case, quotations blanked out: an incident a speaker names is not the statement's own. */
function clauseTextOf(site: Site): string {
  const { ctx, clause } = site;
  let text = ctx.text.slice(clause.start, clause.end).toLowerCase();
  for (const q of ctx.quotations) {
    const start = Math.max(q.start, clause.start);
    const end = Math.min(q.end, clause.end);
    if (start < end) text = text.slice(0, start - clause.start) + ' '.repeat(end - start) + text.slice(end - clause.start);
  }
  return text;
}

// ---- what every statement shares ------------------------------------------------------------------------------

function clauseAround(text: string, sentence: Sentence, offset: number): Range {
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

let INCIDENT: RegExp | undefined;

/**
 * Story or background: a clause that dates itself before the story — a date a season or more before the article's, a
 * written year before the story's ("In 2004, …", "the 2004 tsunami"), or history markers ("last year", "years ago")
 * — is about an earlier event, and `when` says which (the clause's date as precisely as it is written, else the
 * marker). When the article's date is unknown, a year written as "in 2004" or "the 2004 …" is taken as the past: news
 * does not date its own event by its year. The value itself never dates its own clause (a date is when, not which
 * event). The incident is the incident word nearest the value.
 */
function scopeOf(site: Site, said: Said): Scope {
  const { ctx, lex, q } = site;
  const lower = clauseTextOf(site);
  const incident = said.ownAct ? ownIncident(said, lex) : said.event && lex.incidentEvent.has(said.event) ? lex.incidentEvent.get(said.event) : incidentNear(site.clause, lower, q, lex).event;
  const scope: Scope = { time: 'story', ...(incident ? { incident } : {}) };
  if (said.state) return scope;
  const articleDay = ctx.date && /^\d{4}-\d\d-\d\d/.test(ctx.date) ? Math.floor(Date.parse(`${ctx.date.slice(0, 10)}T00:00:00Z`) / 86400000) : undefined;
  const history = q.kind === 'duration' && said.attribute === 'ago' ? null : historyOf(site, lower);
  if (q.kind !== 'date') {
    for (const d of ctx.quantities) {
      if (d === q || d.kind !== 'date' || d.unit !== 'day' || d.start < site.clause.start || d.end > site.clause.end || d.high === null || d.low === null) continue;
      if (!datesValue(site, d.start, d.end)) continue;
      // The date must be the statement's own: before it in the clause, or just after it ("killed 230,000 people in
      // 2004"); a date far after it, or one a change started from ("since September"), dates something else.
      if (d.start > q.end + DATED_AFTER || /\bsince\s+$/i.test(ctx.text.slice(Math.max(0, d.start - 7), d.start))) continue;
      const earlier = articleDay !== undefined ? d.high < articleDay - EARLIER_DAYS : YEAR_IN_FORM.test(ctx.text.slice(Math.max(site.clause.start, d.start - 5), d.end)) || history !== null;
      if (!earlier) continue;
      return { ...scope, time: 'background', when: dayLabel(d.low, d.high) };
    }
  }
  if (history) return { ...scope, time: 'background', when: history[0] };
  const spanned = spanApart(site);
  if (spanned) return { ...scope, time: 'background', when: spanned };
  const another = anotherOf(site);
  if (another) return { ...scope, time: 'background', when: another };
  return scope;
}

/**
 * Phrases of a clause that tell another act than the rest of it, each to its next comma (a comma inside a number does
 * not end it): a relative clause of a person (", who is gay and married her partner last year,", ", whose committee has
 * investigated the 2016 election,") and an attribution (", according to tax returns released Friday"). A date or a
 * history marker dates only the values of its own phrase: inside such a phrase it dates that phrase's act, outside it
 * the clause's. ", which …" is left out: it often goes on telling the dated act ("was hacked in 2013, which affected
 * all three billion of its accounts").
 */
const SIDE_PHRASE = /,\s+(?:who|whom|whose|according\s+to)\b(?:[^,;]|,(?=\d))*/gi;

/**
 * "fewer rides than in 2009", "as many rides as in 2009", "2% higher than the year before": the standard a value is
 * compared with, not its time. "as recently as last year" is a time, and is not this.
 */
const COMPARED_WITH = /\b(?:than\s+(?:in\s+|during\s+)?|as\s+(?:in|during)\s+)$/i;

/**
 * Whether a date or history marker at [start, end) of the value's clause dates the value: it stands in the value's
 * phrase (see SIDE_PHRASE) and is not the standard of a comparison. A weekday names a day of the story's week; a
 * year in another verb's phrase of its sentence does not put it in the past.
 */
function datesValue(site: Site, start: number, end: number): boolean {
  const { ctx, q, clause } = site;
  if (COMPARED_WITH.test(ctx.text.slice(Math.max(clause.start, start - 14), start))) return false;
  const text = ctx.text.slice(clause.start, clause.end);
  SIDE_PHRASE.lastIndex = 0;
  for (let m = SIDE_PHRASE.exec(text); m !== null; m = SIDE_PHRASE.exec(text)) {
    const [a, b] = [clause.start + m.index, clause.start + m.index + m[0].length];
    const inside = (s: number, e: number) => s >= a && e <= b;
    if (inside(start, end) !== inside(q.start, q.end)) return false;
  }
  return true;
}

/** The first history marker ("last year", "years ago") of the clause that dates the value (see datesValue). */
function historyOf(site: Site, lower: string): RegExpExecArray | null {
  const all = wordSets(site.lex).history;
  all.lastIndex = 0;
  for (let m = all.exec(lower); m !== null; m = all.exec(lower)) {
    const start = site.clause.start + m.index;
    if (datesValue(site, start, start + m[0].length)) return m;
  }
  return null;
}

/** Words that make a span a time phrase, not a distance in time: "last month after eight days on the run". */
const SPAN_AS_TIME = /\b(?:last|this|next|that|the|same|each|every|per)\s+$/i;

/** A phrase that opens its clause ("10 months after the last event …, 3 cables were cut"): at most three words before it. */
const OPENS_CLAUSE = /^\s*(?:\S+\s+){0,3}$/;

/**
 * "Thursday's shooting came just weeks after a driver … fatally shot eight people": a value in the clause after weeks,
 * months or years "after" or "before" (the lexicon's `values.statement.apartSpans`) is of the event that clause tells,
 * another than the story's: its scope is background, dated by no number (compared with nothing). The marker must
 * stand before the value in its clause; hours and days are not enough ("two days after the quake killed 300"). A phrase
 * that opens the clause ends at its comma: what follows is the story's ("10 months after the last event which blocked
 * lines …, 3 underwater cables were severed"). A time, a day or a date there dates that other event itself, and is
 * compared by its own predicate as any date is ("before retiring as executive assistant director in 2014").
 */
function spanApart(site: Site): string | undefined {
  const { ctx, lex, q } = site;
  if (q.kind === 'date' || q.kind === 'day' || q.kind === 'time') return undefined;
  const apart = wordSets(lex).spanApart;
  apart.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  const before = ctx.text.slice(site.clause.start, q.start);
  for (let m = apart.exec(before); m !== null; m = apart.exec(before)) if (!SPAN_AS_TIME.test(before.slice(0, m.index))) last = m;
  if (!last) return undefined;
  if (OPENS_CLAUSE.test(before.slice(0, last.index)) && before.slice(last.index).includes(',')) return undefined;
  return `${last[1].toLowerCase()} ${last[2].toLowerCase()}`;
}

/** A value that names its noun's kind ("three-year", "$5 million-a-year"): the phrase it stands in counts one thing. */
const COMPOUND_VALUE = /-[a-z]{3,}$/i;

/** Whether a value's text names its noun's kind, joined to it by a hyphen ("three-year", "a five-vote majority"). */
export function namesItsKind(valueText: string): boolean {
  return COMPOUND_VALUE.test(valueText);
}

/**
 * "That brought him another three-year sentence", "an earlier 15-year term": a value that names the kind of its noun
 * after a determiner of another thing of that kind is about that other thing, not the story's: it is compared with
 * nothing (a background scope dated by no number). "another 20 people were hurt" adds to a count and is not changed.
 */
function anotherOf(site: Site): string | undefined {
  const { ctx, lex, q } = site;
  if (!namesItsKind(q.text)) return undefined;
  return wordSets(lex).anotherBefore.exec(ctx.text.slice(Math.max(site.clause.start, q.start - 20), q.start).toLowerCase())?.[1];
}

/** The incident of a value that dates its own act: the act's noun when it names one, never the clause's. */
function ownIncident(said: Said, lex: Lexicon): string | undefined {
  return said.trigger ? lex.incidentEvent.get(said.trigger) : undefined;
}

/**
 * How long before an article's date an event is another event: a follow-up weeks later still tells the story ("the
 * Nov. 30 escape" in a January article), an event a season or more before does not.
 */
const EARLIER_DAYS = 90;

/** How far after a value, in characters, a date still dates it. */
const DATED_AFTER = 40;

/** "In 2004", "the 2004 tsunami", "since 1998": a year written as the time of something. */
const YEAR_IN_FORM = /\b(?:in|since|of|by|until|during|from|the|early|late|mid-?)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b/i;

/** An interval of days as the coarsest label that holds it: "2004", "2012-04", "2012-04-11". */
function dayLabel(low: number, high: number): string {
  const [a, b] = [new Date(low * 86400000), new Date(high * 86400000)];
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  if (low === high) return iso(a);
  if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) return iso(a).slice(0, 7);
  if (a.getUTCFullYear() === b.getUTCFullYear()) return String(a.getUTCFullYear());
  return `${iso(a)}/${iso(b)}`;
}

/** The incident word nearest a value in its clause ("bombing" → attack), preferring words before the value. */
function incidentNear(clause: Range, clauseText: string, quantity: Quantity, lex: Lexicon): { event?: string; trigger?: string; at?: number } {
  let event: string | undefined;
  let trigger: string | undefined;
  let where: number | undefined;
  let best = Infinity;
  INCIDENT ??= new RegExp(`\\b(?:${[...lex.incidentEvent.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/[-]/g, '\\-')).join('|')})\\b`, 'g');
  INCIDENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INCIDENT.exec(clauseText)) !== null) {
    const at = clause.start + m.index;
    // "The bombing … on Tuesday killed seven": the value modifies what comes before it; words after it count only
    // when nothing before it names an incident.
    const d = at >= quantity.end ? 1e6 + at - quantity.end : Math.max(0, quantity.start - (at + m[0].length));
    if (d < best) [best, event, trigger, where] = [d, lex.incidentEvent.get(m[0]), m[0], at];
  }
  return { event, trigger, at: where };
}

/** Who the clause says the value comes from: "according to X", "X said", "police said". */
function attributionOf(site: Site): { attribution?: string; attributedTo?: number } {
  const { ctx, lex, q } = site;
  const sentenceText = ctx.text.slice(site.sentence.start, site.sentence.end);
  const according = /according to ((?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*)/.exec(sentenceText);
  if (according) {
    const at = site.sentence.start + according.index + according[0].length - according[1].length;
    const mention = ctx.mentions.findIndex((m) => m.start >= at && m.start <= at + 4);
    return { attribution: `according to ${according[1]}`, ...(mention >= 0 ? { attributedTo: mention } : {}) };
  }
  for (let i = 0; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.sentence !== q.sentence || m.start < site.clause.start || m.end > site.clause.end) continue;
    if (isAttributionSource(ctx, m, lex)) return { attribution: m.text, attributedTo: i };
  }
  // "police said", "officials say": a noun as the subject of a speech verb.
  const noun = /\b((?:the\s+)?[a-z]+)\s+(?:said|says|say|stated|reported|confirmed|added|told)\b/.exec(ctx.text.slice(site.clause.start, site.clause.end));
  if (noun && !lex.determiners.has(noun[1]) && !lex.subjectPronouns.has(noun[1])) return { attribution: noun[1] };
  return {};
}

export function isAttributionSource(ctx: { text: string; sentenceTokens: Token[][] }, m: Mention, lex: Lexicon): boolean {
  const tokens = ctx.sentenceTokens[m.sentence] ?? [];
  const i = tokens.findIndex((t) => t.end >= m.end);
  if (i < 0) return false;
  const own = tokens[i];
  // "Zelenskiy's office said": the possessor of an attribution noun.
  if (own.possessive && tokens[i + 1] && lex.attributionNouns.has(tokens[i + 1].lower)) return true;
  const before = ctx.text.slice(Math.max(0, m.start - 20), m.start).toLowerCase();
  if (/according to (?:the )?$/.test(before)) return true;
  // "Peskov added", "Trump told reporters", "Peskov, confirmed that", "Mitch McConnell (R-Ky.) announced".
  for (let k = afterBracket(tokens, i + 1), seen = 0; k < tokens.length && seen < 3; k++) {
    const t = tokens[k];
    if (t.text === ',') continue;
    if (lex.speechVerbs.has(t.lower)) return true;
    if (!lex.attributionAdverbs.has(t.lower)) return false;
    seen++;
  }
  return false;
}

/** How many tokens a bracket right after a name may hold: a party and a state, "(R-Ky.)", "(D)". */
const NAME_BRACKET = 6;

/**
 * The token after a short bracket that opens at `k` ("Paul LePage (R) said": the party and state a name carries), or
 * `k` when none does: what the name does comes after it.
 */
function afterBracket(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k;
  for (let j = k + 1; j < tokens.length && j <= k + NAME_BRACKET; j++) if (tokens[j].text === ')') return j + 1;
  return k;
}

function certaintyOf(clause: string, quantity: Quantity, lex: Lexicon): Certainty {
  const words = clause.toLowerCase().split(/[^a-z]+/);
  if (words.some((w) => lex.probableWords.has(w))) return 'probable';
  if (quantity.hedge) return 'hedged';
  return 'certain';
}

/** A sentence's content words as their token indexes, ascending, and their stems. */
interface ContentWords {
  at: number[];
  stems: string[];
}

/** Words of three letters or more that are neither stopwords nor determiners, stemmed: the same for every value of a sentence. */
function contentWordsOf(tokens: Token[], lex: Lexicon): ContentWords {
  const { stopwords } = wordSets(lex);
  const words: ContentWords = { at: [], stems: [] };
  tokens.forEach((t, k) => {
    if (t.kind !== 'word' || t.lower.length < 3 || stopwords.has(t.lower) || lex.determiners.has(t.lower)) return;
    words.at.push(k);
    words.stems.push(stem(t.lower, lex));
  });
  return words;
}

/**
 * Content words of the sentence, nearest the value first, as lemmas: what the corpus compares statements by. A word
 * before the value comes first at equal distance (the words are ranked by distance, then by their order in the text).
 */
function contextOf(site: Site): string[] {
  const { at, stems } = site.contentWords();
  // The words before the value and those after it, each walked outward from the value and merged by distance.
  let after = 0;
  while (after < at.length && at[after] < site.first) after++;
  let before = after - 1;
  while (after < at.length && at[after] <= site.last) after++;
  const out = new Set<string>();
  while (before >= 0 || after < at.length) {
    const dBefore = before >= 0 ? site.first - at[before] : Infinity;
    const dAfter = after < at.length ? at[after] - site.last : Infinity;
    out.add(dBefore <= dAfter ? stems[before--] : stems[after++]);
  }
  return [...out];
}

// ---- words: nouns, verbs, lemmas ------------------------------------------------------------------------------

interface WordSets {
  stopwords: Set<string>;
  auxiliaries: Set<string>;
  /** "two of the bombs", "some of those", as statement.partitive words them. */
  partitive: RegExp;
  /** A word that makes the sum after it a price ("would cost about", "the price tag at"), as money.costWords lists them. */
  costBefore: RegExp;
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
}

/** The lexicon's statement words as sets and patterns, made once per lexicon rather than once per value. */
const wordSetsOf = new WeakMap<Lexicon, WordSets>();

function wordSets(lex: Lexicon): WordSets {
  let sets = wordSetsOf.get(lex);
  if (!sets) {
    const words = lex.values.statement;
    sets = {
      stopwords: new Set(words.stopwords),
      auxiliaries: new Set(words.auxiliaries),
      // "15 of the 19 Sept. 11 hijackers": an abbreviation before a number is part of a date, not the noun.
      partitive: new RegExp(`^\\s+(?:${words.partitive.join('|')})\\s+(?:\\S+\\s+){0,3}?([a-z]{3,})\\b(?!\\.\\s+\\d)`, 'i'),
      costBefore: new RegExp(`\\b(?:${lex.values.money.costWords.join('|')})\\s+(?:(?:at|of)\\s+)?(?:an?\\s+)?(?:estimated\\s+)?$`),
      variantNamed: new RegExp(`\\b(?:${lex.values.money.variantNouns.join('|')})\\b`, 'i'),
      cumulative: new RegExp(`\\b(?:${lex.cumulativeMarkers.join('|')})\\b`),
      discoveredBefore: new RegExp(`\\b(${words.discovery.join('|')})\\s+(${[...lex.incidentEvent.keys()].join('|')})\\b`, 'g'),
      spanApart: new RegExp(`\\b(${words.apartSpans.join('|')})\\s+(after|before)\\b`, 'gi'),
      anotherBefore: new RegExp(`\\b(${words.another.join('|')})\\s+$`),
      history: new RegExp(`\\b(?:${words.history.join('|')})\\b`, 'g'),
      objectFor: new RegExp(`\\b(?:${words.heldObject.determiners.join('|')})\\s+(?:[a-z-]+\\s+){0,2}?([a-z]{3,})\\s+(?:(?:${words.heldObject.states.join('|')})\\s+)?for\\s+$`),
    };
    wordSetsOf.set(lex, sets);
  }
  return sets;
}

/** An incident word, then up to eight words to the end of the text: a day right after it dates the incident. */
const triggersBefore = new Map<string, RegExp>();

function triggerBefore(trigger: string): RegExp {
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
  const base = /[^aeiou]ies$/.test(w) ? w.slice(0, -3) + 'y' : /(?:ss|x|ch|sh|zz)es$/.test(w) ? w.slice(0, -2) : /[^su]s$/.test(w) && w.length > 3 ? w.slice(0, -1) : w;
  return lex.spellingVariants.get(base) ?? base;
}

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

const NOUN = /^NN/;
const VERB = /^VB/;

/** The head noun after the value: the last noun of the noun phrase that starts right after it ("a 40-metre drop" → drop). */
function nounAfter(site: Site): string | undefined {
  const { tokens, lex } = site;
  const tags = site.tags();
  let head: string | undefined;
  for (let k = site.last + 1; k < tokens.length && k <= site.last + 4; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') break;
    if (NOUN.test(tags[k]) || (tags[k] === '' && /^[a-z]{3,}$/.test(t.lower))) head = t.lower;
    else if (/^(?:JJ|VBN|VBG)/.test(tags[k]) && head === undefined) continue;
    else break;
    if (t.possessive) break;
  }
  return head ? lemma(head, lex) : undefined;
}

/** The noun the value is "of" or "at", or the subject noun before it: "a toll of 24", "the wall, 12 metres high". */
function nounBefore(site: Site): string | undefined {
  const { tokens, lex } = site;
  const tags = site.tags();
  for (let k = site.first - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== ',') return undefined;
    if (t.kind === 'word' && NOUN.test(tags[k]) && !t.cap) return lemma(t.lower, lex);
  }
  return undefined;
}

/** The head of a noun phrase as written: "the generally recognized border between …" → border. */
function headOfPhrase(phrase: string, lex: Lexicon): string | undefined {
  const words = (phrase.match(/[A-Za-z]+|[^\sA-Za-z]/g) ?? []).slice(0, 5);
  while (words.length > 0 && lex.determiners.has(words[0].toLowerCase())) words.shift();
  // "west of Cobb": a place named without a mention of it is still the place (lower case, as subjects are).
  const name = /^([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)/.exec(phrase.replace(/^(?:the\s+)/i, ''))?.[1];
  if (name && !lex.determiners.has(name.toLowerCase())) return name.toLowerCase();
  const usable = (w: string) => /^[a-z]{3,}$/.test(w) && !lex.determiners.has(w) && !/^(?:of|with|and|in|on|at|to|between|from|near|which|that|who)$/.test(w);
  const end = words.findIndex((w) => !usable(w));
  const head = (end < 0 ? words : words.slice(0, end)).pop();
  return head ? lemma(head, lex) : undefined;
}

/** The verb that governs the value: the nearest verb of its clause that is not an auxiliary, preferring the one before. */
function governingVerb(site: Site): string | undefined {
  const k = governingVerbIndex(site);
  return k === undefined ? undefined : stem(site.tokens[k].lower, site.lex);
}

function inflected(site: Site): string | undefined {
  const k = governingVerbIndex(site);
  return k === undefined ? undefined : site.tokens[k].lower;
}

function governingVerbIndex(site: Site, actOnly = false): number | undefined {
  const { tokens, lex, clause } = site;
  const tags = site.tags();
  const { auxiliaries } = wordSets(lex);
  let best: number | undefined;
  let bestDistance = Infinity;
  // "said in a release Wednesday that he had heard": a verb past "that" after the value is its complement's, not its own.
  let complement = tokens.length;
  for (let k = site.last + 1; k < tokens.length && tokens[k].end <= clause.end; k++) {
    if (tokens[k].lower === 'that') {
      complement = k;
      break;
    }
  }
  // "had been fired in 2005, police said": a verb of speaking past a comma after the value attributes the clause; the
  // clause's own verb governs the value.
  let comma = tokens.length;
  for (let k = site.last + 1; k < tokens.length && tokens[k].end <= clause.end; k++) {
    if (tokens[k].text === ',') {
      comma = k;
      break;
    }
  }
  tokens.forEach((t, k) => {
    if (t.start < clause.start || t.end > clause.end || (k >= site.first && k <= site.last) || k > complement) return;
    if (t.kind !== 'word' || !VERB.test(tags[k]) || auxiliaries.has(t.lower)) return;
    if (k > comma && best !== undefined && best < site.first && (lex.speechVerbs.has(t.lower) || lex.speechVerbs.has(stem(t.lower, lex)))) return;
    // "accused them on Tuesday of tolerating bigotry", "opened the door Tuesday to making an early exit": a gerund after
    // a preposition (an infinitive's "to" takes no gerund) is that preposition's object, not what the day dates. (Asked
    // only for days: for counts and lengths it moved two measured findings the wrong way.)
    if (actOnly && tags[k] === 'VBG' && k > 0 && (tags[k - 1] === 'IN' || tokens[k - 1].lower === 'to')) return;
    // The tagger takes a noun after "US" or "we" for a present-tense verb more often than it misses a finite verb.
    const d = (k < site.first ? site.first - k : k - site.last + 0.5) + (/^VBP?$/.test(tags[k]) ? 6 : 0);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  });
  return best;
}

/** Words after which a verb joined by "and" belongs to another clause than the value's. */
const OTHER_CLAUSE = /^(?:that|who|whom|which|where|when|while|but|because|although|though|if|until|since|after|before)$/;
/** Finite verb tags: a verb joined to the predicate must have its tense to share its subject and time. */
const FINITE = /^VB[DZP]$/;

/**
 * Verbs joined by "and" to the verb `k` that governs a day, after the value and in its sentence ("accused activists on
 * Tuesday of tolerating bigotry and approved a resolution"): one subject did both, on that day. Only a verb of the same
 * tense, and none past a word that opens another clause, a semicolon or another value of the sentence (which gives
 * that verb its own time: "arrested on Tuesday and charged on Wednesday"). Verbs of speaking are left out.
 */
function coordinatedPredicates(site: Site, k: number): string[] | undefined {
  const { tokens, lex, ctx, q } = site;
  const tags = site.tags();
  if (!FINITE.test(tags[k])) return undefined;
  const { auxiliaries } = wordSets(lex);
  const nextValue = ctx.quantities.find((o) => o.sentence === q.sentence && o.start >= q.end)?.start ?? Infinity;
  const out: string[] = [];
  for (let i = Math.max(k, site.last) + 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.start >= nextValue || t.text === ';' || OTHER_CLAUSE.test(t.lower)) break;
    if (t.lower !== 'and' || tags[i + 1] !== tags[k]) continue;
    const verb = tokens[i + 1].lower;
    const lemma = stem(verb, lex);
    if (!auxiliaries.has(verb) && !lex.speechVerbs.has(verb) && !lex.speechVerbs.has(lemma)) out.push(lemma);
  }
  return out.length > 0 ? out : undefined;
}

/** The nearest mention of the given types in the clause, before (or after) the value, within `reach` characters. */
function nearestMention(site: Site, types: string[], side: 'before' | 'after', reach = 120): number | undefined {
  const { ctx, q, clause, lex } = site;
  let best: number | undefined;
  ctx.mentions.forEach((m, i) => {
    if (m.sentence !== q.sentence || !types.includes(m.type) || m.kind === 'handle') return;
    if (isAttributionSource(ctx, m, lex)) return;
    const inside = side === 'before' ? m.end <= q.start && m.start >= Math.max(clause.start, q.start - reach) : m.start >= q.end && m.end <= Math.min(clause.end, q.end + reach);
    if (!inside) return;
    if (best === undefined || (side === 'before' ? m.start > ctx.mentions[best].start : m.start < ctx.mentions[best].start)) best = i;
  });
  return best;
}

/** The speaker of "X said Tuesday" / "Tuesday, X said": the named subject of the speech verb in the clause. */
function speakerOf(site: Site): number | undefined {
  const { ctx, lex, clause, q } = site;
  let found: number | undefined;
  // "“Trump says he wants …,” Mr. Bloomberg said on Saturday": a name the speaker quotes is not who spoke.
  const quoted = (m: Mention) => ctx.quotations.some((t) => m.start >= t.start && m.end <= t.end);
  ctx.mentions.forEach((m, i) => {
    if (m.sentence !== q.sentence || m.start < clause.start || m.end > clause.end || m.kind === 'handle' || quoted(m)) return;
    if (found === undefined && isAttributionSource(ctx, m, lex)) found = i;
  });
  return found !== undefined ? (appositiveHolder(ctx, found) ?? found) : nearestMention(site, ['person', 'organization'], 'before');
}

/** An appositive between a name and the next: ", the embattled Republican governor of " (no comma, no verb of its own). */
const APPOSITIVE_TO = /^,\s+(?:the|a|an)\s[^,;()]*$/i;

/**
 * "Paul R. LePage, the embattled Republican governor of Maine, declared": a name that ends an appositive describing
 * the person named before it is not who spoke; that person is. Returns the person, or undefined.
 */
function appositiveHolder(ctx: StatementContext, at: number): number | undefined {
  const m = ctx.mentions[at];
  for (let i = at - 1; i >= 0; i--) {
    const p = ctx.mentions[i];
    if (p.sentence !== m.sentence) return undefined;
    if (p.type === 'person' && APPOSITIVE_TO.test(ctx.text.slice(p.end, m.start))) return i;
  }
  return undefined;
}

/** Places named within 40 characters of a value, in its clause (names of unknown type are mostly places). */
function placesNear(site: Site): number[] {
  const { ctx, clause, q } = site;
  const out: number[] = [];
  ctx.mentions.forEach((m, i) => {
    const near = m.start >= Math.max(clause.start, q.start - 40) && m.end <= Math.min(clause.end, q.end + 40);
    if ((m.type === 'place' || (m.type === 'other' && m.kind === 'name')) && near && !describesANoun(site, m) && !opensADateline(site, m)) out.push(i);
  });
  return out;
}

/**
 * "BOSTON — Gov. Deval Patrick on Wednesday appointed…", "WASHINGTON (Reuters) - …": the place a paragraph opens with,
 * before a dash, is where the report was filed, not where the act happened; two outlets filing from two cities report
 * one appointment.
 */
function opensADateline(site: Site, m: { start: number; end: number }): boolean {
  const paragraph = site.ctx.paragraphs[site.sentence.paragraph];
  const text = site.ctx.text;
  if (text.slice(paragraph.start, m.start).trim() !== '') return false;
  return DATELINE_TAIL.test(text.slice(m.end, Math.min(paragraph.end, m.end + DATELINE_TAIL_REACH)));
}

/** What may follow a dateline's place before its dash: more of the place, a day, an agency in brackets. */
const DATELINE_TAIL = /^(?:,\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)*(?:,?\s[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?)?(?:\s?\([^()\n]{1,30}\))?\s?(?:—|–|--|-|:)\s/;
const DATELINE_TAIL_REACH = 80;

/**
 * "William Cowan, a Boston lawyer": a place between an indefinite article and a common noun says what someone or
 * something is, not where the act happened ("appointed on Saturday" in Boston against "on Wednesday" elsewhere).
 */
function describesANoun(site: Site, m: { start: number; end: number }): boolean {
  const tokens = site.tokens;
  const first = tokens.findIndex((t) => t.start >= m.start);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end <= m.end) last++;
  const after = tokens[last + 1];
  // "Massachusetts Gov. Deval Patrick", "Nebraska Attorney General Jon Bruning": a place before a title is the office's.
  if (after && !tokens[last].possessive && site.lex.titles.has(after.lower)) return true;
  if (first < 1) return false;
  const before = tokens[first - 1].lower;
  if (!after || after.cap || tokens[last].possessive || (before !== 'a' && before !== 'an')) return false;
  return /^NNS?$/.test(site.tags()[last + 1]);
}

function placesIn(ctx: StatementContext, clause: Range): number[] {
  const out: number[] = [];
  ctx.mentions.forEach((m, i) => {
    if ((m.type === 'place' || (m.type === 'other' && m.kind === 'name')) && m.start >= clause.start && m.end <= clause.end) out.push(i);
  });
  return out;
}

// ---- events with participants (durations of calls, meetings) ----------------------------------------------------

/** "the first in", "the first such meeting in more than": a span since the last of a kind, before the value. */
const FIRST_IN = /\bfirst(?:\s+[a-z-]+){0,3}\s+in\s+(?:(?:more than|nearly|almost|over|about|at least)\s+)?$/i;

const LEADING_TEMPORAL = /^\s*(?:after|following|before|since|prior to|ahead of|hours after|days after)\b[^,]*,/i;
const TRAILING_TEMPORAL = /\b(?:after|following|before|since|prior to|ahead of)\b/gi;

/** The part of the clause that speaks of the quantity's event, without time phrases about another. */
function scopeAround(text: string, clause: Range, qStart: number, qEnd: number): Range {
  let { start, end } = clause;
  const leading = LEADING_TEMPORAL.exec(text.slice(start, end));
  if (leading) {
    const comma = start + leading[0].length;
    if (qStart < comma) return { start, end: comma };
    start = comma;
  }
  const slice = text.slice(start, end);
  TRAILING_TEMPORAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRAILING_TEMPORAL.exec(slice)) !== null) {
    const at = start + m.index;
    if (at === start) continue;
    if (at >= qEnd) {
      end = at;
      break;
    }
    start = at;
  }
  return { start, end };
}

function findTrigger(site: Site, scope: Range): { token: Token; event: string } | undefined {
  const { tokens, lex, q, clause } = site;
  const distance = (t: Token) => (t.start >= q.end ? t.start - q.end : q.start - t.end);
  const candidates = (range: Range) =>
    tokens.filter((t, k) => t.start >= range.start && t.end <= range.end && lex.eventTrigger.has(t.lower) && !callsFor(site, k)).sort((a, b) => distance(a) - distance(b));
  const best = candidates(scope)[0] ?? candidates(clause)[0];
  return best ? { token: best, event: lex.eventTrigger.get(best.lower)! } : undefined;
}

/** "his calls to end the rigged economy", "a call for calm": a demand, not a conversation ("his call to Putin"). */
function callsFor(site: Site, k: number): boolean {
  const { tokens } = site;
  if (!/^calls?$/.test(tokens[k].lower) || k + 1 >= tokens.length) return false;
  const next = tokens[k + 1].lower;
  return next === 'for' || (next === 'to' && k + 2 < tokens.length && site.tags()[k + 2] === 'VB');
}

function previousWordOf(tokens: Token[], target: Token, lex: Lexicon): string | undefined {
  const index = tokens.indexOf(target);
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return undefined;
    if (lex.eventModifiers.has(t.lower)) continue;
    return t.lower;
  }
  return undefined;
}

/** Person mentions in the range that take part in events, not the sources that report them. */
function participantsIn(ctx: StatementContext, start: number, end: number, lex: Lexicon): number[] {
  const out: number[] = [];
  const inQuotation = (offset: number) => ctx.quotations.some((q) => offset >= q.start && offset < q.end);
  ctx.mentions.forEach((m, index) => {
    // A single name may be a person the corpus knows although the tagger typed it otherwise ("Trump" read as an
    // organisation in a text that never gives his first name); the corpus keeps only person entities.
    // The range first: the lexicon lookups below are for the few mentions inside it.
    if (m.start < start || m.end > end) return;
    const single = m.kind === 'name' && !m.text.includes(' ');
    const known = lex.places.has(m.text.toLowerCase()) || lex.organizations.has(m.text.toLowerCase()) || lex.curatedTypes.has(m.text.toLowerCase());
    const maybePerson = m.type === 'person' || (single && (m.type === 'other' || !known));
    if (!maybePerson || inQuotation(m.start)) return;
    if (isAttributionSource(ctx, m, lex)) return;
    out.push(index);
  });
  return out;
}

/** Participants of the event "the conversation" refers to: the previous clause, then up to two sentences back. */
function antecedentParticipants(site: Site, lex: Lexicon): number[] {
  const { ctx, sentence, clause } = site;
  if (clause.start > sentence.start) {
    const scope = scopeMain(ctx.text, { start: sentence.start, end: clause.start });
    const found = participantsIn(ctx, scope.start, scope.end, lex);
    if (found.length > 0) return found;
  }
  for (let s = site.q.sentence - 1; s >= Math.max(0, site.q.sentence - 2); s--) {
    const prev = ctx.sentences[s];
    if (prev.furniture || (prev.paragraph !== sentence.paragraph && ctx.paragraphs[prev.paragraph].kind !== 'body')) continue;
    const scope = scopeMain(ctx.text, prev);
    const found = participantsIn(ctx, scope.start, scope.end, lex);
    if (found.length > 0) return found;
  }
  return [];
}

/** A clause without its time phrases about other events. */
function scopeMain(text: string, range: Range): Range {
  let { start, end } = range;
  const leading = LEADING_TEMPORAL.exec(text.slice(start, end));
  if (leading) start += leading[0].length;
  const slice = text.slice(start, end);
  TRAILING_TEMPORAL.lastIndex = 0;
  const m = TRAILING_TEMPORAL.exec(slice);
  if (m && m.index > 0) end = start + m.index;
  return { start, end };
}
