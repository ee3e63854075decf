// The regular expressions of the analysis, and strings built to make each of them backtrack.
// - Literals are found in the sources with the TypeScript compiler API.
// - Expressions built at run time (from the lexicon and the data files) are recorded by a RegExp that notes
//   every construction, while the analysis reads texts that reach the lazily built ones.
// - Attack strings come from each expression's own syntax tree (regexpp): for every repeated part, a string
//   it matches, repeated tens of thousands of times after a prefix that reaches it, then a character that
//   makes the match fail. That is the shape of every super-linear backtracking case (a+)+b, \s*\s*$, [.!]+(?=\s).
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { RegExpParser, type AST } from '@eslint-community/regexpp';

export interface FoundRegex {
  source: string;
  flags: string;
  /** "server/src/analysis/read/claims.ts:324" or the compiled file and line that built it at run time. */
  where: string;
}

/** Every regular-expression literal under `dir` (TypeScript sources). */
export function regexLiterals(root: string, dir: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of filesUnder(path.join(root, dir), '.ts')) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${path.relative(root, file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Lines of the compiled analysis that call `new RegExp(` / `RegExp(`: every one must be seen at run time. */
export function regexConstructionSites(root: string, compiledDir: string): string[] {
  const sites: string[] = [];
  for (const file of filesUnder(path.join(root, compiledDir), '.js')) {
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/(^|[^\w.])(new\s+)?RegExp\(/.test(line) && !/^\s*(\/\/|\*)/.test(line)) sites.push(`${path.relative(root, file)}:${i + 1}`);
      });
  }
  return sites;
}

function filesUnder(dir: string, ext: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name), ext) : entry.name.endsWith(ext) ? [path.join(dir, entry.name)] : []));
}

/**
 * Characters tried wherever a part of an expression needs one, by kind: a class is represented by the first
 * character of each kind it accepts (a letter, a digit, a space, a mark), so that a pump of spaces is tried
 * on `.` as well as a pump of letters.
 */
const POOL_BY_KIND = [
  [...'aZAéßÄж中'],
  [...'10'],
  [' ', '\t', '\n', '\r', '\u00a0'],
  [...'.,;:!?-\'"()[]/_“”‘’«»…—–'],
  [...'€£$%@#&*+=<>|\\{}^~`', '\u200f', '\u0000', '😀'],
];
const POOL = POOL_BY_KIND.flat();
const MAX_SAMPLES = 5;

/** A few short strings the node matches (best effort; assertions match the empty string). */
function samples(node: AST.Node, flags: string): string[] {
  switch (node.type) {
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'CharacterSet':
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
    case 'ClassStringDisjunction': {
      const re = safeRegExp(`^(?:${node.raw})$`, flags.includes('v') ? 'v' : flags.includes('u') ? 'u' : '');
      const caseless = flags.includes('i');
      if (!re) return ['a'];
      const accepts = (c: string) => re.test(c) || (caseless && (re.test(c.toLowerCase()) || re.test(c.toUpperCase())));
      const firsts = POOL_BY_KIND.map((kind) => kind.find(accepts)).filter((c): c is string => c !== undefined);
      return unique([...firsts, ...POOL.filter(accepts)]).slice(0, MAX_SAMPLES);
    }
    case 'Alternative':
      return sequence(node.elements, flags);
    case 'Group':
    case 'CapturingGroup':
    case 'Pattern':
      return unique(node.alternatives.flatMap((a) => samples(a, flags))).slice(0, MAX_SAMPLES);
    case 'Quantifier': {
      const inner = samples(node.element, flags);
      const times = Math.max(node.min, 1);
      return inner.map((s) => s.repeat(Math.min(times, 50)));
    }
    default:
      return [''];
  }
}

/** Samples of a sequence: the first sample of each element, then each element's other samples in turn. */
function sequence(elements: AST.Element[], flags: string): string[] {
  const each = elements.map((e) => samples(e, flags));
  const first = each.map((s) => s[0] ?? '').join('');
  const out = [first];
  each.forEach((options, i) => {
    for (const option of options.slice(1)) out.push(each.map((s, j) => (j === i ? option : (s[0] ?? ''))).join(''));
  });
  return unique(out).slice(0, MAX_SAMPLES);
}

const unique = (list: string[]) => [...new Set(list)];

function safeRegExp(source: string, flags: string): RegExp | undefined {
  try {
    return new RegExp(source, flags);
  } catch {
    return undefined;
  }
}

/** Characters that end an attack, one of each kind: what the rest of an expression most often refuses. */
const SUFFIXES = ['\u0000', '\n', '!', 'a', 'A', '0', '_', ' '];

export interface Attack {
  prefix: string;
  pump: string;
  suffix: string;
}

/**
 * Attacks on one expression: for each repeated part (a quantifier with no small upper bound), each string it
 * matches is a pump; the prefix is what the expression needs before that part; the suffixes are characters
 * that the rest of the expression is unlikely to accept.
 */
export function attacksFor(regex: FoundRegex): Attack[] {
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(regex.source, 0, regex.source.length, {
      unicode: regex.flags.includes('u'),
      unicodeSets: regex.flags.includes('v'),
    });
  } catch {
    return [];
  }
  const found = new Map<string, Attack>();
  const add = (prefix: string, pump: string) => {
    if (!pump) return;
    // A part at the start of an alternative is also reached after a character it does not take (\0-----\0).
    for (const lead of prefix === '' ? ['', '\u0000'] : [prefix]) {
      for (const suffix of SUFFIXES) found.set(`${lead}\u0001${pump}\u0001${suffix}`, { prefix: lead, pump, suffix });
    }
  };
  // Walks the tree with the text needed to reach each node.
  const walk = (node: AST.Node, prefix: string) => {
    switch (node.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup':
      case 'Assertion':
        if ('alternatives' in node && node.alternatives) for (const alternative of node.alternatives) walk(alternative, prefix);
        break;
      case 'Alternative': {
        let before = prefix;
        for (const element of node.elements) {
          walk(element, before);
          before += samples(element, regex.flags)[0] ?? '';
        }
        break;
      }
      case 'Quantifier':
        if (node.max > 20) {
          for (const pump of samples(node.element, regex.flags)) add(prefix, pump);
          // Two different strings of the same repeated part, alternated: (a|ab)*, (\w+\s?)+.
          const inner = samples(node.element, regex.flags);
          if (inner.length >= 2) add(prefix, inner[0] + inner[1]);
        }
        walk(node.element, prefix);
        break;
      default:
        break;
    }
  };
  walk(pattern, '');
  return [...found.values()].slice(0, 200);
}

/** The attack as a string of about `length` characters. */
export function attackString(attack: Attack, length: number): string {
  const times = Math.max(1, Math.floor((length - attack.prefix.length) / attack.pump.length));
  return attack.prefix + attack.pump.repeat(times) + attack.suffix;
}

/** Runs an expression on a string the way the analysis does: every match for a global one, one match otherwise. */
export function runOn(regex: FoundRegex, text: string): number {
  const re = new RegExp(regex.source, regex.flags);
  if (re.global) {
    let count = 0;
    for (const _ of text.matchAll(re)) count++;
    return count;
  }
  if (re.sticky) {
    let count = 0;
    for (const at of [0, 1, text.length >> 1]) {
      re.lastIndex = at;
      if (re.exec(text)) count++;
    }
    return count;
  }
  return re.exec(text) ? 1 : 0;
}
