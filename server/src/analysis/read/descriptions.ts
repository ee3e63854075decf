// Categorical facts about a person, as values that can be compared: the age rank of a relative ("the younger
// sister of Liz Cheney"), the grade of a homicide charge ("charged with murder" vs "charged with vehicular
// manslaughter"), where someone lives, and what happened to a counted group ("rescued" vs "apprehended"). The words and their ranks or grades are lexicon data; the person a rank is relative to is
// decided with the claim (read/claims.ts), where the sentence's mentions are known.
import { lexicon } from '../data/lexicon';
import type { Quantity } from '../types';
import { parseNumber } from './quantities';

let KIN: RegExp | undefined;
let HOMICIDE: RegExp | undefined;
let LESSER: RegExp | undefined;
/** How far before a homicide word a charge word still makes it a charge, in characters ("charged in her murder"). */
const CHARGE_REACH = 80;

/** "older sister", "younger brother", "elder son": one relative (plurals name several, with no single rank). */
export function readKinship(text: string, from: number, to: number, sentence: number): Quantity[] {
  const lex = lexicon();
  KIN ??= new RegExp(`\\b(${[...lex.kinRank.keys()].join('|')})\\s+(${[...lex.kinNoun.keys()].join('|')})\\b(?![-'’]?s\\b)`, 'gi');
  const found: Quantity[] = [];
  const slice = text.slice(0, to);
  KIN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = KIN.exec(slice)) !== null) {
    const rank = lex.kinRank.get(m[1].toLowerCase())!;
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, text: m[0], kind: 'kinship', low: rank, high: rank, unit: lex.kinNoun.get(m[2].toLowerCase())!, sentence, precision: 1 });
  }
  return found;
}

/**
 * The homicide charges a sentence states as filed: "charged with vehicular manslaughter, criminally negligent
 * homicide", "has been charged in her murder", "faces manslaughter charges". One value per sentence, from the
 * first to the last charge word, as an interval of grades when it names several (a list may be partial, so a
 * source that names murder and manslaughter agrees with one that names either). Left out: lesser charges about a
 * death that did not happen ("attempted murder"), and sentences about a verdict, a plea, a changed charge, a
 * negation or a possibility.
 */
export function readCharges(text: string, from: number, to: number, sentence: number): Quantity[] {
  const lex = lexicon();
  const words = text.slice(from, to).toLowerCase().split(/[^a-z]+/);
  if (!words.some((w) => lex.chargeCues.has(w)) || words.some((w) => lex.chargeBlockers.has(w))) return [];
  HOMICIDE ??= new RegExp(`\\b(${[...lex.homicideCharge.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
  LESSER ??= new RegExp(`\\b(?:${lex.lesserChargeMarkers.join('|')})\\s+(?:(?:first|second|third)[- ]degree\\s+)?$`, 'i');
  const hits: Array<{ start: number; end: number; grade: number }> = [];
  const slice = text.slice(0, to);
  HOMICIDE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = HOMICIDE.exec(slice)) !== null) {
    const end = m.index + m[0].length;
    if (LESSER.test(text.slice(Math.max(from, m.index - 40), m.index))) continue;
    const before = text.slice(Math.max(from, m.index - CHARGE_REACH), m.index).toLowerCase().split(/[^a-z]+/);
    const chargeAfter = /^\s+(?:charges?|counts?)\b/i.test(text.slice(end, to));
    if (!chargeAfter && !before.some((w) => lex.chargeCues.has(w))) continue;
    hits.push({ start: m.index, end, grade: lex.homicideCharge.get(m[1].toLowerCase())! });
  }
  if (hits.length === 0) return [];
  const start = hits[0].start;
  const end = hits[hits.length - 1].end;
  const grades = hits.map((h) => h.grade);
  const low = Math.min(...grades);
  const high = Math.max(...grades);
  return [{ start, end, text: text.slice(start, end), kind: 'charge', low, high, unit: 'homicide charge', sentence, ...(low === high ? { precision: 1 } : {}) }];
}

const PLACE_NAME = "[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*)*";
/** A place name from the start of its run of capitalised words only: tried at each word of a long run, it rescanned the run. */
const PLACE_NAME_RUN = `(?<![\\w'-]|[A-Z][\\w'-]*\\s+)${PLACE_NAME}`;
/**
 * What stands between a person's name and the place they live: "Raj K. Chohan, 59, of College Point", "Chohan, who
 * lived half a mile away in South Ozone Park". The age makes "of" a home, not an employer or an office ("Smith of
 * the Red Cross", "Casey of Pennsylvania").
 */
export const HOME_AFTER_NAME = /^,\s*(?:\d{1,3},\s*(?:of|from)|who\s+(?:had\s+)?(?:lived|lives|resided|resides)\b[^,.;"“”]{0,40}?\bin)\s+(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*['’]s\s+)?$/;
const HOME = new RegExp(`(?:[\\w.],\\s*(?:\\d{1,3},\\s*(?:of|from)|who\\s+(?:had\\s+)?(?:lived|lives|resided|resides)\\b[^,.;"“”]{0,40}?\\bin)\\s+(${PLACE_NAME}(?:['’]s\\s+${PLACE_NAME})?))|(?:(${PLACE_NAME_RUN})\\s+resident\\s+(?=[A-Z]))`, 'g');

/**
 * Where a named person lives, as a place name: "X, 59, of College Point", "X, who lived in South Ozone Park",
 * "South Richmond Hill resident X". The value is the most local place ("Macomb County's Bruce Township" → Bruce
 * Township). Left out: places known as large (the gazetteer's countries, cities and boroughs) or named as a region
 * ("Macomb County"), which may hold the town another source names.
 */
export function readResidence(text: string, from: number, to: number, sentence: number): Quantity[] {
  const lex = lexicon();
  const found: Quantity[] = [];
  const slice = text.slice(0, to);
  HOME.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = HOME.exec(slice)) !== null) {
    const whole = m[1] ?? m[2];
    const local = whole.split(/['’]s\s+/).pop()!;
    const start = m.index + m[0].indexOf(whole) + whole.length - local.length;
    const name = local.toLowerCase();
    const last = name.split(/\s+/).pop()!;
    if (lex.places.has(name) || lex.curatedTypes.has(name) || lex.regionWords.has(last)) continue;
    found.push({ start, end: start + local.length, text: local, kind: 'residence', low: 0, high: 0, unit: name, sentence, precision: 1 });
  }
  return found;
}

// A count from its first digit only: started after each comma of "1,000,000,…" it rescanned the number.
const GROUP_NUMBER = '((?<![\\d,])\\d{1,3}(?:,\\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
let FATE_BEFORE: RegExp | undefined;
let FATE_AFTER: RegExp | undefined;

/**
 * What happened to a counted group of one nationality: "rescued 26 Somali crewmembers" vs "apprehending 26 Somali
 * pirates", "12 Yemeni fishermen were freed". The number and the capitalised word before the noun (a nationality)
 * say which group it is; rescued (as
 * victims) and captured (as suspects) exclude each other. Hedged numbers ("about 26") do not name one group.
 */
export function readGroupFates(text: string, from: number, to: number, sentence: number): Quantity[] {
  const lex = lexicon();
  const verbs = [...lex.groupFate.keys()].join('|');
  FATE_BEFORE ??= new RegExp(`\\b(${verbs})\\s+${GROUP_NUMBER}\\s+([A-Z][a-z]+)\\s+([a-z]+)`, 'gi');
  FATE_AFTER ??= new RegExp(`\\b${GROUP_NUMBER}\\s+([A-Z][a-z]+)\\s+([a-z]+)\\s+(?:were|have been|had been|was)\\s+(?:\\w+ly\\s+)?(${verbs})\\b`, 'gi');
  const found: Quantity[] = [];
  const slice = text.slice(0, to);
  const add = (start: number, end: number, verb: string, count: string, demonym: string) => {
    // The country when the lexicon knows the demonym ("Somali" → somalia), else the word as written ("Yemeni").
    const country = lex.demonyms.get(demonym.toLowerCase()) ?? demonym.toLowerCase();
    const fate = lex.groupFate.get(verb.toLowerCase());
    const value = parseNumber(count.replace(/,/g, ''));
    if (fate === undefined || Number.isNaN(value)) return;
    found.push({ start, end, text: text.slice(start, end), kind: 'fate', low: fate, high: fate, unit: `${value} ${country}`, sentence, precision: 1 });
  };
  let m: RegExpExecArray | null;
  FATE_BEFORE.lastIndex = from;
  // The value is the verb, so the count it names stays a count ("26 Somali pirates").
  while ((m = FATE_BEFORE.exec(slice)) !== null) add(m.index, m.index + m[1].length, m[1], m[2], m[3]);
  FATE_AFTER.lastIndex = from;
  while ((m = FATE_AFTER.exec(slice)) !== null) add(m.index + m[0].length - m[4].length, m.index + m[0].length, m[4], m[1], m[2]);
  return found;
}

let VESSEL: RegExp | undefined;

/**
 * "the Navy's frigate INS Sukanya", "Patrol vessel INS Sukanya": the class a source gives a named ship, like the colour
 * of a named car. A class word is matched in either case at its start (a sentence may begin with it); the name must
 * be capitalised. A general word ("warship", "vessel") fits every class and is not a value.
 */
export function readVesselClasses(text: string, from: number, to: number, sentence: number): Quantity[] {
  const lex = lexicon();
  const words = [...lex.vesselClass.keys()].sort((a, b) => b.length - a.length).map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`);
  VESSEL ??= new RegExp(`\\b(${words.join('|')})\\s+((?:[A-Z][\\w-]*)(?:\\s+[A-Z][\\w-]*)*)`, 'g');
  const found: Quantity[] = [];
  const slice = text.slice(0, to);
  VESSEL.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = VESSEL.exec(slice)) !== null) {
    const value = lex.vesselClass.get(m[1].toLowerCase())!;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'vessel', low: value, high: value, unit: m[2].toLowerCase(), sentence, precision: 1 });
  }
  return found;
}
