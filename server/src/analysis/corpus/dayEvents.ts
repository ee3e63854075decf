// Whether two weekday statements of two sources date one event told in other words. A weekday dates an event, and two
// outlets name one event with different verbs ("the quake, which struck … on Friday" / "an earthquake hit … early
// Friday"; "won Tuesday's Nevada caucus" / "did well in the Nevada caucuses on Tuesday"). The
// aligner's guard keeps two different actions apart ("apologized Friday" / "the video surfaced Tuesday"); these are the
// signs that two different verbs still tell one event, each a pattern of language, never the words of a story.
import { lexicon } from '../data/lexicon';
import { stem } from '../read/statements';
import type { Placed } from './alignFeatures';
import { similarity } from './wordVectors';

/** How many of the content words nearest a day may name its occasion ("in the Nevada caucuses on Tuesday"). */
const OCCASION_WINDOW = 3;

/** How alike two incident words' vectors must be to be one word in two forms ("quake", "earthquake"). */
const SAME_INCIDENT_WORD = 0.9;

let OCCASIONS: Set<string> | undefined;

/** The occasion words of the lexicon (`values.json` `weekday.occasions`), as stems. */
function occasions(): Set<string> {
  return (OCCASIONS ??= new Set(lexicon().values.weekday.occasions.map((w) => stem(w))));
}

/** The occasions named among the words nearest a day: "caucus" in "won Tuesday's Nevada caucus". */
export function occasionsOf(ref: Placed): string[] {
  const known = occasions();
  return ref.claim.context.slice(0, OCCASION_WINDOW).filter((w) => known.has(w));
}

/**
 * Two days of one event told with two verbs: one incident named by one word in two forms ("quake", "earthquake"), or
 * the same scheduled one-day occasion named right next to both days ("Tuesday's Nevada caucus" / "the Nevada caucuses
 * on Tuesday"); a speech or a testimony is given on many days of one story, so it names no one event. The scorer
 * still decides; this only makes them candidates. One speaker is not enough: a speaker speaks on many days of one
 * story ("told the crowd Thursday night" / "tweeted on Friday"), and linking those made only false findings.
 */
export function oneEvent(a: Placed, b: Placed): boolean {
  if (a.claim.attribute !== 'day' || b.claim.attribute !== 'day') return false;
  if (sameIncidentWord(a, b)) return true;
  const theirs = new Set(occasionsOf(b));
  return occasionsOf(a).some((w) => theirs.has(w));
}

/** Both days right after a word of one incident, one word in two forms ("quake" / "earthquake"). */
function sameIncidentWord(a: Placed, b: Placed): boolean {
  const [ia, ib] = [a.claim.scope.incident, b.claim.scope.incident];
  if (!ia || ia !== ib || ia === 'announcement' || !a.claim.trigger || !b.claim.trigger) return false;
  return (similarity(stem(a.claim.trigger), stem(b.claim.trigger)) ?? 0) >= SAME_INCIDENT_WORD;
}
