// The project's configuration file (crosscheck.yaml at the workspace root), shared by editor and CLI.
// A broken file never stops the analysis: every problem is reported once at its line, and only what could
// not be read falls back to its default.
import { isAlias, isCollection, isMap, isScalar, isSeq, type Node as YamlNode, type Scalar } from 'yaml';
import type { FindingCode, Severity } from './types';
import { DEFAULT_SEVERITY } from './checks/finding';
import { levenshtein } from './text/normalize';
import { knownKey, MAX_ALIASES, readYaml } from './yamlRecovery';
import defaultTolerances from './data/tolerances.json';
import projectDocuments from './data/projectDocuments.json';

export const CONFIG_FILE_NAMES = ['crosscheck.yaml', 'crosscheck.yml', '.crosscheck.yaml'];

export interface SourceInfo {
  /** Outlet name shown in messages. */
  source?: string;
  /** Publication date (ISO), used to resolve weekdays. */
  date?: string;
}

/** Relative widths of the interval a hedge makes around a stated value (0.15 = ±15 %). */
export interface Tolerances {
  /** "about", "around", "roughly", "some" → value × (1 ± approximate). */
  approximate: number;
  /** "about 11", "about 43 percent": a hedged number written to a finer step than `approximate` → ± its step, at least this. */
  approximateFine: number;
  /** "nearly", "almost", "close to", "just under" → [value × (1 − nearly), value]. */
  nearly: number;
  /** A bare value is still a rounded report: value × (1 ± exact). */
  exact: number;
  /** "hour-long", "day-long": a rough size → value × (1 ± compound). */
  compound: number;
  /** "about 9 a.m.": a hedged time of day is ± this many minutes ("just after": + this many). */
  clockMinutes: number;
  /** "less than", "under", "fewer than": a bound just above the value → [value × (1 − below), value]. */
  below: number;
}

/** How articles are grouped into stories (reports of one event); see docs/stories.md. */
export interface StoriesConfig {
  /** `auto`: by what the articles say (the default); `folders`: each folder is a story; `one`: the whole folder is one. */
  grouping: 'auto' | 'folders' | 'one';
  /** Stories the user fixed, each a title and globs (or file paths) relative to the workspace root. */
  pinned: Array<{ title: string; files: string[] }>;
}

export interface Config {
  /** Glob patterns (relative to the workspace root) of the files that are articles. */
  articles: string[];
  exclude: string[];
  /** Files larger than this are skipped with one message. */
  maxFileBytes: number;
  /** Keyed by path relative to the workspace root. */
  sources: Record<string, SourceInfo>;
  /** Canonical name → other names the user asserts are the same referent. */
  aliases: Record<string, string[]>;
  tolerances: Tolerances;
  severity: Partial<Record<FindingCode, Severity | 'off'>>;
  /** Fingerprints of findings the user reviewed and dismissed. */
  reviewed: string[];
  stories: StoriesConfig;
}

export interface ConfigProblem {
  message: string;
  /** UTF-16 offsets into the config text. */
  start: number;
  end: number;
  line: number;
  character: number;
  /** `error`: something was lost (a default is used); `warning`: something was ignored (an unknown key or code). */
  severity?: 'error' | 'warning';
}

export function defaultConfig(): Config {
  return {
    articles: ['**/*.txt', '**/*.md'],
    // Hidden folders (.git, .vscode, a tool's cache) and a project's documentation folders hold no articles.
    exclude: ['**/node_modules/**', '**/.*/**', '**/out/**', ...projectDocuments.folders.map((folder) => `${folder}/**`)],
    maxFileBytes: 1_000_000,
    sources: {},
    aliases: {},
    tolerances: { ...(defaultTolerances as Tolerances) },
    severity: {},
    reviewed: [],
    stories: { grouping: 'auto', pinned: [] },
  };
}

const GROUPINGS = ['auto', 'folders', 'one'];

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

/** Reads one setting's value into the config; problems go through the context. */
type SettingReader = (value: YamlNode | null, key: YamlNode, context: ReadContext) => void;

interface ReadContext {
  config: Config;
  /** A problem at a node (or, without one, at the fallback node). `warning` for what is ignored but harmless. */
  problem(node: YamlNode | null | undefined, message: string, severity?: 'error' | 'warning', fallback?: YamlNode | null): void;
  /** The node an alias stands for (aliases are followed under a cap); other nodes as they are. */
  deref(node: unknown): YamlNode | null | undefined;
  /** A list of strings (a lone string counts as a list of one); entries that are not strings are problems and left out. */
  strings(node: YamlNode | null, key: string, keyNode: YamlNode): string[] | undefined;
  /** The entries of a mapping as [name, name node, value node]; undefined (with a problem) when it is not one. */
  entries(node: YamlNode | null, keyNode: YamlNode, expected: string): Array<[string, YamlNode, YamlNode | null]> | undefined;
}

/**
 * The settings of crosscheck.yaml: one reader per top-level key. A new setting is one entry here and one
 * field of `Config` (with its default in `defaultConfig`).
 */
const SETTINGS: Record<string, SettingReader> = {
  articles(value, key, context) {
    const list = context.strings(value, 'articles', key);
    if (list) context.config.articles = list;
  },
  exclude(value, key, context) {
    const list = context.strings(value, 'exclude', key);
    if (list) context.config.exclude = list;
  },
  maxFileBytes(value, key, context) {
    const node = context.deref(value);
    if (isScalar(node) && typeof node.value === 'number' && node.value > 0) context.config.maxFileBytes = node.value;
    else context.problem(node, `'maxFileBytes' must be a positive number; the default ${context.config.maxFileBytes} is used`, 'error', key);
  },
  sources(value, key, context) {
    for (const [file, fileNode, infoValue] of context.entries(value, key, `'sources' must map file paths to { source, date }`) ?? []) {
      const info = context.deref(infoValue);
      if (isScalar(info) && typeof info.value === 'string') {
        context.config.sources[file] = { source: info.value };
      } else if (isMap(info)) {
        const entry: SourceInfo = {};
        for (const [name, nameNode, fieldValue] of context.entries(info, fileNode, '') ?? []) {
          const field = context.deref(fieldValue);
          if ((name === 'source' || name === 'outlet') && isScalar(field)) entry.source = String(field.value);
          else if (name === 'date' && isScalar(field)) entry.date = normaliseDate(field.value);
          else if (['source', 'outlet', 'date'].includes(name)) context.problem(field, `sources.${file}.${name} must be a single value`, 'error', nameNode);
          else context.problem(nameNode, `unknown field '${name}' in sources${didYouMean(name, ['source', 'date'])}`, 'warning');
        }
        context.config.sources[file] = entry;
      } else {
        context.problem(info, `sources.${file} must be an outlet name or { source, date }`, 'error', fileNode);
      }
    }
  },
  aliases(value, key, context) {
    for (const [name, nameNode, list] of context.entries(value, key, `'aliases' must map a canonical name to a list of other names`) ?? []) {
      const names = context.strings(list, `aliases.${name}`, nameNode);
      if (name && names) context.config.aliases[name] = names;
    }
  },
  tolerances(value, key, context) {
    const tolerances = context.config.tolerances;
    for (const [name, nameNode, fieldValue] of context.entries(value, key, `'tolerances' must be a mapping`) ?? []) {
      const field = context.deref(fieldValue);
      if (!(name in tolerances)) {
        context.problem(nameNode, `unknown tolerance '${name}'${didYouMean(name, Object.keys(tolerances))}`, 'warning');
      } else if (isScalar(field) && typeof field.value === 'number' && field.value >= 0 && field.value < 1) {
        tolerances[name as keyof Tolerances] = field.value;
      } else {
        context.problem(field, `tolerance '${name}' must be a number from 0 to 1`, 'error', nameNode);
      }
    }
  },
  severity(value, key, context) {
    const codes = Object.keys(DEFAULT_SEVERITY);
    const expected = `'severity' must map finding codes to ${SEVERITIES.join(', ')}`;
    for (const [code, codeNode, levelValue] of context.entries(value, key, expected) ?? []) {
      const levelNode = context.deref(levelValue);
      const level = isScalar(levelNode) ? String(levelNode.value) : '';
      if (!codes.includes(code)) context.problem(codeNode, `unknown finding code '${code}' under severity${didYouMean(code, codes)}; it is ignored`, 'warning');
      else if (!SEVERITIES.includes(level)) context.problem(levelNode, `severity of '${code}' must be one of ${SEVERITIES.join(', ')}`, 'error', codeNode);
      else context.config.severity[code as FindingCode] = level as Severity | 'off';
    }
  },
  reviewed(value, key, context) {
    // A repeated `reviewed:` adds to the list: no dismissed finding comes back.
    const list = context.strings(value, 'reviewed', key);
    if (list) context.config.reviewed = [...new Set([...context.config.reviewed, ...list])];
  },
  /**
   * `stories: auto | folders | one`, or a mapping `{ grouping: auto | folders | one, pin: { <title>: <globs> } }`.
   * A broken part is reported and left at its default; the rest still applies.
   */
  stories(value, key, context) {
    const stories: StoriesConfig = { grouping: 'auto', pinned: [] };
    context.config.stories = stories;
    const grouping = (node: YamlNode | null | undefined) => {
      const name = isScalar(node) ? String(node.value) : '';
      if (GROUPINGS.includes(name)) stories.grouping = name as StoriesConfig['grouping'];
      else context.problem(node, `stories must be grouped by ${GROUPINGS.join(', ')} (auto is used)`, 'error', key);
    };
    const node = context.deref(value);
    if (isScalar(node) && node.value !== null) return grouping(node);
    const expected = `'stories' must be auto, folders, one, or a mapping with grouping and pin`;
    for (const [name, nameNode, field] of context.entries(node ?? null, key, expected) ?? []) {
      if (name === 'grouping') grouping(context.deref(field));
      else if (name === 'pin') {
        for (const [title, titleNode, files] of context.entries(field, nameNode, `stories.pin must map a story's title to globs or file paths`) ?? []) {
          const list = context.strings(files, `stories.pin.${title.trim()}`, titleNode);
          if (!title.trim()) context.problem(titleNode, 'a pinned story needs a title');
          else if (list) stories.pinned.push({ title: title.trim(), files: list });
        }
      } else context.problem(nameNode, `unknown field '${name}' in stories${didYouMean(name, ['grouping', 'pin'])}; it is ignored`, 'warning');
    }
  },
};

/** The known top-level keys, for messages. */
export const CONFIG_KEYS = Object.keys(SETTINGS);

/**
 * Parses the config text; never throws. Whatever can be read applies, and only what was lost falls back to
 * its default: a syntax error costs its own line or setting, a wrong value its own entry. Each problem is
 * reported once, at its line.
 */
export function parseConfig(text: string): { config: Config; problems: ConfigProblem[] } {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const problemAt = (message: string, start: number, end: number, severity: 'error' | 'warning') => {
    const line = lineOf(start);
    problems.push({ message: `crosscheck config: ${message}`, start, end: Math.max(end, start + 1), line, character: start - lineStarts[line], severity });
  };

  // A glob list guessed wrong would silently change which files are read: a broken one gets the default.
  const yaml = readYaml(text, { knownKeys: CONFIG_KEYS, closeUnclosed: (key) => key !== 'articles' && key !== 'exclude' });
  for (const problem of yaml.problems) problemAt(problem.message, problem.start, problem.end, 'error');
  if (yaml.notMapping) {
    const range = yaml.notMapping.range;
    problemAt('the file must be a mapping of settings (key: value); the defaults are used', range?.[0] ?? 0, range?.[1] ?? 1, 'error');
  }

  const context: ReadContext = {
    config,
    problem(node, message, severity = 'error', fallback) {
      const range = node?.range ?? fallback?.range;
      problemAt(message, range ? range[0] : 0, range ? range[1] : 1, severity);
    },
    deref: (node) => yaml.deref(node as YamlNode | null | undefined),
    strings(node, key, keyNode) {
      const value = yaml.deref(node);
      if (isScalar(value) && value.value !== null && !isCollection(value.value)) return [scalarText(value)];
      if (!isSeq(value)) {
        context.problem(value, `'${key}' must be a list of strings; the default is used`, 'error', keyNode);
        return undefined;
      }
      const list: string[] = [];
      for (const item of value.items) {
        const entry = yaml.deref(item as YamlNode | null);
        if (isScalar(entry) && entry.value !== null) list.push(scalarText(entry));
        // An alias past the cap, or to no anchor, has its own message.
        else if (entry === undefined && isAlias(item)) continue;
        else context.problem(item as YamlNode | null, `an entry of '${key}' is not a string; it is left out`, 'error', value);
      }
      return list;
    },
    entries(node, keyNode, expected) {
      const value = yaml.deref(node);
      if (value === null || (isScalar(value) && value.value === null)) return [];
      if (!isMap(value)) {
        if (expected) context.problem(value, expected, 'error', keyNode);
        return undefined;
      }
      return value.items.map((pair) => {
        const name = yaml.deref(pair.key as YamlNode);
        return [isScalar(name) ? scalarText(name) : '', (name ?? pair.key ?? keyNode) as YamlNode, pair.value as YamlNode | null];
      });
    },
  };

  const seen = new Map<string, YamlNode>();
  for (const pair of yaml.pairs) {
    const keyNode = yaml.deref(pair.key) ?? pair.key;
    const written = isScalar(keyNode) ? scalarText(keyNode) : '';
    // A stray character typed into a key ("-reviewed", "reviewed]") must not drop what the setting holds.
    const key = knownKey(written, CONFIG_KEYS);
    if (!key) {
      context.problem(keyNode, `unknown setting '${written}'${didYouMean(written, CONFIG_KEYS)}; it is ignored`, 'warning');
      continue;
    }
    if (key !== written) context.problem(keyNode, `'${written}' has stray characters; it is read as '${key}'`, 'warning');
    const read = SETTINGS[key];
    const earlier = seen.get(key);
    if (earlier) {
      const where = earlier.range ? ` (first set at line ${lineOf(earlier.range[0]) + 1})` : '';
      const effect = key === 'reviewed' ? 'both lists are used' : 'this later one is used';
      context.problem(keyNode, `'${key}' is set twice${where}; ${effect}`, 'warning');
    }
    seen.set(key, keyNode);
    read(pair.value, keyNode, context);
  }
  const firstPastCap = yaml.firstAliasPastCap();
  if (firstPastCap) context.problem(firstPastCap, `more than ${MAX_ALIASES} aliases (*name) are used; from here on they are read as nothing`);
  // One diagnostic per line: the first said is the cause (a syntax error before the wrong type it leaves).
  const lines = new Set<number>();
  return { config, problems: problems.filter((p) => !lines.has(p.line) && lines.add(p.line)) };
}

/** A scalar as the user wrote it: `123456` or `1e5` in a list of fingerprints stays those characters. */
function scalarText(node: Scalar): string {
  const source = (node as { source?: unknown }).source;
  return typeof source === 'string' && typeof node.value !== 'string' ? source : String(node.value);
}

/** " (did you mean 'x'?)" for a close known word, else the list of known words. */
function didYouMean(word: string, known: string[]): string {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = levenshtein(lower, candidate.toLowerCase(), 4);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const close = best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3));
  return close ? ` (did you mean '${best}'?)` : ` (known: ${known.join(', ')})`;
}


function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}

// What a glob is made of: a literal character, `?`, `*` (within a name), `**` (anything), `**/` (any folders).
type GlobToken = { kind: 'char'; char: string } | { kind: 'one' } | { kind: 'name' } | { kind: 'any' } | { kind: 'folders' };

export interface GlobMatcher {
  test(path: string): boolean;
}

/**
 * A glob over '/'-separated relative paths: `**` any folders, `*` within one name, `?` one character.
 * Matched by dynamic programming over (glob position, path position), never by a backtracking regular
 * expression: a glob from a hostile crosscheck.yaml ("**\/**\/**\/…", "*a*a*a*…b") costs at most
 * glob length × path length steps, where a regular expression could run for hours.
 */
export function globMatcher(glob: string): GlobMatcher {
  const tokens: GlobToken[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    let token: GlobToken;
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        token = { kind: 'folders' };
      } else token = { kind: 'any' };
    } else if (c === '*') token = { kind: 'name' };
    else if (c === '?') token = { kind: 'one' };
    else token = { kind: 'char', char: c };
    // Repeats match nothing more: "**/**/" is "**/", "**" then "*" is "**".
    const last = tokens[tokens.length - 1];
    if (last && token.kind !== 'char' && token.kind !== 'one' && (last.kind === token.kind || last.kind === 'any')) continue;
    tokens.push(token);
  }
  const runs = literalRuns(tokens);
  // "**/*.txt": any folders, then a name ending in the literal, which is any path ending in it (the literal holds no '/').
  const ending = tokens.length > 2 && tokens[0].kind === 'folders' && tokens[1].kind === 'name' && tokens.slice(2).every((t) => t.kind === 'char' && t.char !== '/');
  if (ending) return { test: (path) => path.endsWith(runs[0]) };
  // A path that lacks one of the glob's literal runs cannot match: most paths are turned away without the table.
  const test = (path: string) => runs.every((run) => path.includes(run)) && matchTokens(tokens, path);
  const [beforeLast, last] = tokens.slice(-2);
  const folderGlob = last?.kind === 'any' && beforeLast?.kind === 'char' && beforeLast.char === '/';
  return folderGlob ? byFolder(test) : { test };
}

/** Folders remembered per glob of the form "<P>/**" (`byFolder`); past it they are forgotten and matched again. */
const FOLDERS_KEPT = 4096;

/**
 * A glob ending in "/**" (as the default excludes of dot-folders and node_modules do): a path matches when a run of
 * its folders matches what comes before, so whether it matches depends on its folders alone, and a listing matches each
 * folder once, not each of its files.
 */
function byFolder(test: (path: string) => boolean): GlobMatcher {
  const folders = new Map<string, boolean>();
  return {
    test(path) {
      const folder = path.slice(0, path.lastIndexOf('/') + 1);
      let matches = folders.get(folder);
      if (matches === undefined) {
        if (folders.size >= FOLDERS_KEPT) folders.clear();
        folders.set(folder, (matches = test(path)));
      }
      return matches;
    },
  };
}

/** The runs of literal characters between a glob's wildcards, each of which a matching path contains. */
function literalRuns(tokens: GlobToken[]): string[] {
  const runs: string[] = [];
  let run = '';
  for (const token of tokens) {
    if (token.kind === 'char') run += token.char;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

/** Globs of the config compiled once each: a folder's listing tests every path against all of them. */
const compiledGlobs = new Map<string, GlobMatcher>();
const COMPILED_GLOBS = 256;

function compiledGlob(glob: string): GlobMatcher {
  let matcher = compiledGlobs.get(glob);
  if (!matcher) {
    if (compiledGlobs.size >= COMPILED_GLOBS) compiledGlobs.clear();
    compiledGlobs.set(glob, (matcher = globMatcher(glob)));
  }
  return matcher;
}

/** The table's two rows, kept between calls (a listing tests thousands of paths) and grown as paths need. */
let rows = [new Uint8Array(256), new Uint8Array(256)];

function matchTokens(tokens: GlobToken[], path: string): boolean {
  const n = path.length;
  if (rows[0].length < n + 1) rows = [new Uint8Array(2 * (n + 1)), new Uint8Array(2 * (n + 1))];
  // next[j]: tokens after the current one match path.slice(j). Rows are filled from the last token back.
  let [next, row] = rows;
  next.fill(0, 0, n);
  next[n] = 1;
  for (let t = tokens.length - 1; t >= 0; t--) {
    const token = tokens[t];
    // For `**/`: whether some k > j with path[k - 1] === '/' has next[k] (a run of folders, then the rest).
    let folderAhead = 0;
    for (let j = n; j >= 0; j--) {
      switch (token.kind) {
        case 'char':
          row[j] = j < n && path[j] === token.char ? next[j + 1] : 0;
          break;
        case 'one':
          row[j] = j < n && path[j] !== '/' ? next[j + 1] : 0;
          break;
        case 'name':
          row[j] = next[j] || (j < n && path[j] !== '/' && row[j + 1]) ? 1 : 0;
          break;
        case 'any':
          row[j] = next[j] || (j < n && row[j + 1]) ? 1 : 0;
          break;
        case 'folders':
          if (j < n && path[j] === '/' && next[j + 1]) folderAhead = 1;
          row[j] = next[j] || folderAhead ? 1 : 0;
          break;
      }
    }
    [next, row] = [row, next];
  }
  return next[0] === 1;
}

/** Whether a path relative to the workspace root is excluded by the config. */
export function isExcludedPath(relativePath: string, config: Config): boolean {
  const path = relativePath.replace(/\\/g, '/');
  return config.exclude.some((glob) => compiledGlob(glob).test(path));
}

/** Whether a path relative to the workspace root is an article under this config. */
export function isArticlePath(relativePath: string, config: Config): boolean {
  const path = relativePath.replace(/\\/g, '/');
  if (CONFIG_FILE_NAMES.includes(path)) return false;
  if (isExcludedPath(path, config)) return false;
  const matching = config.articles.filter((glob) => compiledGlob(glob).test(path));
  // A folder that is also a software project has a README, a CHANGELOG, a LICENSE …: not articles, unless an
  // `articles` pattern names the file itself ("README.md", "notes/readme.txt") rather than by a wildcard.
  if (isProjectDocument(path)) return matching.some((glob) => !/[*?]/.test(glob.split('/').pop() ?? ''));
  return matching.length > 0;
}

const PROJECT_DOCUMENT = new RegExp(`^(?:${projectDocuments.names.join('|')})(?:[-_. ][^/]*)?$`, 'i');

/** "README.md", "docs/LICENSE", "CODE_OF_CONDUCT.txt", "README-snippet.md", "LICENSE-MIT": a project's own documents. */
export function isProjectDocument(relativePath: string): boolean {
  const base = relativePath.split('/').pop() ?? '';
  return PROJECT_DOCUMENT.test(base.replace(/\.[^.]*$/, ''));
}
