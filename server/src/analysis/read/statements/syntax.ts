// Where a value stands in its sentence: the verb that governs it, the nouns before and after it, the names near it
// (the nearest mention, the speaker of a day, the places of a clause), and whether a name is only who says it.
import type { Lexicon } from '../../data/lexicon';
import type { Mention } from '../../types';
import { NamesBySentence } from '../pronouns';
import type { Token } from '../tokens';
import { runStart } from '../../text/lastWord';
import { lemma, NOUN, type Range, type Said, type Site, type StatementContext, stem, VERB, wordSets } from './site';

/**
 * The last word of `text` (lower case) before the non-word characters that end it, hyphens and all ("so-called -"
 * → "so-called", "well- " → "well-"): what /([a-z-]+)\W*$/ finds, scanned back from the end instead (that expression
 * tried every start and, '-' being in both runs, every split of the hyphens: it did not finish on a long word). With
 * no letter before the end (a number, or nothing), the expression takes the first run of hyphens after it.
 */
export function wordBeforeEnd(text: string): string | undefined {
  const gap = runStart(text, text.length, /\W/);
  const start = gap > 0 && /[a-z]/.test(text[gap - 1]) ? runStart(text, gap, /[a-z-]/) : text.indexOf('-', gap);
  if (start < 0) return undefined;
  let end = Math.max(start, gap);
  while (text[end] === '-') end++;
  return text.slice(start, end);
}

/** Words that may stand between a verb's subject and the verb: "X, who had lived", "she has since moved". */
const BEFORE_VERB = /^(?:\s*,\s*who|\s+who|\s*,)?(?:\s+(?:had|has|have|was|is|were|been|also|once|still|now|then|since|recently|later|just))*\s+$/i;

/** An apposition right after a name: "X, 61,", "X, the former mayor of Dunmore,", "X (45)". */
const APPOSITION = /^\s*(?:,[^,;:!?"“”()]{1,90},|\([^()]{1,40}\))/;

/** What follows a name once an apposition after it is passed: " was sentenced" for "X, 61, was sentenced". */
export function pastApposition(after: string): string {
  const m = APPOSITION.exec(after);
  return m ? after.slice(m[0].length) : after;
}

/**
 * The person a verb is said of: named right before it ("Keane, who lived", "Keane had moved", "Keane was sentenced"),
 * or the one its "he" or "she" ("she’d", "he's") stands for, named in that sentence or the one before.
 */
export function subjectOfVerb(site: Site, verb: Token): number | undefined {
  const { q, ctx } = site;
  const named = ctx.mentions.findIndex((m) => m.sentence === q.sentence && m.type === 'person' && m.end <= verb.start && BEFORE_VERB.test(pastApposition(ctx.text.slice(m.end, verb.start))));
  if (named >= 0) return named;
  const pronoun = PRONOUN_BEFORE_VERB.exec(ctx.text.slice(site.sentence.start, verb.start));
  if (!pronoun) return undefined;
  const names = namesOf(ctx);
  return names.antecedents(q.sentence, site.sentence.start + pronoun.index).find((i) => ctx.mentions[i].type === 'person' && ctx.mentions[i].sentence >= q.sentence - 1);
}

const PRONOUN_BEFORE_VERB = /\b(?:he|she)(?:['’][ds])?(?:\s+(?:had|has|have|was|is|were|been|also|once|still|now|then|since|recently|later|just))*\s+$/i;

let namesBySentence: WeakMap<StatementContext, NamesBySentence> | undefined;

/** Who each sentence names, for the pronouns' antecedents: made once per document, when a reader first asks. */
export function namesOf(ctx: StatementContext): NamesBySentence {
  namesBySentence ??= new WeakMap();
  let names = namesBySentence.get(ctx);
  if (!names) namesBySentence.set(ctx, (names = new NamesBySentence(ctx)));
  return names;
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

/** The head noun after the value: the last noun of the noun phrase that starts right after it ("a 40-metre drop" → drop). */
export function nounAfter(site: Site): string | undefined {
  // "a €5 million (R26 million) booty", "a 20-kilometre (12-mile) stretch": a value's conversion or gloss in brackets
  // stands between it and its noun.
  const from = afterBrackets(site.tokens, site.last + 1);
  return nounFrom(site, from) ?? headTakenForAdjective(site, from);
}

/**
 * "pay a $250,000 fine.": after an article and the value, the phrase needs a head noun; a lone word the tagger read as
 * an adjective, with the phrase ending after it, is that noun.
 */
function headTakenForAdjective(site: Site, from: number): string | undefined {
  const { tokens, lex } = site;
  const tags = site.tags();
  const t = tokens[from];
  if (!t || t.kind !== 'word' || tags[from] !== 'JJ' || !ARTICLE.test(tokens[site.first - 1]?.lower ?? '')) return undefined;
  const next = tokens[from + 1];
  return !next || next.kind !== 'word' || /^(?:IN|CC|TO|VB)/.test(tags[from + 1]) ? lemma(t.lower, lex) : undefined;
}

/**
 * Tags of the words that narrow a noun before it: adjectives and participles, and a comparative however the tagger
 * reads it ("five earlier legal opinions": RBR after "five", JJR after "four").
 */
export const PRENOMINAL = /^(?:JJ|VBN|VBG|RBR)/;

/** Words after "of" that name a set, not what a value is of: "three of them", "two of whom". */
const OF_SET = /^(?:them|us|you|those|these|which|whom)$/;

/**
 * The common noun right after the value and "of", past its adjectives: "three counts of first-degree murder" → murder,
 * "11 hours of deliberations" → deliberation. Not a name ("five members of Congress"), nor a set ("of the", "of them").
 */
export function ofNounAfter(site: Site): string | undefined {
  const { tokens, lex } = site;
  const k = site.last + 1;
  const next = tokens[k + 1];
  if (tokens[k]?.lower !== 'of' || !next || next.kind !== 'word' || next.cap) return undefined;
  if (lex.determiners.has(next.lower) || OF_SET.test(next.lower)) return undefined;
  return nounFrom(site, k + 1);
}

/** The head noun of the noun phrase that starts at token `from` (adjectives and participles before it, up to four words), as a lemma. */
export function nounFrom(site: Site, from: number): string | undefined {
  const { tokens, lex } = site;
  const tags = site.tags();
  let head: string | undefined;
  for (let k = from; k < tokens.length && k <= from + 3; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') break;
    if (NOUN.test(tags[k]) || (tags[k] === '' && /^[a-z]{3,}$/.test(t.lower))) head = t.lower;
    else if (PRENOMINAL.test(tags[k]) && head === undefined) continue;
    else break;
    if (t.possessive) break;
  }
  return head ? lemma(head, lex) : undefined;
}

/** The longest bracketed aside, in tokens. */
const ASIDE_TOKENS = 8;
/** The token after a bracketed aside that opens at token `at`, or `at` when none opens there. */
function afterBrackets(tokens: Site['tokens'], at: number): number {
  if (tokens[at]?.text !== '(') return at;
  for (let k = at + 1; k < tokens.length && k <= at + ASIDE_TOKENS; k++) if (tokens[k].text === ')') return k + 1;
  return at;
}

/** The noun the value is "of" or "at", or the subject noun before it: "a toll of 24", "the wall, 12 metres high". */
export function nounBefore(site: Site): string | undefined {
  const { tokens, lex } = site;
  const tags = site.tags();
  for (let k = site.first - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== ',') return undefined;
    // "none of the $8.6 billion": a part of the value, not what it is of.
    if (lex.partitives.has(t.lower) && tokens[k + 1]?.lower === 'of') return undefined;
    // "The farm lies roughly 35 miles north": a verb of position the tagger reads as a plural noun after a noun.
    if (POSITION_VERB.test(t.lower) && k > 0 && NOUN.test(tags[k - 1])) continue;
    // "at a depth of 40 metres about 5 km off Delvaro": another value's unit is what that value counts, not this one's subject.
    if (inValueBefore(site, t)) return undefined;
    if (t.kind === 'word' && NOUN.test(tags[k]) && !t.cap) return lemma(t.lower, lex);
  }
  return undefined;
}

/** Whether a token before the value lies in another value of its sentence (the values are in text order). */
function inValueBefore(site: Site, t: Token): boolean {
  const { quantities } = site.ctx;
  for (let i = site.index - 1; i >= 0 && quantities[i].sentence === site.q.sentence; i--) if (quantities[i].start <= t.start && t.end <= quantities[i].end) return true;
  return false;
}

/** A dateline before its dash at the start of a lede ("DENVER (Wire) — "), which names no one. */
export const DATELINE_DASH = /^[^\n]{0,80}?\s(?:—|–|--)\s/;

/**
 * A dateline proper: a place in capitals, a region, an agency in brackets, then a dash ("CORK, Ireland (Reuters) - ",
 * "WASHINGTON — "). `opensADateline` below tells a dateline by the place mention it opens with, in any case, to drop
 * that place from a day's places; this one finds the whole of it, agency included, from its text alone.
 */
const DATELINE = /^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})?(?:,?\s[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?)?\s*(?:\([^()\n]{1,40}\))?\s(?:—|–|--|-)\s/;

/** Verbs of where something is ("lies", "sits", "stands"), which a tagger may read as plural nouns. */
const POSITION_VERB = /^(?:lies|sits|stands|rests|lay|sat|stood)$/;

/** The head of a noun phrase as written: "the generally recognized border between …" → border. */
export function headOfPhrase(phrase: string, lex: Lexicon): string | undefined {
  const words = (phrase.match(/[A-Za-z]+|[^\sA-Za-z]/g) ?? []).slice(0, 5);
  while (words.length > 0 && lex.determiners.has(words[0].toLowerCase())) words.shift();
  // "west of Cobb": a place named without a mention of it is still the place (lower case, as subjects are).
  const name = /^([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)/.exec(phrase.replace(/^(?:the\s+)/i, ''))?.[1];
  if (name && !lex.determiners.has(name.toLowerCase())) return name.toLowerCase();
  // "from the runway shortly before 7 p.m.": a word of time ends the phrase; "within 5km of the site were told": an
  // auxiliary opens the clause's verb, past the phrase.
  const { auxiliaries } = wordSets(lex);
  const usable = (w: string) => /^[a-z]{3,}$/.test(w) && !lex.determiners.has(w) && !/^(?:of|with|and|in|on|at|to|between|from|near|which|that|who)$/.test(w) && !TIME_WORD.test(w) && !auxiliaries.has(w);
  const end = words.findIndex((w) => !usable(w));
  const head = (end < 0 ? words : words.slice(0, end)).pop();
  return head ? lemma(head, lex) : undefined;
}

/** Words that open a time phrase after a place ("shortly before", "just after", "during", "around 6:40 p.m."). */
const TIME_WORD = /^(?:before|after|since|until|during|when|while|shortly|just|around|about)$/;

/** The verb that governs the value: the nearest verb of its clause that is not an auxiliary, preferring the one before. */
export function governingVerb(site: Site): string | undefined {
  const k = governingVerbIndex(site);
  return k === undefined ? undefined : actStem(site, k);
}

/**
 * The stem of the act the verb at `k` names: a phrasal verb the lexicon files as one verb's act (values.json
 * `statement.phrasalActs`: "stepped down" → resign, "broke out" → start), else the verb's own stem.
 */
export function actStem(site: Site, k: number): string {
  const { tokens, lex } = site;
  const particle = tokens[k + 1];
  return (particle?.kind === 'word' ? phrasalAct(tokens[k].lower, particle.lower, lex) : undefined) ?? madeAct(site, k) ?? stem(tokens[k].lower, lex);
}

/**
 * "made an emergency landing at 3:45 p.m.": "make" with an article and a noun of the act in -ing, a word between at
 * most, is that act ("landed at 3:45 p.m.").
 */
function madeAct(site: Site, k: number): string | undefined {
  const { tokens, lex } = site;
  if (!/^(?:make|makes|made|making)$/.test(tokens[k].lower) || !/^(?:a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) return undefined;
  const noun = [tokens[k + 2], tokens[k + 3]].find((t) => t?.kind === 'word' && /^[a-z]{3,}ing$/.test(t.text));
  return noun ? stem(noun.lower, lex) : undefined;
}

/** The act's stem of a verb and the particle after it, when the lexicon files the two as one verb's act. */
export function phrasalAct(verb: string, particle: string, lex: Lexicon): string | undefined {
  return phrasalActs(lex).get(`${stem(verb, lex)} ${particle}`);
}

const PHRASAL = new WeakMap<Lexicon, Map<string, string>>();

/** The lexicon's phrasal verbs by their verb's stem and particle, each to its act's stem. */
function phrasalActs(lex: Lexicon): Map<string, string> {
  let acts = PHRASAL.get(lex);
  if (acts) return acts;
  acts = new Map();
  for (const [phrase, verb] of Object.entries(lex.values.statement.phrasalActs as Record<string, string>)) {
    const [head, particle] = phrase.split(' ');
    acts.set(`${stem(head, lex)} ${particle}`, stem(verb, lex));
  }
  PHRASAL.set(lex, acts);
  return acts;
}

export function inflected(site: Site): string | undefined {
  const k = governingVerbIndex(site);
  return k === undefined ? undefined : site.tokens[k].lower;
}

export function governingVerbIndex(site: Site, actOnly = false): number | undefined {
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
  // "broke out at around 5:30 p.m. and took hold of the block": a finite verb past "and" after a clock time is the next
  // act's, when a verb before the time governs it. (A day dates both: "walked into his office on Monday and shot three
  // people".)
  let joined = tokens.length;
  // A date likewise ("moved to New York in 1961 and spent three decades there").
  for (let k = site.last + 1; (site.q.kind === 'time' || site.q.kind === 'date') && k < complement && tokens[k].end <= clause.end; k++) {
    if (tokens[k].lower === 'and' || tokens[k].lower === 'but') {
      joined = k;
      break;
    }
  }
  let subordinate = tokens.length;
  for (let k = site.last + 1; k < tokens.length && tokens[k].end <= clause.end; k++) {
    if (tokens[k].kind === 'word' && SUBORDINATOR.test(tokens[k].lower)) {
      subordinate = k;
      break;
    }
  }
  // "A fishing boat that went missing off Marrowby on Monday has been found": a value in a relative clause whose verb
  // stands before it dates that verb, not the main clause's verb after it.
  const relative = relativeClauseBefore(site, tags);
  const opensClause = opensOwnClause(site, tags, complement);
  const inAside = WHEN_KINDS.has(site.q.kind) && comma < tokens.length && inOpeningPhrase(site);
  const { copulas } = wordSets(lex);
  const copula = tokens.some((t, k) => k < site.first && t.start >= clause.start && copulas.has(t.lower)) || HAS_BEFORE.test(site.ctx.text.slice(clause.start, site.q.start));
  tokens.forEach((t, k) => {
    if (t.start < clause.start || t.end > clause.end || (k >= site.first && k <= site.last) || k > complement) return;
    if (opensClause && k < site.first) return;
    if (t.kind !== 'word' || !VERB.test(tags[k]) || auxiliaries.has(t.lower)) return;
    if (k > joined && best !== undefined && best < site.first && FINITE.test(tags[k])) return;
    // "The chunk was 60 metres high, the rescue service said": a copula before the value is its clause's verb too.
    if (k > comma && ((best !== undefined && best < site.first) || copula) && (lex.speechVerbs.has(t.lower) || lex.speechVerbs.has(stem(t.lower, lex)))) return;
    // "Ann Lee, who moved to Denver in 1962, spent thirty years there", "Born in Denver in 1937, she moved …": a date
    // that closes an aside of "who" or "which", or an opening participle's phrase, dates its verb, not the one after it.
    if (k > comma && best !== undefined && best < site.first && inAside) return;
    // "according to" attributes, as a verb of speaking does; it is no act.
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') return;
    // "were discovered missing during a headcount on Tuesday", "was reported missing on Monday": "missing" after a verb
    // says what the verb found; the verb is the act.
    if (actOnly && t.lower === 'missing' && k > 0 && VERB.test(tags[k - 1]) && !auxiliaries.has(tokens[k - 1].lower)) return;
    // "on Tuesday at Marrowby prison, which holds 900 inmates": a verb right after "which" or "who" past the value tells of
    // the noun before it, not of what the value dates.
    if (actOnly && k > site.last + 1 && /^(?:which|who)$/.test(tokens[k - 1].lower)) return;
    // "Three climbers were said to have been rescued": a passive of saying or believing before "to" hedges the verb
    // after it, which is the act.
    if (/^VB[DN]$/.test(tags[k]) && tokens[k + 1]?.lower === 'to' && auxiliaries.has(tokens[k - 1]?.lower ?? '') && (lex.speechVerbs.has(t.lower) || HEDGING_PASSIVE.test(t.lower))) return;
    // "accused them on Tuesday of tolerating bigotry", "opened the door Tuesday to making an early exit": a gerund after
    // a preposition (an infinitive's "to" takes no gerund) is that preposition's object, not what the day dates. (Asked
    // only for days: for counts and lengths it moved two measured findings the wrong way.)
    // A gerund before a date is the act its phrase dates: "after joining from Santos in 2022". (Not before a clock time
    // or a day: "police were called after hearing an argument at 8.39am" is as likely the call's time.)
    if (actOnly && tags[k] === 'VBG' && (k > site.last || site.q.kind !== 'date') && k > 0 && (tags[k - 1] === 'IN' || tokens[k - 1].lower === 'to')) return;
    // "for a reported $30 million", "the injured man": a participle after an article modifies a noun; it is no act.
    if (/^VB[DN]$/.test(tags[k]) && k > 0 && ARTICLE.test(tokens[k - 1].lower)) return;
    // "two neighbouring buildings were evacuated", "the remaining victims": a gerund between a determiner or a number
    // and a noun modifies that noun.
    if (tags[k] === 'VBG' && k > 0 && /^(?:DT|CD|PRP\$)$/.test(tags[k - 1]) && NOUN.test(tags[k + 1] ?? '')) return;
    // "was sentenced to life on Friday following his conviction", "died Tuesday, leaving three children": a gerund after
    // the day with no auxiliary of its own opens an adjunct; the day dates the verb before it, when there is one. Past a
    // comma, for any value ("a raise of 15% over four years, ending the strike").
    const adjunct = (actOnly || k > comma) && tags[k] === 'VBG' && k > site.last && !auxiliaries.has(tokens[k - 1].lower);
    // "will return to classes on Tuesday after faculty voted": past a word opening a clause of time or cause, a verb
    // is that clause's, when a verb before the value governs it.
    if (k > subordinate && best !== undefined && best < site.first) return;
    if (relative !== undefined && k > site.last && best !== undefined && best > relative && best < site.first) return;
    // The tagger takes a noun after "US" or "we" for a present-tense verb more often than it misses a finite verb.
    // A base form after "to" before the value is an infinitive ("managed to return 17 whales"): the act, not a noun
    // taken for a verb. (After the value, "sold … in 1957, using the money to become", it opens another clause.)
    // Only right after a verb ("expects inflation to fall to 4 per cent" keeps its verb), and not one of wishing,
    // intending or forecasting ("intends to share €1m", "is expected to fall"): that verb says the value is not had yet.
    const infinitive = k < site.first && tags[k] === 'VB' && tokens[k - 1]?.lower === 'to' && /^VB/.test(tags[k - 2] ?? '') && !wordSets(lex).notYetStems.has(stem(tokens[k - 2].lower, lex));
    const d = (k < site.first ? site.first - k : k - site.last + 0.5) + (/^VBP?$/.test(tags[k]) && !infinitive ? 6 : 0) + (adjunct ? 100 : 0);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  });
  return best;
}

const ARTICLE = /^(?:a|an|the)$/;

/** Words that may stand between a noun and the verb giving its level: "turnout has now reached" (percentages, sums). */
export const BEFORE_LEVEL_VERB = /^(?:has|had|have|will|would|now|still|also|already|again)$/;

/** A relative pronoun ("that", "who", "which") right before a verb, in the value's clause before it: where its clause opens. */
function relativeClauseBefore(site: Site, tags: string[]): number | undefined {
  const { tokens, clause } = site;
  const { auxiliaries } = wordSets(site.lex);
  for (let k = site.first - 2; k >= 0 && tokens[k].start >= clause.start; k--) {
    // "An employee who was fired last week shot and killed a woman Monday": a finite verb after the relative clause's
    // own is the main clause's, and the value is past the relative clause.
    if (/^VB[DZP]$/.test(tags[k]) && !auxiliaries.has(tokens[k].lower) && k > 0 && !RELATIVE_PRONOUN.test(tokens[k - 1].lower)) return undefined;
    if (RELATIVE_PRONOUN.test(tokens[k].lower) && VERB.test(tags[k + 1] ?? '') && (k === 0 || /^NNS?$|^NNPS?$/.test(tags[k - 1]))) return k;
  }
  return undefined;
}

/** A relative pronoun that opens a clause of its noun (when.ts, and `relativeClauseBefore`). */
export const RELATIVE_PRONOUN = /^(?:that|who|which)$/;

/**
 * Whether the value stands in a relative clause of its sentence's subject, its main verb after it ("A boat that went
 * missing on Monday has been found"): it dates what the subject did before, not the sentence's news.
 */
export function inSubjectRelativeClause(site: Site): boolean {
  const tags = site.tags();
  if (relativeClauseBefore(site, tags) === undefined) return false;
  const { tokens } = site;
  const { auxiliaries } = wordSets(site.lex);
  for (let k = site.last + 1; k < tokens.length && tokens[k].end <= site.sentence.end; k++) {
    if (tokens[k].kind === 'punct') return false;
    if (auxiliaries.has(tokens[k].lower) || /^VB[DZP]$/.test(tags[k])) return true;
  }
  return false;
}

/** A word opening a clause of time or cause ("as" and "since" are as often prepositions). */
export const SUBORDINATOR = /\b(?:after|before|until|because|although|though|while|once)\b/i;

/** "The embassy has roughly 40 diplomats": "has" right before a value (and its hedge) is what something has, not an auxiliary. */
export const HAS_BEFORE = /\b(?:has|have|had)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$/i;

/**
 * "Sixty-two officers were injured and 126 people were arrested": a value right after "and" or "but" opens a clause
 * of its own when a verb (not an auxiliary) follows it before `end`; the verbs before the conjunction are the other
 * clause's.
 */
function opensOwnClause(site: Site, tags: string[], end: number): boolean {
  const { tokens, clause, lex } = site;
  if (!/^(?:and|but)$/.test(tokens[site.first - 1]?.lower ?? '')) return false;
  const { auxiliaries } = wordSets(lex);
  for (let k = site.last + 1; k < end && tokens[k].end <= clause.end; k++) {
    if (tokens[k].kind === 'word' && VERB.test(tags[k]) && !auxiliaries.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Words after which a verb joined by "and" belongs to another clause than the value's. */
export const OTHER_CLAUSE = /^(?:that|who|whom|which|where|when|while|but|because|although|though|if|until|since|after|before)$/;

/** Finite verb tags: a verb joined to the predicate must have its tense to share its subject and time. */
const FINITE = /^VB[DZP]$/;

/** The kinds of value that date an act. */
const WHEN_KINDS = new Set(['date', 'day', 'time']);

/** A relative clause set off by commas, open at a value: ", which opened in", ", who moved to Denver in". */
export const ASIDE_OPENING = /,\s*(?:which|who|whose)\s[^,;]*$/i;

/** An aside a past participle opens: "The painting, painted in 1903, drew five bidders", "the bridge, built in 1932,". */
export const PARTICIPLE_ASIDE = /,\s*(?:[a-z]+ed|born|built|written|made|drawn|known|begun)\s[^,;]*$/i;

/**
 * Whether the value stands in an aside of "who" or "which", or of a past participle ("“Girl at the Window”, painted by
 * Ann Lee in 1878, was taken"), or in its sentence's opening participle's phrase.
 */
function inOpeningPhrase(site: Site): boolean {
  const { ctx, q, sentence } = site;
  const before = ctx.text.slice(sentence.start, q.start);
  if (ASIDE_OPENING.test(before) || PARTICIPLE_ASIDE.test(before)) return true;
  const opening = openingParticipleEnd(ctx.text.slice(sentence.start, sentence.end));
  return opening !== undefined && q.start < sentence.start + opening;
}

/** How far a sentence's opening past participle's phrase reaches, its comma included ("Born in Ibadan in 1937,"). */
export function openingParticipleEnd(sentence: string): number | undefined {
  return OPENING_PARTICIPLE.exec(sentence)?.[0].length;
}

/** A participle that opens a sentence: "Born", "Trained", and the irregular "Ridden", "Driven", "Taken", "Stolen". */
const OPENING_PARTICIPLE = /^\s*(?:Born|[A-Z][a-z]+ed|[A-Z][a-z]*(?:dden|iven|tten|aken|oken|olen|osen|aten))\s[^,;]{0,80},/;

/**
 * Verbs joined by "and" to the verb `k` that governs a day, after the value and in its sentence ("accused activists on
 * Tuesday of tolerating bigotry and approved a resolution"): one subject did both, on that day. Only a verb of the same
 * tense, and none past a word that opens another clause, a semicolon or another value of the sentence (which gives
 * that verb its own time: "arrested on Tuesday and charged on Wednesday"). A clause of "when" after the value is the
 * last: its verb happened at that time too. Verbs of speaking are left out.
 */
export function coordinatedPredicates(site: Site, k: number): string[] | undefined {
  const { tokens, lex, ctx, q } = site;
  const tags = site.tags();
  if (!FINITE.test(tags[k])) return undefined;
  const { auxiliaries } = wordSets(lex);
  const nextValue = ctx.quantities.find((o) => o.sentence === q.sentence && o.start >= q.end)?.start ?? Infinity;
  const out: string[] = [];
  const act = (verb: string) => {
    const lemma = stem(verb, lex);
    if (!auxiliaries.has(verb) && !lex.speechVerbs.has(verb) && !lex.speechVerbs.has(lemma)) out.push(lemma);
  };
  for (let i = Math.max(k, site.last) + 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.start >= nextValue || t.text === ';') break;
    // "had parked her car around 7 p.m. Friday … when she was hit": the clause of "when" after the time happened then too.
    if (t.lower === 'when') {
      const verb = tokens.slice(i + 1, i + 1 + WHEN_VERB_REACH).find((w, j) => /^VB[DN]$/.test(tags[i + 1 + j]) && !auxiliaries.has(w.lower));
      if (verb) act(verb.lower);
      break;
    }
    if (OTHER_CLAUSE.test(t.lower)) break;
    if (t.lower !== 'and' || tags[i + 1] !== tags[k]) continue;
    act(tokens[i + 1].lower);
  }
  return out.length > 0 ? out : undefined;
}

/** Passives that hedge the verb after them ("was believed to have", "are thought to be"), besides verbs of saying. */
const HEDGING_PASSIVE = /^(?:believed|thought|feared|understood|known|presumed|alleged|rumoured|rumored)$/;

/** How many words after "when" its clause's verb may stand: a subject and an auxiliary ("when she was hit"). */
const WHEN_VERB_REACH = 4;

/** The nearest mention of the given types in the clause, before (or after) the value, within `reach` characters. */
export function nearestMention(site: Site, types: string[], side: 'before' | 'after', reach = 120): number | undefined {
  const { ctx, q, clause, lex } = site;
  let best: number | undefined;
  // "LONDON (Reuters) - A charity auction raised …": the dateline's place and agency are no one the clause speaks of.
  const dateline = site.sentence.start + (DATELINE.exec(ctx.text.slice(site.sentence.start, q.start))?.[0].length ?? 0);
  ctx.mentions.forEach((m, i) => {
    if (m.sentence !== q.sentence || !types.includes(m.type) || m.kind === 'handle' || m.end <= dateline) return;
    if (isAttributionSource(ctx, m, lex)) return;
    const inside = side === 'before' ? m.end <= q.start && m.start >= Math.max(clause.start, q.start - reach) : m.start >= q.end && m.end <= Math.min(clause.end, q.end + reach);
    if (!inside) return;
    if (best === undefined || (side === 'before' ? m.start > ctx.mentions[best].start : m.start < ctx.mentions[best].start)) best = i;
  });
  return best;
}

/** The speaker of "X said Tuesday" / "Tuesday, X said": the named subject of the speech verb in the clause. */
export function speakerOf(site: Site): number | undefined {
  const { ctx, lex, clause, q } = site;
  let found: number | undefined;
  // "“Trump says he wants …,” Mr. Bloomberg said on Saturday": a name the speaker quotes is not who spoke.
  const quoted = (m: Mention) => ctx.quotations.some((t) => m.start >= t.start && m.end <= t.end);
  ctx.mentions.forEach((m, i) => {
    if (m.sentence !== q.sentence || m.start < clause.start || m.end > clause.end || m.kind === 'handle' || quoted(m)) return;
    if (found === undefined && isAttributionSource(ctx, m, lex)) found = i;
  });
  return found !== undefined ? (appositiveHolder(ctx, found) ?? found) : holderBefore(site);
}

/**
 * Who a noun of the clause is had by: the nearest person or organisation before the value, or the person an
 * appositive after that name describes ("Mary Hale, the daughter of Tom Hale, criticized … in a Monday post": Mary Hale).
 */
export function holderBefore(site: Site): number | undefined {
  const holder = nearestMention(site, ['person', 'organization'], 'before');
  return holder !== undefined ? (appositiveHolder(site.ctx, holder) ?? holder) : undefined;
}

/**
 * A phrase set off by a comma between a person's name and the next name: ", the embattled Republican governor of ",
 * ", hours from his self-imposed deadline for picking a new " (no other comma).
 */
const APPOSITIVE_TO = /^,\s+[^,;()]*$/;

/**
 * "Paul R. LePage, the embattled Republican governor of Maine, declared": a name that ends an appositive describing
 * the person named before it is not who spoke; that person is. Returns the person, or undefined.
 */
function appositiveHolder(ctx: StatementContext, at: number): number | undefined {
  const m = ctx.mentions[at];
  for (let i = at - 1; i >= 0; i--) {
    const p = ctx.mentions[i];
    if (p.sentence !== m.sentence) return undefined;
    if (p.type === 'person' && APPOSITIVE_TO.test(ctx.text.slice(p.end, m.start)) && closesWithComma(ctx, m)) return i;
  }
  return undefined;
}

/** The phrase a name stands in closes with a comma, not a stop: "…, hours from … a new F.B.I. director, told". */
function closesWithComma(ctx: StatementContext, m: Mention): boolean {
  const rest = ctx.text.slice(m.end, Math.min(ctx.text.length, m.end + 80));
  return /^[^,;.()]*,\s/.test(rest);
}

/** Places named within 40 characters of a value, in its clause (names of unknown type are mostly places). */
export function placesNear(site: Site): number[] {
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

export function placesIn(ctx: StatementContext, clause: Range): number[] {
  const out: number[] = [];
  ctx.mentions.forEach((m, i) => {
    if ((m.type === 'place' || (m.type === 'other' && m.kind === 'name')) && m.start >= clause.start && m.end <= clause.end) out.push(i);
  });
  return out;
}

/**
 * Whether the value stands right after "by" in a clause whose verb wins or leads (`count.marginVerbs`: "beat Tom Ward by
 * about 9,500 votes", "won by 4.2 seconds"), or tells by how much a record fell: the margin between two figures, not a
 * figure of either.
 */
export function marginOf(site: Site): boolean {
  const { ctx, q, lex } = site;
  const before = ctx.text.slice(site.clause.start, q.start);
  if (recordMargin(site)) return true;
  if (!/\bby\s$/i.test(before.slice(-4))) return false;
  const verbs = lex.values.count.marginVerbs as string[];
  return before.toLowerCase().split(/[^a-z]+/).some((w) => verbs.includes(w));
}

/**
 * The statement of a margin: a lead held ("now leads Tom Ward by 2 minutes and 48 seconds overall") when the verb of
 * winning or leading nearest before its "by" is one of standing (leads, trails), else the margin of a win ("beat Tom
 * Ward by 1:38"). The two never meet (corpus/align.ts).
 */
export function marginStatement(site: Site, modifiers: string[]): Said {
  const verbs = site.lex.values.count.marginVerbs as string[];
  const words = site.ctx.text.slice(site.clause.start, site.q.start).toLowerCase().split(/[^a-z]+/);
  const last = words.filter((w) => verbs.includes(w)).pop();
  if (last !== undefined && STANDING_MARGIN.test(last)) return { subject: 'lead', modifiers, predicate: 'lead' };
  const winner = last !== undefined && WON_BY.test(last) ? winnerOfMargin(site, last) : undefined;
  return { subject: 'margin', modifiers, predicate: 'win', ...(winner !== undefined ? { entity: winner } : {}) };
}

const STANDING_MARGIN = /^(?:leads|leading|trails|trailing)$/;
/** Words of winning whose winner is named with them: "Ann Lee won by", "had Ann Lee ahead by", "victory to Ann Lee by". */
const WON_BY = /^(?:win|wins|won|winning|victory|ahead)$/;
/** How many words may stand between the word of winning and its margin ("handed victory to challenger Ann Lee by"). */
const MARGIN_REACH = 6;
/** "victory to", "victory for challenger": the winner named next. */
const VICTORY_TO = /^\s(?:to|for)\s(?:[a-z]+\s)?$/;

/**
 * Whose win a margin is: the person or organisation named right before the word of winning ("Tom Ward had appeared to
 * win by nine votes", "had Tom Ward ahead by nine votes") or right after "victory to" ("handing victory to challenger
 * Ann Lee by four votes"), when that word is near the margin. Two margins of two winners are two statements: the
 * election night's lead of one candidate and the recount's win of the other. "beat Tom Ward by", "holding off Tom Ward
 * by" name the loser: no one.
 */
function winnerOfMargin(site: Site, word: string): number | undefined {
  const { ctx, q } = site;
  const clause = ctx.text.slice(site.clause.start, q.start).toLowerCase();
  const at = lastWordAt(clause, word);
  if (at < 0) return undefined;
  const wordStart = site.clause.start + at;
  const wordEnd = wordStart + word.length;
  if (ctx.text.slice(wordEnd, q.start).split(/\s+/).filter(Boolean).length > MARGIN_REACH) return undefined;
  const named = ctx.mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.sentence === q.sentence && (m.type === 'person' || m.type === 'organization'));
  if (word === 'victory') return named.find(({ m }) => m.start >= wordEnd && VICTORY_TO.test(ctx.text.slice(wordEnd, m.start)))?.i;
  const then = site.lex.values.count.winnerThen;
  return named.filter(({ m }) => m.end <= wordStart && winnerThen(ctx.text.slice(m.end, wordStart), then)).pop()?.i;
}

/** Only spaces, or words that may stand between a winner's name and the word of winning (`count.winnerThen`: "Tom Ward had appeared to win"). */
function winnerThen(between: string, then: string[]): boolean {
  if (!/^\s/.test(between) || !/\s$/.test(between)) return false;
  return between.trim() === '' || between.trim().split(/\s+/).every((w) => then.includes(w.toLowerCase()));
}

/** Where `word` last stands as a whole word in `text`, or -1. */
function lastWordAt(text: string, word: string): number {
  for (let at = text.lastIndexOf(word); at >= 0; at = at === 0 ? -1 : text.lastIndexOf(word, at - 1)) {
    if (!/[a-z]/.test(text[at - 1] ?? '') && !/[a-z]/.test(text[at + word.length] ?? '')) return at;
  }
  return -1;
}

/** "broke the course record by 83 seconds", "took 38 seconds off the record": by how much a record fell. */
export function recordMargin(site: Site): boolean {
  const { ctx, q } = site;
  return RECORD_BY.test(ctx.text.slice(Math.max(site.clause.start, q.start - 12), q.start)) || OFF_A_RECORD.test(ctx.text.slice(q.end, Math.min(site.clause.end, q.end + 40)));
}

const RECORD_BY = /\brecords?\s+by\s$/i;
const OFF_A_RECORD = /^\s+off\s+(?:the|a|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?record\b/i;
