// The statement of a date, a weekday or a time of day: the act it dates (the governing verb, a noun it stands
// before, a report, a finding), the speaker of a day, and the places of the act.
import type { Token } from '../tokens';
import { clauseTextOf, NOUN, type Said, type Site, stem, triggerBefore, unquotedText, wordSets } from './site';
import { actStem, coordinatedPredicates, governingVerbIndex, holderBefore, placesNear, RELATIVE_PRONOUN, speakerOf, SUBORDINATOR } from './syntax';
import { incidentNear } from './scope';

/**
 * A time, a weekday or a date: when something happened, or is planned to. A planned event ("will meet on Friday", "is
 * scheduled to be arraigned Thursday", "the trial starts Monday") is not what happened: its day or time is marked
 * `planned`, and meets only another source's plan (corpus/align.ts); its date is no statement.
 */
export function whenStatement(site: Site): Said | undefined {
  const { q, ctx } = site;
  const planned = PLANNED.test(ctx.text.slice(Math.max(site.clause.start, q.start - 50), q.start).toLowerCase()) || scheduledInPresent(site) || possibleActDated(site) || whenOfAPlan(site);
  // A planned date is seldom one act's ("will host the Oscars next year", "the quarter, which ends January 31"): only
  // a day or a clock time names when one planned act is to happen.
  if (planned && q.kind === 'date') return undefined;
  if (q.kind === 'day' && endOfDaySpan(site)) return undefined;
  if (q.kind === 'time' && namesAService(site)) return undefined;
  const said = actDated(site);
  // "has seized several ships in the area since 2019": the start of a span, not the day of an act; it meets only
  // another start ("in custody since March 3"). "since 1983, when he bought it" dates the buying too. A weekday that
  // starts a span with no end ("a rise in deaths from Monday"; a span with its end is no statement, `endOfDaySpan`)
  // is such a start too.
  const before = ctx.text.slice(Math.max(site.sentence.start, q.start - 8), q.start);
  const starts = q.kind === 'date' ? SINCE_BEFORE.test(before) : q.kind === 'day' && SPAN_START_BEFORE.test(before);
  const since = starts && !WHEN_AFTER.test(ctx.text.slice(q.end, Math.min(site.sentence.end, q.end + 8)));
  const marks = [...(planned ? ['planned'] : []), ...(since ? [SINCE] : []), ...(since && stateSince(site) ? [STATE_SINCE] : []), ...(q.kind === 'day' && ongoingVerb(site) ? [ONGOING] : [])];
  // "has been mayor since 2017" is the start of leading, as "has led the city since 2019" says it.
  const led = since && said && HEAD_SINCE.exec(ctx.text.slice(Math.max(site.sentence.start, q.start - 40), q.start));
  const heading = led && (site.lex.values.statement.headingTitles as string[]).includes(led[1].toLowerCase()) ? { predicate: 'lead' } : {};
  return marks.length > 0 && said ? { ...said, ...heading, modifiers: [...(said.modifiers ?? []), ...marks] } : said;
}

/**
 * "The 7.15am service from Delvaro struck the lorry at 7.48am", "the 8:15 flight": a clock time between "the" and a noun
 * names a scheduled service by when it leaves; it is not when anything happened.
 */
function namesAService(site: Site): boolean {
  const { tokens } = site;
  const next = site.last + 1;
  return tokens[site.first - 1]?.lower === 'the' && tokens[next]?.kind === 'word' && !tokens[next].cap && NOUN.test(site.tags()[next]);
}

/** The mark of a date or a day that starts a span ("since 2019", "from Monday"): it dates no one act. */
export const SINCE = 'since';

/** The mark of a state held since a date ("shut to traffic since February 2023"): its start is its verb's act. */
export const STATE_SINCE = 'state since';

/**
 * "The bridge, shut to traffic since February 2023", "has been closed since March": a participle (passive, or after
 * its noun) before "since" tells a state its verb's act brought about; "has seized several ships since 2019" tells
 * acts repeated since, whose start is no one of them.
 */
function stateSince(site: Site): boolean {
  const verb = governingVerbIndex(site, true);
  // The tagger reads a participle of the same form as the past ("shut/VBD to traffic since"); a finite past tense before
  // "since" is not English, so either form is the participle.
  if (verb === undefined || verb > site.first || !/^VB[ND]$/.test(site.tags()[verb])) return false;
  return !PERFECT.test(site.tokens[verb - 1]?.lower ?? '');
}

const PERFECT = /^(?:has|have|had|having)$/;

/** The mark of a day told by a verb in the progressive ("were searching on Saturday"). */
export const ONGOING = 'ongoing';

/**
 * "Rescuers were searching on Saturday for a hiker swept away when a flood …": a day told by a verb in the progressive
 * dates an activity going on then, which news tells of what followed its event, not of the event itself.
 */
function ongoingVerb(site: Site): boolean {
  const verb = governingVerbIndex(site, true);
  if (verb === undefined || verb < 1 || verb > site.first || site.tags()[verb] !== 'VBG' || !BE_FORM.test(site.tokens[verb - 1].lower)) return false;
  // "two guards who were transporting him …, according to a statement Monday": a relative clause's verb describes its noun.
  if (RELATIVE_PRONOUN.test(site.tokens[verb - 2]?.lower ?? '')) return false;
  // "one was missing after a flash flood tore through the canyon on Friday": a clause of time between them dates its own act.
  return !SUBORDINATOR.test(site.ctx.text.slice(site.tokens[verb].end, site.q.start));
}

/** The past of "be": "is heading to Marrowby for a speech Sunday" tells a plan, not what went on after an event. */
const BE_FORM = /^(?:was|were)$/;

/** "has been mayor since", "had been the party's leader since": a title held since a date. */
const HEAD_SINCE = /\b(?:has|have|had)\s+been\s+(?:(?:the|its|his|her|their)\s+)?(?:[a-z]+['’]s\s+)?([a-z]+)\s+since\s+$/i;

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const DAY_SPAN_START = new RegExp(`^\\s*(?:to|through|thru|until|till|and|-|–)\\s*${WEEKDAY}\\b`, 'i');
const DAY_SPAN_START_BARE = new RegExp(`^\\s*(?:through|thru|-|–)\\s*${WEEKDAY}\\b`, 'i');
const DAY_SPAN_END = new RegExp(`\\b(?:from|between)\\s+${WEEKDAY}\\s*(?:to|through|thru|until|till|and|-|–)\\s*$`, 'i');
const DAY_SPAN_END_BARE = new RegExp(`\\b${WEEKDAY}\\s*(?:through|thru|-|–)\\s*$`, 'i');

/**
 * "took in $78 million from Friday to Sunday", "between Monday and Wednesday", "Friday through Sunday": a weekday that
 * is an end of a span of days dates no one act (a span's end set against another source's "said Sunday" was an
 * error of a day that no one gave for the saying).
 */
function endOfDaySpan(site: Site): boolean {
  const { q, ctx } = site;
  const before = ctx.text.slice(Math.max(site.sentence.start, q.start - 40), q.start);
  const after = ctx.text.slice(q.end, Math.min(site.sentence.end, q.end + 20));
  if (/\b(?:from|between)\s+$/i.test(before) && DAY_SPAN_START.test(after)) return true;
  if (DAY_SPAN_START_BARE.test(after)) return true;
  return DAY_SPAN_END.test(before) || DAY_SPAN_END_BARE.test(before);
}

const SINCE_BEFORE = /\bsince\s+$/i;
const SPAN_START_BEFORE = /\b(?:since|from)\s+$/i;
const WHEN_AFTER = /^(?:,\s*|\s+)when\b/i;

/**
 * "setting up a possible walkout at one of the state's largest power plants on Monday": a day or a time after a noun an
 * adjective of possibility opens (`statement.possibleAct`), with no verb between them, dates what may happen.
 */
function possibleActDated(site: Site): boolean {
  const { tokens } = site;
  const tags = site.tags();
  const words = site.lex.values.statement.possibleAct;
  for (let k = site.first - 1; k > 0 && k >= site.first - POSSIBLE_REACH && tokens[k].start >= site.clause.start; k--) {
    if (/^VB|^MD$/.test(tags[k])) return false;
    if (words.includes(tokens[k].lower) && /^(?:DT|PRP\$)$/.test(tags[k - 1])) return true;
  }
  return false;
}

/** How many tokens before a day an adjective of possibility may stand. */
const POSSIBLE_REACH = 14;

// "is due to be arraigned", "are due in court": "due" after a form of "be" (not "due to the weather").
// "have agreed to resume talks on Wednesday", "vowed to return on Friday": the act of a promise or an intention is planned.
const PLANNED = /\b(?:will|would|shall|plans? to|planned|scheduled|slated|expected to|is to|are to|set to|(?:is|are|was|were) due|(?:agreed|agrees|promised|pledged|vowed|intends?|aims?) to)\b/;

/**
 * "Households will be barred from using hosepipes when the ban kicks in on Friday": a clause of time, in the present,
 * under a main clause of what will be, tells when a planned thing is to happen.
 */
function whenOfAPlan(site: Site): boolean {
  const { ctx } = site;
  const before = ctx.text.slice(site.sentence.start, site.q.start);
  const opening = PLAN_TIME_CLAUSE.exec(before);
  return !!opening && /\b(?:will|shall)\b/i.test(before.slice(0, opening.index));
}

/** A clause of time in the present right before the value ("when the ban kicks in on ", "once it begins on "). */
const PLAN_TIME_CLAUSE = /\b(?:when|once|until)\s+(?:[\w'’-]+\s+){0,3}[a-z]+s(?:\s+[a-z]+)?\s+on\s+$/i;

/**
 * The act a time, a weekday or a date dates. The event is the incident word nearest the value in its clause
 * ("bombing" → attack), else the governing verb ("said Tuesday": the day someone said it, with the speaker as the
 * entity). The places named near the value are its participants: the same kind of incident at places no source
 * shares is another incident.
 */
function actDated(site: Site): Said | undefined {
  const { q, lex } = site;
  const clauseText = clauseTextOf(site);
  if (namesWhichOne(site)) return undefined;
  const own = datedNoun(site) ?? reportDay(site);
  if (own) return own;
  const near = incidentNear(site.clause, clauseText, q, lex);
  const found = foundDay(site, clauseText, near);
  if (found) return found;
  // The verb the day dates, found once: its lemma, its written form and the verbs joined to it.
  const participle = q.kind === 'date' ? participleBefore(site) : undefined;
  const verb = participle ?? governingVerbIndex(site, true);
  const incident = near.event === undefined && verb !== undefined && saysItHappened(site, verb) ? incidentBefore(site) : near;
  const predicate = verb === undefined ? undefined : actStem(site, verb);
  // A date or a day with nothing that says what happened then is not a statement anyone else can make.
  if (!incident.event && !predicate) return undefined;
  // "the bombing of Guffa on Tuesday, Kiir said": a day right after an incident word dates the incident, not the speech.
  const incidentJustBefore = participle === undefined && incident.trigger !== undefined && triggerBefore(incident.trigger).test(clauseText.slice(0, q.start - site.clause.start));
  const speech = lex.speechVerbs.has(predicate ?? '') || (verb !== undefined && lex.speechVerbs.has(site.tokens[verb].lower));
  // "The death toll from Wednesday's earthquake rose to 16, officials said on Thursday": the sentence dates its
  // incident by another day, so this one is only the day of speaking.
  if (speech && !incidentJustBefore && incident.event && (incidentDatedInSentence(site, incident.event) || anotherDayInSentence(site))) {
    return { modifiers: [], predicate, event: predicate, entity: speakerOf(site), participants: [], ownAct: true };
  }
  // "announced the charges during a Friday press conference", "criticized her sister in a Monday Facebook post": the
  // act happened at the occasion the day dates, so either names it; an occasion of speech names its speaker.
  const occasion = occasionOf(site);
  const speaker = speech && !incidentJustBefore ? speakerOf(site) : occasion && spokenNoun(occasion, lex) ? holderBefore(site) : undefined;
  let coordinated = incidentJustBefore || speech || verb === undefined ? undefined : coordinatedPredicates(site, verb);
  // "sent a mayday call at 0415 GMT" / "issued a mayday at about 5.15am": a clock time of an act is the time of its
  // object too, which two outlets name alike when their verbs differ. Not with a day in the clause: a clock beside a
  // day links two days as one act only when the clocks agree (corpus/align.ts `clock`), and two clocks on two days
  // told by two verbs are two acts.
  const objects = q.kind === 'time' && verb !== undefined && !speech && !dayInClause(site) ? objectNouns(site, verb) : [];
  if (objects.length > 0) coordinated = [...(coordinated ?? []), ...objects];
  return {
    subject: incident.event,
    entity: speaker,
    modifiers: [],
    predicate: incidentJustBefore && incident.trigger ? stem(incident.trigger) : predicate,
    coordinated: occasion ? [...(coordinated ?? []), stem(occasion.lower, lex)] : coordinated,
    event: incident.event ?? predicate,
    trigger: incident.trigger,
    participants: placesNear(site),
  };
}

/**
 * The nouns of the object between a verb and the clock time after it: "sent out a mayday at 4.15am" → mayday, "sent a
 * mayday call at 0415" → mayday, call. Only a short phrase of a determiner, adjectives and nouns, ended by the
 * preposition (and hedge) before the time.
 */
function objectNouns(site: Site, verb: number): string[] {
  const { tokens, lex } = site;
  const tags = site.tags();
  let end = site.first - 1;
  while (end > verb && tags[end] === 'IN' && OBJECT_END.test(tokens[end].lower)) end--;
  if (end === site.first - 1 || end - verb > OBJECT_REACH) return [];
  let k = verb + 1;
  if (tags[k] === 'RP') k++;
  if (k <= end && /^(?:DT|PRP\$)$/.test(tags[k])) k++;
  const phrase = tokens.slice(k, end + 1).map((t, i) => ({ t, tag: tags[k + i] }));
  if (phrase.length === 0 || !phrase.every(({ t, tag }) => t.kind === 'word' && !t.cap && /^(?:JJ|NN|NNS|VBG)$/.test(tag)) || !/^NNS?$/.test(phrase[phrase.length - 1].tag)) return [];
  return phrase.filter(({ tag }) => /^NNS?$/.test(tag)).map(({ t }) => stem(t.lower, lex));
}

/** How many tokens may stand between a verb and a clock time for the words between to be its object. */
const OBJECT_REACH = 6;
/** Prepositions and hedges before a clock time. */
const OBJECT_END = /^(?:at|around|about|after|before|by|shortly|just|approximately)$/;

/** Whether a weekday or a date stands in the site's clause. */
function dayInClause(site: Site): boolean {
  return site.ctx.quantities.some((x) => x.sentence === site.q.sentence && (x.kind === 'day' || x.kind === 'date') && x.start >= site.clause.start && x.end <= site.clause.end);
}

/**
 * "Thieves stole three bells cast in 1732", "The bells, cast in 1723 by a foundry, include …": a past participle right
 * before a date's "in" or "on", after its noun or a comma, is what the date dates, not the clause's verb ("stole",
 * "include"). "was built in 1991" (an auxiliary before it) is the clause's verb anyway.
 */
function participleBefore(site: Site): number | undefined {
  const { tokens } = site;
  const tags = site.tags();
  const v = site.first - 2;
  if (v < 1 || !/^(?:in|on)$/.test(tokens[site.first - 1].lower) || !/^VB[ND]$/.test(tags[v]) || tokens[v].start < site.sentence.start) return undefined;
  // "The last escape from the jail was in November 2000": a form of "be" or "have" is no participle of an act.
  const { auxiliaries, copulas } = wordSets(site.lex);
  if (auxiliaries.has(tokens[v].lower) || copulas.has(tokens[v].lower)) return undefined;
  return tokens[v - 1].text === ',' || /^NNS?$/.test(tags[v - 1]) ? v : undefined;
}

/** Whether another weekday of the sentence dates a noun of the incident `event` ("Wednesday's 6.4-magnitude earthquake"). */
function incidentDatedInSentence(site: Site, event: string): boolean {
  const { tokens, lex } = site;
  return tokens.some((t, k) => {
    if ((k >= site.first && k <= site.last) || !t.possessive || !lex.weekdays.includes(t.lower)) return false;
    const head = headNounAfter(site, k + 1);
    return !!head && lex.incidentEvent.get(head.lower) === event;
  });
}

/**
 * "Lee won Tuesday's election …, officials said on Wednesday": another weekday in the sentence dates what was
 * said; the day the speech verb governs is only the day of speaking.
 */
function anotherDayInSentence(site: Site): boolean {
  const { tokens, lex } = site;
  return tokens.some((t, k) => (k < site.first || k > site.last) && t.kind === 'word' && lex.weekdays.includes(t.lower));
}

/** Whether the verb at `k` only says that something happened ("occurred", "took place": the lexicon's `statement.occurrence`). */
function saysItHappened(site: Site, k: number): boolean {
  const { tokens, lex } = site;
  const words = lex.values.statement.occurrence;
  return words.includes(tokens[k].lower) || (k + 1 < tokens.length && words.includes(`${tokens[k].lower} ${tokens[k + 1].lower}`));
}

/**
 * "It took place at 7:37 AM local time", "The epicenter of the quake was … and took place at 7:37": a verb that only
 * says something happened dates the incident named before it in its sentence, or else in the sentence before.
 */
function incidentBefore(site: Site): { event?: string; trigger?: string; at?: number } {
  const { ctx, q, lex } = site;
  const own = { start: site.sentence.start, end: q.start };
  const inSentence = incidentNear(own, unquotedText(ctx, own), q, lex);
  if (inSentence.event || q.sentence === 0) return inSentence;
  const previous = ctx.sentences[q.sentence - 1];
  return incidentNear(previous, unquotedText(ctx, previous), q, lex);
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
 * A weekday in the possessive ("Thursday's swearing-in ceremony"), or standing as a noun's modifier after a determiner
 * outside an occasion (`occasionOf`: "The Wednesday bombings sparked condemnation", "the Friday meeting was called
 * off"), dates that noun, not the verb of its clause: "said hours after Thursday's ceremony" is not a day of saying.
 * The noun is the statement's predicate, and its incident when it names one ("Thursday's shooting").
 */
function datedNoun(site: Site): Said | undefined {
  const { q, tokens, lex } = site;
  const before = tokens[site.first - 1];
  // "Saturday night's reception": the part of the day carries the possessive.
  const partOfDay = !!tokens[site.last + 1]?.possessive && PART_OF_DAY.test(tokens[site.last + 1].lower);
  const modifies = tokens[site.last].possessive || partOfDay || (!!before && DETERMINER.test(before.lower) && tokens[site.last + 1]?.kind === 'word' && !occasionOf(site));
  if (q.kind !== 'day' || !modifies) return undefined;
  const head = headNounAfter(site, partOfDay ? site.last + 2 : site.last + 1);
  if (!head) return undefined;
  const incident = lex.incidentEvent.get(head.lower);
  const predicate = stem(head.lower, lex);
  return { subject: incident, modifiers: [], predicate, event: incident ?? predicate, ...(incident ? { trigger: head.lower } : {}), participants: placesNear(site), ownAct: true };
}

const PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/;

/** A preposition that puts the clause's act at an occasion: "in a Monday post", "during a Friday press conference". */
const AT_OCCASION = /^(?:in|at|during)$/;

/**
 * The noun a weekday dates as the occasion of its clause's act: "during a Friday press conference" (conference), "in
 * his Friday briefing" (briefing). Undefined when the day is no noun's modifier there.
 */
function occasionOf(site: Site): Token | undefined {
  const { q, tokens } = site;
  const [determiner, preposition] = [tokens[site.first - 1], tokens[site.first - 2]];
  if (q.kind !== 'day' || !determiner || !preposition || !DETERMINER.test(determiner.lower) || !AT_OCCASION.test(preposition.lower)) return undefined;
  return tokens[site.last + 1]?.kind === 'word' ? headNounAfter(site) : undefined;
}

/** A noun of speech, or one whose verb is one ("post", "tweet"): its day is a day someone spoke. */
function spokenNoun(noun: Token, lex: Site['lex']): boolean {
  return lex.speechNouns.has(noun.lower) || lex.speechVerbs.has(`${noun.lower}s`);
}

/** How many words after a value its noun phrase may run ("Democratic vice presidential nominee"). */
const NOUN_PHRASE_REACH = 6;

/**
 * The last noun of the phrase right after the value (or from token `from`): its head ("ceremony" in "'s swearing-in
 * ceremony on the floor").
 */
function headNounAfter(site: Site, from = site.last + 1): Token | undefined {
  const { tokens } = site;
  const tags = site.tags();
  let head: Token | undefined;
  for (let k = from; k < tokens.length && k < from + NOUN_PHRASE_REACH; k++) {
    const t = tokens[k];
    // A measure before the noun modifies it: "Wednesday's 6.4-magnitude earthquake", "Monday's two-day summit".
    if (head === undefined && (t.kind === 'number' || (t.text === '-' && tokens[k - 1]?.kind === 'number'))) continue;
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
 * Tuesday" reports). Nor is a plural noun the tagger took for such a verb (`nounTakenForVerb`).
 */
function scheduledInPresent(site: Site): boolean {
  const { q, tokens, lex, ctx } = site;
  if (q.kind !== 'day' || ctx.paragraphs[site.sentence.paragraph].kind === 'headline') return false;
  if (ctx.quotations.some((quote) => q.start >= quote.start && q.start < quote.end)) return false;
  let k = site.first - 1;
  if (tokens[k]?.lower === 'on') k--;
  const verb = tokens[k];
  return !!verb && site.tags()[k] === 'VBZ' && !lex.speechVerbs.has(verb.lower) && !wordSets(lex).auxiliaries.has(verb.lower) && !nounTakenForVerb(site, k);
}

/** How many words a noun phrase after a preposition may hold before its head ("in the state's Democratic caucuses"). */
const NOUN_PHRASE_WORDS = 6;

/**
 * Whether a word tagged as a verb in the present before a weekday is a plural noun: the head of a preposition's object,
 * right after an adjective or a name that modifies it ("in a speech to Tea Party conservatives on Saturday", "in the
 * state's Democratic caucuses Saturday"). After a common noun it is the verb of that noun ("the trial of the worker at
 * the Dover plant starts Monday"); another finite verb in the clause says nothing either way ("The trial of an
 * employee who shot two co-workers starts Monday").
 */
function nounTakenForVerb(site: Site, k: number): boolean {
  const tags = site.tags();
  if (k < 1 || !/^(?:JJ|NNPS?)$/.test(tags[k - 1]) || site.ctx.mentions.some((m) => m.type === 'person' && m.end === site.tokens[k - 1].end)) return false;
  for (let j = k - 1; j >= Math.max(0, k - NOUN_PHRASE_WORDS); j--) {
    if (tags[j] === 'IN' || tags[j] === 'TO') return true;
    if (!/^(?:NNP?S?|JJ|CC|CD|DT|PRP\$|POS)$/.test(tags[j])) return false;
  }
  return false;
}
