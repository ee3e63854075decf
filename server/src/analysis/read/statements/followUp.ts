// A lede that tells the news of a day after the story's act and dates that act from it: "Rescuers searched on
// Wednesday for 11 people still missing after a ferry capsized off Sulawesi a day earlier", "A day after the ferry
// capsized, divers on Wednesday found …", "The death toll rose to 14 on Monday, a day after the storm made landfall".
// Its day is the follow-up's, not the story's main event, so another lede's
// "capsized … on Tuesday" does not contradict it; the two acts are compared by their own words (corpus/align.ts).
import type { Site } from './site';

/** "a day earlier", "two days before", "the day before", "the previous night": the story's act dated from the day after the value. */
const EARLIER_AFTER = /(?<![\w-])(?:(?:a|one|two|three|[1-3])\s+days?\s+(?:earlier|before|previously)|the\s+(?:day|night)\s+before|the\s+previous\s+(?:day|night|evening|morning|afternoon))\b/i;

/**
 * "A day after", "two days after": the act the value's day follows, named before or after the value; a few days at
 * most, written alone ("Five hundred and eighty-four days after descending his escalator …, Trump took the oath of
 * office Friday" tells the story's act, dated from a much older one).
 */
const DAYS_AFTER = /(?<![\w-])(?:a|one|two|three|[1-3])\s+days?\s+after\b/i;

/** Whether a day or time of the lede dates a follow-up of its story's act, which the same sentence dates from it. */
export function datesAFollowUp(site: Site): boolean {
  const { ctx, q, sentence } = site;
  const after = ctx.text.slice(q.end, sentence.end);
  return EARLIER_AFTER.test(after) || DAYS_AFTER.test(after) || DAYS_AFTER.test(ctx.text.slice(sentence.start, q.start));
}
