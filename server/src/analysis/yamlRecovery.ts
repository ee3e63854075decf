// Reading crosscheck.yaml safely and as much of it as can be read.
// - Safe: the YAML 1.2 core schema and no custom tags (a tag only changes nothing: the value is read as
//   written), a cap on the text's size, and aliases resolved one step at a time under a cap, never expanded
//   into copies (a "billion laughs" file costs what its text costs).
// - Partial: when the file has a syntax error, each top-level setting is parsed on its own, and a broken
//   setting's entries one by one, so a stray bracket loses one line or one setting, never the `reviewed:`
//   list beside it. Every piece keeps the offsets it has in the whole text.
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document, type Node as YamlNode, type YAMLError, type ParseOptions, type DocumentOptions, type SchemaOptions } from 'yaml';

/** Larger config texts are not parsed at all (a reviewed list of tens of thousands of findings fits). */
export const MAX_CONFIG_CHARS = 2_000_000;
/** Alias uses resolved per file; past this, aliases read as nothing. */
export const MAX_ALIASES = 1_000;

const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core',
  customTags: [],
  uniqueKeys: false,
  merge: false,
  prettyErrors: false,
  keepSourceTokens: false,
};

/** A syntax problem, placed where the user must look and phrased for people. */
export interface YamlProblem {
  message: string;
  /** Offsets in the whole text. */
  start: number;
  end: number;
}

export interface YamlReading {
  /** The top-level settings that could be read, in file order (a setting may appear twice). */
  pairs: Array<Pair<YamlNode, YamlNode | null>>;
  /** The root is something other than a mapping (a list, a scalar): the node, for its place. */
  notMapping?: YamlNode;
  problems: YamlProblem[];
  /** The node an alias stands for, or undefined when it is unknown or past the alias cap. */
  deref(node: YamlNode | null | undefined): YamlNode | null | undefined;
  /** The first alias past the cap, if the cap was reached (reported once by the caller). */
  firstAliasPastCap(): YamlNode | undefined;
}

/**
 * The document when the whole text is valid YAML under the same safe options and size cap, else undefined:
 * for edits that rewrite the file, which must never touch a file that cannot be parsed.
 */
export function parseValidYaml(text: string): Document.Parsed | undefined {
  if (text.length > MAX_CONFIG_CHARS) return undefined;
  const parsed = parseSource(text, 0);
  return parsed && parsed.errors.length === 0 ? parsed.doc : undefined;
}

/** Parses a whole config text into its readable settings; never throws. */
export interface ReadOptions {
  /** The top-level keys, recognised through stray characters ("[reviewed:"). */
  knownKeys?: readonly string[];
  /**
   * Whether a setting whose brackets or quotes never close may be read as if they closed at its end. Where a
   * wrong guess costs more than the default (which files are articles), say no.
   */
  closeUnclosed?: (key: string) => boolean;
}

export function readYaml(text: string, options: ReadOptions = {}): YamlReading {
  const knownKeys = options.knownKeys ?? [];
  const closeUnclosed = options.closeUnclosed ?? (() => true);
  const anchors = new Map<string, Array<{ at: number; node: YamlNode }>>();
  let aliasesUsed = 0;
  let pastCap: YamlNode | undefined;
  const reading: YamlReading = {
    pairs: [],
    problems: [],
    deref(node) {
      if (!node || !isAlias(node)) return node;
      if (++aliasesUsed > MAX_ALIASES) {
        pastCap ??= node;
        return undefined;
      }
      const at = node.range?.[0] ?? Infinity;
      let found: { at: number; node: YamlNode } | undefined;
      for (const anchor of anchors.get(node.source) ?? []) if (anchor.at < at && (!found || anchor.at > found.at)) found = anchor;
      const target = found?.node;
      // An alias of an alias is followed under the same cap.
      return target && isAlias(target) ? reading.deref(target) : target;
    },
    firstAliasPastCap: () => pastCap,
  };
  if (text.length > MAX_CONFIG_CHARS) {
    reading.problems.push({ message: `the file has ${text.length} characters, over the limit of ${MAX_CONFIG_CHARS}; it is not read and the defaults are used`, start: 0, end: 1 });
    return reading;
  }
  const keep = (node: YamlNode | null | undefined) => collectAnchors(node, anchors);

  const whole = parseSource(text, 0);
  if (whole && whole.errors.length === 0) {
    const root = whole.doc.contents as YamlNode | null;
    if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return reading;
    if (!isMap(root)) {
      reading.notMapping = root;
      return reading;
    }
    keep(root);
    reading.pairs = root.items as Array<Pair<YamlNode, YamlNode | null>>;
    return reading;
  }

  // A syntax error somewhere: recover setting by setting, then entry by entry.
  const lines = splitLines(text);
  for (const block of topLevelBlocks(text, lines, knownKeys)) {
    const pair = block.garbage ? undefined : recoverBlock(text, lines, block, { knownKeys, closeUnclosed }, reading.problems);
    if (block.garbage) reading.problems.push(placeProblem(text, lines, block, undefined, 'this line is not a setting (key: value); it is ignored'));
    if (pair) {
      keep(pair.value as YamlNode | null);
      reading.pairs.push(pair);
    }
  }
  if (reading.problems.length === 0) {
    // Every setting reads on its own but not together (a stray document marker, say): say where.
    const all = { lines: lines.map((_, i) => i) };
    reading.problems.push(placeProblem(text, lines, all, whole?.errors[0], 'the file is not valid YAML'));
  }
  return reading;
}

interface Line {
  start: number;
  /** End of the line's text, before any line break. */
  end: number;
  /** Start of the next line. */
  next: number;
  /** Leading spaces and tabs, or -1 for a blank or comment-only line. */
  indent: number;
  /** A tab in the indentation: YAML refuses it, and its width is anyone's guess. */
  tabbed: boolean;
}

/** A set of lines parsed together; the lines between them that are not in the set are blanked. */
interface Piece {
  lines: number[];
  garbage?: boolean;
}

interface ParsedPiece {
  doc: Document.Parsed;
  errors: YAMLError[];
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const next = nl < 0 ? text.length : nl + 1;
    const end = nl < 0 ? text.length : nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    let i = start;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    lines.push({ start, end, next, indent: i >= end || text[i] === '#' ? -1 : i - start, tabbed: text.slice(start, i).includes('\t') });
    start = next;
  }
  return lines;
}

/** Parses the piece's lines alone (offsets kept as in the whole text); undefined when the parser fails outright. */
function parseLines(text: string, lines: Line[], piece: Piece): ParsedPiece | undefined {
  if (piece.lines.length === 0) return undefined;
  const first = piece.lines[0];
  const last = piece.lines[piece.lines.length - 1];
  const members = new Set(piece.lines);
  // From the first line's content: a key typed after a tab, or an entry under its key, reads as at column 0.
  const from = lines[first].start + Math.max(0, lines[first].indent);
  let source = '';
  for (let i = first; i <= last; i++) {
    const slice = text.slice(i === first ? from : lines[i].start, lines[i].next);
    source += members.has(i) ? slice : slice.replace(/[^\n]/g, ' ');
  }
  return parseSource(source, from);
}

function parseSource(source: string, offset: number): ParsedPiece | undefined {
  try {
    const doc = parseDocument(source, PARSE_OPTIONS) as Document.Parsed;
    if (offset > 0) {
      shiftNode(doc.contents as YamlNode | null, offset);
      for (const error of doc.errors) error.pos = [error.pos[0] + offset, error.pos[1] + offset];
    }
    return { doc, errors: doc.errors };
  } catch {
    // The parser's own limits (a stack overflow on thousands of nested brackets): an unreadable piece.
    return undefined;
  }
}

function shiftNode(node: unknown, by: number): void {
  const seen = new Set<unknown>();
  const walk = (n: unknown) => {
    if (!n || typeof n !== 'object' || seen.has(n)) return;
    seen.add(n);
    if (isPair(n)) {
      walk(n.key);
      walk(n.value);
      return;
    }
    const range = (n as { range?: number[] | null }).range;
    if (range) for (let i = 0; i < range.length; i++) range[i] += by;
    if (isCollection(n)) for (const item of n.items) walk(item);
  };
  walk(node);
}

function collectAnchors(node: unknown, into: Map<string, Array<{ at: number; node: YamlNode }>>): void {
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    if (isPair(n)) {
      stack.push(n.key, n.value);
      continue;
    }
    const anchor = (n as { anchor?: string }).anchor;
    if (anchor && !isAlias(n)) {
      const list = into.get(anchor) ?? [];
      list.push({ at: (n as YamlNode).range?.[0] ?? 0, node: n as YamlNode });
      into.set(anchor, list);
    }
    if (isCollection(n)) stack.push(...n.items);
  }
}

/** Characters a stray keystroke leaves in a key: brackets, quotes, YAML indicators, spaces. */
const STRAY = /[\s[\]{}"'`,&*!|>%@#?:-]/g;

/**
 * The key a line opens, with what follows its colon; a known key is recognised through stray characters
 * ("reviewed:]"). Read by scanning, not by a regular expression: the lines are the user's, of any length.
 */
function keyOf(line: string, knownKeys: readonly string[]): { key: string; rest: string; known: boolean } | undefined {
  const body = line.trimStart();
  if (body === '' || body[0] === '#') return undefined;
  const firstColon = body.indexOf(':');
  if (firstColon > 0) {
    const loose = body.slice(0, firstColon).trim();
    if (!loose.includes('#') && knownKey(loose, knownKeys)) return { key: loose, rest: withoutComment(body.slice(firstColon + 1)), known: true };
  }
  // A key ends at the first ':' followed by a space or the end of the line, outside quotes.
  let at = 0;
  if (body[0] === '"' || body[0] === "'") {
    at = findQuoteEnd(body, 0, body.length);
    if (at < 0) return undefined;
    at++;
  }
  for (; at < body.length; at++) {
    if (body[at] === '#' && /\s/.test(body[at - 1] ?? ' ')) return undefined;
    if (body[at] === ':' && (at + 1 === body.length || /\s/.test(body[at + 1]))) break;
  }
  if (at >= body.length) return undefined;
  const raw = body.slice(0, at).trim();
  if (raw === '') return undefined;
  const key = /^["']/.test(raw) && raw.length >= 2 && raw[raw.length - 1] === raw[0] ? raw.slice(1, -1) : raw;
  return { key, rest: withoutComment(body.slice(at + 1)), known: knownKey(key, knownKeys) !== undefined };
}

/** The text before a " #" comment, trimmed. */
function withoutComment(rest: string): string {
  const hash = rest.search(/(?:^|\s)#/);
  return (hash < 0 ? rest : rest.slice(0, hash)).trim();
}

/** The known key a damaged key stands for ("[reviewed", "revie]wed" → "reviewed"), if any. */
export function knownKey(key: string, knownKeys: readonly string[]): string | undefined {
  if (knownKeys.includes(key)) return key;
  const bare = key.replace(STRAY, '');
  return knownKeys.includes(bare) ? bare : undefined;
}

/**
 * The top-level settings. A line at column 0 that reads as a known "key:" opens one; deeper lines, blank
 * lines and comments belong to it. A column-0 line inside a setting (its entries go on below it) is a damaged
 * line of that setting, typed over its indentation; an unknown "key:" elsewhere opens a setting of its own;
 * anything else at column 0 is garbage, one piece per run of lines.
 */
function topLevelBlocks(text: string, lines: Line[], knownKeys: readonly string[]): Piece[] {
  const blocks: Piece[] = [];
  let current: Piece | undefined;
  let garbage: Piece | undefined;
  let headerOnly = false;
  let previousIndent = -1;
  const nextIndent = (i: number) => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j].indent >= 0) return lines[j].indent;
    return 0;
  };
  const toGarbage = (i: number) => {
    if (!garbage) blocks.push((garbage = { lines: [], garbage: true }));
    garbage.lines.push(i);
    current = undefined;
  };
  lines.forEach((line, i) => {
    if (line.indent < 0) {
      (current ?? garbage)?.lines.push(i);
      return;
    }
    const own = text.slice(line.start + line.indent, line.end);
    // A known key is a setting of its own, even typed after a tab or a stray bracket; a list item is not.
    const knownLine = !/^-\s/.test(own) && keyOf(own, knownKeys)?.known === true && (line.indent === 0 || line.tabbed);
    const continues = !knownLine && (line.indent > 0 || own[0] === '-' || own[0] === ']' || own[0] === '}');
    const key = continues ? undefined : keyOf(own, knownKeys);
    const next = nextIndent(i);
    const inside = current !== undefined && ((previousIndent > 0 && next > 0) || (headerOnly && (!key || next > 0)));
    if (continues || (inside && !key?.known)) {
      if (current) current.lines.push(i);
      else toGarbage(i);
      headerOnly = false;
    } else if (key) {
      blocks.push((current = { lines: [i] }));
      garbage = undefined;
      headerOnly = key.rest === '' || !key.known;
    } else {
      toGarbage(i);
    }
    previousIndent = line.indent;
  });
  // Trailing blank lines add nothing.
  for (const block of blocks) while (block.lines.length > 1 && lines[block.lines[block.lines.length - 1]].indent < 0) block.lines.pop();
  return blocks;
}

/** How deep recovery goes: a setting, its entries, and their fields (sources.<file>.date). */
const MAX_DEPTH = 2;

/**
 * One setting (or, deeper, one entry that is itself a "key:" with lines under it): parsed whole when it can
 * be, else its entries one by one, recursing into an entry that has entries of its own. A problem for each
 * part lost; what was read is assembled into a pair as if the file had been valid.
 */
function recoverBlock(text: string, lines: Line[], block: Piece, options: Required<ReadOptions>, problems: YamlProblem[], depth = 0): Pair<YamlNode, YamlNode | null> | undefined {
  const { knownKeys } = options;
  const parsed = parseLines(text, lines, block);
  const pair = parsed && parsed.errors.length === 0 ? onlyPair(parsed.doc) : undefined;
  if (pair) return pair;
  const headerLine = lines[block.lines[0]];
  const header = keyOf(text.slice(headerLine.start, headerLine.end), knownKeys);
  const body = block.lines.slice(1).filter((i) => lines[i].indent >= 0);
  const what = depth === 0 ? 'setting' : 'entry';
  const key = header ? (knownKey(header.key, knownKeys) ?? header.key) : undefined;
  const closed = depth > 0 || (key !== undefined && options.closeUnclosed(key)) ? closedAtEnd(text, lines, block) : undefined;
  const closedPair = closed ? onlyPair(closed.parsed.doc) : undefined;
  if (closed && closedPair) {
    problems.push({ ...placeProblem(text, lines, { lines: [closed.line] }, parsed?.errors[0], 'it is read as if closed at the end of the setting') });
    return closedPair;
  }
  if (!header || key === undefined) {
    problems.push(placeProblem(text, lines, block, parsed?.errors[0], `this ${what} is ignored`));
    return undefined;
  }
  const keyStart = headerLine.start + Math.max(0, text.slice(headerLine.start, headerLine.end).indexOf(header.key));
  const keyNode = new Scalar(key);
  keyNode.range = [keyStart, keyStart + header.key.length, keyStart + header.key.length];
  if (body.length === 0) {
    // One line: it reads or it is lost.
    problems.push(placeProblem(text, lines, block, parsed?.errors[0], depth === 0 ? `the setting '${key}' is ignored and its default is used` : `the entry '${key}' is ignored`));
    return undefined;
  }
  const damagedHeader = header.rest !== '' || key !== header.key;
  if (damagedHeader) {
    problems.push(placeProblem(text, lines, { lines: [block.lines[0]] }, undefined, `stray text in the line of '${key}:'; the entries below it are read`));
  }
  const problemsBefore = problems.length;
  const { entries, garbage } = splitEntries(lines, body, depth === 0 ? 0 : Math.max(0, headerLine.indent));
  let collection: YAMLSeq | YAMLMap | undefined;
  let lost = garbage.length;
  for (const piece of garbage) {
    const tab = lines[piece.lines[0]].tabbed ? 'a tab is used for indentation; YAML needs spaces; ' : '';
    problems.push(placeProblem(text, lines, piece, undefined, `${tab}this line is not indented like the other entries of '${key}'; it is ignored`));
  }
  for (const entry of entries) {
    const entryParse = parseLines(text, lines, entry);
    const closedEntry = entryParse && entryParse.errors.length > 0 ? closedAtEnd(text, lines, entry) : undefined;
    if (closedEntry) problems.push(placeProblem(text, lines, { lines: [closedEntry.line] }, entryParse?.errors[0], 'it is read as if closed at the end of the entry'));
    const readable = closedEntry?.parsed ?? entryParse;
    const root = readable && readable.errors.length === 0 ? (readable.doc.contents as YamlNode | null) : undefined;
    collection ??= isSeq(root) ? new YAMLSeq() : isMap(root) ? new YAMLMap() : undefined;
    if (root && ((isSeq(root) && isSeq(collection)) || (isMap(root) && isMap(collection)))) {
      (collection.items as unknown[]).push(...root.items);
      continue;
    }
    const entryHeader = lines[entry.lines[0]];
    const nested = !root && depth < MAX_DEPTH && entry.lines.some((i) => i !== entry.lines[0] && lines[i].indent >= 0) && keyOf(text.slice(entryHeader.start, entryHeader.end), [])?.rest === '';
    const sub = nested ? recoverBlock(text, lines, entry, { ...options, knownKeys: [] }, problems, depth + 1) : undefined;
    collection ??= sub ? new YAMLMap() : undefined;
    if (sub && isMap(collection)) {
      collection.items.push(sub as Pair<unknown, unknown>);
      continue;
    }
    lost++;
    if (!nested) problems.push(placeProblem(text, lines, entry, entryParse?.errors[0], `this entry of '${key}' is ignored; the others are kept`));
  }
  if (!collection) return undefined;
  if (lost === 0 && problems.length === problemsBefore && !damagedHeader) {
    // The entries read one by one but not together: keep them, and say where the parser stopped.
    problems.push(placeProblem(text, lines, block, parsed?.errors[0], `the entries of '${key}' that could be read are kept`));
  }
  const from = lines[body[0]].start;
  const to = lines[body[body.length - 1]].end;
  collection.range = [from, to, to];
  return new Pair(keyNode, collection) as Pair<YamlNode, YamlNode | null>;
}

/**
 * The entries of a body under a key at `headerIndent`: they start at the least indentation deeper than the
 * key (the key's own for a list written flush under it). A line less indented than that was damaged (a
 * character typed over its indentation): inside an entry, between its deeper lines, it stays in that entry;
 * elsewhere it is garbage, with the deeper lines under it. Deeper lines belong to the entry above.
 */
function splitEntries(lines: Line[], body: number[], headerIndent: number): { entries: Piece[]; garbage: Piece[] } {
  const deeper = body.filter((i) => !lines[i].tabbed).map((i) => lines[i].indent).filter((indent) => indent > headerIndent);
  const indent = deeper.length > 0 ? Math.min(...deeper) : headerIndent;
  const entries: Piece[] = [];
  const garbage: Piece[] = [];
  let current: Piece | undefined;
  body.forEach((i, k) => {
    const own = lines[i].indent;
    const previous = k > 0 ? lines[body[k - 1]].indent : headerIndent;
    const next = k + 1 < body.length ? lines[body[k + 1]].indent : headerIndent;
    if (lines[i].tabbed) {
      // Its width is a guess: alone, so that the entries around it still read.
      garbage.push({ lines: [i], garbage: true });
    } else if (own === indent) {
      entries.push((current = { lines: [i] }));
    } else if (own > indent && current) {
      current.lines.push(i);
    } else if (own < indent && current && !current.garbage && previous > indent - 1 && next > indent) {
      current.lines.push(i);
    } else if (current?.garbage && own > indent) {
      current.lines.push(i);
    } else {
      garbage.push((current = { lines: [i], garbage: true }));
    }
  });
  return { entries, garbage };
}

function onlyPair(doc: Document.Parsed | undefined): Pair<YamlNode, YamlNode | null> | undefined {
  const root = doc?.contents;
  return isMap(root) && root.items.length === 1 ? (root.items[0] as Pair<YamlNode, YamlNode | null>) : undefined;
}

/**
 * One problem for a piece that could not be read, on the line the reader has to fix: the line of an unclosed
 * bracket or quote when there is one, else the parser's position when it falls on one of the piece's lines,
 * else the piece's last line with content (YAML reports an unclosed bracket where the input ends, often a
 * line the reader never wrote). The range covers that line's content.
 */
function placeProblem(text: string, lines: Line[], piece: Piece, error: YAMLError | undefined, consequence: string): YamlProblem {
  const content = piece.lines.filter((i) => lines[i].indent >= 0);
  const candidates = content.length > 0 ? content : piece.lines;
  let line = unclosed(text, lines, candidates)?.line;
  if (line === undefined && error) line = candidates.find((i) => error.pos[0] >= lines[i].start && error.pos[0] < lines[i].next);
  line ??= (error ? candidates[candidates.length - 1] : candidates[0]) ?? 0;
  const { start, end, indent } = lines[line] ?? { start: 0, end: 0, indent: 0 };
  const from = start + Math.max(0, indent);
  return { message: error ? `${describeError(error)}; ${consequence}` : consequence, start: from, end: Math.max(from + 1, end) };
}

/**
 * Flow brackets and quoted values that open in the given lines and never close: the line of the first
 * such opening, and the characters that would close them all at the end of the last line.
 */
function unclosed(text: string, lines: Line[], piece: number[]): { line: number; closers: string } | undefined {
  const open: Array<{ char: string; line: number }> = [];
  for (const i of piece) {
    const { start, end } = lines[i];
    let valueStart = true;
    for (let at = start; at < end; at++) {
      const c = text[at];
      if (c === ' ' || c === '\t') continue;
      if (c === '#' && (at === start || /\s/.test(text[at - 1]))) break;
      if ((c === '"' || c === "'") && (valueStart || open.length > 0)) {
        const close = findQuoteEnd(text, at, end);
        if (close < 0) {
          const closers = c + open.map((o) => (o.char === '[' ? ']' : '}')).reverse().join('');
          return { line: open.length > 0 ? open[0].line : i, closers };
        }
        at = close;
        valueStart = false;
        continue;
      }
      if ((c === '[' || c === '{') && (valueStart || open.length > 0)) {
        open.push({ char: c, line: i });
        valueStart = true;
        continue;
      }
      if ((c === ']' || c === '}') && open.length > 0) {
        open.pop();
        valueStart = false;
        continue;
      }
      valueStart = c === '-' || c === ':' || c === ',' || c === '?';
    }
  }
  if (open.length === 0) return undefined;
  return { line: open[0].line, closers: open.map((o) => (o.char === '[' ? ']' : '}')).reverse().join('') };
}

/** The piece read with its unclosed brackets and quotes closed at the end of its last line, if that reads. */
function closedAtEnd(text: string, lines: Line[], piece: Piece): { parsed: ParsedPiece; line: number } | undefined {
  const content = piece.lines.filter((i) => lines[i].indent >= 0);
  const open = content.length > 0 ? unclosed(text, lines, content) : undefined;
  if (!open) return undefined;
  const last = lines[content[content.length - 1]];
  const first = lines[piece.lines[0]];
  const from = first.start + Math.max(0, first.indent);
  const members = new Set(piece.lines);
  let source = '';
  for (let i = piece.lines[0]; i <= content[content.length - 1]; i++) {
    const line = lines[i];
    let slice = text.slice(i === piece.lines[0] ? from : line.start, line.end);
    if (!members.has(i)) slice = slice.replace(/./g, ' ');
    source += line === last ? `${withoutTrailingComment(slice)}${open.closers}\n` : `${slice}${text.slice(line.end, line.next)}`;
  }
  const parsed = parseSource(source, from);
  return parsed && parsed.errors.length === 0 ? { parsed, line: open.line } : undefined;
}

/** A line without its trailing "# comment" (one after the last quote mark), so that closers land before it. */
function withoutTrailingComment(line: string): string {
  const lastQuote = Math.max(line.lastIndexOf('"'), line.lastIndexOf("'"));
  for (let at = line.indexOf('#', lastQuote + 1); at >= 0; at = line.indexOf('#', at + 1)) {
    if (at > 0 && /\s/.test(line[at - 1])) return line.slice(0, at);
  }
  return line;
}

function findQuoteEnd(text: string, at: number, end: number): number {
  const quote = text[at];
  for (let i = at + 1; i < end; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** The parser's complaint in a reader's words. */
function describeError(error: YAMLError): string {
  const first = error.message.split('\n')[0];
  switch (error.code) {
    case 'BAD_INDENT':
      if (/flow sequence/i.test(first)) return "a list opened with '[' is not closed with ']'";
      if (/flow map/i.test(first)) return "a mapping opened with '{' is not closed with '}'";
      return 'this line is not indented like the lines around it';
    case 'MISSING_CHAR':
      return /quote/i.test(first) ? 'a quoted value is not closed with its quote mark' : `a character is missing (${first})`;
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; YAML needs spaces';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return "a value contains ': ' (quote the value to keep the colon)";
    case 'MULTILINE_IMPLICIT_KEY':
      return "a key runs over two lines (a ':' may be missing)";
    default:
      return first;
  }
}
