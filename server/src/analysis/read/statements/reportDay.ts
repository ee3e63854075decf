// The day a lede's source spoke (or its records showed: "…, official results showed on Monday"), when the lede tells an
// act and names its source after it, and the article dates an
// act of its story on another day: "Pirates have seized a tanker …, the ship's owner said on Tuesday" over a body
// that says the ship "was boarded … on Monday evening". The lede's day is then the day of the report, and another
// source's lede that the ship was "hijacked on Monday" does not contradict it (corpus/dayEvents.ts `oneSpeech`).
// Not a lede that opens with its speaker ("Rick Santorum said Sunday he wasn't questioning …"): what was said is the
// news, and the speech its main event. Nor a lede whose only day is its source's ("the White House said on Monday"):
// nothing in its article tells the report from the event.
import { lexicon } from '../../data/lexicon';
import type { Claim } from '../../types';
import type { StatementContext } from './site';

/** ", the ship's owner said on " before a day: a source named after a comma, then a verb (the lexicon's speech verbs). */
const TRAILING_SOURCE = /,\s+[^,;“”"]{1,80}?\s([a-z]+)\s+(?:on\s+)?$/i;

/** What may follow the day to the end of its sentence (trimmed): a part of the day, and the full stop. */
const SENTENCE_END = /^(?:(?:morning|afternoon|evening|night)\s*)?[.!]?$/i;

/** "results showed", "figures show": records that report, as a speaker does. */
const SHOWING = /^show(?:s|ed|n)?$/;

/** A verb (or its stem) that reports: a speech verb of the lexicon's, or one of showing. */
function reports(verb: string): boolean {
  return lexicon().speechVerbs.has(verb) || SHOWING.test(verb);
}

export function reportDays(ctx: StatementContext, out: Claim[]): void {
  const spoken = (c: Claim) => !!c.predicate && reports(c.predicate) && !c.scope.incident;
  const dayOf = (c: Claim) => ctx.quantities[c.quantity].low;
  const acts = out.filter((c) => c.attribute === 'day' && c.scope.time === 'story' && !c.quoted && !!c.predicate && !spoken(c) && !c.modifiers.includes('planned'));
  for (const claim of out) {
    // "Ann Lee has died at 87, her family said on Wednesday": the day after the trailing source is its speaking, even
    // when the clause before names the incident.
    if (claim.attribute !== 'day' || !claim.mainEvent || !claim.predicate || !reports(claim.predicate) || !trailingSource(ctx, claim)) continue;
    // An act dated in UTC ("The crash happened at 0105 GMT on Sunday") leaves its local day open: the lede's day of its
    // source may be the day after the act, as much as another day would show it.
    if (acts.some((act) => act !== claim && dayOf(act) !== null && (dayOf(act) !== dayOf(claim) || act.modifiers.includes('utc')))) claim.reportDay = true;
  }
}

/** The day closes its sentence's source named after what it said: "…, the ship's owner said on Tuesday." */
function trailingSource(ctx: StatementContext, claim: Claim): boolean {
  const q = ctx.quantities[claim.quantity];
  const sentence = ctx.sentences[claim.sentence];
  const verb = TRAILING_SOURCE.exec(ctx.text.slice(sentence.start, q.start))?.[1]?.toLowerCase();
  return !!verb && reports(verb) && SENTENCE_END.test(ctx.text.slice(q.end, sentence.end).trim());
}
