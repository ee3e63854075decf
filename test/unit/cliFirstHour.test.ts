// What a new user meets in their first hour with the CLI: `check` with no folder checks the current one; listed
// files are checked; a folder with fewer than two articles says why nothing is compared; a repository's README and
// LICENSE are not articles; each finding shows the fingerprint that dismisses it, and reviewed ones can be shown.
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

function crosscheck(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return result;
}

/** A temporary folder with the given seeds (by index) and extra files. */
function folder(seeds: number[], extra: Record<string, string> = {}): string {
  const dir = scratchDir('first');
  for (const i of seeds) fs.copyFileSync(path.join(SEEDS, SEED_NAMES[i]), path.join(dir, SEED_NAMES[i]));
  for (const [name, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const summaryOf = (stdout: string) => stdout.trim().split('\n').pop() ?? '';

test('check with no folder checks the current folder', () => {
  const dir = folder([0, 1, 2, 3, 4]);
  const run = crosscheck(['check'], dir);
  assert.equal(run.status, 1, run.stderr);
  assert.match(summaryOf(run.stdout), /^5 files, \d+ findings/);
  assert.match(run.stdout, /^002_423974e0db593c02\.txt:\d+:\d+ warning quantity-conflict /m);
});

test('check FILE… checks the files listed, with the config of their folder', () => {
  const dir = folder([0, 1, 2, 3, 4], { 'crosscheck.yaml': `sources:\n  ${SEED_NAMES[2]}: Kyiv Independent\n` });
  const run = crosscheck(['check', SEED_NAMES[1], SEED_NAMES[2]], dir);
  assert.equal(run.status, 1, run.stderr);
  assert.match(summaryOf(run.stdout), /^2 files, /);
  // Only 001 and 002 were read: their conflict names 002 by the outlet the folder's config gives it.
  const conflict = run.stdout.split('\n').find((line) => / quantity-conflict /.test(line));
  assert.ok(conflict, run.stdout);
  assert.match(conflict, /Kyiv Independent/);
  assert.doesNotMatch(run.stdout, /00[034]_/);
  // A file from another folder is read too: named files are articles whatever the patterns say.
  const other = folder([], { 'notes/story.md': fs.readFileSync(path.join(SEEDS, SEED_NAMES[4]), 'utf8') });
  const mixed = crosscheck(['check', path.join(dir, SEED_NAMES[2]), path.join(other, 'notes', 'story.md')], dir);
  assert.match(summaryOf(mixed.stdout), /^2 files, /, mixed.stderr);
  assert.match(mixed.stdout, / quantity-conflict /);
});

test('a folder with one article, or none, says why nothing can be compared', () => {
  const one = crosscheck(['check'], folder([2]));
  assert.equal(one.status, 0, one.stderr);
  assert.equal(one.stdout, '1 file, no findings\n');
  assert.match(one.stderr, /only one article was read \(002_423974e0db593c02\.txt\), so there is nothing to compare it with/);
  const none = crosscheck(['check'], folder([], { 'photo.jpg': 'not an article' }));
  assert.equal(none.status, 0, none.stderr);
  assert.equal(none.stdout, '0 files, no findings\n');
  assert.match(none.stderr, /no articles in the current folder, so there is nothing to compare\. Articles are the files matching \*\*\/\*\.txt, \*\*\/\*\.md/);
  const two = crosscheck(['check'], folder([0, 2]));
  assert.doesNotMatch(two.stderr, /nothing to compare/);
});

test('at a repository root, README, LICENSE, CHANGELOG, docs/ and hidden folders are not read as articles unless articles: names them', () => {
  const readme = '# My news project\n\nThis folder holds the coverage of the Trump–Putin call. It lasted 20 minutes, says nobody.\n';
  const dir = folder([0, 1], {
    'README.md': readme,
    'LICENSE.txt': 'MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n',
    'CHANGELOG.md': '## 1.0\n\nFirst release.\n',
    'docs/setup.md': 'Run npm ci, then crosscheck check.\n',
    'news/readme.txt': 'Notes about the folder.\n',
    'client/README-snippet.md': 'How to install the client.\n',
    '.cache/page.txt': 'A tool keeps its state in a hidden folder.\n',
    '.git/HEAD': 'ref: refs/heads/main\n',
  });
  const run = crosscheck(['check', '--format', 'json'], dir);
  const json = JSON.parse(run.stdout) as { files: number };
  assert.equal(json.files, 2, run.stdout);
  const exported = JSON.parse(crosscheck(['export'], dir).stdout) as { documents: Array<{ file: string }> };
  assert.deepEqual(exported.documents.map((d) => d.file).sort(), [SEED_NAMES[0], SEED_NAMES[1]]);
  // The configuration says so: an articles pattern that names the file.
  fs.writeFileSync(path.join(dir, 'crosscheck.yaml'), 'articles: ["*.txt", "README.md"]\n');
  const named = JSON.parse(crosscheck(['export'], dir).stdout) as { documents: Array<{ file: string }> };
  assert.deepEqual(named.documents.map((d) => d.file).sort(), ['README.md', SEED_NAMES[0], SEED_NAMES[1]].sort());
});

test('text output shows each finding’s fingerprint; reviewed findings are hidden, and marked with --include-reviewed', () => {
  const dir = folder([0, 1, 2, 3, 4]);
  const first = crosscheck(['check'], dir);
  const lines = first.stdout.split('\n');
  const conflictAt = lines.findIndex((line) => / quantity-conflict /.test(line));
  const fingerprintLine = lines.slice(conflictAt + 1).find((line) => line.startsWith('    fingerprint '));
  assert.ok(fingerprintLine, first.stdout);
  const fingerprint = fingerprintLine.trim().split(' ')[1];
  assert.match(fingerprint, /^quantity-conflict:[0-9a-f]{8}$/);
  const total = Number(/(\d+) findings/.exec(summaryOf(first.stdout))![1]);

  fs.writeFileSync(path.join(dir, 'crosscheck.yaml'), `reviewed:\n  - ${fingerprint}\n`);
  const hidden = crosscheck(['check'], dir);
  assert.doesNotMatch(hidden.stdout, new RegExp(fingerprint));
  assert.match(summaryOf(hidden.stdout), new RegExp(`^5 files, ${total - 1} findings .*; 1 reviewed finding not shown \\(--include-reviewed shows them\\)$`));

  const shown = crosscheck(['check', '--include-reviewed'], dir);
  const marked = shown.stdout.split('\n').filter((line) => line.includes('[reviewed]'));
  assert.equal(marked.length, 1, shown.stdout);
  assert.match(marked[0], /^002_423974e0db593c02\.txt:\d+:\d+ warning quantity-conflict \[reviewed\] Sources disagree/);
  assert.match(summaryOf(shown.stdout), new RegExp(`^5 files, ${total} findings .*; 1 marked reviewed$`));
});
