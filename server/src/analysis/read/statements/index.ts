// Statements: every value of a document read into one shape (types.ts, `Claim`): the subject it is said of, the
// predicate and dimension, the value, the scope (the story's own event or an earlier one, the incident, the places),
// the attribution and the span, with the words around it. The rules here are patterns of language — where a
// number's noun is, which verb governs it, what an age stands next to — never the words of one story; whether two
// statements of two sources say the same thing is decided in the corpus (corpus/align.ts).
//
// One reader per kind of value, each in its own file (count.ts, money.ts, percent.ts, length.ts, duration.ts, age.ts,
// when.ts for dates, days and times, direction.ts, category.ts, residence.ts); what every statement shares is in
// site.ts (the value's sentence and clause, the lexicon's words), syntax.ts (the verb that governs a value, the nouns
// and names near it), scope.ts (the event and time a value is of) and context.ts (attribution, certainty, the words
// around it).
import type { Attribute, Claim, Quantity, Sentence } from '../../types';
import { isDateline } from '../dates';
import { lexicon } from '../../data/lexicon';
import { posTags } from '../pos';
import { attributionOf, certaintyOf, type ContentWords, contentWordsOf, contextOf } from './context';
import { clauseAround, thingOf, type Range, type Reader, type Site, type StatementContext } from './site';
import { ageStatement } from './age';
import { categoryStatement } from './category';
import { countStatement } from './count';
import { directionStatement } from './direction';
import { durationStatement } from './duration';
import { governingVerb, inSubjectRelativeClause } from './syntax';
import { lengthStatement } from './length';
import { forecastValue } from './forecast';
import { headlineDays } from './headlineDays';
import { utcDays } from './utcDays';
import { datesAFollowUp } from './followUp';
import { measureStatement } from './measure';
import { rankStatement } from './rank';
import { scoreStatement } from './score';
import { moneyStatement } from './money';
import { previousValue } from './previous';
import { measuredMoments } from './moments';
import { percentStatement } from './percent';
import { reportDays } from './reportDay';
import { residenceStatement } from './residence';
import { scopeOf } from './scope';
import { whenStatement } from './when';

/** A dateline's place in capitals and what follows it up to a value (`inDateline`). */
const DATELINE_BEFORE_DATE = /^[A-Z][A-Z.'’ -]{1,40},[^\n]{0,60}$/;
/** What follows a dateline's date: an agency in brackets, then its dash. */
const DATELINE_AFTER_DATE = /^(?:,\s*\d{4})?\s*(?:\([^()\n]{1,40}\))?\s(?:—|–|--|-)\s/;

/** Whether a value stands in the dateline that opens its sentence ("DENVER, Colo., May 3 (Wire) - "). */
function inDateline(text: string, sentenceStart: number, q: { start: number; end: number }): boolean {
  return DATELINE_BEFORE_DATE.test(text.slice(sentenceStart, q.start)) && DATELINE_AFTER_DATE.test(text.slice(q.end, q.end + 50));
}

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
    // "TOWN, Country, Oct. 9 (Agency) - Customs officers seized …": the dateline's date is the report's, no act's.
    if ((q.kind === 'date' || q.kind === 'day') && inDateline(ctx.text, sentence.start, q)) return;
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
        if (!tags) tagCache.set(q.sentence, (tags = posTags(tokens, undefined, ctx.keep)));
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
    // A forecast is no statement of what happened (forecast.ts).
    if (forecastValue(site)) return;
    // "to $66.40 a vial from $274.70": the earlier value of a change is said of the value it changed to (previous.ts).
    const said = previousValue(site) ?? READERS[q.kind]?.(site);
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
      // One thing named in other words is one subject to every source ("houses", "homes").
      ...(said.subject !== undefined ? { subject: thingOf(said.subject) } : {}),
      ...(said.entity !== undefined ? { entity: said.entity } : {}),
      modifiers: said.modifiers ?? [],
      ...(said.predicate ? { predicate: said.predicate } : {}),
      ...(said.coordinated?.length ? { coordinated: said.coordinated } : {}),
      ...(said.measure ? { measure: said.measure } : {}),
      scope: scopeOf(site, said),
      context: contextOf(site),
      // A day of a noun or of a report in the lede dates that, not the lede's event; nor does the day of a follow-up.
      ...((q.sentence === lede || kind === 'headline') && !said.ownAct && !((q.kind === 'day' || q.kind === 'time') && (datesAFollowUp(site) || inSubjectRelativeClause(site))) ? { mainEvent: true } : {}),
      ...(inQuotation(q.start) ? { quoted: true } : {}),
    });
    clauses.push(site.clause);
  });
  otherEvents(ctx, out, clauses);
  measuredMoments(ctx, out, clauses);
  headlineDays(ctx, out);
  utcDays(ctx, out);
  // After utcDays: a day in UTC leaves the act's local day open (reportDay.ts).
  reportDays(ctx, out);
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


const READERS: Partial<Record<Quantity['kind'], Reader>> = {
  count: countStatement,
  money: moneyStatement,
  percent: percentStatement,
  length: lengthStatement,
  measure: measureStatement,
  duration: durationStatement,
  age: ageStatement,
  magnitude: (site) => ({ subject: 'quake', predicate: governingVerb(site), event: 'quake' }),
  rank: rankStatement,
  date: whenStatement,
  day: whenStatement,
  time: whenStatement,
  direction: directionStatement,
  category: categoryStatement,
  residence: residenceStatement,
  score: scoreStatement,
};
