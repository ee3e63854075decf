// The layering rules of docs/design.md, checked on the sources: data flows one way (text → readings →
// corpus → findings → editor), the analysis is a pure library, word lists are data, and the client and
// the server agree through one protocol module. A rule broken here is a design change to argue for in
// docs/design.md, not an exception to add quietly.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import type * as ProtocolModule from '../../server/src/protocol';
import { analysis, ROOT } from '../helpers/analysis';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const protocol = require(path.join(ROOT, 'server', 'out', 'protocol')) as typeof ProtocolModule;

const SERVER = path.join(ROOT, 'server', 'src');
const ANALYSIS = path.join(SERVER, 'analysis');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    // Unit tests beside their files (read/values/*.test.ts) are not part of the layers.
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every module a file imports (import … from, import '…', export … from, import(…), require(…)). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
  for (const m of text.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]);
  return found;
}

/** An import as a path under server/src ('analysis/corpus/claims'), or a package as 'package:name'. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return `package:${spec}`;
  return path.relative(SERVER, path.resolve(path.dirname(file), spec)).split(path.sep).join('/');
}

const layer = (file: string) => path.relative(ANALYSIS, file).split(path.sep)[0];
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

function violations(files: string[], broken: (to: string, file: string) => boolean): string[] {
  return files.flatMap((file) => importsOf(file).map((spec) => target(file, spec)).filter((to) => broken(to, file)).map((to) => `${rel(file)} imports ${to}`));
}

const NODE = new Set(builtinModules.flatMap((name) => [`package:${name}`, `package:node:${name}`]));
/** The packages the analysis may use: pure computation only. */
const ANALYSIS_PACKAGES = new Set(['package:yaml']);

test('layering: the analysis imports neither vscode, the LSP libraries nor Node modules, and nothing of its hosts', () => {
  const found = violations(sources(ANALYSIS), (to) => (to.startsWith('package:') ? !ANALYSIS_PACKAGES.has(to) : !to.startsWith('analysis/')));
  assert.deepEqual(found, []);
  // Named, so that the message says what is forbidden even if the allowed list grows.
  assert.ok(![...ANALYSIS_PACKAGES].some((p) => NODE.has(p) || /^package:vscode/.test(p)));
});

test('layering: read/ sees one document (no corpus/, checks/, answers/ or service import)', () => {
  const found = violations(sources(path.join(ANALYSIS, 'read')), (to) => /^analysis\/(corpus|checks|answers)\//.test(to) || /^analysis\/(service|workspace)$/.test(to));
  assert.deepEqual(found, []);
});

test('layering: corpus/ never imports checks/, and neither imports the answers or the service above them', () => {
  const corpus = violations(sources(path.join(ANALYSIS, 'corpus')), (to) => /^analysis\/(checks|answers)\//.test(to) || to === 'analysis/service');
  const checks = violations(sources(path.join(ANALYSIS, 'checks')), (to) => /^analysis\/answers\//.test(to) || to === 'analysis/service');
  assert.deepEqual([...corpus, ...checks], []);
});

test('layering: JSON data is imported from data/ only', () => {
  const found = violations(sources(ANALYSIS), (to) => to.endsWith('.json') && !to.startsWith('analysis/data/'));
  assert.ok(violations(sources(ANALYSIS), (to) => to.startsWith('analysis/data/') && to.endsWith('.json')).length > 0, 'the data files are seen');
  assert.deepEqual(found, []);
});

// Word lists written into code before this rule; their owners move them to data/ (docs/design.md).
// alignFeatures lists the value kinds (a type's members, the features of the pair model), not words of the language.
const KNOWN_INLINE_LISTS = new Set(['server/src/analysis/corpus/alignFeatures.ts']);

test('layering: word lists live in data/ (no long list of words written into a regular expression or an array)', () => {
  const found: string[] = [];
  for (const file of sources(ANALYSIS).filter((f) => layer(f) !== 'data' && !KNOWN_INLINE_LISTS.has(rel(f)))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\[\s*(?:'[^'\n]*'|"[^"\n]*")(?:\s*,\s*(?:'[^'\n]*'|"[^"\n]*"))*\s*,?\s*\]/g)) {
      const words = m[0].match(/'[^'\n]*'|"[^"\n]*"/g)!.length;
      if (words >= 12) found.push(`${rel(file)}: an array of ${words} strings: ${m[0].slice(0, 60)}…`);
    }
    for (const m of text.matchAll(/(?<![\w)\]])\/(?![/*])(?:[^/\n\\[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[dgimsuy]*/g)) {
      const words = m[0].split('|').filter((alt) => /^[(?:^\\b\s]*[a-z]{2,}[)\\b$\s]*$/i.test(alt)).length;
      if (words >= 15) found.push(`${rel(file)}: a regular expression of ${words} words: ${m[0].slice(0, 60)}…`);
    }
  }
  assert.deepEqual(found, []);
});

test('layering: the client and the server share one protocol module', () => {
  const client = sources(path.join(ROOT, 'client', 'src'));
  const imports = client.flatMap((file) => importsOf(file));
  assert.ok(imports.includes('../../server/out/protocol'), 'client/src imports the protocol module');
  assert.ok(!imports.some((spec) => spec.startsWith('../../server/') && spec !== '../../server/out/protocol'), 'and nothing else of the server');
  // No other file of either side spells the protocol's names itself.
  const exported: unknown[] = Object.values(protocol);
  const values = exported.filter((v): v is string => typeof v === 'string');
  const methods = exported.flatMap((v) => (typeof v === 'object' && v !== null && 'method' in v ? [String((v as { method: unknown }).method)] : []));
  assert.ok(values.length >= 4 && methods.length >= 2);
  const others = [...client, ...sources(SERVER).filter((f) => rel(f) !== 'server/src/protocol.ts')];
  const spelled = others.flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return [...values.filter((v) => v !== 'article' && v !== 'crosscheck'), ...methods].filter((v) => text.includes(`'${v}'`)).map((v) => `${rel(file)} spells '${v}'`);
  });
  assert.deepEqual(spelled, []);
  // The protocol module itself pulls in nothing of the server.
  const own = importsOf(path.join(SERVER, 'protocol.ts'));
  assert.deepEqual(own.filter((spec) => spec.startsWith('.')), []);
});

test('layering: the protocol glob for config files matches the names the server reads', () => {
  const [before, group, after] = protocol.CONFIG_FILE_GLOB.split(/[{}]/);
  const globs = group.split(',').map((name) => `${before}${name}${after}`);
  for (const name of analysis.CONFIG_FILE_NAMES) {
    assert.ok(globs.some((glob) => analysis.globMatcher(glob).test(name)), `${name} is watched`);
  }
});
