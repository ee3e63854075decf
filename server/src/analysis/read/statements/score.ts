// The statement of a result ("ruled 6-3", "a 5-4 decision", "beat Tulsa City 2-1"): what it is the result of, and the
// sides named in its clause.
import type { Said, Site } from './site';
import { governingVerb, nounAfter } from './syntax';

/**
 * A result is of the noun after it ("a 5-4 decision" → decision), else of the act its verb names ("ruled 6-3"). Its
 * participants are the names of its sentence up to the end of the clause it stands in (the court that ruled, the
 * chamber that voted, the two teams): two sources' results are one result when they name a side in common.
 */
export function scoreStatement(site: Site): Said | undefined {
  const { q, ctx, lex } = site;
  const noun = nounAfter(site);
  const subject = noun && (lex.values.score.nouns as string[]).includes(noun) ? noun : undefined;
  const participants = ctx.mentions.flatMap((m, i) => (m.sentence === q.sentence && m.kind === 'name' && m.end <= site.clause.end ? [i] : []));
  return { subject, modifiers: [], predicate: governingVerb(site), participants };
}
