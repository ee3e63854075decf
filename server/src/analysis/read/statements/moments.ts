// A value measured on a day: "the fire was 35 percent contained on Thursday morning", "about 800 firefighters were
// assigned by Thursday", "the toll rose to 16 on Wednesday". The day and the value are said through one verb, so the
// value is as of that day and the day is the moment of that value: a running story gives the same measure again each
// day. Another source's value as of another day is another moment, not a disagreement, and so is its day of another
// value (corpus/claims.ts `comparable`).
import { lexicon } from '../../data/lexicon';
import type { Claim, Quantity } from '../../types';
import type { Range, StatementContext } from './site';

/** The kinds of value a running story measures again from day to day. */
const MEASURED = new Set(['count', 'percent']);

export function measuredMoments(ctx: StatementContext, out: Claim[], clauses: Range[]): void {
  // A day of speaking ("said on Thursday that 100 senators …") dates the words, not a measure.
  const lex = lexicon();
  const days = out.map((c, i) => i).filter((i) => out[i].attribute === 'day' && out[i].predicate && !out[i].modifiers.includes('planned') && !lex.speechVerbs.has(out[i].predicate!));
  if (days.length === 0) return;
  out.forEach((claim, i) => {
    if (!MEASURED.has(claim.attribute) || !claim.predicate || claim.scope.time !== 'story') return;
    const j = days.find((d) => out[d].predicate === claim.predicate && sameRange(clauses[d], clauses[i]));
    if (j === undefined) return;
    const day = ctx.quantities[out[j].quantity];
    const value: Quantity = ctx.quantities[claim.quantity];
    if (day.low === null || value.low === null || value.high === null) return;
    claim.scope = { ...claim.scope, asOf: day.low };
    out[j].scope = { ...out[j].scope, measured: { attribute: claim.attribute, low: value.low, high: value.high } };
  });
}

function sameRange(a: Range, b: Range): boolean {
  return a.start === b.start && a.end === b.end;
}
