// The project's configuration file (crosscheck.yaml at the workspace root), shared by editor and CLI.
// A broken file never stops the analysis: every problem is reported at its line and defaults are used.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { FindingCode, Severity } from './types';
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
}

export interface ConfigProblem {
  message: string;
  /** UTF-16 offsets into the config text. */
  start: number;
  end: number;
  line: number;
  character: number;
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
  };
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

/** Parses the config text; never throws. Unknown keys and wrong types are problems, not failures. */
export function parseConfig(text: string): { config: Config; problems: ConfigProblem[] } {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  const lineCounter = new LineCounter();
  const problemAt = (message: string, start: number, end: number) => {
    const pos = lineCounter.linePos(start);
    problems.push({ message, start, end: Math.max(end, start + 1), line: pos.line - 1, character: pos.col - 1 });
  };
  const nodeProblem = (node: YamlNode | null | undefined, message: string, fallback = 0) => {
    const range = node?.range;
    problemAt(message, range ? range[0] : fallback, range ? range[1] : fallback + 1);
  };
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false });
  } catch (error) {
    problemAt(`crosscheck config could not be read: ${String(error)}`, 0, 1);
    return { config, problems };
  }
  for (const error of doc.errors) {
    problemAt(`crosscheck config: ${error.message.split('\n')[0]}`, error.pos[0], error.pos[1]);
  }
  if (doc.errors.length > 0) return { config, problems };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { config, problems };
  if (!isMap(root)) {
    nodeProblem(root, 'crosscheck config must be a mapping of settings (key: value); defaults are used');
    return { config, problems };
  }

  const stringList = (node: unknown, key: string): string[] | undefined => {
    if (isSeq(node) && node.items.every((item) => isScalar(item) && typeof item.value === 'string')) {
      return node.items.map((item) => String((item as { value: unknown }).value));
    }
    if (isScalar(node) && typeof node.value === 'string') return [node.value];
    nodeProblem(node as YamlNode, `'${key}' must be a list of strings; the default is used`);
    return undefined;
  };

  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as YamlNode | null;
    switch (key) {
      case 'articles':
      case 'exclude': {
        const list = stringList(value, key);
        if (list) config[key] = list;
        break;
      }
      case 'maxFileBytes':
        if (isScalar(value) && typeof value.value === 'number' && value.value > 0) config.maxFileBytes = value.value;
        else nodeProblem(value, `'maxFileBytes' must be a positive number; the default ${config.maxFileBytes} is used`);
        break;
      case 'sources':
        if (!isMap(value)) {
          nodeProblem(value ?? keyNode, `'sources' must map file paths to { source, date }`);
          break;
        }
        for (const item of value.items) {
          const file = isScalar(item.key) ? String(item.key.value) : '';
          const info = item.value as YamlNode | null;
          if (isScalar(info) && typeof info.value === 'string') {
            config.sources[file] = { source: info.value };
          } else if (isMap(info)) {
            const entry: SourceInfo = {};
            for (const field of info.items) {
              const name = isScalar(field.key) ? String(field.key.value) : '';
              const fieldValue = field.value as YamlNode | null;
              if ((name === 'source' || name === 'outlet') && isScalar(fieldValue)) entry.source = String(fieldValue.value);
              else if (name === 'date' && isScalar(fieldValue)) entry.date = normaliseDate(fieldValue.value);
              else nodeProblem(field.key as YamlNode, `unknown field '${name}' in sources (expected source, date)`);
            }
            config.sources[file] = entry;
          } else {
            nodeProblem(info ?? (item.key as YamlNode), `sources.${file} must be an outlet name or { source, date }`);
          }
        }
        break;
      case 'aliases':
        if (!isMap(value)) {
          nodeProblem(value ?? keyNode, `'aliases' must map a canonical name to a list of other names`);
          break;
        }
        for (const item of value.items) {
          const name = isScalar(item.key) ? String(item.key.value) : '';
          const list = stringList(item.value, `aliases.${name}`);
          if (name && list) config.aliases[name] = list;
        }
        break;
      case 'tolerances':
        if (!isMap(value)) {
          nodeProblem(value ?? keyNode, `'tolerances' must be a mapping`);
          break;
        }
        for (const item of value.items) {
          const name = isScalar(item.key) ? String(item.key.value) : '';
          const fieldValue = item.value as YamlNode | null;
          if (!(name in config.tolerances)) {
            nodeProblem(item.key as YamlNode, `unknown tolerance '${name}' (expected ${Object.keys(config.tolerances).join(', ')})`);
          } else if (isScalar(fieldValue) && typeof fieldValue.value === 'number' && fieldValue.value >= 0 && fieldValue.value < 1) {
            config.tolerances[name as keyof Tolerances] = fieldValue.value;
          } else {
            nodeProblem(fieldValue, `tolerance '${name}' must be a number from 0 to 1`);
          }
        }
        break;
      case 'severity':
        if (!isMap(value)) {
          nodeProblem(value ?? keyNode, `'severity' must map finding codes to error, warning, information, hint or off`);
          break;
        }
        for (const item of value.items) {
          const code = isScalar(item.key) ? String(item.key.value) : '';
          const level = isScalar(item.value) ? String(item.value.value) : '';
          if (!SEVERITIES.includes(level)) nodeProblem(item.value as YamlNode, `severity of '${code}' must be one of ${SEVERITIES.join(', ')}`);
          else config.severity[code as FindingCode] = level as Severity | 'off';
        }
        break;
      case 'reviewed': {
        const list = stringList(value, key);
        if (list) config.reviewed = list;
        break;
      }
      default:
        nodeProblem(keyNode, `unknown setting '${key}' (known: articles, exclude, maxFileBytes, sources, aliases, tolerances, severity, reviewed)`);
    }
  }
  return { config, problems };
}

function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}

/** A glob over '/'-separated relative paths: `**` any folders, `*` within one name, `?` one character. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        out += '(?:.*/)?';
      } else out += '.*';
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Whether a path relative to the workspace root is an article under this config. */
export function isArticlePath(relativePath: string, config: Config): boolean {
  const path = relativePath.replace(/\\/g, '/');
  if (CONFIG_FILE_NAMES.includes(path)) return false;
  if (config.exclude.some((glob) => globToRegExp(glob).test(path))) return false;
  const matching = config.articles.filter((glob) => globToRegExp(glob).test(path));
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
