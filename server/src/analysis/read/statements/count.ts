// The statement of a count: the counted noun, a toll's predicate class, a part of a set, a running tally, the
// period a tally is over, the owner of what is counted.
import type { Lexicon } from '../../data/lexicon';
import { NUMBER, parseNumber, WORD_NUMBER } from '../values/numbers';
import { parentOfBefore } from '../values/count';
import type { Token } from '../tokens';
import type { Quantity } from '../../types';
import { clauseTextOf, lemma, type Said, type Site, wordSets } from './site';
import { governingVerb, HAS_BEFORE, inflected, marginOf, marginStatement, nearestMention, nounAfter, nounBefore, nounFrom, ofNounAfter, PRENOMINAL, wordBeforeEnd } from './syntax';

/**
 * A count: the counted noun is the subject ("over 24,000 Nuban refugees" → refugee, modified by "nuban"); a compound
 * count modifies the noun after it ("a five-vote majority": votes of a majority); a bare number takes the noun it
 * is "of" ("a toll of 24", "15 of the 19 hijackers" — part of a set) or none ("killing seven"). A death or injury
 * toll is named by its predicate class, whatever noun or verb states it. Running tallies ("a total of 14") and
 * parts of sets are kept, marked as modifiers, so they are only compared with their like.
 */
export function countStatement(site: Site): Said | undefined {
  const { q, lex, tokens, ctx } = site;
  // "Minnesota 11 Cleveland 6", "Tom Watson 79 Seiki Okuda 81": a number before a name that ends its noun phrase counts
  // no thing; it is a score or a table's figure ("four Republican senators" counts senators, "33 Democrats" members).
  if (nameEndsThePhrase(site)) return undefined;
  // "a mother of two died" counts her children (read/values/count.ts), not the dead; and "the father of two" (a deputy's
  // sons) is no statement another source's "her five children" (his mother's) can be set against: none is made.
  if (q.unit === 'children' && parentOfBefore(ctx.text.slice(Math.max(site.sentence.start, q.start - 20), q.start))) return undefined;
  // "beat Tom Ward by about 9,500 votes": a margin between two counts, which another source's total is not: a
  // statement of the margin, in its unit, met by margins only. Polls give one lead in points per group polled: none.
  if (marginOf(site)) return LEAD_UNITS.test(q.unit) ? undefined : marginStatement(site, [lemma(q.unit, lex)]);
  const modifiers: string[] = [];
  const before = ctx.text.slice(site.sentence.start, q.start).toLowerCase();
  const previousWord = wordBeforeEnd(before);
  if (previousWord && lex.subsetWords.has(previousWord)) modifiers.push(previousWord);
  // "after confirming 47 cases" counts confirmed cases, as "47 confirmed cases" does (values.json align.restrictive).
  if (previousWord && CONFIRMING.test(previousWord)) modifiers.push('confirmed');
  const clauseText = clauseTextOf(site);
  if (wordSets(lex).cumulative.test(clauseText)) modifiers.push('total');
  let subject: string | undefined;
  let bare = false;
  // What a part is ("be in critical condition"), once read (`partIs`).
  let told: string | undefined;
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
    const joined = role ? undefined : nounJoinedTo(site, head.noun);
    if (joined) modifiers.push(`and ${joined}`);
  } else {
    // "Three of them were treated", "two of whom managed to flee": a part of a set a pronoun names counts what the
    // pronoun stands for, not the word after it ("were", "managed"); left bare.
    const partitive = PRONOUN_PARTITIVE.test(after) ? null : wordSets(lex).partitive.exec(after);
    if (partitive) {
      // "23 of the 35 state Senate seats": the set's head noun, past the nouns that narrow it.
      const at = q.end + partitive.index + partitive[0].length - partitive[1].length;
      let k = site.tokens.findIndex((t) => t.start === at);
      // "14 of the country's 26 cantons": a possessive says whose set it is; the set is named after it.
      if (k >= 0 && k < site.tokens.length - 1 && /^['’]s?(?:\s|$)/.test(ctx.text.slice(site.tokens[k].end, site.tokens[k].end + 3))) k++;
      // "Seven of the nine members": the set's size is no noun of it.
      while (k >= 0 && k < site.tokens.length - 1 && SET_SIZE.test(site.tokens[k].lower)) k++;
      subject = (k >= 0 ? nounFrom(site, k) : undefined) ?? lemma(partitive[1], lex);
      modifiers.push('part');
    } else if (PRONOUN_PARTITIVE.test(after) && (told = partIs(site))) {
      // "four of them were in critical condition": a part told by the state it is in, whatever set the pronoun names.
      modifiers.push('part');
    } else if (PART_BY_ADVERB.test(after) || (PART_OF_WHOM.test(after) && /,\s*$/.test(before))) {
      // "Another 37 people were hurt, nine of them seriously": a part told by how, its verb the set's. "27 people were
      // hurt, seven of whom were taken to hospital": "of whom" after a comma is a part of the set just named.
      modifiers.push('part');
    } else {
      // A bare number is a statement only as a toll ("killing seven") or as the value of a noun ("a toll of 24", "rose to 24").
      subject = /\b(?:of|to|at|reached|hit)\s*$/i.test(ctx.text.slice(Math.max(site.sentence.start, q.start - 12), q.start)) ? nounBefore(site) : (elidedNoun(site, after) ?? objectOfThem(site, after));
      bare = true;
    }
  }
  // "There were 36 crew on board the two ships": a count aboard two or more vessels is their total, not one ship's
  // crew.
  if (ABOARD_SEVERAL_AFTER.test(after)) modifiers.push('total');
  // "five times faster", "three times longer": a ratio, said of what its comparative compares (not a count of
  // occasions, nor the same statement as "three times longer").
  const ratio = subject === 'time' ? RATIO_COMPARATIVE.exec(after) : null;
  if (ratio) subject = `time ${ratio[1].toLowerCase()}`;
  const period = periodOf(site);
  if (period) modifiers.push(period);
  // "three counts of first-degree murder", "two counts of assault": what the counted things are of narrows them.
  // "of e-mails" and "of emails" are one noun.
  const of = head ? ofNounAfter(site)?.replace(/-/g, '') : undefined;
  if (of) modifiers.push(`of ${of}`);
  // "won 172 of the 350 seats": the size of the set a part is taken from, not what was won.
  // "Of the 2,980 passengers on board, 284 fell ill": the set a sentence opens with, a part of it counted after.
  if (PART_OF_BEFORE.test(ctx.text.slice(Math.max(site.sentence.start, q.start - 30), q.start)) || (OPENING_SET.test(before) && PART_AFTER_SET.test(after))) modifiers.push('whole');
  // "built to carry 150 passengers", "a capacity of 150": what it can hold, not how many it held.
  if (CAPACITY_BEFORE.test(ctx.text.slice(Math.max(site.sentence.start, q.start - 50), q.start))) modifiers.push('capacity');
  // "killed 1,700 people in the province and hundreds more downstream", "1,700 in Denver alone": the count of one place,
  // which others add to, is a part of the whole another source may give ("2,300 across the region").
  if (PART_OF_MORE.test(after) && !modifiers.includes('part')) modifiers.push('part');
  // "Five men and two women were arrested": each of two counts of two kinds joined by "and" is a part of their sum.
  if (!modifiers.includes('part') && countedBeside(site, before, after)) modifiers.push('part');
  // "a jet with 214 people on board made an emergency landing", "there were 241 people aboard": what a vessel carried,
  // as "was carrying 214 passengers" says it (values.json statement.sameAct), whatever verb the clause has.
  const predicate =
    ABOARD_AFTER.test(after) ? 'aboard' : HOME_TO_BEFORE.test(before) ? POPULATION : ((modifiers.includes('part') ? (told ?? partIs(site)) : undefined) ?? governingVerb(site) ?? (HAS_BEFORE.test(before) ? 'have' : undefined));
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
 * "Three of the injured were in critical condition", "Seven of the injured were players": a part of a set is told by
 * what it is, the noun or the state after "were", not by a verb of the sentence ("said"); two such parts of one set are
 * two statements. A participle after "were" ("were taken to hospital") is the part's verb, read as any other. The
 * predicate is "be" and the words: "be in critical condition", "be player".
 */
function partIs(site: Site): string | undefined {
  const { tokens, lex } = site;
  const tags = site.tags();
  let k = site.last + 1;
  if (tokens[k]?.lower !== 'of') return undefined;
  const pronoun = tokens[k + 1]?.lower === 'them';
  // The set: "them", or a determiner and up to three words before the copula ("of the injured were").
  const { copulas } = wordSets(lex);
  let copula = k + 2;
  while (!pronoun && copula < Math.min(tokens.length, k + 6) && !copulas.has(tokens[copula].lower) && tokens[copula].kind === 'word') copula++;
  if (!copulas.has(tokens[copula]?.lower ?? '') || (!pronoun && copula < k + 3)) return undefined;
  k = copula + 1;
  if (tokens[k]?.lower === 'still') k++;
  const state = tokens[k]?.lower === 'in';
  // "of them" is told by a state only: "two of them were Americans" may be of any set the story names.
  if (pronoun && !state) return undefined;
  if (state) k++;
  if (/^(?:a|an|the)$/.test(tokens[k]?.lower ?? '')) k++;
  const words: string[] = [];
  while (words.length < 3 && k < tokens.length && tokens[k].kind === 'word' && (/^(?:NN|NNS|JJ)$/.test(tags[k]) || (!pronoun && /^NNPS?$/.test(tags[k])))) words.push(tokens[k++].lower);
  if (words.length === 0) return undefined;
  return ['be', ...(state ? ['in'] : []), ...words.slice(0, -1), lemma(words[words.length - 1], lex)].join(' ');
}

/**
 * "About 200 people were evacuated and 17 were rescued": a bare number joined to a count before it in its sentence,
 * with a verb of its own, counts that count's noun.
 */
function elidedNoun(site: Site, after: string): string | undefined {
  const { ctx, q, lex } = site;
  const previous = ctx.quantities[site.index - 1];
  if (!previous || previous.kind !== 'count' || previous.unit === 'count' || previous.sentence !== q.sentence) return undefined;
  if (!ELIDED_BEFORE.test(ctx.text.slice(previous.end, q.start)) || !OWN_VERB_AFTER.test(after)) return undefined;
  return lemma(previous.unit, lex);
}

/**
 * "Thirty-one whales stranded …, and rescuers refloated 19 of them": a verb's object "N of them" counts the noun of the
 * count before it in its sentence, the set the pronoun stands for (what the verb did to them says which part).
 */
function objectOfThem(site: Site, after: string): string | undefined {
  const { ctx, q, lex, tokens } = site;
  if (!/^\s+of\s+them\b/i.test(after) || !/^VB[DPZ]?$/.test(site.tags()[site.first - 1] ?? '') || tokens[site.first - 1].kind !== 'word') return undefined;
  let previous: Quantity | undefined;
  for (let i = site.index - 1; i >= 0 && ctx.quantities[i].sentence === q.sentence && !previous; i--) if (ctx.quantities[i].kind === 'count') previous = ctx.quantities[i];
  if (!previous || previous.unit === 'count') return undefined;
  // The count's noun: the first plural noun after it ("Thirty-one long-finned pilot whales" → whale).
  const tags = site.tags();
  const from = tokens.findIndex((t) => t.start >= previous.end);
  for (let k = from; k >= 0 && k < from + COUNTED_NOUN_REACH && k < site.first; k++) if (tags[k] === 'NNS') return lemma(tokens[k].lower, lex);
  return undefined;
}

/** How many words after a count its plural noun may stand ("Thirty-one long-finned pilot whales"). */
const COUNTED_NOUN_REACH = 4;

/** Between the count before and the bare number: its clause, then "and", "while" or "but". */
const ELIDED_BEFORE = /^[^,;.]{0,60}?\s(?:,\s*)?(?:and|while|but)\s+$/i;

/** A passive verb of the bare number's own: "17 were rescued", "two have been found". */
const OWN_VERB_AFTER = /^\s+(?:were|was|had\s+been|have\s+been)\s+[a-z]+(?:ed|en)\b/i;

/** The units of a poll's lead ("leads by 12 points"). */
const LEAD_UNITS = /^(?:points?|percentage points?)$/i;

/** Right after a count and its noun: "on board" or "aboard", a form of "be" between. */
/**
 * "Marrish Island, home to 120,000 people", "the town, which is home to about 100,000 people": a place's population,
 * whatever verb the sentence's main clause has ("The quake struck …", "residents slept outside").
 */
const HOME_TO_BEFORE = /\bhome\s+to\s+$/i;
const ABOARD_SEVERAL_AFTER = /^\s+(?:(?:were|was|are|is)\s+)?(?:on\s+board|onboard|aboard)\s+(?:the\s+)?(?:two|three|four|five|both|all)\b/i;
const ABOARD_AFTER = /^\s+(?:(?:were|was|are|is)\s+)?(?:on\s+board|onboard|aboard)\b/i;

/** How far back the words before a count are looked at for a count of another noun and "and". */
const COUNT_BEFORE_REACH = 40;
/** A count of another noun right after the value's noun, joined by "and" ("five men and two women"). */
const COUNT_AFTER = new RegExp(`^\\s+([a-z]+)\\s+and\\s+(?:${NUMBER})\\s+([a-z]+)\\b`, 'i');
const A_NUMBER = new RegExp(`^(?:${NUMBER})$`, 'i');

/**
 * Whether the value counts one of two kinds of people joined by "and" ("five men and two women", "three girls and two
 * boys"): two nouns of people, neither a toll's ("ten dead and 12 injured" are two tolls, not parts of one); "20 teams
 * and 400 players" count two things, not parts of one.
 */
function countedBeside(site: Site, before: string, after: string): boolean {
  const { q, lex } = site;
  const person = (w: string) => !lex.tollNouns.has(w) && !lex.tollWords.has(w) && lex.personNouns.has(lemma(w, lex));
  const own = q.unit.toLowerCase();
  if (!person(own)) return false;
  const next = COUNT_AFTER.exec(` ${q.text.split(/\s+/).pop()}${after}`);
  // The words before: "… five men and " (a number, its noun, "and").
  const words = before.slice(-COUNT_BEFORE_REACH).trim().split(/\s+/);
  const [number, noun, and] = words.slice(-3);
  const previous = and === 'and' && number !== undefined && A_NUMBER.test(number) ? noun : undefined;
  const other = (next && next[1].toLowerCase() === own ? next[2] : previous)?.toLowerCase();
  return !!other && other !== own && person(other);
}

/** After a count in its clause: a place and "alone", or "and" a number of "more". */
const PART_OF_MORE = /^[^,;.]{0,40}?\b(?:(?:in|across|on)\s+(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?\s+alone\b|and\s+(?:(?:many|several|dozens|scores|hundreds|thousands|millions|tens)\s+(?:of\s+(?:thousands|hundreds|millions)\s+)?|[\d,.]+\s+|(?:a\s+)?(?:few|further)\s+(?:[\d,.]+\s+)?)more\b)/i;

/** A sentence that opens with the set a part is taken from: "Of the ", "Of its ". */
const OPENING_SET = /^\W*of\s+(?:the|its|their|his|her)\s+$/i;

/** After the set's count: its noun phrase, a comma, and the part's number ("passengers on board, 284 reported"). */
const PART_AFTER_SET = /^[^,;.]{1,40},\s*(?:\d|about|around|some|nearly|more|at\s+least)/i;

/**
 * "172 of the ", "two of its ", "14 of Spain's ", "three of the country's ", "None of the ", "all of the ": a part,
 * then the set it is taken from. Not "how many of the": a question's set is a figure of its own.
 */
const PART_OF_BEFORE = new RegExp(`(?:\\d|\\b${WORD_NUMBER}|\\b(?:none|all|each|both|neither))\\s+of\\s+(?:the|its|their|his|her|(?:the\\s+)?[A-Za-z][\\w-]*['’]s)\\s+$`, 'i');

/**
 * "built to carry", "licensed to carry", "designed to seat", "can hold", "a capacity of": a count after these is what a
 * vessel, a hall or a vehicle can take, a statement of its own (corpus/alignFeatures.ts `modifiersClash`): "built to
 * carry 150 passengers" does not contradict "had about 180 people aboard".
 */
const CAPACITY_BEFORE = /(?:\b(?:built|designed|licensed|certified|meant|rated|permitted|allowed|able|equipped)\s+to\s+|\b(?:can|could)\s+)(?:carry|hold|seat|accommodate|take|transport|house)\s+$|\bcapacity\s+(?:of|for)\s+$/i;

/** Tags of words that end a noun phrase: verbs, modals, prepositions, determiners, conjunctions, adverbs, wh-words. */

/** A number that gives the size of the set a part is taken from ("nine" in "seven of the nine members"). */
const SET_SIZE = new RegExp(`^(?:\\d[\\d,.]*|${WORD_NUMBER})$`);

/** A partitive whose set is a pronoun: "of them", "of whom", "of which". */
const PRONOUN_PARTITIVE = /^\s+of\s+(?:them|whom|which)\b/i;

/** "nine of them seriously", "two of whom critically": a part of a set told by an adverb alone, its verb left out. */
const PART_BY_ADVERB = /^\s+of\s+(?:them|whom)\s+[a-z]+ly\s*(?:[,;.)]|$)/i;
/** "seven of whom": after a comma, a part of the set just named, whatever its verb. */
const PART_OF_WHOM = /^\s+of\s+whom\b/i;
const PHRASE_ENDS = /^(?:VB[DZP]?|MD|IN|DT|CC|TO|RB|W)/;

/** Whether a person's, an organisation's or a place's name follows the value and ends its noun phrase. */
function nameEndsThePhrase(site: Site): boolean {
  const { ctx, q, tokens } = site;
  const next = tokens[site.last + 1];
  if (!next || next.kind !== 'word' || !next.cap) return false;
  const name = ctx.mentions.find((m) => m.sentence === q.sentence && m.kind === 'name' && m.start === next.start && (m.type === 'person' || m.type === 'organization' || m.type === 'place'));
  // "33 Democrats", "21 AK 47 Rifles": an organisation's or a thing's name in the plural counts its members or items.
  if (!name || (name.type === 'organization' && /\p{Ll}s$/u.test(name.text))) return false;
  const k = tokens.findIndex((t) => t.start >= name.end);
  const after = tokens[k];
  // A capitalised word, a noun or an adjective after it goes on the phrase ("33 Senate Democrats", "two National
  // Security Agency intelligence-gathering programs"); a figure, a stop, a verb or a function word ends it.
  return !after || after.kind !== 'word' || (!after.cap && PHRASE_ENDS.test(site.tags()[k] ?? ''));
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
      // "winds of 185 kilometres per hour, killing at least 12 people": a rate inside another value is that value's unit.
      if (ctx.quantities.some((o) => o !== q && o.start <= start && end <= o.end)) continue;
      const distance = end <= q.start ? q.start - end : start - q.end;
      if (distance <= SPAN_REACH && (!best || distance < best.distance)) best = { modifier: modifier(m), distance };
    }
  };
  consider(patterns.each, (m) => `per ${lemma(m[m.length - 1], lex)}`);
  consider(patterns.over, (m) => `over ${parseNumber(m[1])} ${lemma(m[m.length - 1], lex)}`);
  return best?.modifier;
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
  // "Nine people have been killed and some 3,000 forced from their homes": a count whose next word is its own verb
  // tells what that verb says, not the toll of the clause's verb.
  if (/^VB[DNPZ]$/.test(site.tags()[site.last] ?? '') && site.tokens[site.last]?.lower === unit) return undefined;
  if (verb && lex.tollWords.has(verb)) return lex.tollWords.get(verb);
  return undefined;
}

/** Words that write a number ("24,000", "two", "million", "dozens of"): not modifiers of the counted noun. */
const NUMBER_WORD = new RegExp(`^(?:\\d[\\d,.]*|${WORD_NUMBER}|hundreds?|thousands?|millions?|billions?|dozens?|tens|scores|of|and|a|an|half|m|bn|k)$`);

/** The predicate of a place's population ("home to 120,000 people"): a size, not a count of what an act took. */
export const POPULATION = 'home';

const COORDINATOR = /^(?:and|or)$/;

/**
 * "162 passengers and crew", "nearly 90 professors and administrators": a noun joined by "and" to the counted noun,
 * with no number or determiner of its own, is counted too; the count is of both ("five men and three women" gives each
 * its own). Returns the joined noun's lemma. The first noun is found in the value or among the few words after it.
 */
function nounJoinedTo(site: Site, noun: string): string | undefined {
  const { tokens, lex } = site;
  const tags = site.tags();
  for (let k = site.first; k < tokens.length && k <= site.last + 6; k++) {
    if (lemma(tokens[k].lower, lex) !== noun && tokens[k].lower !== noun) continue;
    if (tokens[k + 1]?.lower !== 'and') return undefined;
    // "hosted the awards three times and last month was named …": a time of its own opens another clause.
    if (/^(?:last|next|this|that|each|every|another|other)$/.test(tokens[k + 2]?.lower ?? '')) return undefined;
    let last: number | undefined;
    for (let j = k + 2; j < tokens.length && j <= k + 4; j++) {
      const t = tokens[j];
      if (t.kind !== 'word' || t.cap || NUMBER_WORD.test(t.lower) || !/^(?:NN|JJ)/.test(tags[j])) break;
      if (/^NN/.test(tags[j])) last = j;
    }
    // "police estimating 35,000 marchers and organisers more than 80,000": a noun with a value of its own after it is
    // another count's, the verb left out.
    if (last === undefined || site.ctx.quantities.some((o) => o.sentence === site.q.sentence && o.start >= tokens[last!].end && o.start - tokens[last!].end <= VALUE_NEXT)) return undefined;
    return lemma(tokens[last].lower, lex);
  }
  return undefined;
}

/** How far after a joined noun (in characters) a value makes it another count's noun. */
const VALUE_NEXT = 12;

/** A plural noun joined by a hyphen to the number that opens an aside ("workers-two women and a man-were killed"). */
const DASHED_NUMBER = new RegExp(`^([a-z]{3,}s)-(?:\\d+|${WORD_NUMBER})$`);

/** A plural noun, common or proper, or an initialism's plural the tagger took for a name ("homers", "RBIs"). */
function pluralNoun(token: Token, tag: string): boolean {
  return /^NNP?S$/.test(tag) || /^[A-Z]{2,}s$/.test(token.text);
}

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
 * → worker, modified by "aid"; "over 24,000 Nuban refugees" → refugee, modified by "nuban"; "five earlier legal
 * opinions" → opinion, whether the tagger reads "earlier" as an adjective or an adverb). None when a verb follows
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
    // "The three bank workers-two women and a man-were killed": a dash written as a hyphen ends the phrase at its noun.
    const beforeDash = DASHED_NUMBER.exec(t.lower)?.[1];
    if (beforeDash) {
      if (noun) words.push(noun);
      noun = beforeDash;
      break;
    }
    const tag = tags[k];
    if (/^NN/.test(tag) || (tag === '' && /^[a-z]{3,}$/.test(t.lower))) {
      if (noun) words.push(noun);
      noun = t.lower;
    } else if ((PRENOMINAL.test(tag) || tag === 'CD' || participleBeforeNoun(tokens, tags, k)) && noun === undefined) words.push(t.lower);
    else if (/^JJ/.test(tag) && noun !== undefined && !pluralNoun(tokens[k - 1], tags[k - 1]) && k + 1 < tokens.length && /^NN/.test(tags[k + 1]) && !tokens[k + 1].cap) {
      // "eight state legislative candidates": a noun, an adjective and a noun; the first noun narrows the last. A
      // plural ends its phrase: "121 RBIs last season" counts RBIs.
      words.push(noun, t.lower);
      noun = undefined;
    } else break;
    if (t.possessive) break;
  }
  if (!noun || lex.notCountUnits.has(noun)) return undefined;
  return { noun: lemma(noun, lex), modifiers: words };
}

/** A verb of confirming right before a count: what it counts is confirmed. */
const CONFIRMING = /^confirm(?:s|ed|ing)?$/;

/**
 * "after 41 confirmed cases were recorded": the tagger may read a participle between a number and a plural noun as a
 * past tense; before a lower-case plural noun it narrows that noun.
 */
function participleBeforeNoun(tokens: Token[], tags: string[], k: number): boolean {
  return tags[k] === 'VBD' && tags[k - 1] === 'CD' && tags[k + 1] === 'NNS' && !tokens[k + 1].cap;
}

/** The comparative after "N times" ("faster", "longer", "more"); "N times as large" is not one. */
const RATIO_COMPARATIVE = /^\s*(more|less|fewer|higher|lower|bigger|larger|smaller|greater|faster|slower|longer|shorter|[a-z]{3,}ier)\b/i;

