// `check --format sarif` and `--format html` on the seeds, run as the user runs them: the SARIF log is valid against
// the SARIF 2.1.0 schema (vendored in test/fixtures/sarif, see SOURCE.md there) and holds what code scanning needs;
// the HTML page is self-contained and shows the sources, the matrix and the findings with both sides quoted.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT } from '../helpers/analysis';
import { scratchDir } from '../helpers/scratch';

const CLI = path.join(ROOT, 'server', 'out', 'cli.js');
const SCHEMA = path.join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json');

function crosscheck(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return result;
}

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
}

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn?: number; endColumn?: number; snippet?: { text: string } } };
  message?: { text: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints?: Record<string, string>;
}
interface SarifLog {
  version: string;
  runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string; shortDescription: { text: string }; help: { text: string; markdown: string } }> } }; results: SarifResult[] }>;
}

test('check --format sarif on the seeds: valid SARIF 2.1.0 with a rule per code and the seeds’ findings', () => {
  const run = crosscheck(['check', 'seeds', '--format', 'sarif']);
  assert.equal(run.status, 1, run.stderr);
  const log = JSON.parse(run.stdout) as SarifLog;
  const validate = validator();
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  assert.equal(log.version, '2.1.0');
  const [sarifRun] = log.runs;
  const { rules } = sarifRun.tool.driver;
  assert.equal(sarifRun.tool.driver.name, 'Crosscheck');
  for (const code of ['quantity-conflict', 'quote-wording', 'name-spelling', 'missing-name', 'bad-input', 'config-error']) {
    const rule = rules.find((r) => r.id === code);
    assert.ok(rule, `no rule ${code}`);
    assert.ok(rule.shortDescription.text.length > 10 && rule.help.text.length > 20 && rule.help.markdown.length > 20, code);
  }
  const text = crosscheck(['check', 'seeds']).stdout;
  const textCount = Number(/(\d+) findings?/.exec(text.trim().split('\n').pop()!)![1]);
  assert.equal(sarifRun.results.length, textCount, 'the same findings as the text output');
  for (const result of sarifRun.results) {
    assert.equal(rules[result.ruleIndex].id, result.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(result.level));
    assert.match(result.locations[0].physicalLocation.artifactLocation.uri, /^seeds\/00\d_[0-9a-f]+\.txt$/);
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.match(result.partialFingerprints?.['crosscheck/v1'] ?? '', /^[a-z-]+:[0-9a-f]{8}$/);
  }
  // The hour-long conflict in 002, its region the words, the three other sources as related locations.
  const conflict = sarifRun.results.find((r) => r.ruleId === 'quantity-conflict' && r.locations[0].physicalLocation.artifactLocation.uri.startsWith('seeds/002_'));
  assert.ok(conflict, JSON.stringify(sarifRun.results.map((r) => r.ruleId)));
  assert.equal(conflict.locations[0].physicalLocation.region.snippet?.text, 'an hour-long');
  const line = fs.readFileSync(path.join(ROOT, conflict.locations[0].physicalLocation.artifactLocation.uri), 'utf8').split('\n')[conflict.locations[0].physicalLocation.region.startLine - 1];
  const { startColumn, endColumn } = conflict.locations[0].physicalLocation.region;
  assert.equal(line.slice(startColumn! - 1, endColumn! - 1), 'an hour-long');
  const related = (conflict.relatedLocations ?? []).map((l) => path.posix.basename(l.physicalLocation.artifactLocation.uri).slice(0, 3)).sort();
  assert.deepEqual(related, ['001', '003', '004']);
  assert.ok(conflict.relatedLocations!.every((l) => l.message?.text));
});

test('check --format sarif with a skipped file and a config problem: both are results, and the log stays valid', () => {
  const cwd = scratchDir('sarif');
  for (const name of fs.readdirSync(path.join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt')).slice(0, 2)) {
    fs.copyFileSync(path.join(ROOT, 'seeds', name), path.join(cwd, name));
  }
  fs.writeFileSync(path.join(cwd, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0]));
  fs.writeFileSync(path.join(cwd, 'crosscheck.yaml'), 'colour: blue\n');
  const run = crosscheck(['check', '.', '--format', 'sarif'], cwd);
  assert.equal(run.status, 1, run.stderr);
  const log = JSON.parse(run.stdout) as SarifLog;
  const validate = validator();
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  const byRule = (id: string) => log.runs[0].results.find((r) => r.ruleId === id);
  assert.equal(byRule('bad-input')?.locations[0].physicalLocation.artifactLocation.uri, 'scan.txt');
  assert.equal(byRule('config-error')?.locations[0].physicalLocation.region.startLine, 1);
  // An unknown key is ignored, not lost: a warning (issue 14).
  assert.equal(byRule('config-error')?.level, 'warning');
});

test('check --format html on the seeds: one self-contained page with the sources, the matrix and the findings', () => {
  const run = crosscheck(['check', 'seeds', '--format', 'html']);
  assert.equal(run.status, 1, run.stderr);
  const html = run.stdout;
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
  // Nothing is fetched and nothing runs: no script, no external stylesheet, image or link to load.
  assert.doesNotMatch(html, /<script|<link |<img |<iframe|src=|url\(/i);
  // The table of the sources: a row per seed with its file.
  const sources = /<table class="sources">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  for (const prefix of ['000', '001', '002', '003', '004']) assert.match(sources, new RegExp(`<code>seeds/${prefix}_[0-9a-f]+\\.txt</code>`));
  // The matrix: the Trump–Putin call with 002's "hour-long" marked as the value that differs.
  const matrix = /<table class="matrix">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  const row = matrix.split('</tr>').find((r) => r.includes('duration of the conversation between Donald Trump and Vladimir Putin'));
  assert.ok(row, 'the duration row');
  assert.match(row, /<td class="cell differ"><div class="entry" title="50–70 min[^"]*">an hour-long<small>50–70 min<\/small>/);
  assert.match(row, /<td class="cell agree"><div class="entry"[^>]*>nearly 90 minutes/);
  // The findings, each side's words marked in their sentence.
  const finding = html.split('<article class="finding').find((a) => a.includes('quantity-conflict') && a.includes('<mark>an hour-long</mark>'));
  assert.ok(finding, 'the conflict with 002’s words marked');
  for (const words of ['an hour and a half', 'close to an hour and a half', 'nearly 90 minutes']) assert.ok(finding.includes(`<mark>${words}</mark>`), words);
});

test('--output FILE writes the report there and nothing to stdout; a missing folder is a usage error', () => {
  const dir = scratchDir('output');
  for (const format of ['text', 'json', 'html', 'sarif']) {
    const file = path.join(dir, `report.${format}`);
    const run = crosscheck(['check', 'seeds', '--format', format, '--output', file]);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stdout, '', format);
    assert.match(run.stderr, /wrote .*report\./);
    const written = fs.readFileSync(file, 'utf8');
    assert.ok(written.length > 500, format);
    if (format === 'json' || format === 'sarif') JSON.parse(written);
  }
  const missing = crosscheck(['check', 'seeds', '--format', 'html', '--output', path.join(dir, 'no', 'such', 'report.html')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /does not exist/);
  const exportRun = crosscheck(['export', 'seeds', '--output', path.join(dir, 'corpus.json')]);
  assert.equal(exportRun.status, 0, exportRun.stderr);
  assert.ok(JSON.parse(fs.readFileSync(path.join(dir, 'corpus.json'), 'utf8')).documents.length === 5);
});
