// The statement of a duration: a sentence, a term, a ban, a call or a meeting, how long a state held, a span to do
// something or before an event, and the participants of an event that lasted ("the call between X and Y").
import type { Lexicon } from '../../data/lexicon';
import type { Token } from '../tokens';
import { clauseTextOf, lemma, NOUN, type Range, type Said, type Site, type StatementContext, stem, wordSets } from './site';
import { DATELINE_DASH, governingVerb, governingVerbIndex, isAttributionSource, marginOf, marginStatement, nearestMention, recordMargin, namesOf, nounAfter, nounFrom, ofNounAfter, OTHER_CLAUSE, pastApposition, phrasalAct, placesIn, subjectOfVerb, wordBeforeEnd } from './syntax';
import { incidentNear } from './scope';
import { followsASum, isRaceTime } from '../values/duration';

/**
 * "Imposing a sentence of 18 years", "a ban of three years": the noun of a span given to someone (the nouns of
 * `duration.verbNouns`), written before the span with "of", as "an 18-year sentence" writes it after. Kept to those
 * nouns: "a contract of eight years" or "a period of five years" says nothing another source names the same way.
 */
function spanNounBefore(site: Site): string | undefined {
  const { q, ctx, lex } = site;
  const written = /\b([a-z]+)\s+of\s+$/i.exec(ctx.text.slice(Math.max(site.sentence.start, q.start - 40), q.start))?.[1]?.toLowerCase();
  // "prison sentences of between six and 75 years": the noun may be plural, and need no determiner of its own.
  const noun = written && lemma(written, lex);
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
  if (!m) return bareObjectHeldFor(site);
  const at = q.start - m[0].length + m[0].lastIndexOf(m[1]);
  const k = tokens.findIndex((t) => t.start === at);
  if (k < 0 || !/^NNS?$/.test(site.tags()[k])) return undefined;
  // The verb stands right before the object ("reopen the government"), not a preposition ("lived in the city").
  const determiner = tokens.findIndex((t) => t.start === q.start - m[0].length + m[0].search(/\S/));
  const verb = determiner - 1;
  if (determiner < 1 || !/^VB/.test(site.tags()[verb])) return undefined;
  const noun = lemma(m[1], lex);
  const predicate = stem(tokens[verb].lower, lex);
  // "had held the post for three years": the time in office, as "had been in the job for two years" says it.
  if (predicate === 'hold' && (lex.values.duration.officeNouns as string[]).includes(noun)) return { subject: OFFICE, entity: subjectOfVerb(site, tokens[verb]), modifiers: [], predicate: OFFICE, event: 'state' };
  return { subject: noun, modifiers: [], predicate };
}

/**
 * Who is in a state for a span: the person the clause's verb is said of ("Ward, who had been in prison for six years",
 * "Grant had been in the job for two years"), so that two people's times in a state are two statements.
 */
function holderOf(site: Site): number | undefined {
  const k = governingVerbIndex(site);
  return k === undefined ? undefined : subjectOfVerb(site, site.tokens[k]);
}

/** The state of a rule or an order in force, as the lexicon's `durationStates` names it ("in effect", "in place"). */
const RULE_IN_FORCE = 'in effect';

/** The state of holding an office, as the lexicon's `durationStates` names it. */
const OFFICE = 'in office';

/**
 * "diverted ambulances for four days", "grounded flights for three days": a bare plural object held for a span, the
 * verb right before it.
 */
function bareObjectHeldFor(site: Site): Said | undefined {
  const { q, ctx, lex, tokens } = site;
  const m = wordSets(lex).bareObjectFor.exec(ctx.text.slice(Math.max(site.sentence.start, q.start - 40), q.start));
  if (!m) return heldByFor(site);
  const at = q.start - m[0].length + m[0].indexOf(m[1]);
  const k = tokens.findIndex((t) => t.start === at);
  if (k < 1 || site.tags()[k] !== 'NNS') return undefined;
  // "held four hostages for seven hours": a count may stand between the verb and its object.
  const verb = site.tags()[k - 1] === 'CD' ? k - 2 : k - 1;
  if (verb < 0 || !/^VB/.test(site.tags()[verb]) || wordSets(lex).auxiliaries.has(tokens[verb].lower)) return undefined;
  const noun = lemma(m[1], lex);
  return { subject: noun, modifiers: [], predicate: stem(tokens[verb].lower, lex) };
}

/** Verbs that leave their object in the state a gerund names: "were left waiting", "kept waiting". */
const LEFT_IN_STATE = /^(?:left|kept)$/;

/** How many words an agent ("by an armed man") may take between a participle and "for". */
const AGENT_WORDS = 5;

/**
 * "freed four hostages held by an armed man for seven hours": a noun, the participle said of it and its agent, then
 * "for" and the span: how long the noun was held so, as "held four hostages for seven hours" says it. "were left
 * waiting for four hours": the state is the gerund's ("wait").
 */
function heldByFor(site: Site): Said | undefined {
  const { tokens, lex } = site;
  const tags = site.tags();
  const k = forBeforeSpan(site);
  if (k === undefined) return undefined;
  if (tags[k - 1] === 'VBG' && LEFT_IN_STATE.test(tokens[k - 2]?.lower ?? '')) {
    const state = stem(tokens[k - 1].lower, lex);
    return { subject: state, modifiers: [], predicate: state };
  }
  const passive = passiveHeldFor(site, k);
  if (passive) return passive;
  // The agent is needed: without it a past tense reads as a participle ("Jurors deliberated for nine hours").
  const by = tokens.slice(Math.max(0, k - AGENT_WORDS - 1), k).findIndex((t) => t.lower === 'by');
  if (by < 0) return undefined;
  const at = Math.max(0, k - AGENT_WORDS - 1) + by;
  if (tokens.slice(at + 1, k).some((t) => t.kind !== 'word')) return undefined;
  const [participle, noun] = [at - 1, at - 2];
  if (noun < 0 || tags[participle] !== 'VBN' || !/^NNS?$/.test(tags[noun]) || tokens[noun].cap) return undefined;
  return { subject: lemma(tokens[noun].lower, lex), modifiers: [], predicate: stem(tokens[participle].lower, lex) };
}

/** A form of "be" before a passive participle. */
const BE = /^(?:is|are|was|were|be|been|being)$/;

/**
 * "Flights at Marrowby Airport were halted for four hours", "the main road was closed for six hours": a passive said of
 * its subject's head noun for the span, as "halted flights for four hours" says it. The head is the last noun of the
 * clause's first noun phrase, before any preposition; a name ("Ann Lee was held for") is no noun. A verb that gives a
 * person a span ("was jailed for", `duration.verbNouns`) is the sentence reading's.
 */
function passiveHeldFor(site: Site, k: number): Said | undefined {
  const { tokens, lex } = site;
  const tags = site.tags();
  const participle = k - 1;
  if (participle < 2 || tags[participle] !== 'VBN' || (lex.values.duration.verbNouns as Record<string, string>)[tokens[participle].lower]) return undefined;
  const aux = tags[participle - 1] === 'RB' ? participle - 2 : participle - 1;
  if (aux < 1 || !BE.test(tokens[aux].lower)) return undefined;
  let head: number | undefined;
  for (let j = aux - 1; j >= 0 && tokens[j].start >= site.clause.start; j--) {
    if (tokens[j].kind === 'punct' || /^(?:VB|MD|W)/.test(tags[j])) break;
    if (tags[j] === 'IN') head = undefined;
    else if ((/^NNS?$/.test(tags[j]) || opensText(site, j)) && !/^NN/.test(tags[j + 1] ?? '')) head = j;
  }
  if (head === undefined) return undefined;
  return { subject: lemma(tokens[head].lower, lex), modifiers: [], predicate: stem(tokens[participle].lower, lex) };
}

/**
 * A capitalised word that opens the sentence or the text after a dateline's dash ("DENVER (Wire) — Flights were"), which
 * the tagger may take for a name: a noun unless a mention covers it.
 */
function opensText(site: Site, j: number): boolean {
  const { tokens, ctx } = site;
  const first = j === 0 || /^(?:—|–|-|--|:)$/.test(tokens[j - 1].text);
  return first && /^NNPS?$/.test(site.tags()[j]) && !ctx.mentions.some((m) => m.start <= tokens[j].start && tokens[j].end <= m.end);
}

/**
 * "He was sentenced to 5 1/2 years", "Keane was jailed for six years", "sentencing Gigante to 12 years": a span a verb
 * gives a person is said of what it gives ("sentence", as in "a 2-1/2 year sentence") and of the person. The verb
 * stands right before "to" or "for" and the value, or only the person's name between them, and the person must be
 * known: two people's sentences are two statements.
 */
function givenSpan(site: Site): Said | undefined {
  const { q, ctx, lex, tokens } = site;
  // "sentenced Tom Ward to seven years in prison for taking bribes": the verb after the span is another act's.
  const governing = governingVerbIndex(site);
  const k = governing !== undefined && governing <= site.first ? governing : givingVerbBefore(site);
  if (k === undefined) return undefined;
  const toOrFor = (from: number) => /^\s+(?:to|for)\s+$/i.test(withoutDay(ctx.text.slice(from, q.start), lex));
  // "sentencing Gigante to 12 years": the person named between the verb and "to" is given the span, not the subject.
  // So is one named after the words of a title or a description ("sentenced former deputy minister Tom Ward to").
  const object = ctx.mentions.findIndex((m) => m.type === 'person' && m.start > tokens[k].end && m.end <= q.start && TITLE_BEFORE_NAME.test(ctx.text.slice(tokens[k].end, m.start)) && toOrFor(m.end));
  // "Sentencing him to 10 years": the one "him" or "her" stands for.
  const pronoun = object < 0 ? OBJECT_PRONOUN.exec(ctx.text.slice(tokens[k].end, q.start)) : null;
  if (object < 0 && !pronoun && !toOrFor(tokens[k].end)) return undefined;
  const noun = (lex.values.duration.verbNouns as Record<string, string>)[tokens[k].lower];
  if (!noun) return undefined;
  const person = object >= 0 ? object : pronoun ? antecedentOf(site, tokens[k].end + pronoun[0].indexOf(pronoun[1])) : (subjectOfVerb(site, tokens[k]) ?? describedInTheHeadline(site, tokens[k]) ?? describedInTheLede(site, tokens[k]));
  if (person === undefined) return undefined;
  return { subject: noun, entity: person, modifiers: [], predicate: stem(tokens[k].lower, lex) };
}

/** The nearest verb that gives a span (`duration.verbNouns`) among the few words before the value, in its clause. */
function givingVerbBefore(site: Site): number | undefined {
  const nouns = site.lex.values.duration.verbNouns as Record<string, string>;
  for (let k = site.first - 1; k >= Math.max(0, site.first - GIVING_VERB_REACH) && site.tokens[k].start >= site.clause.start; k--) if (nouns[site.tokens[k].lower]) return k;
  return undefined;
}

/** How many words before a span its giving verb may stand: the verb, a title of five words, a name of three, "to". */
const GIVING_VERB_REACH = 10;

/** What may stand between a verb and the person it gives a span to: nothing, or up to five words in lower case. */
const TITLE_BEFORE_NAME = /^\s+(?:[a-z][\w-]*\s+){0,5}$/;

/** An object pronoun right after the verb, then "to" or "for" before the span. */
const OBJECT_PRONOUN = /^\s+(him|her)\s+(?:to|for)\s+$/i;

/** The runner-up named just before a gap ("Tom Ward second, 12 seconds back", "the runner-up, 3 seconds behind"). */
const RUNNER_UP = /\b(?:second|runner-up)\b[\s,]*$/i;

/** The person a pronoun at `offset` of the value's sentence stands for, named in that sentence or the one before. */
function antecedentOf(site: Site, offset: number): number | undefined {
  const { ctx, q } = site;
  return namesOf(ctx).antecedents(q.sentence, offset).find((i) => ctx.mentions[i].type === 'person' && ctx.mentions[i].sentence >= q.sentence - 1);
}

/**
 * "A former charity director who stole from a hospice was jailed for 12 years. | Tom Ray, 58, took the money": a lede
 * that describes the one it sentences, no one named before its verb, names him at the start of the next sentence.
 */
function describedInTheLede(site: Site, verb: Token): number | undefined {
  const { ctx, q } = site;
  const paragraph = site.sentence.paragraph;
  const lede = ctx.paragraphs.findIndex((p) => p.kind !== 'headline');
  if (paragraph !== lede || ctx.sentences.findIndex((s) => s.paragraph === paragraph) !== q.sentence) return undefined;
  // A dateline before its dash ("DENVER (Wire) — ") names no one.
  const from = site.sentence.start + (DATELINE_DASH.exec(ctx.text.slice(site.sentence.start, verb.start))?.[0].length ?? 0);
  if (ctx.mentions.some((m) => m.sentence === q.sentence && m.start >= from && m.end <= verb.start && m.type !== 'place')) return undefined;
  const next = ctx.sentences[q.sentence + 1];
  if (!next) return undefined;
  const opening = ctx.mentions.findIndex((m) => m.sentence === q.sentence + 1 && m.type === 'person' && ctx.text.slice(next.start, m.start).trim() === '');
  return opening >= 0 ? opening : undefined;
}

/**
 * " on Tuesday to " → " to ": the day named between a verb and its span ("was sentenced Tuesday to 15 years", "was
 * freed on Monday, July 28, after 174 days"), with the date that may follow the weekday.
 */
function withoutDay(between: string, lex: Lexicon): string {
  const m = /^\s+(?:on\s+)?([a-z]+)(?=[\s,])/i.exec(between);
  if (!m || !(lex.weekdays.includes(m[1].toLowerCase()) || /^(?:yesterday|today)$/i.test(m[1]))) return between;
  const rest = between.slice(m[0].length);
  return rest.slice(DATE_AFTER_DAY.exec(rest)?.[0].length ?? 0);
}

/** A date after a weekday and the comma that closes it (", July 28,", " June 3, 2025,"). */
const DATE_AFTER_DAY = /^(?:,?\s+[A-Z][a-z]+\.?\s+\d{1,2}\b(?:,\s+\d{4}\b)?)?,?(?=\s)/;

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
    const after = /^,?\s+(?:(?:was|has been|had been|is)\s+)?([a-z]+)/i.exec(pastApposition(ctx.text.slice(m.end, Math.min(ctx.sentences[m.sentence].end, m.end + 100))))?.[1]?.toLowerCase();
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
export function durationStatement(site: Site): Said | undefined {
  const { q, ctx, lex } = site;
  const after = ctx.text.slice(q.end, site.sentence.end);
  if (/^\s*ago\b/i.test(after)) return agoStatement(site);
  // "broke the course record by 83 seconds": by how much a record fell, not by how much its runner won.
  if (recordMargin(site)) return { subject: 'record margin', modifiers: [], predicate: 'better' };
  // "won by 4.2 seconds", "beating Tom Ward by 2.4 seconds", "finished 4.2 seconds ahead of Tom Ward": the winner's margin.
  if (marginOf(site) || /^\s+ahead\s+of\b/i.test(after)) return marginStatement(site, []);
  // "with Tom Ward second, 12 seconds back": how far behind the winner the runner-up came is the winner's margin.
  if (/^\s+(?:back|behind)\b/i.test(after) && RUNNER_UP.test(ctx.text.slice(site.clause.start, q.start))) return marginStatement(site, []);
  // "finishing in 2:00:35": a race time is the time of the one named before it (two runners' times are two statements),
  // a runner before the race he ran ("Tom Ward won the Delvaro Marathon in 2:05:41"). "The course record of 2:06:03"
  // is the record's.
  if (isRaceTime(q)) {
    // Not a record a runner ran in ("won … in a course record of 2 hours 5 minutes 14 seconds"): that is the run's time.
    const before = ctx.text.slice(site.clause.start, q.start);
    if (RECORD_OF.test(before) && !RUN_IN_RECORD.test(before)) return { subject: 'record', modifiers: [], predicate: 'stand' };
    const runner = nearestMention(site, ['person'], 'before') ?? nearestMention(site, ['organization'], 'before');
    return { subject: 'time', modifiers: [], predicate: governingVerb(site), entity: runner };
  }
  // "closed the port for four days after the storm": a span "for" which something held, whatever event it followed.
  const heldFor = /\bfor\s+$/i.test(ctx.text.slice(Math.max(site.sentence.start, q.start - 5), q.start)) && /^\s*(?:after|before)\b/i.test(after);
  const relative = heldFor ? undefined : spanBeforeEvent(site, after);
  if (relative) return relative;
  const timeToDo = spanToDo(site, after) ?? namedTimeOf(site);
  if (timeToDo) return timeToDo;
  // "were freed on Saturday after 53 days in captivity": a span right after a verb's "after" is the time until that act,
  // as "freed on Saturday after 35 days" says it, wherever the span was spent ("after 11 hours of deliberations" is
  // still the deliberations', below).
  const until = /^\s+in\s/i.test(after) ? spanUntilVerb(site) : undefined;
  if (until) return until;
  // "two days later", "an hour before the vote" are times, not lengths; "lasted 11 minutes before it went to a buyer"
  // is a length, the verb of lasting right before it.
  if (!heldFor && lastingVerbAt(site) < 0 && /^\s*(?:later|earlier|after|before|since|into|from now|away|of (?:the|his|her|their))\b/i.test(after)) return undefined;
  // "a White House meeting — the first in 22 days": the time since the last one, not how long this one lasted.
  if (FIRST_IN.test(ctx.text.slice(Math.max(site.sentence.start, q.start - 40), q.start))) return undefined;
  // "lend Ukraine 90 billion euros over two years": the term of the sum, whatever event the clause tells.
  // "took $1.2 million from the town over a period of seven years" is the same span.
  const before = ctx.text.slice(Math.max(site.sentence.start, q.start - 30), q.start);
  const over = /\bover\s+(?:(?:a|the)\s+(?:period|span|course)\s+of\s+)?$/i.exec(before);
  if (over && followsASum(ctx.text, q.start - before.length + over.index, ctx.quantities)) return { subject: 'term', modifiers: [], predicate: governingVerb(site) };
  const rate = spanRate(site, after);
  if (rate) return rate.subject ? rate : undefined;
  if (perSpan(site)) return undefined;
  const next = after.replace(/^\s+/, '').toLowerCase();
  const state = lex.durationStates.find(([phrase]) => next.startsWith(phrase) && !/^[a-z]/.test(next.slice(phrase.length)))?.[1];
  // "Reyes was sentenced to 15 years in prison" is his sentence, as "Reyes was jailed for 15 years" is.
  if (state) return givenSpan(site) ?? { subject: state, entity: holderOf(site), modifiers: [], predicate: state, event: 'state' };
  const named = stateBeforeFor(site);
  // "the order would remain in effect for 72 hours, Sheriff Ann Lee said": a rule's state is no person's.
  if (named) return { subject: named, entity: named === RULE_IN_FORCE ? undefined : holderOf(site), modifiers: [], predicate: named, event: 'state' };
  const held = stateHeldFor(site) ?? placeHeldFor(site);
  if (held) return { subject: held, entity: holderOf(site), modifiers: [], predicate: held, event: 'state' };
  // "After roughly 11 hours of deliberations, a jury found …": what the span is "of" is what lasted, whatever event
  // the rest of the clause tells (an event's own word, "two hours of talks", is read as the event below).
  const spanned = spannedNoun(site);
  if (spanned) return { subject: spanned, modifiers: [], predicate: governingVerb(site) };
  // "talks that lasted 11 hours, ending a dispute that had closed crossings for eight months": a verb and its object
  // right before "for" and the span say what was held for it, whatever event a word further off in the clause names;
  // unless the object is an event's own word ("suspended the talks for two hours").
  const object = objectHeldFor(site);
  if (object && !lex.eventTrigger.has(object.subject!)) return object;
  const scope = scopeAround(ctx.text, site.clause, q.start, q.end);
  // "an hour-long call", "a 12-year sentence", "a 2-1/2 year sentence" (a figure before a singular unit modifies a noun).
  const compoundNoun = /-(?:long|minute|hour|day|week|month|year)$/i.test(q.text) || /[-\s]long$/i.test(q.text) || /[\d½¼¾][-\s]?(?:minute|hour|day|week|month|year)$/i.test(q.text) ? nounAfter(site) : undefined;
  // The noun the span modifies is what lasts, unless it names an event itself ("an hour-long call"): "made an
  // eight-year offer … during winter meetings" is the offer's length, not the meetings'.
  const trigger = compoundNoun && !lex.eventTrigger.has(compoundNoun) ? undefined : findTrigger(site, scope);
  const participants = new Set(participantsIn(ctx, scope.start, scope.end, lex));
  // "Genovese ran his organization from behind bars while serving a 15-year sentence": a participle's subject is its
  // sentence's, named before the clause.
  if (participants.size === 0 && PARTICIPLE_CLAUSE.test(ctx.text.slice(site.clause.start, q.start))) {
    const subject = participantsIn(ctx, site.sentence.start, site.clause.start, lex)[0];
    if (subject !== undefined) participants.add(subject);
  }
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
  // "Tom Ward, a four-year veteran of the department": the time with the department, as "has been with the department
  // for six years" says it (`placeHeldFor`).
  const tenure = compoundNoun && (lex.values.duration.tenureNouns as string[]).includes(compoundNoun) ? tenureOf(site) : undefined;
  if (tenure) return { subject: tenure, entity: holderOf(site), modifiers: [], predicate: tenure, event: 'state' };
  // "the shutdown closed in on the two-week mark": a point the subject reached, not a length anyone else states.
  if (compoundNoun && lex.values.duration.milestoneNouns.includes(compoundNoun)) return undefined;
  // "for five years", "over a six-year period": a span the sentence names as the length of a thing (its noun), or of
  // the event it names; a span with neither is no statement anyone else can make.
  const ofNoun = spanOf(site, after);
  // "a sentence of 18 years": the noun the span is of, whatever event the clause tells.
  const spanNoun = spanNounBefore(site);
  if (spanNoun) return { subject: spanNoun, modifiers: [], predicate: governingVerb(site) };
  // The event's class names it whatever word a source uses (call, conversation, spoke → communication).
  const subject = trigger ? trigger.event : (compoundNoun ?? (ofNoun && !lex.determiners.has(ofNoun) ? lemma(ofNoun, lex) : undefined));
  if (!subject) return lastedBy(site) ?? spentOn(site, after) ?? givenSpan(site) ?? spanUntilVerb(site) ?? objectHeldFor(site) ?? spanOfTheSubject(site) ?? personsActivity(site);
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
 * "take 12 days to repair", "took about two hours to evacuate", "needed five hours to put out": the verb "take" or
 * "need" before a span (whose text begins at its hedge), and "to" and a verb after it.
 */
const TAKE_BEFORE = /\b(?:take|takes|took|taken|taking|need|needs|needed|needing)\s+$/i;

/** "to repair", "to put out" after a span: the action's verb, and its particle if any (the message writes both). */
export const TO_ACTION = /^\s+to\s+([a-z]{3,})(\s+(?:out|up|off|down|back|over|away))?\b/i;

/**
 * "expected to take 12 days to repair the cable": how long an action takes, said of its verb and marked "to", so it
 * meets only another source's time to do the same thing ("the repair time will be around twelve days").
 */
function spanToDo(site: Site, after: string): Said | undefined {
  const { ctx, q, lex } = site;
  const to = TO_ACTION.exec(after);
  const verb = to?.[1];
  if (!verb) return undefined;
  const before = ctx.text.slice(Math.max(site.sentence.start, q.start - 40), q.start);
  // "has 30 days to appeal", "was given 48 hours to leave": the time allowed, which only another time allowed meets.
  const takes = TAKE_BEFORE.test(before);
  const allowed = !takes && (HAVE_BEFORE.test(before) || GIVEN_BEFORE.test(before));
  if (!takes && !allowed) return undefined;
  // "to lodge an appeal" is "to appeal": a light verb's act is its object's noun.
  const object = (lex.values.duration.lightVerbs as string[]).includes(verb.toLowerCase()) ? LIGHT_OBJECT.exec(after.slice(to![0].length))?.[1] : undefined;
  const action = stem((object ?? verb).toLowerCase(), lex);
  return { subject: action, modifiers: allowed ? ['to', 'allowed'] : ['to'], predicate: action };
}

/** "has", "was given" right before a span: the time someone has to do something. */
const HAVE_BEFORE = /\b(?:has|have|had|was\s+given|were\s+given|been\s+given|gets|get)\s+(?:(?:only|just|another)\s+)?$/i;

/** "given them", "gave the diplomats" right before a span: the time someone is allowed to do something. */
const GIVEN_BEFORE = /\b(?:given|gave|give|giving|granted)\s+(?:them|him|her|(?:the\s+)?[a-z]+)\s+(?:(?:only|just|another)\s+)?$/i;

/** A light verb's object: its determiner, then its noun ("an appeal"). */
const LIGHT_OBJECT = /^\s+(?:a|an|the|his|her|its|their)\s+([a-z]{3,})\b/i;

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

/** The prepositions of the one short phrase that may stand between an activity's verb and "for" ("worked at the plant for"). */
const ACTIVITY_PHRASE = new Set(['at', 'in', 'for', 'with', 'as', 'on', 'under', 'inside', 'there']);

/** How many words the phrase between an activity's verb and "for" may hold, its preposition included. */
const ACTIVITY_PHRASE_WORDS = 4;

/**
 * "where she had worked for 15 years", "Hiller, who had worked at the plant for nine years", "he served in the Senate
 * for 12 years": how long a person has done what the verb says, said of that person (named before the verb, or the
 * one a "he" or "she" stands for) and of the verb, marked "for", so it meets another source's span of the same
 * person's same activity. The verb stands right before "for" or before one short phrase of a preposition ("at the
 * plant", "for Kraft", "there"). A span with no person doing it ("inspected over six years") is still no statement.
 */
function personsActivity(site: Site): Said | undefined {
  const { tokens, lex } = site;
  const forAt = site.first - 1;
  if (forAt < 1 || tokens[forAt].lower !== 'for') return undefined;
  const tags = site.tags();
  const isVerb = (k: number) => k >= 0 && tokens[k].kind === 'word' && /^VB[DNGPZ]?$/.test(tags[k]) && !wordSets(lex).auxiliaries.has(tokens[k].lower) && !lex.speechVerbs.has(tokens[k].lower);
  let verb = isVerb(forAt - 1) ? forAt - 1 : -1;
  for (let k = forAt - 1; verb < 0 && k >= Math.max(1, forAt - ACTIVITY_PHRASE_WORDS); k--) {
    if (tokens[k].kind !== 'word') return undefined;
    if (ACTIVITY_PHRASE.has(tokens[k].lower) && isVerb(k - 1)) verb = k - 1;
  }
  if (verb < 0) return undefined;
  const person = subjectOfVerb(site, tokens[verb]);
  const predicate = stem(tokens[verb].lower, lex);
  // "Jurors deliberated for about 11 hours", "The plane circled for two hours": a common noun right before the verb
  // does it, one no other source need name by a name.
  if (person === undefined) return nounDoes(site, verb) ? { subject: predicate, modifiers: ['for'], predicate } : undefined;
  // "Ayotte and Hassan have been involved … for more than a decade": a span two people share is neither's alone.
  if (/\band\s+$/i.test(site.ctx.text.slice(Math.max(0, site.ctx.mentions[person].start - 5), site.ctx.mentions[person].start))) return undefined;
  return { subject: predicate, entity: person, modifiers: ['for'], predicate };
}

/**
 * Whether the verb at `verb`, in the past tense, has a common noun for its subject right before it, opening the
 * sentence or a clause of time ("Jurors deliberated", "after the jury deliberated", "The plane circled"): no name, no
 * pronoun.
 */
function nounDoes(site: Site, verb: number): boolean {
  const { tokens } = site;
  const tags = site.tags();
  // "after deliberating for about six hours": a gerund opening a clause of time does what the sentence's subject does.
  if (tags[verb] === 'VBG') return verb > 0 && TIME_CLAUSE.test(tokens[verb - 1].lower);
  if (!/^VB[DN]$/.test(tags[verb])) return false;
  let k = verb - 1;
  if (k < 0 || tokens[k].kind !== 'word' || !NOUN.test(tags[k]) || /^NNPS?$/.test(tags[k])) return false;
  while (k > 0 && tokens[k - 1].kind === 'word' && /^(?:NNS?|JJ)$/.test(tags[k - 1]) && !tokens[k - 1].cap) k--;
  if (k > 0 && /^(?:the|a|an)$/.test(tokens[k - 1].lower)) k--;
  // "… after jurors deliberated for nine hours": the noun may open a clause of time inside the sentence.
  return k === 0 || TIME_CLAUSE.test(tokens[k - 1].lower);
}

/** Words that open a clause of time, whose subject and verb tell an activity as a sentence's would. */
const TIME_CLAUSE = /^(?:after|before|while|when|until)$/;

/**
 * Where a span is spent, or doing what: "on the stand", "at the plant", "behind bars", "eluding the FBI". A name ("at
 * the Federal Trade Commission") is not read as a noun: it says where, but in words no other source need share.
 */
const SPENT_ON = /^\s+(?:(?:on|at|in|inside|behind)\s+(?:(?:the|a|an|his|her|their)\s+)?(?!(?:the|an|his|her|their)\b)([a-z]{3,})\b|([a-z]{3,}ing)\b)/;

/**
 * "Roundy spent about 13 minutes on the stand", "spent three months eluding the FBI": how long someone spent where,
 * or doing what, said of the place's noun or the doing's verb and of the one who spent it (named before the verb).
 * "spent the last eight years in Boston" counts too; "spent $5 million" is a sum, not a span.
 */
function spentOn(site: Site, after: string): Said | undefined {
  const { tokens, lex } = site;
  let k = site.first - 1;
  if (k >= 2 && /^(?:last|past|next)$/.test(tokens[k].lower) && tokens[k - 1].lower === 'the') k -= 2;
  if (k < 0 || lemma(tokens[k].lower, lex) !== 'spend') return undefined;
  const m = SPENT_ON.exec(after);
  if (!m) return undefined;
  const subject = m[1] ? lemma(m[1], lex) : stem(m[2].toLowerCase(), lex);
  return { subject, entity: subjectOfVerb(site, tokens[k]), modifiers: [], predicate: 'spend' };
}

/** "The course record of ", "a record time of ": a record's time follows. */
const RECORD_OF = /\brecord\s+(?:time\s+)?of\s+$/i;

/** "won … in a course record of ": the record is the time run. */
const RUN_IN_RECORD = /\bin\s+(?:a|an|the)\s+(?:[\w-]+\s+)?record\s+(?:time\s+)?of\s+$/i;

/** A particle a phrasal verb may leave between itself and "after" ("pulled over after", "gave up after"). */
const UNTIL_PARTICLES = 'over|up|out|down|off|away|back|in';

/** The state a verb leaves its object in, before "after" ("brought out alive after", "walked free after"). */
const UNTIL_STATES = 'alive|safely|free|unharmed';

/** Between a verb and the "after" of the span until it: a particle, then a state, each if any. */
const UNTIL_VERB = new RegExp(`^\\s+(?:(?:${UNTIL_PARTICLES})\\s+)?(?:(?:${UNTIL_STATES})\\s+)?after\\s+$`, 'i');

/** The verb right before the "after" that opens the span, past a particle and a state (`UNTIL_VERB`), if any. */
function verbBeforeAfter(site: Site): number | undefined {
  const { tokens } = site;
  if (tokens[site.first - 1]?.lower !== 'after') return undefined;
  let k = site.first - 2;
  while (k >= 0 && k >= site.first - 4 && tokens[k].kind === 'word' && UNTIL_WORDS.test(tokens[k].lower)) k--;
  return k >= 0 && tokens[k].kind === 'word' && /^VB[DN]$/.test(site.tags()[k]) ? k : undefined;
}

/** One of the states `UNTIL_VERB` admits ("alive"). */
const STATE_WORDS = new RegExp(`^(?:${UNTIL_STATES})$`);

/** One of the words `UNTIL_VERB` admits between a verb and "after". */
const UNTIL_WORDS = new RegExp(`^(?:${UNTIL_PARTICLES}|${UNTIL_STATES})$`);

/**
 * "he finally pulled over after about 15 minutes", "was released after 12 days": a span "after" a verb is how long it
 * took until that action, said of the verb and marked "after", so it meets only another source's time until the same
 * action. The verb must stand right before "after" in the clause, or its object between ("made contact with the
 * trapped men after 52 hours"): "After two years, he quit" names no action's wait.
 */
function spanUntilVerb(site: Site): Said | undefined {
  const { ctx, q, tokens } = site;
  // "were rescued after 56 hours trapped": a participle before "after" is the act, though one after the span is nearer.
  const k = verbBeforeAfter(site) ?? governingVerbIndex(site);
  if (k === undefined || k > site.first) return undefined;
  if (!UNTIL_VERB.test(withoutDay(ctx.text.slice(tokens[k].end, q.start), site.lex)) && !objectThenAfter(site, k)) return undefined;
  // A phrasal verb is its act ("pulled over after 15 minutes" stopped), unless a state follows its particle: "pulled out
  // alive after 60 hours" was pulled out of somewhere, not withdrawn.
  const particle = tokens[k + 1]?.kind === 'word' && !STATE_WORDS.test(tokens[k + 2]?.lower ?? '') ? tokens[k + 1].lower : undefined;
  const verb = (particle && phrasalAct(tokens[k].lower, particle, site.lex)) || stem(tokens[k].lower, site.lex);
  // "freed after 174 days" and "released after 147 days" time one act (statement.sameAct), of the one named before the
  // verb ("Her driver, Tom Ward, was released after 11 days": his, not the hostage's).
  return { subject: wordSets(site.lex).acts.get(verb) ?? verb, modifiers: ['after'], predicate: verb, entity: subjectOfVerb(site, tokens[k]) };
}

/** How many words a verb's object may take between the verb and "after" ("made contact with the trapped men after"). */
const OBJECT_WORDS = 6;

/**
 * "made contact with the trapped men after 52 hours": the verb's object, a noun phrase with at most one preposition's
 * phrase, between the verb and the "after" right before the span; words only, no other verb, no word that opens a
 * clause ("who", "and", "when").
 */
function objectThenAfter(site: Site, verb: number): boolean {
  const { tokens } = site;
  const after = site.first - 1;
  if (after - verb - 1 < 1 || after - verb - 1 > OBJECT_WORDS || tokens[after].lower !== 'after') return false;
  const tags = site.tags();
  let noun = false;
  let prepositions = 0;
  for (let k = verb + 1; k < after; k++) {
    if (tokens[k].kind !== 'word' || OTHER_CLAUSE.test(tokens[k].lower) || /^(?:and|or|as)$/.test(tokens[k].lower)) return false;
    if (/^(?:VB[DPZ]?|MD)$/.test(tags[k])) return false;
    if (tags[k] === 'IN' && ++prepositions > 1) return false;
    if (NOUN.test(tags[k])) noun = true;
  }
  return noun;
}

/**
 * "11 hours of deliberations", "six months of intense negotiations": the common noun right after "of" (past its
 * adjectives), when it names no event of the lexicon's (those are read with their participants) and no determiner
 * stands between.
 */
function spannedNoun(site: Site): string | undefined {
  const { tokens, lex } = site;
  const noun = ofNounAfter(site);
  if (!noun) return undefined;
  const written = tokens.slice(site.last + 2, site.last + 6).find((t) => lemma(t.lower, lex) === noun)?.lower;
  return lex.eventTrigger.has(noun) || (written !== undefined && lex.eventTrigger.has(written)) ? undefined : noun;
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
const HOLDING_VERB = /^(?:remain|remains|remained|stay|stays|stayed|be|is|are|was|were|been|keep|keeps|kept|held)$/;

const SPAN_DETERMINER = /^(?:the|next|past|last|coming|another)$/;

/**
 * "would remain solvent for the next 75 years", "keep the system solvent for 75 years": how long a state holds, said
 * of the adjective that names it, as "eight days on the run" is of the run. The adjective stands right before "for"
 * and a verb that holds a state stands a few words before it, so "in a coma for a week" (a noun) and "reopened the
 * government for three weeks" (an action) are not read.
 */
function stateHeldFor(site: Site): string | undefined {
  const { tokens } = site;
  const k = forBeforeSpan(site);
  if (k === undefined) return undefined;
  const adjective = k - 1;
  const tags = site.tags();
  if (tokens[adjective].kind !== 'word' || !/^(?:JJ|NN)$/.test(tags[adjective]) || !/^[a-z]{4,}$/.test(tokens[adjective].text)) return undefined;
  for (let j = adjective - 1; j >= Math.max(0, adjective - 5); j--) {
    if (tokens[j].kind !== 'word' || tags[j] === 'IN') return undefined;
    if (!HOLDING_VERB.test(tokens[j].lower)) continue;
    // The tagger reads an object's complement ("keep the system solvent") as a noun; after "be" a noun is no state.
    // A noun right after "held" is the state one is held in ("held hostage", "held captive").
    return tags[adjective] === 'JJ' || /^kee?p/.test(tokens[j].lower) || (/^h[eo]ld$/.test(tokens[j].lower) && j === adjective - 1) ? tokens[adjective].lower : undefined;
  }
  return undefined;
}

/** Prepositions of a place or a condition one is in: "on the ground", "in a coma", "at sea", "under water", "with the department". */
const STATE_PREPOSITION = /^(?:in|on|at|under|aboard|with)$/;

/**
 * "stayed on the ground for 22 minutes", "was in a coma for a week", "remained in hospital for five days": how long
 * the subject was in a place or a condition, said of the preposition and its noun (the determiner left out, so "in
 * hospital" and "in the hospital" are one state). A verb that holds a state stands right before the preposition; the
 * noun is a common noun by its tag, right before "for" ("was in Denver for a week" names a place, not a state).
 */
function placeHeldFor(site: Site): string | undefined {
  const { tokens } = site;
  const k = forBeforeSpan(site);
  if (k === undefined) return undefined;
  const noun = k - 1;
  const tags = site.tags();
  if (tokens[noun].kind !== 'word' || tokens[noun].cap || !/^NNS?$/.test(tags[noun])) return undefined;
  let preposition = noun - 1;
  if (preposition >= 0 && /^(?:the|a|an)$/.test(tokens[preposition].lower)) preposition--;
  if (preposition < 1 || !STATE_PREPOSITION.test(tokens[preposition].lower) || !HOLDING_VERB.test(tokens[preposition - 1].lower)) return undefined;
  return `${tokens[preposition].lower} ${tokens[noun].lower}`;
}

/** "a four-year veteran of the department": the state "with department", of the common noun after "of" (and "the"). */
function tenureOf(site: Site): string | undefined {
  const { tokens, q } = site;
  const k = tokens.findIndex((t) => t.start >= q.end);
  if (k < 0 || k + 2 >= tokens.length || tokens[k + 1].lower !== 'of') return undefined;
  const at = tokens[k + 2].lower === 'the' ? k + 3 : k + 2;
  const noun = tokens[at];
  if (!noun || noun.kind !== 'word' || noun.cap || !/^NNS?$/.test(site.tags()[at])) return undefined;
  return `with ${noun.lower}`;
}

/** The token "for" right before the span, past "the", "next", "past" and the like ("for the past six years"), with a word before it. */
function forBeforeSpan(site: Site): number | undefined {
  const { tokens } = site;
  let k = site.first - 1;
  while (k >= 0 && SPAN_DETERMINER.test(tokens[k].lower)) k--;
  // "for at least the next 48 hours": a bound before the determiner.
  if (k >= 2 && k < site.first - 1 && tokens[k].lower === 'least' && tokens[k - 1].lower === 'at') k -= 2;
  return k >= 1 && tokens[k].lower === 'for' ? k : undefined;
}

/**
 * "had been in prison for six years", "was on the run for eight days", "in service for 35 years": a state of the
 * lexicon's (`durationStates`) named right before "for" and the span, as "six years in prison" names it after.
 */
function stateBeforeFor(site: Site): string | undefined {
  const { tokens, ctx, lex } = site;
  const k = forBeforeSpan(site);
  if (k === undefined) return undefined;
  const before = ctx.text.slice(Math.max(site.sentence.start, tokens[k].start - 30), tokens[k].start).toLowerCase().trimEnd();
  return lex.durationStates.find(([phrase]) => before.endsWith(phrase) && !/[a-z]$/.test(before.slice(0, before.length - phrase.length)))?.[1];
}

/**
 * "The search lasted six hours", "a standoff that lasted 12 hours", "the surgery took five hours": a span a verb of
 * lasting (`duration.lastingVerbs`) gives its subject, the common noun right before it (past "that", "which", a comma
 * or a modal), is how long that lasted.
 * An event's own word ("the call lasted an hour") is read as the event before this.
 */
function lastedBy(site: Site): Said | undefined {
  const { tokens, lex } = site;
  const k = lastingVerbAt(site);
  if (k < 1) return undefined;
  let j = k - 1;
  // "The strike is set to last five days", "is scheduled to last": a plan's length, as "will last" is (a forecast,
  // "is expected to last", is no statement).
  if (tokens[j]?.lower === 'to' && /^(?:set|scheduled|planned|due)$/.test(tokens[j - 1]?.lower ?? '')) {
    j -= 2;
    if (/^(?:is|are|was|were)$/.test(tokens[j]?.lower ?? '')) j--;
  }
  // "The blast, at 11:32 a.m., lasted 21 minutes", "The march, which began at noon, lasted": what lasted stands before
  // the phrase the commas set off.
  if (tokens[j]?.text === ',') {
    const opening = lastIndexBefore(tokens, j, (t) => t.text === ',');
    if (opening > 0) j = opening - 1;
  }
  // "The trial will last three weeks", "the repair could take 12 days": a modal stands between the subject and the verb.
  while (j >= 0 && /^(?:that|which|,|had|has|have|will|would|could|may|might|should|can)$/.test(tokens[j].lower)) j--;
  const tags = site.tags();
  // "The march covered about 4 kilometres … and lasted three hours": a verb joined to the sentence's first verb by "and"
  // shares its subject, the noun phrase the sentence opens with.
  if (tokens[j]?.lower === 'and') return sentenceSubject(site);
  // "The final lasted two hours", "a final that lasted": an adjective right after a determiner heads its phrase.
  const nominal = /^JJ$/.test(tags[j] ?? '') && j > 0 && lex.determiners.has(tokens[j - 1].lower);
  if (j < 0 || tokens[j].kind !== 'word' || tokens[j].cap || !(NOUN.test(tags[j]) || nominal)) return undefined;
  const head = headBeforeOf(site, j);
  return { subject: lemma(tokens[head].lower, lex), modifiers: [], predicate: 'last' };
}

/**
 * "The search for the missing climbers lasted", "Bidding for the painting lasted": a noun that ends a phrase opened by a
 * preposition is that phrase's, and what lasted is the noun the phrase follows (a gerund opening the sentence is one).
 */
function headBeforeOf(site: Site, j: number): number {
  const { tokens } = site;
  const tags = site.tags();
  let k = j;
  while (k > 0 && NOUN_PHRASE_WORD.test(tags[k - 1]) && !tokens[k - 1].cap) k--;
  const prep = k - 1;
  const head = k - 2;
  if (head < 0 || !OF_A_NOUN.has(tokens[prep].lower) || tokens[head].kind !== 'word') return j;
  const noun = NOUN.test(tags[head]) && (!tokens[head].cap || head === 0);
  const gerund = head === 0 && tags[head] === 'VBG';
  return noun || gerund ? head : j;
}

/** Tags of the words of a noun phrase before its head: determiners, numbers, adjectives, nouns, participles. */
const NOUN_PHRASE_WORD = /^(?:DT|PRP\$|CD|JJ[RS]?|NNS?|VBG|VBN|POS)$/;
/** Prepositions whose phrase says which or of what a noun is. */
const OF_A_NOUN = new Set(['for', 'of', 'on', 'over', 'into', 'about']);

/** The index of the last token before `end` that `is`, or -1. */
function lastIndexBefore(tokens: Token[], end: number, is: (t: Token) => boolean): number {
  for (let i = end - 1; i >= 0; i--) if (is(tokens[i])) return i;
  return -1;
}

/** The token of a verb of lasting right before the value ("lasted", "took", past a "for"), or -1. */
function lastingVerbAt(site: Site): number {
  const { tokens, lex, first } = site;
  let k = first - 1;
  if (k >= 0 && tokens[k].lower === 'for') k--;
  return k >= 0 && (lex.values.duration.lastingVerbs as string[]).includes(tokens[k].lower) ? k : -1;
}

/** The common noun a sentence opens with after an article ("The march …"), as what lasted. */
function sentenceSubject(site: Site): Said | undefined {
  const { tokens } = site;
  if (!/^(?:the|a|an)$/.test(tokens[0]?.lower ?? '')) return undefined;
  const head = nounFrom(site, 1);
  const at = tokens.findIndex((t, i) => i > 0 && lemma(t.lower, site.lex) === head);
  return head && at > 0 && !tokens[at].cap ? { subject: head, modifiers: [], predicate: 'last' } : undefined;
}

const RELATIVE_TO = /^\s*(before|after|ahead of|in advance of|prior to|into)\s+(?:the|his|her|its|their|this|next|last)\s/i;

/** "152 seconds after liftoff", "minutes before takeoff": "after" or "before" and a bare common noun that names the event. */
const RELATIVE_TO_BARE = /^\s*(before|after)\s+(?=[a-z])/;

/** "after work began", "after construction started": "after", a bare noun and a verb of starting. */
const AFTER_START = /^\s*after\s+([a-z]{3,})\s+(?:began|started|commenced|got\s+under\s+way)\b/i;

/** "after suffering a heart attack", "before entering the building": a gerund, then its object's determiner. */
const RELATIVE_TO_GERUND = /^\s*(before|after)\s+[a-z]+ing\s+(?:a|an|the|his|her|its|their)\s/i;

/**
 * "two weeks before the Israeli elections", "five weeks in advance of his election": a span that places something
 * before or after a named event says how far apart they are, and the event's noun is its subject (the first common
 * noun after the determiner, past names and adjectives: "the Israeli elections" → election), or after a gerund's
 * ("after suffering a heart attack" → attack), or the bare common noun right after "after" or "before" ("152 seconds
 * after liftoff"). Without a determiner or such a noun ("a day after arriving", "weeks before that") the span has no
 * event anyone else can name.
 */
function spanBeforeEvent(site: Site, after: string): Said | undefined {
  // "14 years after work began", "11 years after construction started": how long since the start of what the clause
  // tells, whatever noun names the work.
  const started = AFTER_START.exec(after);
  if (started) return { subject: lemma(started[1].toLowerCase(), site.lex), modifiers: ['after', 'start'], predicate: 'start' };
  // "nine days after suffering a heart attack": a gerund's object is the event as a determiner's noun is.
  const named = RELATIVE_TO.exec(after) ?? RELATIVE_TO_GERUND.exec(after);
  const m = named ?? RELATIVE_TO_BARE.exec(after);
  if (!m) return undefined;
  const bare = !named;
  const { tokens, lex } = site;
  const tags = site.tags();
  const from = site.q.end + m[0].length;
  let head: string | undefined;
  for (let k = tokens.findIndex((t) => t.start >= from), seen = 0; k >= 0 && k < tokens.length && seen < 4; k++, seen++) {
    const t = tokens[k];
    if (t.kind !== 'word') break;
    if (NOUN.test(tags[k]) && !t.cap) head = t.lower;
    else if (head !== undefined) break;
    else if (bare || !(t.cap || /^(?:JJ|CD|VBN)/.test(tags[k]))) break;
    if (t.possessive) break;
  }
  if (!head) return undefined;
  // "minutes into the flight": that long after it began.
  const relation = /^(?:after|into)$/i.test(m[1]) ? 'after' : 'before';
  return { subject: lemma(head, lex).replace(/-/g, ''), modifiers: [relation], predicate: governingVerb(site) };
}

/** "gained its independence 6 months ago": when an incident happened, as a time before the article (the corpus dates it). */
function agoStatement(site: Site): Said | undefined {
  const { ctx, lex } = site;
  const clauseText = clauseTextOf(site);
  const { event, trigger } = incidentNear(site.clause, clauseText, site.q, lex);
  if (!event) return undefined;
  return { attribute: 'ago', subject: event, event, trigger, modifiers: [], predicate: governingVerb(site), participants: placesIn(ctx, site.clause) };
}

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
    tokens.filter((t, k) => t.start >= range.start && t.end <= range.end && lex.eventTrigger.has(t.lower) && !callsFor(site, k) && !phoneItself(site, k)).sort((a, b) => distance(a) - distance(b));
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

/**
 * "a 6.1-inch phone that runs up to 20 hours", "his phone": the device, not a call. A phone is a call only as the way
 * people talked: "by phone", "on the phone", "over the phone".
 */
function phoneItself(site: Site, k: number): boolean {
  const { tokens } = site;
  if (tokens[k].lower !== 'phone') return false;
  const before = tokens[k - 1]?.lower;
  return !(before === 'by' || (before === 'the' && /^(?:on|over)$/.test(tokens[k - 2]?.lower ?? '')));
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

/** A clause of a participle, whose subject is its sentence's: "while serving", "after spending". */
const PARTICIPLE_CLAUSE = /^\s*(?:while|after|before|since|when)\s+[a-z]+ing\b/i;

/** A family named by one of its names: "the Genovese family", "the Gambino crime family", "the Kennedy clan". */
const FAMILY_AFTER = /^\s+(?:crime\s+)?(?:family|clan|dynasty)\b/i;

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
    // "the reputed head of the Genovese family": a name before "family" names the family, not one of its people.
    if (FAMILY_AFTER.test(ctx.text.slice(m.end, m.end + 16))) return;
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
