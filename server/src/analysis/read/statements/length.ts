// The statement of a length: what it measures (height, depth, distance, a fall) and what it is measured from or of.
import type { Quantity } from '../../types';
import { lemma, type Said, type Site } from './site';
import { KIND_OF_PLACE } from '../values/direction';
import { governingVerb, governingVerbIndex, headOfPhrase, nearestMention, nounAfter, nounBefore, subjectOfVerb } from './syntax';

// What a length is measured from, after it: "north of the town of Delvaro", "short of the runway", "from Denver", "3 km
// off Delvaro" (a distance out to sea, `measuredFrom`).
const MEASURED_FROM = new RegExp(
  `^\\s*(?:\\([^)]*\\)\\s*)?(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:[Ee]ast|[Ww]est))?(?:ern)?\\s+|[Ss]hort\\s+)?(?:[Oo]f|[Ff]rom|off)\\s+(?:${KIND_OF_PLACE.source}|[Tt]he\\s+)?`,
);

/**
 * What a length is measured from, after it; "off" only before a name ("5 km off Delvaro"): "12 km off the coast" is
 * said of what lies there, as "20km offshore" is.
 */
function measuredFrom(site: Site, after: string): RegExpExecArray | null {
  const from = MEASURED_FROM.exec(after);
  if (!from || !/\boff\s/.test(from[0])) return from;
  const at = site.q.end + from[0].length;
  return site.ctx.mentions.some((m) => m.start >= at && m.start <= at + 2 && m.kind === 'name') ? from : null;
}

/**
 * A length: what it measures (the lexicon's dimension words near it: "45m deep", "fell 130ft", "a 40-metre drop",
 * "25 miles east of Houston"), and what it is measured from or of: a place named after "of"/"from" (the entity), or
 * the clause's head noun. A conversion in parentheses after another length ("50 km (30 miles)") is the same
 * statement again and is left out, unless it converts to another value ("55 kilometers (51 miles)"): then it is a
 * second value of that statement, which another source may show to be the wrong one.
 */
export function lengthStatement(site: Site): Said | undefined {
  const { q, ctx, lex, tokens } = site;
  const previous = ctx.quantities[site.index - 1];
  if (previous?.kind === 'length' && /^\s*\(\s*$/.test(ctx.text.slice(previous.end, q.start))) return convertsApart(previous, q) ? statementOf(site, previous) : undefined;
  const home = homeDistance(site);
  if (home) return home;
  if (FIRST_PERSON_CLAUSE.test(ctx.text.slice(site.sentence.start, q.start))) return undefined;
  const dimensions = lex.values.length.dimensions as Record<string, string>;
  const dimensionOf = (lower: string): string | undefined => dimensions[lower] ?? dimensions[lemma(lower, lex)];
  let measure: string | undefined;
  let best = Infinity;
  // "7.5 miles north of the 210-foot dam": a compound length is of the noun it modifies ("a 40-metre drop"); a word of a
  // dimension before it is another phrase's.
  const compound = /\d-[a-z]/i.test(q.text) && tokens[site.last + 1]?.kind === 'word';
  // "25 feet (7.6 meters) deep": a conversion in brackets after the value stands between it and its dimension.
  const last = bracketAfter(site) ?? site.last;
  for (let k = Math.max(0, compound ? site.first : site.first - 4); k < Math.min(tokens.length, last + 5); k++) {
    if (k >= site.first && k <= last) continue;
    // "a depth of 14 miles": the "of" after a dimension's noun is that noun's, not a distance's ("14 miles of X").
    if (k > 0 && tokens[k].lower === 'of' && dimensionOf(tokens[k - 1].lower)) continue;
    // "an exclusion zone of 6 kilometres": an "of" right before the value gives the size of the noun before it, not a
    // distance from something (which "of" after the value names: "6 kilometres north of Tolva").
    if (k === site.first - 1 && tokens[k].lower === 'of') continue;
    // "the 11-inch MacBook Air": a capitalised word inside the sentence is a name's, not a dimension.
    if (tokens[k].cap && tokens[k].start > site.sentence.start) continue;
    // "travelled 2.5 miles down Marrish Creek", "400 metres down the slope": "down" before what it runs along is a way
    // travelled, not a depth ("trapped 40 metres down").
    const dimension = tokens[k].lower === 'down' && ALONG_AFTER_DOWN.test(tokens[k + 1]?.text ?? '') ? 'distance' : climbOrHeight(site, k, dimensionOf(tokens[k].lower));
    // A preposition ("from", "of", "off") only says where the length is measured from; a word of the dimension
    // itself says more: "fell 600 metres from a ridge" is a fall, not a distance from the ridge.
    const d = (k < site.first ? site.first - k + 0.5 : k - last) + (/^(?:IN|RP)$/.test(site.tags()[k]) ? 2 : 0);
    if (dimension && d < best) [measure, best] = [dimension, d];
  }
  const after = ctx.text.slice(q.end, site.sentence.end);
  // "3 km short of the runway" is measured from the runway, as "3 km from the runway" is.
  const from = measuredFrom(site, after);
  let entity: number | undefined;
  let subject: string | undefined;
  if (from) {
    const at = q.end + from[0].length;
    entity = ctx.mentions.findIndex((m) => m.start >= at && m.start <= at + 2 && m.kind === 'name');
    if (entity < 0) entity = undefined;
    subject = entity === undefined ? headOfPhrase(ctx.text.slice(at, site.sentence.end), lex) : undefined;
    // "20 kilometers (12.5 miles) of spare cable": a bare "of" before a thing, with no direction or "within", measures
    // that thing.
    if (entity === undefined && (measure === undefined || measure === 'distance') && /^\s*(?:\([^)]*\)\s*)?of\s/i.test(from[0]) && !/\bwithin\b/i.test(ctx.text.slice(Math.max(site.sentence.start, q.start - 16), q.end))) measure = 'length';
    measure ??= 'distance';
    // "came down about 3 km short of the runway": short of a place is along the ground, whatever verb tells it.
    if (/\bshort\s+of\s/i.test(from[0])) measure = 'distance';
  }
  // "nearly 10 feet above flood stage": a height above anything but a datum (the ground, sea level) is measured from
  // that reference, a statement of its own, not the level itself ("the river reached 35 feet").
  const relative = from ? null : RELATIVE.exec(after);
  const reference = relative ? headOfPhrase(after.slice(relative[0].length), lex) : undefined;
  if (relative && reference && !(lex.values.length.datums as string[]).includes(reference)) {
    return { subject: reference, modifiers: [relative[1].toLowerCase()], predicate: governingVerb(site), measure: measure ?? 'height' };
  }
  // "its windshield cracked at 37,000 feet", "flying at about 11,000 metres": a length "at" which something happens,
  // with no word of another dimension, is the altitude it happened at.
  if (measure === undefined && !from && site.first > 0 && tokens[site.first - 1].lower === 'at' && ALTITUDE_UNITS.test(q.text)) return { subject: 'altitude', modifiers: [], predicate: governingVerb(site), measure: 'height' };
  // "The tunnel collapsed before dawn, nearly 1,600 feet below ground": a noun before a comma is no length's subject,
  // unless the length is set off as its apposition: an adjective of the length's dimension follows it ("a borehole,
  // 15 cm wide"), or a place it is measured from ("the building, about 15 miles north of Denver").
  const next = tokens[site.last + 1];
  const adjectiveAfter = !!next && !!dimensionOf(next.lower) && /^(?:JJ|NN)$/.test(site.tags()[site.last + 1] ?? '');
  const apart = !from && tokens[site.first - 1]?.text === ',' && !adjectiveAfter;
  // "15 centimetres wide." ends on its dimension, which the tagger may take for a noun: it is no subject.
  const after1 = nounAfter(site);
  subject ??= (after1 && !dimensionOf(after1) ? after1 : undefined) ?? (apart ? undefined : nounBefore(site));
  // "31-year-old Robert Buckley … slipped on ice and fell 700 meters": a fall is the faller's, the person named before
  // it in its clause (not one who only says it: "Gaskin said the man fell"), as an age is its person's.
  if (measure === 'fall' && entity === undefined) entity = nearestMention(site, ['person'], 'before');
  if (!from && entity === undefined) {
    entity = namedThing(site);
    // "The 400-metre Golden Bay": the noun after the length is the name's word, not what is measured.
    if (entity !== undefined && ctx.mentions[entity].start > q.end) subject = undefined;
  }
  return { subject, entity, modifiers: [], predicate: governingVerb(site), measure };
}

/** The closing bracket of a short bracket right after the value ("(7.6 meters)"), as a token index. */
function bracketAfter(site: Site): number | undefined {
  const { tokens } = site;
  if (tokens[site.last + 1]?.text !== '(') return undefined;
  for (let k = site.last + 2; k < tokens.length && k <= site.last + BRACKET_TOKENS; k++) if (tokens[k].text === ')') return k;
  return undefined;
}

/** How many tokens a conversion in brackets may take, its brackets included. */
const BRACKET_TOKENS = 6;

/**
 * A word of climbing names the height gained only right before the value ("climbs 850 metres", "an ascent of 1,200 m");
 * "climbed to 3,000 feet" reaches a height, and "climbs 850 metres over 14 km" leaves the way's length a length.
 */
function climbOrHeight(site: Site, k: number, dimension: string | undefined): string | undefined {
  if (dimension !== 'climb') return dimension;
  const { tokens } = site;
  if (tokens[k + 1]?.lower === 'to') return 'height';
  return k === site.first - 1 || (tokens[k + 1]?.lower === 'of' && k + 2 === site.first) ? dimension : undefined;
}

/** What "down" runs along when it is a preposition: a determiner or a name. */
const ALONG_AFTER_DOWN = /^(?:the|a|an|this|that|[A-Z][a-z]+)$/;

/** "above" or "below" right after a length, and the reference it is measured from. */
const RELATIVE = /^\s*(above|below)\s+(?:the\s+|its\s+|their\s+)?/i;

/** The units an altitude is written in ("37,000 feet", "11,000 metres"); a distance in miles or kilometres is no altitude. */
const ALTITUDE_UNITS = /(?:feet|foot|ft|metres|meters|metre|meter|m)$/i;

/**
 * How far a conversion may be from its value and still convert it: conversions are rounded, often to round numbers
 * ("15 km (10 miles)" is 7 % off); one a quarter off gives another value.
 */
const CONVERSION_SLACK = 1.25;

/**
 * Whether a length in brackets after another is not that length converted: their intervals a quarter or more apart. The
 * value's hedge is the conversion's too ("less than 50 km (30 miles)" converts 50 km).
 */
function convertsApart(value: Quantity, conversion: Quantity): boolean {
  const [aLow, aHigh] = [value.low ?? 0, value.high ?? Infinity];
  const [bLow, bHigh] = [conversion.low ?? 0, conversion.high ?? Infinity];
  return bLow > aHigh * CONVERSION_SLACK || aLow > bHigh * CONVERSION_SLACK;
}

/** The statement of the length `of` in the same sentence as the site's value: what a wrong conversion of it states. */
function statementOf(site: Site, of: Quantity): Said | undefined {
  const first = site.tokens.findIndex((t) => t.end > of.start);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < site.tokens.length && site.tokens[last + 1].start < of.end) last++;
  return lengthStatement({ ...site, q: of, index: site.index - 1, first, last });
}

/**
 * A sentence the writer tells of where they are ("I'm located 25 miles south of the quake", "We live two miles from
 * the plant"): the length is the writer's own, not the event's (a forum post or a witness among the reports).
 */
const FIRST_PERSON_CLAUSE = /^\W*(?:I|I'm|I’m|We|We're|We’re)\s/;

/**
 * "Chohan, who lived half a mile away", "She had moved about a mile and a half away five or six years ago": how far
 * from the story's place a person's home is, said of the person (named right before the verb, or the one "he" or
 * "she" stands for, named in that sentence or the one before). A move puts the home there from then on, so the
 * move's date does not date the home (`state`). The verb stands right before the value: "moved the car 50 feet away"
 * moves no home.
 */
function homeDistance(site: Site): Said | undefined {
  const { q, ctx, lex, tokens } = site;
  if (!/^\s*away\b/i.test(ctx.text.slice(q.end, site.sentence.end))) return undefined;
  const k = governingVerbIndex(site);
  if (k === undefined || k > site.first || !/^\s*$/.test(ctx.text.slice(tokens[k].end, q.start))) return undefined;
  const verb = tokens[k];
  const words = lex.values.length;
  const moved = words.moveVerbs.includes(verb.lower);
  if (!moved && !words.homeVerbs.includes(verb.lower)) return undefined;
  const person = subjectOfVerb(site, verb);
  if (person === undefined) return undefined;
  return { subject: 'home', entity: person, modifiers: [], predicate: 'live', measure: 'distance', ...(moved ? { state: true } : {}) };
}

/**
 * "the 400-metre Golden Bay", "the Golden Bay, a 1,100ft container ship": a length written right before a name, or in an
 * apposition right after one, is the size of the thing named, which other sources name too. Not a person's name (a
 * person's "six-foot" is a height of someone, told in few words), and only a length written as a modifier.
 */
function namedThing(site: Site): number | undefined {
  const { q, ctx } = site;
  if (!/^[\d,.]+\s?(?:-\s?)?[a-z]+$/i.test(q.text) || !/^\s+[a-z]/i.test(ctx.text.slice(q.end, q.end + 2))) return undefined;
  const named = (m: { kind: string; type: string; sentence: number }) => m.kind === 'name' && m.type !== 'person' && m.sentence === q.sentence;
  const before = ctx.mentions.findIndex((m) => named(m) && m.start > q.end && /^\s+$/.test(ctx.text.slice(q.end, m.start)));
  if (before >= 0) return before;
  const apposed = ctx.mentions.findIndex((m) => named(m) && m.end <= q.start && APPOSED.test(ctx.text.slice(m.end, q.start)));
  return apposed >= 0 ? apposed : undefined;
}

/** What stands between a name and a length in apposition after it: ", a ", ", the ". */
const APPOSED = /^\s*,\s*(?:an?|the)\s+$/i;

