// Categorical attributes of one subject: a value is one of a set of mutually exclusive words, per attribute, all in
// the lexicon (data/values.json, `category.attributes`): a colour ("a silver Toyota Camry" vs "a gray Toyota
// Camry"), a vessel class ("frigate INS Sukanya" vs "patrol vessel INS Sukanya"), an age rank among relatives ("older
// sister" vs "younger sister"), the grade of a charge ("murder" vs "manslaughter"), what was done to a group ("rescued
// 26 Somali crewmembers" vs "apprehending 26 Somali pirates"). The unit names the attribute, the value is the set's
// index; `about` keeps what the words themselves say the value is of. Where the subject is depends on how the
// attribute is written (`attach`): the named thing after the word, the relative it ranks, the group a verb is done
// to, or the person charged.
import { lexicon } from '../../data/lexicon';
import type { Quantity } from '../../types';
import { matchesIn, type Sentence, type ValueKind } from './kind';
import { WORD_NUMBER } from './numbers';

interface Attribute {
  name: string;
  attach: string;
  words: Map<string, number>;
  names: string[];
}

let attributes: Attribute[] | undefined;

function attributeList(): Attribute[] {
  const all = lexicon().values.category.attributes as Record<string, { attach: string; sets: string[][] }>;
  return Object.entries(all).map(([name, { attach, sets }]) => ({
    name,
    attach,
    words: new Map(sets.flatMap((words, index) => words.map((w): [string, number] => [w, index]))),
    names: sets.map((words) => words[0]),
  }));
}

const alternatives = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
const NAME = "(?:[A-Z][\\w'-]*)(?:\\s+(?:[A-Z][\\w'-]*|\\d{4}))*";
const patterns = new Map<string, RegExp>();

function patternOf(a: Attribute): RegExp {
  let re = patterns.get(a.name);
  if (re) return re;
  const lex = lexicon().values.category;
  const words = alternatives(a.words.keys());
  const firstCaps = (w: string) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`;
  switch (a.attach) {
    // "a silver Toyota Camry", "a gray 2013 Toyota Camry", "Patrol vessel INS Sukanya": a named thing.
    case 'next':
      re = new RegExp(`\\b(${[...a.words.keys()].sort((x, y) => y.length - x.length).map(firstCaps).join('|').replace(/ /g, '\\s+')})\\s+(?:(?:19|20)\\d\\d\\s+)?(${NAME})`, 'g');
      break;
    // "older sister", "younger brother": one relative (plurals name several, with no single rank).
    case 'relative': {
      const relatives = Object.values(lex.relatives).flat();
      re = new RegExp(`\\b(${words})\\s+(${relatives.join('|')})\\b(?![-'’]?s\\b)`, 'gi');
      break;
    }
    // "rescued 26 Somali crewmembers", "26 Yemeni fishermen were freed": a counted group of one kind.
    // The second form does not start at a later group of a number ("000" in "1,000,000": (?!(?<=\b\d{1,3},)\d{3}(?!\d))):
    // from there the number goes on as from the group before, which was tried first, so the match is the same; trying
    // every group, each read to the end of the number, was quadratic.
    case 'object':
      re = new RegExp(`\\b(${words})\\s+(\\d{1,3}(?:,\\d{3})*|${WORD_NUMBER})\\s+([A-Z][a-z]+)\\s+([a-z]+)|\\b(?!(?<=\\b\\d{1,3},)\\d{3}(?!\\d))(\\d{1,3}(?:,\\d{3})*|${WORD_NUMBER})\\s+([A-Z][a-z]+)\\s+([a-z]+)\\s+(?:were|have been|had been|was)\\s+(?:\\w+ly\\s+)?(${words})\\b`, 'gi');
      break;
    default:
      re = new RegExp(`\\b(${words})\\b`, 'gi');
  }
  patterns.set(a.name, re);
  return re;
}

export const category: ValueKind = {
  kind: 'category',
  priority: 5,
  find(s: Sentence): Quantity[] {
    attributes ??= attributeList();
    const found: Quantity[] = [];
    for (const a of attributes) {
      if (a.attach === 'charged') found.push(...charges(s, a));
      else for (const m of matchesIn(s, patternOf(a))) found.push(...read(s, a, m));
    }
    return found.sort((x, y) => x.start - y.start);
  },
  format(q: Quantity): string {
    attributes ??= attributeList();
    const a = attributes.find((x) => x.name === q.unit);
    if (!a || q.low === null || q.high === null) return q.text;
    return q.low === q.high ? a.names[q.low] : a.names.slice(q.low, q.high + 1).join(' or ');
  },
  disjoint: (a, b) => a.unit === b.unit && a.low !== null && a.high !== null && b.low !== null && b.high !== null && (a.high < b.low || b.high < a.low),
};

function read(s: Sentence, a: Attribute, m: RegExpExecArray): Quantity[] {
  const at = (start: number, written: string, about: string): Quantity => {
    const value = a.words.get(written.toLowerCase().replace(/\s+/g, ' '))!;
    return { start, end: start + written.length, text: written, kind: 'category', low: value, high: value, unit: a.name, sentence: s.index, precision: 1, about };
  };
  if (a.attach === 'next') {
    const value = a.words.get(m[1].toLowerCase().replace(/\s+/g, ' '));
    // "the White House", "Blue Nile": a capitalised colour is part of a name (a headline or a first word may lose a
    // colour; it never invents one). A demonym after it is no named thing ("black African").
    if (value === undefined || (a.name === 'colour' && /^[A-Z]/.test(m[1]))) return [];
    if (lexicon().demonyms.has(m[2].split(/\s+/)[0].toLowerCase())) return [];
    const about = m[2].replace(/^(?:19|20)\d\d\s+/, '').toLowerCase();
    return [{ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'category', low: value, high: value, unit: a.name, sentence: s.index, precision: 1, about }];
  }
  if (a.attach === 'relative') {
    const relatives = lexicon().values.category.relatives as Record<string, string[]>;
    const kind = Object.entries(relatives).find(([, words]) => words.includes(m[2].toLowerCase()))?.[0] ?? m[2].toLowerCase();
    const value = a.words.get(m[1].toLowerCase())!;
    return [{ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'category', low: value, high: value, unit: a.name, sentence: s.index, precision: 1, about: kind }];
  }
  if (a.attach === 'object') {
    // The verb is the value; the group is what it is said of ("26 somali"), so the count in it stays a count.
    if (m[1]) return [at(m.index, m[1], `${m[2]} ${m[3]}`.toLowerCase())];
    const verbStart = m.index + m[0].length - m[8].length;
    return [at(verbStart, m[8], `${m[5]} ${m[6]}`.toLowerCase())];
  }
  return [];
}

let CUES: Set<string> | undefined;
let BLOCKERS: Set<string> | undefined;
let LESSER: RegExp | undefined;
/** How far before a charge word a cue still makes it a charge, in characters ("charged in her murder"). */
const CHARGE_REACH = 80;

/**
 * The charges a sentence states as filed: "charged with vehicular manslaughter, criminally negligent homicide", "has
 * been charged in her murder", "faces manslaughter charges". One value per sentence, from the first to the last
 * charge word, as an interval of grades when it names several (a list may be partial, so a source that names murder
 * and manslaughter agrees with one that names either). Left out: lesser charges about a death that did not happen
 * ("attempted murder"), and sentences about a verdict, a plea, a changed charge, a negation or a possibility.
 */
function charges(s: Sentence, a: Attribute): Quantity[] {
  const lex = lexicon().values.category;
  CUES ??= new Set(lex.chargeCues);
  BLOCKERS ??= new Set(lex.chargeBlockers);
  LESSER ??= new RegExp(`\\b(?:${lex.lesserChargeMarkers.join('|')})\\s+(?:(?:first|second|third)[- ]degree\\s+)?$`, 'i');
  const words = s.text.slice(s.from, s.to).toLowerCase().split(/[^a-z]+/);
  if (!words.some((w) => CUES!.has(w)) || words.some((w) => BLOCKERS!.has(w))) return [];
  const hits: Array<{ start: number; end: number; grade: number }> = [];
  for (const m of matchesIn(s, patternOf(a))) {
    const end = m.index + m[0].length;
    if (LESSER.test(s.text.slice(Math.max(s.from, m.index - 40), m.index))) continue;
    const before = s.text.slice(Math.max(s.from, m.index - CHARGE_REACH), m.index).toLowerCase().split(/[^a-z]+/);
    const chargeAfter = /^\s+(?:charges?|counts?)\b/i.test(s.text.slice(end, s.to));
    if (!chargeAfter && !before.some((w) => CUES!.has(w))) continue;
    hits.push({ start: m.index, end, grade: a.words.get(m[1].toLowerCase().replace(/\s+/g, ' '))! });
  }
  if (hits.length === 0) return [];
  const start = hits[0].start;
  const end = hits[hits.length - 1].end;
  const grades = hits.map((h) => h.grade);
  const low = Math.min(...grades);
  const high = Math.max(...grades);
  return [{ start, end, text: s.text.slice(start, end), kind: 'category', low, high, unit: a.name, sentence: s.index, ...(low === high ? { precision: 1 } : {}), about: 'charge' }];
}
