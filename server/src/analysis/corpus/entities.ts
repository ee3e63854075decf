// One entity per real-world referent across sources and spellings. People are grouped by surname
// (transliteration variants and likely misspellings meet), split where first names disagree
// ("Bill" vs "Hillary Clinton"); a bare surname joins the full name it most likely stands for;
// a description ("the Ukrainian president") joins the person who holds that role; places and
// organisations meet through aliases ("U.S." = "United States").
import type { Config } from '../config';
import identityData from '../data/identity.json';
import { lexicon } from '../data/lexicon';
import { closeSpacedHyphens, fold, foldNameToken, levenshtein, slug } from '../text/normalize';
import { roleHead } from '../text/roles';
import type { Entity, EntityType, Mention, Reading, SourceSpan } from '../types';

interface MentionRef {
  uri: string;
  index: number;
  mention: Mention;
}

interface Cluster {
  type: EntityType;
  /** Folded surname key of a person cluster. */
  surname?: string;
  /** Every folded surname its full names spell ("rait", "raite"): a bare surname joins on any. */
  surnames: Set<string>;
  /** Mentions per tagged type, for names of places, organisations and others that meet by spelling. */
  typeVotes: Map<EntityType, number>;
  firstNames: Set<string>;
  refs: MentionRef[];
  roles: Map<string, number>;
  roleOf: Set<string>;
}

const key = (ref: MentionRef) => `${ref.uri}#${ref.index}`;

/** Whether two folded surname tokens are the same name (variant or likely misspelling). */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 5) return false;
  return levenshtein(a, b, 2) <= (Math.min(a.length, b.length) >= 8 ? 2 : 1);
}

/** Whether two folded first names can be the same person's ("Mike" = "Michael", "Volodomyr" ≈ "Volodymyr"). */
export function compatibleFirstNames(a: string, b: string): boolean {
  if (a === b) return true;
  const lex = lexicon();
  const ga = lex.nicknameGroup.get(a);
  if (ga !== undefined && ga === lex.nicknameGroup.get(b)) return true;
  if (a.replace(/\./g, '') === b.replace(/\./g, '')) return true;
  if ((a.length <= 2 || b.length <= 2) && a[0] === b[0]) return true;
  return Math.min(a.length, b.length) >= 5 && a[0] === b[0] && levenshtein(a, b, 2) <= (Math.min(a.length, b.length) >= 8 ? 2 : 1);
}

const HONORIFICS = new Set(identityData.honorifics);
const LEADING_ABBREVIATIONS = new Map(Object.entries(identityData.leadingAbbreviations));
const ACRONYM_SKIP = new Set(identityData.acronymSkipWords);
const SPELLING_SUFFIXES = identityData.spellingSuffixes.map(([from, to]) => [new RegExp(`${from}$`), to] as const);
const GENERIC_HEADS = identityData.genericHeads.map((h) => h.split(' ')).sort((a, b) => b.length - a.length);
const SHIP_PREFIXES = identityData.shipPrefixes.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const NOT_A_NAME_ALONE = new Set(identityData.notANameAlone);
const HEAD_BEFORE_OF = new RegExp(`^(?:[a-z]+ )?(?:${identityData.headsBeforeOf.join('|')}) of (.+)$`);

/** `fn` remembering its answers by text: linking runs on every edit over every mention of the folder. */
function memoByText<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) {
      if (seen.size > 50_000) seen.clear();
      value = fn(text);
      seen.set(text, value);
    }
    return value as T;
  };
}

/** The folded name words; shared between callers, so never changed in place. */
const nameTokens: (text: string) => readonly string[] = memoByText(computeNameTokens);

function computeNameTokens(text: string): string[] {
  const words = closeSpacedHyphens(text).split(/\s+/).filter((w) => foldNameToken(w));
  const suffixes = lexicon().nameSuffixes;
  while (words.length > 1 && suffixes.has(fold(words[words.length - 1]).replace(/[^a-z]/g, ''))) words.pop();
  // "Mr Buckley" is Buckley: a courtesy title is no first name.
  while (words.length > 1 && HONORIFICS.has(fold(words[0]))) words.shift();
  return words.map(foldNameToken);
}

/** Surnames of full names that are one person's when the first names are the same ("Duncan Rait" / "Duncan Raite"). */
function sameSurnameGivenFirst(a: string, b: string): boolean {
  return sameSurname(a, b) || (a[0] === b[0] && Math.min(a.length, b.length) >= 4 && levenshtein(a, b, 1) <= 1);
}

/** The key names of places, organisations and other things meet on: aliases, "Mt" = "Mount", "-ised" = "-ized". */
const headedKey = memoByText((text) => computePlaceKey(text, true));
const plainKey = memoByText((text) => computePlaceKey(text, false));

function placeKey(text: string, stripHeads = true): string {
  return stripHeads ? headedKey(text) : plainKey(text);
}

function computePlaceKey(text: string, stripHeads: boolean): string {
  const lex = lexicon();
  const folded = fold(closeSpacedHyphens(text)).replace(/^the\s+/, '');
  const alias = lex.placeAliases.get(folded) ?? lex.placeAliases.get(`the ${folded}`);
  if (alias) return alias;
  const ofName = stripHeads ? folded.replace(/'s$/, '').match(HEAD_BEFORE_OF)?.[1] : undefined;
  let words = (ofName ?? folded.replace(/'s$/, '')).split(/\s+/);
  if (words.length > 1 && LEADING_ABBREVIATIONS.has(words[0])) words[0] = LEADING_ABBREVIATIONS.get(words[0])!;
  const head = stripHeads && GENERIC_HEADS.find((h) => h.length < words.length && h.every((w, i) => words[words.length - h.length + i] === w));
  if (head && !(words.length - head.length === 1 && NOT_A_NAME_ALONE.has(words[0]))) words = words.slice(0, words.length - head.length);
  return words
    .map((w) => {
      w = w.replace(/\./g, '');
      w = lex.spellingVariants.get(w) ?? w;
      if (words.length > 1 && w.length >= 6) for (const [pattern, to] of SPELLING_SUFFIXES) if (pattern.test(w)) return w.replace(pattern, to);
      return w;
    })
    .join(' ');
}

/** "INS Sukanya" → "Sukanya": the ship's own name, or undefined when the name has no ship prefix. */
const shipName = memoByText(computeShipName);

function computeShipName(text: string): string | undefined {
  const words = text.split(/\s+/);
  const prefix = SHIP_PREFIXES.find((p) => p.length < words.length && p.every((w, i) => fold(words[i]) === w));
  // "MT" is a ship prefix only in capitals; "Mt Cook" is a mountain.
  if (!prefix || (prefix.length === 1 && prefix[0].length <= 3 && words[0] !== words[0].toUpperCase())) return undefined;
  return words.slice(prefix.length).join(' ');
}

/** "USGS", "U.N.", "SAF": an acronym, as its folded letters; undefined for any other name. */
const acronymLetters = memoByText(computeAcronymLetters);

function computeAcronymLetters(text: string): string | undefined {
  const compact = text.replace(/['’]s$/, '').replace(/\./g, '');
  return /^[A-Z]{2,6}$/.test(compact) && !/^[A-Z][a-z]/.test(text) ? compact.toLowerCase() : undefined;
}

/** The initials of a name of two or more words, skipping "of", "the" …; "U.S." gives both its letters. */
const initials = memoByText(computeInitials);

function computeInitials(text: string): string | undefined {
  const words = text.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIP.has(fold(w)));
  if (words.length < 2) return undefined;
  let out = '';
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w)) return undefined;
    const dotted = w.match(/^(?:\p{Lu}\.)+$/u);
    out += dotted ? w.replace(/\./g, '') : w[0];
  }
  return fold(out);
}

export function linkEntities(readings: Reading[], config: Config): { entities: Entity[]; mentionEntity: Map<string, string> } {
  const userAlias = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(config.aliases)) {
    for (const alias of [canonical, ...aliases]) userAlias.set(fold(alias), canonical);
  }
  const clusters: Cluster[] = [];
  const clusterOf = new Map<string, Cluster>();
  const byKey = new Map<string, Cluster>();
  const add = (cluster: Cluster, ref: MentionRef) => {
    cluster.refs.push(ref);
    clusterOf.set(key(ref), cluster);
    cluster.typeVotes.set(ref.mention.type, (cluster.typeVotes.get(ref.mention.type) ?? 0) + 1);
    if (ref.mention.role && ref.mention.kind === 'name') cluster.roles.set(ref.mention.role, (cluster.roles.get(ref.mention.role) ?? 0) + 1);
    if (ref.mention.roleOf && ref.mention.kind === 'name') cluster.roleOf.add(`${ref.mention.roleOf}|${roleHead(ref.mention.role)}`);
  };
  const newCluster = (type: EntityType, surname?: string): Cluster => {
    const cluster: Cluster = { type, surname, surnames: new Set(surname ? [surname] : []), typeVotes: new Map(), firstNames: new Set(), refs: [], roles: new Map(), roleOf: new Set() };
    clusters.push(cluster);
    return cluster;
  };

  const all: MentionRef[] = [];
  for (const reading of readings) reading.mentions.forEach((mention, index) => all.push({ uri: reading.uri, index, mention }));

  // Places and things named with a generic head ("… National Park"), by the key of the name without it.
  const headedPlaces = new Map<string, Cluster>();
  for (const ref of all) {
    const m = ref.mention;
    if (m.kind !== 'name' || m.type === 'person' || m.type === 'other' || userAlias.has(foldedText(m.text))) continue;
    const k = placeKey(m.text);
    if (k === placeKey(m.text, false)) continue;
    const cluster = byKey.get(`named:${k}`) ?? newCluster(m.type);
    byKey.set(`named:${k}`, cluster);
    headedPlaces.set(k, cluster);
  }

  const personWith = (tokens: readonly string[]): Cluster | undefined => {
    const surname = tokens[tokens.length - 1];
    const first = tokens[0];
    return (
      clusters.find((c) => c.type === 'person' && c.surname !== undefined && sameSurname(c.surname, surname) && [...c.firstNames].every((f) => compatibleFirstNames(f, first))) ??
      clusters.find((c) => c.type === 'person' && c.surname !== undefined && c.firstNames.size === 1 && c.firstNames.has(first) && first.length >= 3 && sameSurnameGivenFirst(c.surname, surname))
    );
  };
  const addFullName = (ref: MentionRef, tokens: readonly string[]) => {
    const surname = tokens[tokens.length - 1];
    const cluster = personWith(tokens) ?? newCluster('person', surname);
    cluster.firstNames.add(tokens[0]);
    cluster.surnames.add(surname);
    add(cluster, ref);
  };

  // A title-case headline fuses words into one name ("Sudan Bombs Yida Refugee Camp"): a name there holding a
  // word any source writes in lower case ("bombs") may be a name inside it. Its sub-spans, longest first.
  const byUri = new Map(readings.map((r) => [r.uri, r]));
  const connectors = lexicon().nameConnectors;
  const writtenLower = (word: string) => readings.some((r) => lowercaseWords(r).has(word));
  const fusedRuns = (ref: MentionRef): string[][] | undefined => {
    const m = ref.mention;
    const words = m.text.split(/\s+/);
    if (m.kind !== 'name' || words.length < 2) return undefined;
    const paragraph = byUri.get(ref.uri)?.paragraphs.find((p) => p.start <= m.start && m.end <= p.end);
    if (paragraph?.kind !== 'headline' && paragraph?.kind !== 'heading') return undefined;
    if (words.length > 8 || !words.some((w) => !connectors.has(fold(w)) && writtenLower(fold(w).replace(/['’]s$/, '')))) return undefined;
    const spans: string[][] = [];
    for (let length = words.length - 1; length >= 1; length--)
      for (let start = 0; start + length <= words.length; start++) {
        const span = words.slice(start, start + length);
        if (!connectors.has(fold(span[0])) && !connectors.has(fold(span[span.length - 1]))) spans.push(span);
      }
    return spans;
  };
  const fused: MentionRef[] = [];

  // 1. Names the user asserts, then full person names (two or more words), by surname and first name.
  const bare: MentionRef[] = [];
  const descriptions: MentionRef[] = [];
  const unsure: MentionRef[] = [];
  for (const ref of all) {
    const m = ref.mention;
    const asserted = userAlias.get(foldedText(m.text));
    if (asserted) {
      const k = `user:${asserted}`;
      const cluster = byKey.get(k) ?? newCluster(m.type);
      byKey.set(k, cluster);
      add(cluster, ref);
      continue;
    }
    if (m.kind === 'description') {
      descriptions.push(ref);
      continue;
    }
    if (m.kind === 'handle') {
      const k = `handle:${fold(m.text)}`;
      const cluster = byKey.get(k) ?? newCluster('other');
      byKey.set(k, cluster);
      add(cluster, ref);
      continue;
    }
    if (fusedRuns(ref) !== undefined) {
      fused.push(ref);
      continue;
    }
    const ship = shipName(m.text);
    if (ship !== undefined) {
      const k = `named:${placeKey(ship)}`;
      const cluster = byKey.get(k) ?? newCluster(m.type === 'person' ? 'other' : m.type);
      byKey.set(k, cluster);
      add(cluster, ref);
      continue;
    }
    const tokens = nameTokens(m.text);
    // "Arcade Joseph Comeaux Jr" typed by its shape as something else: the corpus decides once the
    // full person names are known.
    if (m.type !== 'person' && tokens.length >= 2 && !lexicon().curatedTypes.has(fold(m.text))) {
      unsure.push(ref);
      continue;
    }
    // "Aoraki Mount Cook" typed as a person beside "Aoraki Mount Cook National Park": the place, unless it starts
    // with a first name ("John Wayne" stays a person beside "John Wayne Airport").
    const place = m.type === 'person' && tokens.length >= 2 && !lexicon().firstNames.has(tokens[0]) ? headedPlaces.get(placeKey(m.text)) : undefined;
    if (place) {
      add(place, ref);
      continue;
    }
    if (m.type === 'person' && tokens.length >= 2) {
      addFullName(ref, tokens);
    } else if (m.type === 'person' || (m.type === 'other' && tokens.length === 1)) {
      bare.push(ref);
    } else {
      const k = `named:${placeKey(m.text)}`;
      const cluster = byKey.get(k) ?? newCluster(m.type);
      byKey.set(k, cluster);
      add(cluster, ref);
    }
  }

  // 1b. The unsure: a person's when a full person name has that surname and a compatible first name.
  for (const ref of unsure) {
    const m = ref.mention;
    const tokens = nameTokens(m.text);
    const surname = tokens[tokens.length - 1];
    const person = clusters.find(
      (c) => c.type === 'person' && c.surname !== undefined && sameSurname(c.surname, surname) && [...c.firstNames].some((f) => compatibleFirstNames(f, tokens[0])),
    );
    // "Vishwanand Subryan of Schenectady": the person before "of" when that full name is known.
    const before = / of /.test(m.text) ? nameTokens(m.text.slice(0, m.text.indexOf(' of '))) : [];
    const from = !person && before.length >= 2 ? personWith(before) : undefined;
    if (person ?? from) {
      add((person ?? from)!, ref);
      continue;
    }
    const k = `named:${placeKey(m.text)}`;
    const cluster = byKey.get(k) ?? newCluster(m.type);
    byKey.set(k, cluster);
    add(cluster, ref);
  }

  // 2. Bare surnames: the full name of the same document first, else the only one in the corpus.
  for (const ref of bare) {
    const surname = nameTokens(ref.mention.text).at(-1) ?? '';
    const candidates = clusters.filter((c) => c.type === 'person' && c.surname !== undefined && spelledBy(c, surname));
    let target: Cluster | undefined;
    if (candidates.length === 1) target = candidates[0];
    else if (candidates.length > 1) {
      const inDocument = candidates.filter((c) => c.refs.some((r) => r.uri === ref.uri && r.mention.start < ref.mention.start));
      const pool = inDocument.length > 0 ? inDocument : candidates;
      // The most recent full name before it in the document, else the most mentioned.
      target = pool.sort((a, b) => lastBefore(b, ref) - lastBefore(a, ref) || b.refs.length - a.refs.length)[0];
    }
    if (!target && ref.mention.tentative) continue;
    // A one-word name that is no person's ("Sukanya", "USGS") meets the same name typed otherwise.
    // A one-word name no full person name has ("Estelle" beside "the Estelle Unit") is the thing of that name.
    if (!target) target = byKey.get(`named:${placeKey(ref.mention.text)}`);
    if (!target) {
      const k = `bare:${surname}`;
      target = byKey.get(k) ?? newCluster(ref.mention.type === 'person' ? 'person' : 'other', surname);
      byKey.set(k, target);
    }
    if (ref.mention.type === 'person' && target.type === 'other' && target.surname !== undefined) target.type = 'person';
    add(target, ref);
  }

  // 2b. Fused headline names: the whole name if the folder knows it, else the longest run the folder knows as a
  // name ("Queens Hit" → Queens), else the whole name as it stands.
  const fusedRefs = new Set(fused);
  // Only names read outside fused headlines vouch for a run: "Run Accidents" must not vouch for "Run Accident".
  const known = (c: Cluster | undefined) => c !== undefined && c.refs.some((r) => !fusedRefs.has(r));
  for (const ref of fused) {
    const m = ref.mention;
    const runs = fusedRuns(ref) ?? [];
    // Places and things first, then people: a run of headline words is a person only from a first name on.
    const spans = [m.text.split(/\s+/), ...runs].map((run) => ({ text: run.join(' '), tokens: nameTokens(run.join(' ')) }));
    let target = spans.map((span) => byKey.get(`named:${placeKey(span.text)}`)).find(known);
    for (const { tokens } of spans) {
      if (target) break;
      if (tokens.length >= 2 && lexicon().firstNames.has(tokens[0])) target = personWith(tokens);
      else if (tokens.length === 1) {
        const people = clusters.filter((c) => c.type === 'person' && known(c) && spelledBy(c, tokens[0]));
        if (people.length === 1) target = people[0];
      }
      if (!known(target)) target = undefined;
    }
    if (target) add(target, ref);
    else if (m.type === 'person' && nameTokens(m.text).length >= 2) addFullName(ref, nameTokens(m.text));
    else {
      const k = `named:${placeKey(m.text)}`;
      const cluster = byKey.get(k) ?? newCluster(m.type);
      byKey.set(k, cluster);
      add(cluster, ref);
    }
  }

  // 3. Descriptions: the person whose role names the same country and head title.
  for (const ref of descriptions) {
    const m = ref.mention;
    const wanted = `${m.roleOf}|${roleHead(m.role)}`;
    const holders = clusters.filter((c) => c.type === 'person' && (c.roleOf.has(wanted) || (roleHead(m.role) === 'leader' && [...c.roleOf].some((r) => r.startsWith(`${m.roleOf}|`)))));
    const inDocument = holders.filter((c) => c.refs.some((r) => r.uri === ref.uri));
    const pool = inDocument.length > 0 ? inDocument : holders;
    if (pool.length === 0) continue;
    const target = pool.sort((a, b) => b.refs.length - a.refs.length)[0];
    add(target, ref);
  }

  // 3b. One-word names of places and things a vowel apart ("Bireun" / "Bireuen") are one spelt two ways.
  const bySkeleton = new Map<string, Array<{ key: string; cluster: Cluster }>>();
  for (const [k, cluster] of byKey) {
    const name = /^(?:named|bare):/.test(k) ? k.slice(k.indexOf(':') + 1) : undefined;
    if (name === undefined || cluster.type === 'person' || !/^[a-z]{6,}$/.test(name)) continue;
    const skeleton = name[0] + name.slice(1).replace(/[aeiouy]/g, '');
    const list = bySkeleton.get(skeleton) ?? [];
    list.push({ key: name, cluster });
    bySkeleton.set(skeleton, list);
  }
  for (const list of bySkeleton.values()) {
    if (list.length !== 2 || levenshtein(list[0].key, list[1].key, 1) > 1) continue;
    const [larger, smaller] = list[0].cluster.refs.length >= list[1].cluster.refs.length ? [list[0].cluster, list[1].cluster] : [list[1].cluster, list[0].cluster];
    for (const ref of smaller.refs) add(larger, ref);
    smaller.refs = [];
  }

  // 3c. A name of several words one source spells a letter off, where three or more sources agree on the other
  // spelling ("Gulf of Eden" / "Gulf of Aden"): the spelling place-spelling reports, one place.
  const byPattern = new Map<string, Cluster[]>();
  for (const [k, cluster] of byKey) {
    const words = k.startsWith('named:') ? k.slice(6).split(' ') : [];
    if (words.length < 2 || cluster.type === 'person' || cluster.refs.length === 0) continue;
    words.forEach((word, i) => {
      if (word.length < 4) return;
      const pattern = [...words.slice(0, i), '*', ...words.slice(i + 1)].join(' ');
      const list = byPattern.get(pattern) ?? [];
      list.push(cluster);
      byPattern.set(pattern, list);
    });
  }
  const sourcesOf = (c: Cluster) => new Set(c.refs.map((r) => r.uri)).size;
  for (const list of byPattern.values()) {
    if (list.length !== 2 || list[0].refs.length === 0 || list[1].refs.length === 0) continue;
    const [rare, common] = sourcesOf(list[0]) <= sourcesOf(list[1]) ? list : [list[1], list[0]];
    if (sourcesOf(rare) !== 1 || sourcesOf(common) < 3) continue;
    if (levenshtein(placeKey(rare.refs[0].mention.text), placeKey(common.refs[0].mention.text), 1) > 1) continue;
    for (const ref of rare.refs) add(common, ref);
    rare.refs = [];
  }

  // 3d. Dual names: "Aoraki Mount Cook" is "Mount Cook" when the folder writes that name too; not "South
  // Richmond Hill" or "New South Wales", whose first word makes another place.
  for (const [k, cluster] of byKey) {
    const words = k.startsWith('named:') ? k.slice(6).split(' ') : [];
    if (words.length < 3 || cluster.type === 'person' || cluster.refs.length === 0 || NOT_A_NAME_ALONE.has(words[0]) || connectors.has(words[1])) continue;
    const rest = byKey.get(`named:${words.slice(1).join(' ')}`);
    if (!rest || rest === cluster || rest.refs.length === 0 || rest.type === 'person') continue;
    for (const ref of cluster.refs) add(rest, ref);
    cluster.refs = [];
  }

  // 4. Acronyms: "USGS" joins "U.S. Geological Survey" when exactly one name in the folder has those initials.
  const byInitials = new Map<string, Cluster[]>();
  for (const cluster of clusters) {
    for (const letters of new Set(cluster.refs.map((r) => initials(r.mention.text)))) {
      if (letters === undefined) continue;
      const list = byInitials.get(letters) ?? [];
      list.push(cluster);
      byInitials.set(letters, list);
    }
  }
  for (const cluster of clusters) {
    const names = cluster.refs.filter((r) => r.mention.kind === 'name');
    if (names.length === 0 || names.length !== cluster.refs.length) continue;
    const letters = new Set(names.map((r) => acronymLetters(r.mention.text)));
    const [only] = letters;
    if (letters.size !== 1 || only === undefined) continue;
    const expansions = (byInitials.get(only) ?? []).filter((c) => c !== cluster);
    // A person's initials make the acronym ambiguous too; people are not joined by initials.
    if (expansions.length !== 1 || expansions[0].type === 'person') continue;
    const [expansion] = expansions;
    for (const ref of cluster.refs) add(expansion, ref);
    cluster.refs = [];
  }

  return toEntities(clusters, readings, fusedRefs);
}

const lowercaseCache = new WeakMap<Reading, Set<string>>();

/** The words a document writes in lower case, folded: cached per reading, which an edit replaces. */
function lowercaseWords(reading: Reading): Set<string> {
  let words = lowercaseCache.get(reading);
  if (!words) {
    words = new Set((reading.text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []).map((w) => fold(w).replace(/'s$/, '')));
    lowercaseCache.set(reading, words);
  }
  return words;
}

const foldedText = memoByText(fold);

/** Whether a person cluster's full names spell this surname (or a variant of it). */
function spelledBy(cluster: Cluster, surname: string): boolean {
  for (const s of cluster.surnames) if (sameSurname(s, surname)) return true;
  return false;
}

/** A thing's type as most of its mentions were tagged ("INS Sukanya": other twice, organization once → other). */
function votedType(cluster: Cluster): EntityType {
  let best = cluster.type;
  let bestVotes = cluster.typeVotes.get(best) ?? 0;
  for (const [type, votes] of cluster.typeVotes) {
    if (type !== 'person' && votes > bestVotes) {
      best = type;
      bestVotes = votes;
    }
  }
  return best;
}

function lastBefore(cluster: Cluster, ref: MentionRef): number {
  let best = -1;
  for (const r of cluster.refs) if (r.uri === ref.uri && r.mention.start < ref.mention.start && r.mention.start > best) best = r.mention.start;
  return best;
}

function toEntities(clusters: Cluster[], readings: Reading[], fused: Set<MentionRef>): { entities: Entity[]; mentionEntity: Map<string, string> } {
  const entities: Entity[] = [];
  const mentionEntity = new Map<string, string>();
  const usedIds = new Set<string>();
  const order = new Map(readings.map((r, i) => [r.uri, i]));
  for (const cluster of clusters) {
    if (cluster.refs.length === 0) continue;
    cluster.refs.sort((a, b) => (order.get(a.uri)! - order.get(b.uri)!) || a.mention.start - b.mention.start);
    const name = canonicalName(cluster, fused);
    const type = cluster.type === 'person' ? 'person' : votedType(cluster);
    let id = `${type}:${slug(name)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${type}:${slug(name)}-${n}`;
    usedIds.add(id);
    const aliases = [...new Set(cluster.refs.map((r) => r.mention.text.replace(/^the /i, 'the ')))].filter((a) => a !== name);
    const mentions: SourceSpan[] = cluster.refs.map((r) => ({ uri: r.uri, start: r.mention.start, end: r.mention.end }));
    const roles = [...cluster.roles.entries()].sort((a, b) => b[1] - a[1]).map(([role]) => role);
    entities.push({ id, name, type, roles: dedupeRoles(roles), aliases, mentions, sources: new Set(cluster.refs.map((r) => r.uri)).size });
    for (const ref of cluster.refs) mentionEntity.set(key(ref), id);
  }
  entities.sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : 1));
  return { entities, mentionEntity };
}

/** A person's fullest name, then the spelling most sources use; a place's or thing's spelling most sources use, then the fullest. */
function canonicalName(cluster: Cluster, fused: Set<MentionRef>): string {
  const bySources = new Map<string, Set<string>>();
  const named = cluster.refs.filter((r) => !fused.has(r));
  for (const ref of named.length > 0 ? named : cluster.refs) {
    if (ref.mention.kind !== 'name' && ref.mention.kind !== 'handle') continue;
    const set = bySources.get(ref.mention.text) ?? new Set<string>();
    set.add(ref.uri);
    bySources.set(ref.mention.text, set);
  }
  if (bySources.size === 0) return cluster.refs[0].mention.text;
  // "Vishwanand Subryan of Schenectady" is no fuller a name than "Vishwanand Subryan".
  const words = (s: string) => nameTokens(cluster.type === 'person' ? s.split(' of ')[0] : s).length;
  const byWords = (a: [string, Set<string>], b: [string, Set<string>]) => words(b[0]) - words(a[0]);
  const bySourceCount = (a: [string, Set<string>], b: [string, Set<string>]) => b[1].size - a[1].size;
  const [first, second] = cluster.type === 'person' ? [byWords, bySourceCount] : [bySourceCount, byWords];
  return [...bySources.entries()].sort((a, b) => first(a, b) || second(a, b) || (a[0] < b[0] ? -1 : 1))[0][0];
}

function dedupeRoles(roles: string[]): string[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const k = fold(r).replace(/\bdefence\b/, 'defense').replace(/\bu\.s\.|\bus\b/, 'us');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
