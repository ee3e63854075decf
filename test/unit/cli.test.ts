// The crosscheck command line (server/out/cli.js), run as a child process on temporary folders:
// a copy of the seeds plus bad files, a broken crosscheck.yaml, usage errors; then the seeds themselves.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/analysis';
import { scratchDir } from '../helpers/scratch';

const CLI = path.join(ROOT, 'server', 'out', 'cli.js');
const SEEDS = path.join(ROOT, 'seeds');
const SEED_NAMES = fs.readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();

const FINDING_LINE = /^\S+:\d+:\d+ (error|warning|information|hint) [a-z-]+ /;
const RELATED_LINE = /^ {4}related \S+:\d+:\d+ /;
const FINGERPRINT_LINE = /^ {4}fingerprint [a-z-]+:[0-9a-f]{8}$/;
/** A folder of several stories is reported story by story under these headings. */
const STORY_LINE = /^# story ".*": \d+ articles?, \d+ findings? \(\S+\)$/;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function crosscheck(args: string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function assertNoCrash(run: Run, label: string): void {
  assert.ok(run.status === 0 || run.status === 1, `${label}: exit code ${run.status}\n${run.stderr}`);
  assert.doesNotMatch(run.stderr, /^ {4}at /m, `${label}: a stack trace on stderr\n${run.stderr}`);
  assert.doesNotMatch(run.stderr, /internal error/, `${label}: ${run.stderr}`);
}

function assertTextFormat(stdout: string): void {
  const lines = stdout.split('\n').filter((line) => line !== '');
  assert.ok(lines.length >= 1, 'a summary line');
  const summary = lines.pop() as string;
  assert.match(summary, /^\d+ files?, (no findings|\d+ findings? \(.+\))/);
  for (const line of lines) assert.ok(FINDING_LINE.test(line) || RELATED_LINE.test(line) || FINGERPRINT_LINE.test(line) || STORY_LINE.test(line), `not a finding line: ${JSON.stringify(line)}`);
  if (lines.length > 0) assert.ok(FINDING_LINE.test(lines[0]) || STORY_LINE.test(lines[0]), lines[0]);
}

/** tmp/articles: the seeds, a binary x.txt, a Latin-1 file, an empty file, a CRLF+BOM file, a file over maxFileBytes. */
function badFolder(): { cwd: string; folder: string } {
  const cwd = scratchDir('cli');
  const folder = path.join(cwd, 'articles');
  fs.mkdirSync(path.join(folder, 'more'), { recursive: true });
  for (const name of SEED_NAMES) fs.copyFileSync(path.join(SEEDS, name), path.join(folder, name));
  fs.writeFileSync(path.join(folder, 'x.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
  fs.writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from('Le pr\u00e9sident a parl\u00e9 pendant une heure.\n', 'latin1'));
  fs.writeFileSync(path.join(folder, 'empty.txt'), '');
  fs.writeFileSync(
    path.join(folder, 'more', 'crlf.txt'),
    '\ufeffTrump and Putin talk\r\n\r\nPresident Donald Trump spoke with Vladimir Putin for about an hour, the Kremlin said.\r\n"It went well," Trump said.\r\n',
  );
  fs.writeFileSync(path.join(folder, 'big.txt'), 'The call lasted an hour. '.repeat(800)); // 20,000 bytes
  fs.writeFileSync(path.join(folder, 'crosscheck.yaml'), '# small limit for the test\nmaxFileBytes: 10000\n');
  return { cwd, folder };
}

test('check on seeds plus bad files: no crash, a clear message per skipped file, text format', () => {
  const { cwd } = badFolder();
  const run = crosscheck(['check', 'articles'], cwd);
  assertNoCrash(run, 'check');
  const stderr = run.stderr;
  const skipLine = (name: string) => stderr.split('\n').find((line) => line.startsWith(`${path.join('articles', name)}:1:1 `));
  assert.match(skipLine('x.txt') ?? '', /bad-input .*binary/, stderr);
  assert.match(skipLine('latin1.txt') ?? '', /bad-input .*UTF-8/, stderr);
  assert.match(skipLine('big.txt') ?? '', /bad-input .*(limit|maxFileBytes)/, stderr);
  for (const name of ['x.txt', 'latin1.txt', 'big.txt']) assert.match(skipLine(name) ?? '', FINDING_LINE);
  assert.doesNotMatch(stderr, /empty\.txt|crlf\.txt|00\d_/, 'the good files are not skipped');
  assertTextFormat(run.stdout);
  const summary = run.stdout.trim().split('\n').pop() as string;
  assert.match(summary, new RegExp(`^${SEED_NAMES.length + 2} files,`), summary);
  assert.match(summary, /3 files skipped/);
  // Finding lines name files relative to the current directory.
  for (const line of run.stdout.split('\n').filter((l) => FINDING_LINE.test(l))) {
    assert.ok(line.startsWith(`articles${path.sep}`), line);
  }
  // An unreadable file is a warning: exit 1.
  assert.equal(run.status, 1);
});

test('check --jobs: one thread or three give the same report; no progress bar when stderr is not a terminal', () => {
  const { cwd } = badFolder();
  const runs = ['1', '3'].map((jobs) => crosscheck(['check', 'articles', '--jobs', jobs], cwd));
  for (const run of runs) assertNoCrash(run, 'check --jobs');
  assert.equal(runs[0].stdout, runs[1].stdout);
  assert.equal(runs[0].stderr, runs[1].stderr);
  assert.doesNotMatch(runs[1].stderr, /\r|Reading|█/, 'a progress bar in a pipe');
});

test('check --format json on seeds plus bad files: a findings array with the skipped files as bad-input', () => {
  const { cwd, folder } = badFolder();
  const run = crosscheck(['check', folder, '--format', 'json'], cwd);
  assertNoCrash(run, 'check --format json');
  const json = JSON.parse(run.stdout);
  assert.ok(Array.isArray(json.findings));
  const badInput = json.findings.filter((f: { code: string }) => f.code === 'bad-input').map((f: { file: string }) => f.file).sort();
  for (const name of ['big.txt', 'latin1.txt', 'x.txt']) assert.ok(badInput.includes(name), `${name} is a bad-input finding: ${badInput}`);
  for (const finding of json.findings) {
    assert.equal(typeof finding.file, 'string');
    assert.ok(Number.isInteger(finding.start) && Number.isInteger(finding.end));
    assert.ok(['error', 'warning', 'information', 'hint'].includes(finding.severity));
    assert.ok(Array.isArray(finding.related));
  }
  assert.match(run.stderr, /x\.txt:1:1 warning bad-input/);
});

test('export --format json on seeds plus bad files: documents, entities and findings', () => {
  const { cwd } = badFolder();
  for (const args of [['export', 'articles', '--format', 'json'], ['export', 'articles'], ['export', '--format=json', 'articles']]) {
    const run = crosscheck(args, cwd);
    assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
    assertNoCrash(run, args.join(' '));
    const json = JSON.parse(run.stdout);
    assert.ok(Array.isArray(json.documents) && Array.isArray(json.entities) && Array.isArray(json.findings));
    for (const doc of json.documents) {
      assert.equal(typeof doc.file, 'string');
      assert.ok(Array.isArray(doc.entities) && Array.isArray(doc.quotations) && Array.isArray(doc.quantities), doc.file);
    }
    assert.deepEqual(json.documents.map((d: { file: string }) => d.file).sort(), [...SEED_NAMES, 'empty.txt', 'more/crlf.txt'].sort());
    assert.ok(run.stdout.startsWith('{\n  "'), 'pretty-printed with 2 spaces');
  }
});

test('a broken crosscheck.yaml: a config-error at its line, and the articles are still checked', () => {
  const cwd = scratchDir('config');
  for (const name of SEED_NAMES.slice(0, 2)) fs.copyFileSync(path.join(SEEDS, name), path.join(cwd, name));
  fs.writeFileSync(path.join(cwd, 'crosscheck.yaml'), 'maxFileBytes: 100000\narticles: [unclosed');
  const run = crosscheck(['check', '.'], cwd);
  assertNoCrash(run, 'broken yaml');
  assert.match(run.stderr, /^crosscheck\.yaml:2:\d+ error config-error /m, run.stderr);
  assert.equal(run.status, 1, 'a config error is an error');
  assert.match(run.stdout, /^2 files, .*1 config problem/m, run.stdout);

  fs.writeFileSync(path.join(cwd, 'crosscheck.yaml'), '# settings\narticles: ["*.txt"]\nmaxFileBytes: big\ncolour: blue\n');
  const typed = crosscheck(['check', '.', '--format', 'json'], cwd);
  assertNoCrash(typed, 'wrong types');
  assert.match(typed.stderr, /^crosscheck\.yaml:3:15 error config-error .*maxFileBytes/m, typed.stderr);
  // An unknown key is ignored, not lost: a warning (issue 14).
  assert.match(typed.stderr, /^crosscheck\.yaml:4:1 warning config-error .*colour/m, typed.stderr);
  const json = JSON.parse(typed.stdout);
  const configErrors = json.findings.filter((f: { code: string }) => f.code === 'config-error');
  assert.deepEqual(configErrors.map((f: { file: string; line: number }) => `${f.file}:${f.line}`), ['crosscheck.yaml:3', 'crosscheck.yaml:4']);
  assert.equal(json.files, 2);
});

test('usage errors exit 2 with a message and the usage; --help exits 0', () => {
  const cwd = scratchDir('usage');
  const cases: [string[], RegExp][] = [
    [['check', '--bogus'], /unknown option '--bogus'/],
    [['check', 'no-such-folder'], /no-such-folder' not found/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [[], /no command/],
    [['export', '.', '--format', 'text'], /JSON only/],
    [['check', '.', '--format', 'xml'], /unknown format 'xml'/],
    [['check', '.', '--format'], /--format' needs a value/],
    [['check', 'no-such-a', 'no-such-b'], /'no-such-a' not found/],
    [['check', '.', '--output'], /--output' needs a value/],
    [['check', '.', '--into', 'x'], /--into' is an option of import/],
    [['import'], /import needs at least one saved web page/],
    [['import', 'a.html', '--format', 'json'], /--format' is not an option of import/],
    [['check', '.', '--jobs', '0'], /--jobs' needs a whole number/],
    [['check', '.', '--jobs=two'], /--jobs' needs a whole number/],
    [['import', 'a.html', '--jobs', '2'], /--jobs' is not an option of import/],
  ];
  for (const [args, message] of cases) {
    const run = crosscheck(args, cwd);
    assert.equal(run.status, 2, `${args.join(' ')}: ${run.status} ${run.stderr}`);
    assert.match(run.stderr, message, args.join(' '));
    assert.match(run.stderr, /Usage: crosscheck/);
    assert.doesNotMatch(run.stderr, /^ {4}at /m);
    assert.equal(run.stdout, '');
  }
  for (const args of [['--help'], ['-h'], ['check', '--help'], ['help']]) {
    const run = crosscheck(args, cwd);
    assert.equal(run.status, 0, args.join(' '));
    assert.match(run.stdout, /Usage: crosscheck/);
    assert.match(run.stdout, /check \[folder \| file…\]/);
    assert.match(run.stdout, /import page\.html…/);
    assert.match(run.stdout, /export/);
  }
});

test('a folder among files is a usage error: one folder, or files', () => {
  const cwd = scratchDir('file');
  fs.writeFileSync(path.join(cwd, 'a.txt'), 'text');
  fs.mkdirSync(path.join(cwd, 'more'));
  const run = crosscheck(['check', 'a.txt', 'more'], cwd);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /'more' is a folder: give one folder, or article files/);
});

test('an empty folder: no files, no findings, exit 0', () => {
  const cwd = scratchDir('empty');
  const run = crosscheck(['check', '.'], cwd);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '0 files, no findings\n');
});

// --- on the seeds: these need the analysis (entities, claims, checks) ----------------------------

test('check on the seeds exits 1 with a quantity-conflict in 002 related to 001, 003 and 004', () => {
  const text = crosscheck(['check', 'seeds'], ROOT);
  assertNoCrash(text, 'check seeds');
  assertTextFormat(text.stdout);
  assert.equal(text.status, 1, text.stdout);

  const run = crosscheck(['check', 'seeds', '--format', 'json'], ROOT);
  assertNoCrash(run, 'check seeds --format json');
  assert.equal(run.status, 1);
  const { findings } = JSON.parse(run.stdout) as { findings: { code: string; file: string; related: { file: string }[] }[] };
  const base = (file: string) => path.posix.basename(file);
  const conflict = findings.find(
    (f) =>
      f.code === 'quantity-conflict' &&
      base(f.file).startsWith('002_') &&
      ['001_', '003_', '004_'].every((prefix) => f.related.some((r) => base(r.file).startsWith(prefix))),
  );
  assert.ok(conflict, `no quantity-conflict in 002 related to 001, 003 and 004:\n${JSON.stringify(findings.filter((f) => f.code === 'quantity-conflict'), null, 2)}`);
});

test('export of the seeds: "nearly 90 minutes" in 004 is a duration in minutes up to 90', () => {
  const run = crosscheck(['export', 'seeds', '--format', 'json'], ROOT);
  assert.equal(run.status, 0, run.stderr);
  const json = JSON.parse(run.stdout) as { documents: { file: string; quantities: { text: string; kind: string; unit: string; low: number | null; high: number | null }[] }[] };
  const doc = json.documents.find((d) => path.posix.basename(d.file).startsWith('004_'));
  assert.ok(doc, 'document 004');
  const quantity = doc.quantities.find((q) => q.text === 'nearly 90 minutes');
  assert.ok(quantity, `no quantity "nearly 90 minutes" in 004: ${JSON.stringify(doc.quantities)}`);
  assert.equal(quantity.kind, 'duration');
  assert.equal(quantity.unit, 'minute');
  assert.equal(quantity.high, 90);
  assert.ok(quantity.low !== null && quantity.low < 90 && quantity.low >= 70, `low ${quantity.low}`);
});
