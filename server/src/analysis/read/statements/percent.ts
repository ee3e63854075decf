// The statement of a percentage: what it is a share of, of whom or where, and whether it is a change and not a share.
import { posModel, tagPos } from '../pos';
import { lemma, NOUN, type Said, type Site } from './site';
import { BEFORE_LEVEL_VERB, governingVerb, nearestMention, nounAfter, nounFrom } from './syntax';

/** "will be 53% owned by Ann Lee's family": the owner is named after "owned by", not before the share. */
const OWNED_BY = /^\s+(?:owned|held|controlled)\s+by\s+(?:the\s+)?$/i;

function ownedBy(site: Site): number | undefined {
  const { ctx, q } = site;
  const i = ctx.mentions.findIndex((m) => m.sentence === q.sentence && m.start > q.end && (m.type === 'person' || m.type === 'organization') && OWNED_BY.test(ctx.text.slice(q.end, m.start)));
  return i >= 0 ? i : undefined;
}

/**
 * A percentage: of what ("17 percent of voters"; the head of the phrase is the subject and the words before it narrow
 * it: "of voice traffic" → traffic, modified by "voice"), and of whom or where ("Romney (17 percent)", "Palin earned
 * 10 percent", "65% of traffic to India"). A capitalised word after "in" is the place, not what the share is of. A
 * share in a list whose first share says what it is of ("55 percent of voice traffic in Saudi Arabia, 52 percent in
 * Egypt") is of that same thing, in its own place. A change by a percentage ("fell by 80 percent", "a 5 percent rise")
 * is no share of anything: it is marked, so the two are never compared. A percentage before a comparative is no
 * statement.
 */
export function percentStatement(site: Site): Said | undefined {
  // "holds 40 percent more energy", "uses up to 30% less energy": a comparison with an unnamed other, neither a share
  // nor a change of one thing.
  if (/^(?:JJR|RBR)$/.test(site.tags()[site.last + 1] ?? '')) return undefined;
  // "Shares rose 6 percent in after-hours trading": after a verb of change, "in" names when or where, not a share.
  const byVerb = changeByVerb(site) ?? changeByNoun(site);
  // "on a turnout of 71 percent of the union's members": the noun whose level it is, before "of", says what the
  // percentage is; the set after it is what that level is taken of.
  const ofLevel = byVerb === undefined && site.tokens[site.first - 1]?.lower === 'of' ? levelOf(site) : undefined;
  const share = ofLevel ? undefined : (shareOf(site, site.q.end, byVerb === undefined) ?? elidedShareOf(site));
  const moved = share ? undefined : byVerb;
  const runnerUp = runnerUpOf(site);
  // A share of the vote is a candidate's or a party's: "Ann Lee won Tuesday's election for mayor of Denver with 54.2
  // percent of the vote" is Lee's, not Denver's, the nearer name.
  const candidate = share?.head === 'vote' ? nearestMention(site, ['person', 'organization'], 'before', 120) : undefined;
  const entity = runnerUp ? runnerUp.entity : (ownedBy(site) ?? givenFor(site) ?? candidate ?? placeOfShare(site) ?? nearestMention(site, ['person', 'organization', 'place', 'other'], 'before', 60));
  const group = subgroupOf(site);
  // "has lost 11 per cent since the start of the month": a change since a point is of that span, not a day's move.
  // So is one in a sentence that opens with its point ("Since 2020, claims have climbed 25 percent").
  const sinceSaid = CHANGE_SINCE.test(site.ctx.text.slice(site.q.end, site.clause.end)) || /^\W*since\b/i.test(site.ctx.text.slice(site.sentence.start, site.q.start));
  const since = moved && sinceSaid ? ['since'] : [];
  const change = moved ? ['change', moved.direction, ...moved.narrowing, ...since] : isChange(site) ? ['change'] : [];
  const modifiers = [...(share?.modifiers ?? []), ...change, ...(group ? [`among ${group}`] : [])];
  // "IBM's 10 percent share": a noun that only names the percentage says nothing of what it is a share of.
  // "Containment stood at 15 percent Sunday evening": a day after the value says when, and the noun after it is the day's.
  const after = site.lex.weekdays.includes(site.tokens[site.last + 1]?.lower ?? '') ? undefined : nounAfter(site);
  const named = after !== undefined && site.lex.values.percent.namingNouns.includes(after) ? undefined : after;
  const level = share || moved || named ? undefined : levelOf(site);
  if (level) modifiers.push(...level.modifiers);
  if (earlierValue(site)) modifiers.push('earlier');
  return { subject: share?.head ?? moved?.subject ?? named ?? level?.noun, entity, modifiers, predicate: governingVerb(site) };
}

/** "since" right after a change's figure, in its clause ("lost 11 per cent since the start of the month"). */
const CHANGE_SINCE = /^\s*(?:\S+\s+){0,2}?since\b/i;

/**
 * "fell to 3.5 percent from 3.6 percent", "up from 41 percent": the value a change started from, a figure of an
 * earlier time, marked so that it meets only another earlier figure and not the new one another source gives.
 */
function earlierValue(site: Site): boolean {
  const { q, ctx } = site;
  if (/\b(?:up|down)\s+from\s+$/i.test(ctx.text.slice(Math.max(site.sentence.start, q.start - 10), q.start))) return true;
  const previous = ctx.quantities[site.index - 1];
  return !!previous && previous.sentence === q.sentence && previous.kind === q.kind && /^[^,;.]{0,30}\bfrom\s+$/.test(ctx.text.slice(previous.end, q.start));
}

/**
 * Whether token `k` opens its sentence as a common noun the tagger read as a name ("Turnout was 61 percent", "Gasoline
 * prices fell"): tagged a name, where the reader found none.
 */
function openingNoun(site: Site, k: number): boolean {
  if (k !== 0 || site.ctx.mentions.some((m) => m.start === site.tokens[k].start)) return false;
  if (/^NNPS?$/.test(site.tags()[k])) return true;
  // "Turnout reached 41 percent": a capitalised word the tagger has not seen opening a sentence may be read as
  // anything; after "the", in lower case, it shows what it is.
  const model = posModel();
  return !!model && site.tokens[k].cap && /^NNS?$/.test(tagPos(model, ['the', site.tokens[k].lower])[1]);
}

/**
 * "Turnout was 61 percent", "a turnout of 58 percent", "the unemployment rate fell to 4.1 percent", "inflation hit 9
 * percent": the common noun whose level the percentage gives, right before "of" or before a verb of standing
 * (`percent.standingVerbs`, or a verb of change before "to" or "at"), with the nouns that narrow it ("unemployment").
 * A noun that only names a percentage ("a share of 32%") says nothing of what it is of.
 */
function levelOf(site: Site): { noun: string; modifiers: string[] } | undefined {
  const { tokens, lex } = site;
  const words = lex.values.percent;
  let k = site.first - 1;
  if (k < 1) return undefined;
  // "The fire was 10 percent contained": the percentage is how far a state holds, not the noun's level.
  if (/^(?:JJ|VBN|VBD)/.test(site.tags()[site.last + 1] ?? '')) return undefined;
  if (tokens[k].lower === 'of') return nounPhraseEndingAt(site, k - 1);
  const to = /^(?:to|at)$/.test(tokens[k].lower);
  if (to) k--;
  if (to && setObject(site, k)) return nounPhraseEndingAt(site, k);
  const verb = tokens[k]?.lower ?? '';
  if (!(words.standingVerbs.includes(verb) || (to && (verb in (words.changeVerbs as Record<string, string>) || words.levelVerbs.includes(verb))))) return undefined;
  k--;
  while (k >= 0 && BEFORE_LEVEL_VERB.test(tokens[k].lower)) k--;
  return nounPhraseEndingAt(site, k);
}

/**
 * "cut the corporate tax rate to 24 percent", "raised its key interest rate to 5.25 percent": the noun at token `k`
 * (right before "to" or "at") heads a verb's object, a determiner and the words that narrow it between them: the verb
 * sets that noun's level.
 */
function setObject(site: Site, k: number): boolean {
  const { tokens } = site;
  const tags = site.tags();
  if (k < 2 || tokens[k].kind !== 'word' || tokens[k].cap || !/^NNS?$/.test(tags[k])) return false;
  let j = k - 1;
  while (j > 0 && k - j <= 4 && tokens[j].kind === 'word' && !tokens[j].cap && /^(?:NNS?|JJ)$/.test(tags[j])) j--;
  if (!/^(?:DT|PRP\$)$/.test(tags[j] ?? '')) return false;
  return /^VB/.test(tags[j - 1] ?? '');
}

/** The common noun at token `k` and the common nouns right before it that narrow it; none when `k` is no such noun. */
function nounPhraseEndingAt(site: Site, k: number): { noun: string; modifiers: string[] } | undefined {
  const { tokens, lex } = site;
  const tags = site.tags();
  const common = (j: number) => j >= 0 && tokens[j].kind === 'word' && (!tokens[j].cap || j === 0) && (/^NNS?$/.test(tags[j]) || openingNoun(site, j)) && !tokens[j].possessive;
  if (!common(k)) return undefined;
  // "Support for the plan was 38 percent": the head before the noun's one phrase of a preposition.
  const { head, modifiers } = phraseHead(site, k, common, /^(?:JJ[RS]?|CD|DT|PRP\$)$/, common);
  const noun = lemma(tokens[head].lower, lex);
  if (lex.values.percent.namingNouns.includes(noun)) return undefined;
  // "the unemployment rate", "the jobless rate", "his approval rating": a noun that names only a measure is the
  // measure of the word before it, as "Unemployment fell to 3.6 percent" says.
  const narrowing = head > 0 && tokens[head - 1].kind === 'word' && !tokens[head - 1].cap && /^(?:NNS?|JJ)$/.test(tags[head - 1]);
  if (lex.values.percent.measureNouns.includes(noun) && narrowing) return { noun: lemma(tokens[head - 1].lower, lex), modifiers: [] };
  return { noun, modifiers };
}

/**
 * The head of the noun phrase that ends at token `at`: that noun, or the head before its one phrase of a preposition
 * ("Support for the plan", "Trade between the two nations") when `common` holds of it, past the words of the tags
 * `over` admits; and the words right before the head that `narrows` accepts, in order ("Gasoline prices": gasoline).
 */
function phraseHead(site: Site, at: number, common: (k: number) => boolean, over: RegExp, narrows: (k: number) => boolean): { head: number; modifiers: string[] } {
  const { tokens } = site;
  const tags = site.tags();
  let k = at;
  while (k > 0 && (NOUN.test(tags[k - 1]) || over.test(tags[k - 1]))) k--;
  const head = k > 1 && PHRASE_PREPOSITIONS.has(tokens[k - 1].lower) && common(k - 2) ? k - 2 : at;
  const modifiers: string[] = [];
  // "The company's shares": whose thing it is (a possessive) does not narrow it; the words before it narrow the owner.
  for (let j = head - 1; j >= 0 && !tokens[j].possessive && narrows(j); j--) modifiers.unshift(tokens[j].lower);
  return { head, modifiers };
}

/**
 * "Greek stocks plunged 5.4 per cent", "stocks closed down 3.9 percent", "shares fell by 3%", "revenue up 36 percent":
 * a word of change right before the value (`values.json` `percent.changeVerbs`) makes it a change, up or down, of what
 * the verb is said of (`changedNoun`). "Up" and "down" say so only after a noun or a verb of where a figure stands
 * (`percent.levelVerbs`: "was up", "closed down"), not as a verb's particle ("racked up 27 percent"). A bound is a
 * level, not a change ("risen above 50 percent"). A rise is never compared with a fall, nor a change with a share; a
 * share named after the value ("gained 10 percent of the vote") is a share, and is read as one before this is asked.
 */
function changeByVerb(site: Site): { direction: string; subject?: string; narrowing: string[] } | undefined {
  const { tokens, lex, q } = site;
  if (/^(?:above|below|over|under)\b/i.test(q.text)) return undefined;
  const words = lex.values.percent.changeVerbs as Record<string, string>;
  let k = site.first - 1;
  if (k > 0 && tokens[k].lower === 'by') k--;
  const direction = k >= 0 && tokens[k].kind === 'word' ? words[tokens[k].lower] : undefined;
  if (!direction) return undefined;
  const tags = site.tags();
  let before = k - 1;
  if (tokens[k].lower === 'down' || tokens[k].lower === 'up') {
    if (before < 0) return undefined;
    if (lex.values.percent.levelVerbs.includes(tokens[before].lower)) before--;
    else if (!NOUN.test(tags[before])) return undefined;
  } else {
    // "claims in the county have climbed 25 percent", "prices had already risen 8%": the noun stands before the
    // auxiliaries and adverbs of the verb of change.
    while (before > 0 && BEFORE_LEVEL_VERB.test(tokens[before].lower)) before--;
  }
  const changed = changedNoun(site, before);
  return { direction, subject: changed?.noun, narrowing: changed?.modifiers ?? [] };
}

/** The prepositions of a phrase that narrows a noun ("trade between …", "income of …"); "as" or "while" opens a clause. */
const PHRASE_PREPOSITIONS = new Set(['of', 'between', 'at', 'in', 'among', 'from', 'for', 'on', 'with']);

/**
 * The common noun right before a verb of change, or the head before its one phrase of a preposition ("Trade between
 * the two nations declined", "the income of the richest 1 percent grew"), with the nouns right before it that narrow it
 * ("Gasoline prices fell", "energy prices dropped": two things). A name before the verb is what changed ("The Dow rose
 * 1.4 percent"), in lower case.
 */
function changedNoun(site: Site, at: number): { noun: string; modifiers: string[] } | undefined {
  const { tokens, lex } = site;
  const tags = site.tags();
  const common = (k: number) => k >= 0 && tokens[k].kind === 'word' && (!tokens[k].cap || k === 0) && NOUN.test(tags[k]);
  // "The cloud unit alone grew 41 percent": an adverb between the noun and its verb.
  if (at > 0 && /^RB$/.test(tags[at]) && common(at - 1)) at--;
  if (!common(at)) return at >= 0 && tokens[at].kind === 'word' && tokens[at].cap && /^NNPS?$/.test(tags[at]) ? (nounOfName(site, at) ?? { noun: tokens[at].lower, modifiers: [] }) : undefined;
  // "Apple shares fell": a name opening the sentence says whose shares (the entity), whatever tag the tagger gave it.
  const named = (j: number) => site.ctx.mentions.some((m) => m.start === tokens[j].start);
  const narrows = (j: number) => tokens[j].kind === 'word' && ((/^NNS?$/.test(tags[j]) && (!tokens[j].cap || (j === 0 && !named(j)))) || openingNoun(site, j));
  const { head, modifiers } = phraseHead(site, at, common, /^(?:JJ[RS]?|CD|DT)$/, narrows);
  return { noun: lemma(tokens[head].lower, lex), modifiers };
}

/**
 * "Shares in Ward Systems jumped", "Profits at Ward Systems fell": the common noun before the preposition that opens the
 * name ending at `at`, which is what changed; the name only says whose it is.
 */
function nounOfName(site: Site, at: number): { noun: string; modifiers: string[] } | undefined {
  const { tokens, lex } = site;
  const mention = site.ctx.mentions.find((m) => m.start <= tokens[at].start && tokens[at].end <= m.end);
  if (!mention) return undefined;
  const first = tokens.findIndex((t) => t.start === mention.start);
  if (first < 2 || !/^(?:in|of|at)$/.test(tokens[first - 1].lower)) return undefined;
  const noun = first - 2;
  return tokens[noun].kind === 'word' && NOUN.test(site.tags()[noun]) && (!tokens[noun].cap || noun === 0) ? { noun: lemma(tokens[noun].lower, lex), modifiers: [] } : undefined;
}

/**
 * "against 47.3 percent for Tom Ward", "38 percent of the vote for Mr. Hale": the one a share is given for, named
 * right after "for".
 */
function givenFor(site: Site): number | undefined {
  const { ctx, q } = site;
  const after = nearestMention(site, ['person', 'organization', 'other'], 'after', 40);
  return after !== undefined && FOR_WHOM.test(ctx.text.slice(q.end, ctx.mentions[after].start)) ? after : undefined;
}

const FOR_WHOM = /^\s*(?:of\s+the\s+[a-z]+\s+)?for\s+(?:(?:mr|mrs|ms|dr|sen|gov)\.?\s+)?$/i;

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
 * tags (adjectives and nouns, the last noun its head). A capitalised word after "in" is a place; `inToo` false asks
 * for "of" alone.
 */
function shareOf(site: Site, end: number, inToo = true): Share | undefined {
  const { tokens, lex } = site;
  const tags = site.tags();
  let k = tokens.findIndex((t) => t.start >= end);
  if (k < 0 || tokens[k].kind !== 'word' || (tokens[k].lower !== 'of' && (tokens[k].lower !== 'in' || !inToo))) return undefined;
  const preposition = tokens[k++].lower;
  while (k < tokens.length && /^(?:the|all|its|their)$/.test(tokens[k].lower)) k++;
  const words: string[] = [];
  let head = -1;
  for (; k < tokens.length && words.length < 4; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || (t.cap && (preposition === 'in' || words.length > 0))) break;
    const noun = NOUN.test(tags[k]) || (tags[k] === '' && /^[a-z]{3,}$/.test(t.lower));
    if (!noun && !/^JJ/.test(tags[k])) break;
    // "70 per cent of the municipality's canola": the owner first, the share's own noun after it.
    if (t.possessive && words.length === 0 && tokens[k + 1]?.kind === 'word') continue;
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
  // "a 5 percent rise", and past one noun of what changes: "a 5.5% pay rise", "a 3 per cent price increase".
  const next = /^[\s-]+([a-z]+)(?:\s+([a-z]+))?/.exec(ctx.text.slice(q.end, site.sentence.end));
  const changes = (word: string | undefined) => !!word && lemma(word, lex) in (lex.values.percent.changeNouns as Record<string, string>);
  return !!next && (changes(next[1]) || (!lex.determiners.has(next[1]) && changes(next[2])));
}

/**
 * "a 21 percent rise in quarterly profit", "a 5 percent drop in sales": a noun of change right after the value, and
 * "in" and what changed, is the change of that noun, up or down as the noun says (`percent.changeNouns`): the same
 * statement as "profit rose 21 percent".
 */
function changeByNoun(site: Site): { direction: string; subject?: string; narrowing: string[] } | undefined {
  const { tokens, lex } = site;
  const k = site.last + 1;
  const direction = tokens[k]?.kind === 'word' ? (lex.values.percent.changeNouns as Record<string, string>)[lemma(tokens[k].lower, lex)] : undefined;
  if (!direction || tokens[k + 1]?.lower !== 'in') return undefined;
  const from = lex.determiners.has(tokens[k + 2]?.lower ?? '') ? k + 3 : k + 2;
  if (tokens[from]?.cap) return undefined;
  const subject = nounFrom(site, from);
  return subject ? { direction, subject, narrowing: [] } : undefined;
}

/** "65% of traffic to India", "60 per cent in India": the place named in the share's own phrase, after it. */
const PLACE_OF_SHARE = /^\s+(?:of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,3})?(?:in|to|with|from|between|across|for)\s+(?:the\s+)?$/;

function placeOfShare(site: Site): number | undefined {
  const { ctx, q } = site;
  const i = ctx.mentions.findIndex((m) => m.sentence === q.sentence && m.start >= q.end && m.start - q.end <= 60 && (m.type === 'place' || (m.type === 'other' && m.kind === 'name')) && PLACE_OF_SHARE.test(ctx.text.slice(q.end, m.start)));
  return i >= 0 ? i : undefined;
}
