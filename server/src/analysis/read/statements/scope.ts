// The scope of a statement: the incident its clause names, and whether it is of the story's own time or of an
// earlier or another event (a date or history marker in the value's phrase, a span "after" another event, "another
// three-year sentence").
import type { Lexicon } from '../../data/lexicon';
import type { Quantity, Scope } from '../../types';
import { clauseTextOf, type Range, type Said, type Site, wordSets } from './site';
import { ASIDE_OPENING, openingParticipleEnd, PARTICIPLE_ASIDE, SUBORDINATOR } from './syntax';

let INCIDENT: RegExp | undefined;

/**
 * Story or background: a clause that dates itself before the story — a date a season or more before the article's, a
 * written year before the story's ("In 2004, …", "the 2004 tsunami"), or history markers ("last year", "years ago")
 * — is about an earlier event, and `when` says which (the clause's date as precisely as it is written, else the
 * marker). When the article's date is unknown, a year written as "in 2004" or "the 2004 …" is taken as the past: news
 * does not date its own event by its year. The value itself never dates its own clause (a date is when, not which
 * event). The incident is the incident word nearest the value.
 */
export function scopeOf(site: Site, said: Said): Scope {
  const { ctx, lex, q } = site;
  const lower = clauseTextOf(site);
  const incident = said.ownAct ? ownIncident(said, lex) : said.event && lex.incidentEvent.has(said.event) ? lex.incidentEvent.get(said.event) : incidentNear(site.clause, lower, q, lex).event;
  const scope: Scope = { time: 'story', ...(incident ? { incident } : {}) };
  if (said.state) return scope;
  const articleDay = ctx.date && /^\d{4}-\d\d-\d\d/.test(ctx.date) ? Math.floor(Date.parse(`${ctx.date.slice(0, 10)}T00:00:00Z`) / 86400000) : undefined;
  const history = q.kind === 'duration' && said.attribute === 'ago' ? null : historyOf(site, lower, !!said.modifiers?.includes(CHANGE));
  if (q.kind !== 'date') {
    for (const d of ctx.quantities) {
      if (d === q || d.kind !== 'date' || d.unit !== 'day' || (d.start < site.clause.start && !opensTheSentence(site, d.start)) || d.end > site.clause.end || d.high === null || d.low === null) continue;
      if (!datesValue(site, d.start, d.end)) continue;
      // The date must be the statement's own: before it in the clause, or just after it ("killed 230,000 people in
      // 2004"); a date far after it, or one a change started from ("since September"), dates something else.
      // "the largest outbreak since 2019, when 120 cases were recorded": a clause of ", when" after the date is of that time.
      const since = /\bsince\s+$/i.test(ctx.text.slice(Math.max(0, d.start - 7), d.start)) && !WHEN_AFTER_DATE.test(ctx.text.slice(d.end, q.start));
      if (d.start > q.end + DATED_AFTER || since) continue;
      // "a five-year contract that runs until June 2030", "a deal expiring in 2030": the end of a span, not when its act was.
      if (SPAN_END_BEFORE.test(ctx.text.slice(Math.max(site.clause.start, d.start - 24), d.start))) continue;
      if (inAsideBefore(ctx.text, site.clause.start, d, q)) continue;
      // "the 1917 canvas", "a 1959 guitar": the year a thing was made, not when the clause's act happened.
      if (wordSets(lex).madeThingAfter.test(ctx.text.slice(d.end, Math.min(site.clause.end, d.end + 40)))) continue;
      // "43 lots were affected, distributed from March 2022": a date past a comma that closes the value's clause dates
      // the phrase after it. Not the comma that closes an apposition ("Felt, 92, told CNN in 2006").
      if (d.start > q.end && commaClosesClause(ctx.text.slice(q.end, d.start))) continue;
      // "found him guilty of a robbery in 2022, after deliberating for six hours": a clause of time after the date, past a
      // comma, is not dated by it. A date that opens the sentence dates all of it ("In 2004, after the wave, …").
      if (d.end <= q.start && TIME_CLAUSE_AFTER_DATE.test(ctx.text.slice(d.end, q.start)) && !OPENING_DATE.test(ctx.text.slice(site.clause.start, d.start))) continue;
      const earlier =
        articleDay !== undefined
          ? d.high < articleDay - EARLIER_DAYS
          : YEAR_IN_FORM.test(ctx.text.slice(Math.max(d.start < site.clause.start ? site.sentence.start : site.clause.start, d.start - YEAR_FORM_REACH), d.end)) || OPENING_A_YEAR.test(ctx.text.slice(site.clause.start, d.end)) || history !== null;
      if (!earlier) continue;
      return { ...scope, time: 'background', when: dayLabel(d.low, d.high) };
    }
  }
  if (history) return { ...scope, time: 'background', when: history[0] };
  const years = earlierYears(site, lower, articleDay);
  if (years) return { ...scope, time: 'background', when: years };
  const spanned = spanApart(site);
  if (spanned) return { ...scope, time: 'background', when: spanned };
  const another = anotherOf(site) ?? (atAnotherPlace(site) ? 'another place' : undefined);
  if (another) return { ...scope, time: 'background', when: another };
  if (SEPARATE_THING.test(ctx.text.slice(site.sentence.start, q.start))) return { ...scope, time: 'background', when: 'separate' };
  const month = openingMonth(site, articleDay);
  if (month) return { ...scope, time: 'background', when: month };
  return scope;
}

/** Whether a comma stands in `between` (the text from a value to a date) after some words, not right after the value. */
function commaClosesClause(between: string): boolean {
  const comma = between.indexOf(',');
  return comma >= 0 && between.slice(0, comma).trim() !== '';
}

/**
 * A comma and "after" or "before", between a date and a value after it: a clause of another time. (", when" and ",
 * while" after a date name that date's time: "in 1959, when he received a five-year sentence".)
 */
const TIME_CLAUSE_AFTER_DATE = /,\s*(?:after|before)\s/i;

/** ", when" right after a date, then the value's words: the clause the date names the time of. */
const WHEN_AFTER_DATE = /^,\s*when\s[^,;]*$/i;

/** What stands before a date that opens its clause: at most one word ("In 2004, …"). */
const OPENING_DATE = /^\W*(?:\w+\s+)?$/;

/**
 * "In March 2018, a helicopter landed on an island …, and all 14 people on board were unhurt": a date that opens the
 * sentence dates every clause of it, those after ", and" too.
 */
function opensTheSentence(site: Site, start: number): boolean {
  return start >= site.sentence.start && SENTENCE_OPENING_DATE.test(site.ctx.text.slice(site.sentence.start, start));
}

/** The words before a date that opens a sentence: "In ", "Back in ", "On ", "In early ". */
const SENTENCE_OPENING_DATE = /^\W*(?:back\s+)?(?:in|on)\s+(?:(?:early|late|mid)[\s-])?$/i;

/**
 * "The bridge, which opened in 1958, gave way at 6:40 p.m.": a date in a relative clause set off by commas before the
 * value dates that clause, not the statement after it.
 */
function inAsideBefore(text: string, clauseStart: number, d: Quantity, q: Quantity): boolean {
  if (d.end > q.start) return false;
  const close = text.indexOf(',', d.end);
  const opening = text.slice(clauseStart, d.start);
  return close >= 0 && close < q.start && (ASIDE_OPENING.test(opening) || PARTICIPLE_ASIDE.test(opening));
}

/** "In June, …", "In early March, …": a clause that opens on a month alone. */
const OPENING_MONTH = /^\s*In\s+(?:early\s+|late\s+|mid-?)?([A-Z][a-z]+),/;

/**
 * "In June, it recalled 400,000 sedans": news dates its own event by its weekday or its date, and a clause that opens
 * on a month alone tells an earlier event of the story's background — unless the article is dated in that month.
 */
function openingMonth(site: Site, articleDay: number | undefined): string | undefined {
  const { ctx, lex, q } = site;
  const m = OPENING_MONTH.exec(ctx.text.slice(site.clause.start, q.start));
  const month = m ? lex.months.indexOf(m[1].toLowerCase()) : -1;
  if (month < 0) return undefined;
  if (articleDay !== undefined && new Date(articleDay * 86400000).getUTCMonth() === month) return undefined;
  return m![1].toLowerCase();
}

/**
 * "A separate fire, the Oak Fire, has burned about 3,000 acres", "In an unrelated case, …", "Separately, …",
 * "Elsewhere, …": a sentence that opens on another thing of the story's kind tells of that thing, not the story's
 * (compared only with what is told of a separate thing). Not "Another …": "Another news agency quoted the governor
 * as saying …" tells the story's quake through another source, and "Another 20 people were hurt" adds to its count.
 */
const SEPARATE_THING = /^\s*(?:(?:in\s+)?an?\s+(?:separate|unrelated)\s|separately,|elsewhere,)/i;

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
 * "rose to 44%, compared with 36% in 2021", "41 percent, up from 36 percent in 2021": a date after the opening of the
 * standard the value is set against dates the standard.
 */
const STANDARD_BETWEEN = /\b(?:compared\s+(?:with|to)|(?:up|down)\s+from)\b/i;

/**
 * "moved to New York in 1961 and for three decades was a fixture of its clubs, recording 38 albums": a verb joined by
 * "and" with a span or a "then" of its own is timed by that, not by the date of the verb before.
 */
const OWN_TIME_AFTER_AND = /\band\s+(?:then\b|later\b|(?:for|over)\s+(?:the\s+(?:next|following)\s+)?(?:[a-z-]+\s+)?(?:years|decades|months)\b)/i;

/**
 * Whether a date or history marker at [start, end) of the value's clause dates the value: it stands in the value's
 * phrase (see SIDE_PHRASE) and is not the standard of a comparison. A weekday names a day of the story's week; a
 * year in another verb's phrase of its sentence does not put it in the past.
 */
function datesValue(site: Site, start: number, end: number): boolean {
  const { ctx, q, clause } = site;
  if (COMPARED_WITH.test(ctx.text.slice(Math.max(clause.start, start - 14), start))) return false;
  if (start > q.end && STANDARD_BETWEEN.test(ctx.text.slice(q.end, start))) return false;
  if (end <= q.start && OWN_TIME_AFTER_AND.test(ctx.text.slice(end, q.start)) && !opensTheSentence(site, start)) return false;
  // "Born in Ibadan in 1937, she spent three decades in New York": an opening participle's date is its own.
  const opening = openingParticipleEnd(ctx.text.slice(site.sentence.start, site.sentence.end));
  if (opening !== undefined && end <= site.sentence.start + opening && q.start >= site.sentence.start + opening) return false;
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
function historyOf(site: Site, lower: string, change: boolean): RegExpExecArray | null {
  const all = wordSets(site.lex).history;
  all.lastIndex = 0;
  for (let m = all.exec(lower); m !== null; m = all.exec(lower)) {
    const start = site.clause.start + m.index;
    // A marker inside the value is the value ("in March last year" is when, not which event).
    if (start < site.q.end && start + m[0].length > site.q.start) continue;
    // "1.32 million homes for sale, up 23.4 percent from a year ago": the base a change is measured from, not when.
    if (COMPARED_FROM.test(site.ctx.text.slice(Math.max(site.sentence.start, start - 6), start))) continue;
    // "admissions were up 60 percent on the same week last year": a change's base in other words.
    if (change && start > site.q.end && CHANGE_BASE.test(site.ctx.text.slice(Math.max(site.q.end, start - 32), start))) continue;
    if (datesValue(site, start, start + m[0].length)) return m;
  }
  return null;
}

/** Right before a marker of an earlier time: "from" or "than", the base a change or a comparison is measured from. */
const COMPARED_FROM = /\b(?:from|than)\s+$/i;

/** Right before a marker of an earlier time after a change: what else names its base ("on the same week", "compared with"). */
const CHANGE_BASE = /\b(?:on|over|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:the\s+)?same\s+[a-z]+\s+)?(?:in\s+)?$/i;

/** The modifier of a percentage that tells a change (read/statements/percent.ts). */
const CHANGE = 'change';

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

/** A preposition of place before "another" and a word ("from another jail", "in another province"); not a count. */
const AT_ANOTHER = /\b(?:at|in|from|inside|into|near|on|to)\s+another\s+(?![\d,])[a-z]/i;

/**
 * "In December 2000, seven inmates escaped from another jail": a year-dated act at another place than the story's is
 * another event, even of the story's kind; it is compared only with what is told of another place. Only a date with
 * its year: "was moved to another hospital on Tuesday" tells the story's own week.
 */
function atAnotherPlace(site: Site): boolean {
  const { ctx, q } = site;
  if (q.kind !== 'date' || !/\b(?:19|20)\d\d\b/.test(q.text)) return false;
  return AT_ANOTHER.test(ctx.text.slice(site.clause.start, q.start)) || AT_ANOTHER.test(ctx.text.slice(q.end, site.clause.end));
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

/** Right before a date, the words that make it the end of a span: "until ", "through ", "expiring in ". */
const SPAN_END_BEFORE = /\b(?:until|till|through|(?:expires?|expiring|ends?|ending)\s+in)\s+$/i;

/** How far before a year its form's word may start: "during " is seven characters. */
const YEAR_FORM_REACH = 8;

/** "In 2004", "the 2004 tsunami", "since 1998": a year written as the time of something. */
const YEAR_IN_FORM = /\b(?:in|since|of|by|until|during|from|the|early|late|mid-?)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b/i;

/** "A 2012 fire burned …": a year that dates the noun opening the clause (not "guilty of a 2022 robbery after …"). */
const OPENING_A_YEAR = /^\s*an?\s+(?:19|20)\d\d$/i;

/** "between 2001 and 2011", "from 2001 to 2011": a span of years, as the clause writes it. */
const YEAR_SPAN = /\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|until)\s+((?:19|20)\d\d)\b/i;

/**
 * "the region lost 8% of its residents between 2001 and 2011": a span of years that ends before the year before the
 * article's (or, when the article is not dated, before the latest year the article names: "in the ten years to 2025")
 * is an earlier period, told beside the story's own. A span to the year before is often the story's own figure ("earned
 * $141 million from 2007 to 2014, according to tax returns released Friday", in 2015).
 */
function earlierYears(site: Site, clauseText: string, articleDay: number | undefined): string | undefined {
  // The span's own years are no value of another period (two sources' "from 1966 to 1978" / "from 1967 to 1979").
  if (site.q.kind === 'date') return undefined;
  const span = YEAR_SPAN.exec(clauseText);
  if (!span) return undefined;
  const end = Number(span[2]);
  const now = articleDay !== undefined ? new Date(articleDay * 86400000).getUTCFullYear() : latestYear(site.ctx.text);
  return now !== undefined && end < now - 1 ? `${span[1]}-${span[2]}` : undefined;
}

/** The latest year an article names in figures ("to 2025"), if any. */
function latestYear(text: string): number | undefined {
  let latest: number | undefined;
  for (const m of text.matchAll(/\b(?:19|20)\d\d\b/g)) latest = Math.max(latest ?? 0, Number(m[0]));
  return latest;
}

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
export function incidentNear(clause: Range, clauseText: string, quantity: Quantity, lex: Lexicon): { event?: string; trigger?: string; at?: number } {
  let event: string | undefined;
  let trigger: string | undefined;
  let where: number | undefined;
  let best = Infinity;
  INCIDENT ??= new RegExp(`\\b(?:${[...lex.incidentEvent.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/[-]/g, '\\-')).join('|')})\\b`, 'g');
  INCIDENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INCIDENT.exec(clauseText)) !== null) {
    const at = clause.start + m.index;
    // "will return to classes on Tuesday after faculty voted": an incident past a word that opens another clause of
    // time or cause is that clause's act, not the value's.
    if (at >= quantity.end && SUBORDINATOR.test(clauseText.slice(quantity.end - clause.start, m.index))) continue;
    // "The bombing … on Tuesday killed seven": the value modifies what comes before it; words after it count only
    // when nothing before it names an incident.
    const d = at >= quantity.end ? 1e6 + at - quantity.end : Math.max(0, quantity.start - (at + m[0].length));
    if (d < best) [best, event, trigger, where] = [d, lex.incidentEvent.get(m[0]), m[0], at];
  }
  return { event, trigger, at: where };
}
