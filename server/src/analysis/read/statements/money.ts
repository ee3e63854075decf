// The statement of a sum of money: what it is worth or paid for, or the noun it modifies; a price whatever word says it.
import { lemma, type Said, type Site, wordSets } from './site';
import { BEFORE_LEVEL_VERB, governingVerb, governingVerbIndex, namesOf, nearestMention, nounAfter, nounBefore, nounFrom, subjectOfVerb } from './syntax';

/** "$2.6 million in jewelry", "$2.4 trillion in market value": the noun after "of" or "in", past one word that narrows it (not "in value was erased"). */
const MONEY_OBJECT_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:worth\s+)?(?:of|in)\s+(?:[a-z]+\s+(?!(?:was|were|is|are|has|have|had|will|would|could|may|might)\b))?([a-z]{3,})\b/;

/** A verb, an article and one word right before a sum: "raised a record", "paid a whopping". */
const SUM_KIND_BEFORE = /\b[a-z]+ed\s+(?:a|an)\s+[a-z]+\s+$/;

/** "a barrel", "per share" right after a sum: the unit it is the price of. */
const PER_UNIT_AFTER = /^\s+(?:a|an|per)\s+([a-z]{3,})\b/;

/** The words of a percentage. */
const PERCENT_WORD = /^(?:cent|percent|pct)$/;

/** "a ransom of $4.5 million in bitcoin", "a fine of $5,000", "two bids, of 40 million and": the noun the sum is "of". */
const MONEY_OF_BEFORE = /\b([a-z]{3,}),?\s+of\s+$/;

/** "of 40 million and 50 million euros", "of $4 million and ": the sum before "and" in a pair of sums, which the second shares the noun of. */
const FIRST_OF_TWO_SUMS = /(?<![\w.,$€£])[$€£]?[\d.,]+(?:\s+(?:thousand|million|billion|trillion))?\s+(?:and|or)\s+$/;

/** "a necklace worth £1.2m", "The paintings are worth about", "the collection has been valued at": the noun before. */
const MONEY_OBJECT_BEFORE = /\b([a-z]{3,})\s+(?:(?:is|are|was|were|be|been|(?:has|have|had|will|would)\s+been|will\s+be)\s+)?(?:[a-z]+ly\s+)?(?:valued at|worth|estimated at)\s*(?:an?\s+[a-z]+\s+|about\s+|around\s+|some\s+)?$/;

/**
 * A sum: what it is worth or paid for ("$2.6 million in jewelry", "a necklace worth £1.2m"), or the noun it modifies
 * ("a $5 fine"). A price is the cost whichever word says it ("would cost about $8 billion", "the price tag at around
 * $8 billion"), so two outlets' words for one price meet; a sum raised, spent or paid keeps its own noun.
 */
export function moneyStatement(site: Site): Said | undefined {
  const { q, ctx, lex } = site;
  const after = ctx.text.slice(q.end, site.sentence.end);
  const before = ctx.text.slice(site.sentence.start, q.start).toLowerCase();
  const { costBefore, costNamedBefore, variantNamed } = wordSets(lex);
  // "The other model costs $2499": a price of one variant of a product, not the one cost of the story.
  const cost = (costBefore.test(before) || costNamedBefore.test(before)) && !variantNamed.test(ctx.text.slice(site.sentence.start, site.sentence.end)) ? 'cost' : undefined;
  // "rose 5.4 per cent to $88.20 a barrel", "$42 a share": a price of one unit is that unit's.
  const unit = cost ? undefined : PER_UNIT_AFTER.exec(after)?.[1];
  // "raised a record €421,000": a noun between an article and the sum says what kind of sum it is, not of what.
  const kindOfSum = SUM_KIND_BEFORE.test(before);
  let noun = cost ?? unit ?? paidFor(site) ?? sumOf(before, lex.values.money.amountNouns) ?? levelNoun(site) ?? narrowedBeforeCopula(site) ?? MONEY_OBJECT_AFTER.exec(after)?.[1] ?? MONEY_OBJECT_BEFORE.exec(before)?.[1] ?? nounAfter(site) ?? namedByItsVerb(site) ?? (kindOfSum ? undefined : nounBefore(site));
  // "5.4 per cent to $88.20": the word of a percentage names no thing.
  if (noun && (lex.notCountUnits.has(noun) || lex.determiners.has(noun) || PERCENT_WORD.test(noun))) noun = undefined;
  if (noun && lex.values.money.generalNouns.includes(noun)) noun = kindOfMoney(site, noun) ?? noun;
  return { subject: noun ? lemma(noun, lex) : undefined, modifiers: unit && noun === unit ? ['per'] : [], predicate: governingVerb(site), entity: boughtName(site) ?? orderedToPay(site) ?? nearestMention(site, ['person', 'organization'], 'before') };
}

/**
 * "€50,000 in prize money", "prize money of 50,000 euros": the common noun right before a noun of money in general
 * (`money.generalNouns`) says what the sum is, as "the prize comes with €60,000" does. The noun's nearest use within a
 * few words of the sum is the one read.
 */
function kindOfMoney(site: Site, noun: string): string | undefined {
  const { tokens } = site;
  const near = [...Array(GENERAL_NOUN_REACH * 2 + 1).keys()].map((k) => (k % 2 === 0 ? site.last + 1 + k / 2 : site.first - 1 - (k - 1) / 2));
  const at = near.find((k) => tokens[k]?.lower === noun && tokens[k].start >= site.sentence.start && tokens[k].end <= site.sentence.end);
  if (at === undefined || at < 1) return undefined;
  const tags = site.tags();
  const before = tokens[at - 1];
  if (before.kind !== 'word' || before.cap || before.start < site.sentence.start) return undefined;
  // The tagger reads some such nouns as verbs ("carries prize/VBP money"): after a verb, a preposition or a determiner,
  // a present tense is a noun too.
  const isNoun = /^NNS?$/.test(tags[at - 1]) || (/^VBP?$/.test(tags[at - 1]) && /^(?:VB|IN|DT|PRP\$)/.test(tags[at - 2] ?? ''));
  return isNoun ? lemma(before.lower, site.lex) : undefined;
}

/** How many tokens from the sum a noun of money in general is looked for, each way. */
const GENERAL_NOUN_REACH = 5;

/**
 * "Pre-tax profit … rose to £612 million", "profit reached £621 million in the year to March 1": the common noun right
 * before a verb of standing or reaching, or of change before "to" (values.json `percent`), is what the sum is the level
 * of, whatever phrase follows the sum.
 */
function levelNoun(site: Site): string | undefined {
  const { tokens, lex } = site;
  const words = lex.values.percent;
  let k = site.first - 1;
  const to = tokens[k]?.lower === 'to';
  if (to) k--;
  const verb = tokens[k]?.lower ?? '';
  // Not a form of "be" or "remain": "the cost was $5m" is named by `costBefore`, "the fine is $5,000" by the noun before.
  if (!(to ? verb in (words.changeVerbs as Record<string, string>) : words.standingVerbs.includes(verb) && !wordSets(lex).copulas.has(verb) && verb !== 'be')) return undefined;
  k--;
  while (k >= 0 && BEFORE_LEVEL_VERB.test(tokens[k].lower)) k--;
  const tags = site.tags();
  const common = (j: number) => j >= 0 && tokens[j].kind === 'word' && !tokens[j].cap && /^NNS?$/.test(tags[j]);
  if (common(k)) return tokens[k].lower;
  // "Pre-tax profit for the 52 weeks to March 1 rose": the noun before the phrase that narrows it.
  for (let j = k; j > 0 && j >= k - NARROWING_PHRASE; j--) if (NARROWING_PREPOSITION.test(tokens[j].lower) && common(j - 1)) return tokens[j - 1].lower;
  return undefined;
}

/**
 * "Ann Lee's purse for the fight was 1.5 million pounds", "the cost of the new wing is $40m": the noun before the phrase
 * that narrows the subject of a copula right before the sum, not the phrase's own noun.
 */
function narrowedBeforeCopula(site: Site): string | undefined {
  const { tokens, lex } = site;
  let k = site.first - 1;
  if (!wordSets(lex).copulas.has(tokens[k]?.lower ?? '')) return undefined;
  const tags = site.tags();
  const common = (j: number) => j >= 0 && tokens[j].kind === 'word' && !tokens[j].cap && /^NNS?$/.test(tags[j]);
  if (!common(--k)) return undefined;
  for (let j = k - 1; j > 0 && j >= k - NARROWED_NOUN_PHRASE; j--) {
    if (NARROWING_PREPOSITION.test(tokens[j].lower)) return common(j - 1) ? tokens[j - 1].lower : undefined;
    if (tokens[j].kind !== 'word' || !/^(?:DT|PRP\$|JJ|NN)/.test(tags[j])) return undefined;
  }
  return undefined;
}

/** How many words the noun phrase after a narrowing preposition may have ("for the title fight"). */
const NARROWED_NOUN_PHRASE = 3;

/** How many words a phrase narrowing a sum's noun may have, and the prepositions that open one. */
const NARROWING_PHRASE = 8;
const NARROWING_PREPOSITION = /^(?:for|in|at|from|of)$/;


/** The noun a sum is "of" ("a ransom of $4.5 million in bitcoin" is the ransom's), unless it says how much, not of what ("a total of"). */
function sumOf(before: string, amountNouns: string[]): string | undefined {
  const noun = MONEY_OF_BEFORE.exec(before.replace(FIRST_OF_TWO_SUMS, ''))?.[1];
  return noun && !amountNouns.includes(noun) ? noun : undefined;
}

/** "ordered him to pay", "told Dalton to repay", "was ordered to forfeit": a sum someone is made to pay, and the one made to. */
const ORDERED_TO_PAY = /\b(ordered|told|required|forced|directed)\s+(?:(him|her)\s+|([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+)?to\s+(?:re)?pay\s+(?:back\s+)?$|\bto\s+forfeit\s+$/;

/**
 * "Judge Ellen Park ordered him to pay $31.5 million", "Dalton was ordered to repay $31.5 million": the sum is the
 * payer's, the one ordered, not the one who orders (named nearer before it). "him" or "her" is a person named in a
 * sentence before, never the sentence's own subject.
 */
function orderedToPay(site: Site): number | undefined {
  const { ctx, q, tokens } = site;
  const before = ctx.text.slice(site.sentence.start, q.start);
  const m = ORDERED_TO_PAY.exec(before);
  if (!m || !m[1]) return undefined;
  const at = site.sentence.start + m.index;
  if (m[2]) return namesOf(ctx).antecedents(q.sentence, at).find((i) => ctx.mentions[i].type === 'person' && ctx.mentions[i].sentence < q.sentence);
  if (m[3]) {
    const named = ctx.mentions.findIndex((x) => x.sentence === q.sentence && x.type === 'person' && x.start >= at && x.end <= q.start);
    return named >= 0 ? named : undefined;
  }
  // "Dalton was ordered to repay": the passive's subject.
  const verb = tokens.find((t) => t.start === at);
  return verb && /\b(?:was|were|been|is|are)\s+$/.test(before.slice(0, m.index)) ? subjectOfVerb(site, verb) : undefined;
}

/** "was fined $25,000", "fined him $250,000": a verb that names the sum it gives (`money.sumVerbs`) is the sum's noun, as in "a $250,000 fine". */
function namedByItsVerb(site: Site): string | undefined {
  const verb = governingVerbIndex(site);
  if (verb === undefined || verb > site.first) return undefined;
  return (site.lex.values.money.sumVerbs as Record<string, string>)[site.tokens[verb].lower];
}

/**
 * "spent $3.2 million on a refit", "paid $2.3 million for the repairs": a sum a verb of spending
 * (`money.spendingVerbs`) gives right before "on" or "for" is the sum of the noun after, as "a $2.3 million refit"
 * is. A name after them is what was bought (`boughtName`), not a noun.
 */
function paidFor(site: Site): string | undefined {
  const { tokens, lex } = site;
  const verb = governingVerbIndex(site);
  if (verb === undefined || verb > site.first || !(lex.values.money.spendingVerbs as string[]).includes(lemma(tokens[verb].lower, lex))) return undefined;
  let k = site.last + 1;
  if (!/^(?:on|for)$/.test(tokens[k]?.lower ?? '')) return undefined;
  k++;
  if (tokens[k] && lex.determiners.has(tokens[k].lower)) k++;
  return tokens[k] && !tokens[k].cap ? nounFrom(site, k) : undefined;
}

/** "the $13 billion acquisition of Electronic Data Systems", "paid $5 million for Acme": the named thing a sum is paid for. */
const PAID_FOR = /^\s*(?:\([^)]*\)\s*)?(?:[a-z-]+\s+){0,2}?(?:of|for)\s+(?:the\s+)?$/;

function boughtName(site: Site): number | undefined {
  const { ctx, q, clause } = site;
  const i = ctx.mentions.findIndex((m) => m.sentence === q.sentence && m.start >= q.end && m.end <= clause.end && m.kind === 'name' && m.type !== 'place' && PAID_FOR.test(ctx.text.slice(q.end, m.start)));
  return i >= 0 ? i : undefined;
}
