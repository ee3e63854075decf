// A headline's day told again in its own article's body: "Marrowby classes back Tuesday" over "Students will return
// to classrooms on Tuesday". Headlines drop verbs and auxiliaries, so the verb read beside a headline's day is often
// a noun ("classes"); the body's statement of the same day, when it dates one act only, says what the day is of.
import type { Claim } from '../../types';
import type { StatementContext } from './site';
import { SINCE } from './when';

export function headlineDays(ctx: StatementContext, out: Claim[]): void {
  const kindOf = (c: Claim) => ctx.paragraphs[ctx.sentences[c.sentence].paragraph]?.kind;
  const dayOf = (c: Claim) => ctx.quantities[c.quantity].low;
  for (const headline of out) {
    if (headline.attribute !== 'day' || kindOf(headline) !== 'headline' || dayOf(headline) === null) continue;
    const body = out.filter((c) => c.attribute === 'day' && kindOf(c) === 'body' && !c.quoted && dayOf(c) === dayOf(headline) && !!c.predicate);
    const acts = new Set(body.map((c) => c.predicate));
    if (acts.size !== 1 || body[0].predicate === headline.predicate) continue;
    const told = body[0];
    Object.assign(headline, {
      event: told.event,
      predicate: told.predicate,
      // "… from Friday" over "when it kicks in on Friday": the headline's start of a span stays one.
      modifiers: [...new Set([...told.modifiers, ...headline.modifiers.filter((m) => m === SINCE)])],
      participants: [...told.participants],
      scope: { ...headline.scope, ...(told.scope.incident ? { incident: told.scope.incident } : {}) },
    });
    for (const key of ['subject', 'entity', 'trigger', 'coordinated'] as const) {
      if (told[key] !== undefined) Object.assign(headline, { [key]: told[key] });
      else delete headline[key];
    }
  }
}
