// Counts of things placed somewhere by the sentence: "Two of the bombs fell within the Yida camp", "one bomb, which
// did not explode, fell directly within the camp", "at least one bomb landed in the camp". How many fell inside a
// place is a different fact from how many fell in all, so the place is kept with the count (`where`) and only counts
// in the same kind of place are compared. A part of a set ("two of the bombs") counts here, since the place says
// which part.
import type { Tolerances } from '../config';
import { lexicon } from '../data/lexicon';
import type { Quantity } from '../types';
import { applyHedge, hedgeBefore, parseNumber, precisionOf } from './quantities';

const COUNT = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:of\s+the\s+)?([a-z]{3,})\b/gi;
/** An aside between the counted noun and its verb: ", which did not explode,". */
const ASIDE = /^(?:\s*,[^,.;]{0,40},)?\s*/;
let LANDED: RegExp | undefined;

export function readLocatedCounts(text: string, from: number, to: number, sentence: number, tolerances: Tolerances): Quantity[] {
  const lex = lexicon();
  LANDED ??= new RegExp(`^(?:${lex.landingVerbs.join('|')})(?:\\s+[a-z]+ly)?\\s+(?:in|inside|within)\\s+(?:the|a|an)\\s+((?:[A-Z][\\w-]*\\s+)*)([a-z]+(?:\\s+[a-z]+){0,2})`);
  const found: Quantity[] = [];
  const slice = text.slice(0, to);
  COUNT.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = COUNT.exec(slice)) !== null) {
    const noun = m[2].toLowerCase();
    if (lex.notCountUnits.has(noun) || lex.determiners.has(noun) || lex.uncomparedCountNouns.has(noun)) continue;
    const rest = slice.slice(m.index + m[0].length);
    const aside = ASIDE.exec(rest)![0];
    const landed = LANDED.exec(rest.slice(aside.length));
    if (!landed) continue;
    // The head of the place: the last word before a preposition ("a primary school yard in the camp" → yard).
    const words = landed[2].split(/\s+/);
    const stop = words.findIndex((w) => /^(?:in|of|at|on|near|and|or|with|by|to|the|a|an|which|that|where|when|who|whose|while|but)$/.test(w));
    const where = (stop < 0 ? words : words.slice(0, stop)).pop();
    if (!where) continue;
    const value = parseNumber(m[1]);
    const hedge = hedgeBefore(slice, m.index, lex.hedges);
    const { low, high } = applyHedge(value, hedge?.kind, undefined, tolerances);
    const start = hedge ? hedge.start : m.index;
    const end = m.index + m[0].length;
    found.push({ start, end, text: text.slice(start, end), kind: 'count', low, high, unit: noun, hedge: hedge?.phrase, sentence, where, ...(hedge ? {} : { precision: precisionOf(value) }) });
  }
  return found;
}
