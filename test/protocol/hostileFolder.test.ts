// Everything at once, as a scraper's folder might hold it: the seeds beside binary and mis-encoded files, a 17 MB
// single line, 100,000 quote marks, hostile texts under the size limit, odd file names, looping links, a pipe,
// deep folders, and a crosscheck.yaml that is broken, oversized in aliases and full of backtracking globs. The CLI
// exits 0 or 1 in bounded time with the seeds' findings as they are alone, and the server publishes them.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { adversarialText, type AdversarialKind } from '../helpers/adversarial';
import { LspClient, REPO_ROOT, TIMEOUT, Workspace } from '../helpers/lspClient';

const CLI = path.join(REPO_ROOT, 'server', 'out', 'cli.js');
const KINDS: AdversarialKind[] = ['quote marks', 'brackets', 'dashes', 'line breaks', 'one long word', 'sentence stops', 'numbers with commas', 'open brackets'];

function hostileConfig(): string {
  const laughs = ['l0: &l0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
  for (let i = 1; i <= 9; i++) laughs.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
  return [
    '# a scraper wrote this',
    `articles: ["${'**/'.repeat(30)}*.txt", "${'*a'.repeat(30)}*b", "**/*.md"]`,
    'exclude: ["**/node_modules/**", "[unclosed"',
    ...laughs,
    'aliases: *l9',
    'severity:',
    '  quantity-conflit: off',
    '  name-spelling: {',
    'maxFileBytes: 1000000',
    `colour: ${'"'.repeat(5000)}`,
  ].join('\n');
}

function hostileFolder(): Workspace {
  const workspace = new Workspace({
    'crosscheck.yaml': hostileConfig(),
    'binary.txt': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    'latin1.txt': Buffer.from('Caf\u00e9 r\u00e9sum\u00e9, said the pr\u00e9sident.\n', 'latin1'),
    'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv \uD800 broken\n', 'utf16le')]),
    'empty.txt': '',
    'blank.md': ' \n\t\n',
    'quotes.txt': '"'.repeat(100_000),
    '100%.txt': 'A 100% sure headline\n',
    'new\nline.txt': 'A file name with a line break.\n',
    [`${'deep/'.repeat(40)}article.txt`]: 'Deep down, nothing.\n',
  });
  fs.writeFileSync(path.join(workspace.dir, 'huge.txt'), `${'word '.repeat(3_400_000)}\n`);
  KINDS.forEach((kind, i) => fs.writeFileSync(path.join(workspace.dir, `hostile-${i}.txt`), adversarialText(kind, 300_000, REPO_ROOT)));
  fs.symlinkSync('loop-b.txt', path.join(workspace.dir, 'loop-a.txt'));
  fs.symlinkSync('loop-a.txt', path.join(workspace.dir, 'loop-b.txt'));
  fs.symlinkSync('.', path.join(workspace.dir, 'again'));
  spawnSync('mkfifo', [path.join(workspace.dir, 'pipe.txt')]);
  return workspace;
}

function seedFindings(folder: string): { status: number | null; findings: string[]; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, 'check', '.', '--format', 'json'], { cwd: folder, encoding: 'utf8', timeout: 300_000, maxBuffer: 256 * 1024 * 1024 });
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status} (signal ${run.signal}): ${run.stderr.slice(0, 3000)}`);
  const json = JSON.parse(run.stdout) as { findings: Array<{ file: string; line: number; column: number; code: string; message: string }> };
  const findings = json.findings.filter((f) => /^00\d_/.test(f.file)).map((f) => `${f.file}:${f.line}:${f.column} ${f.code} ${f.message}`).sort();
  return { status: run.status, findings, stderr: run.stderr };
}

describe('a hostile folder', { timeout: 600_000 }, () => {
  it('the CLI exits 0 or 1 with the seeds\' findings as they are alone', { timeout: 320_000 }, () => {
    const clean = new Workspace();
    const hostile = hostileFolder();
    try {
      const expected = seedFindings(clean.dir);
      const run = seedFindings(hostile.dir);
      assert.equal(run.status, 1);
      assert.deepEqual(run.findings, expected.findings);
      assert.ok(expected.findings.length > 0);
      assert.match(run.stderr, /huge\.txt.*over the size limit/);
      assert.match(run.stderr, /binary\.txt/);
      assert.match(run.stderr, /loop-a\.txt.*loops back/);
    } finally {
      clean.cleanup();
      hostile.cleanup();
    }
  });

  it('the server publishes the seeds\' diagnostics as in a clean folder, and answers', { timeout: 320_000 }, async () => {
    const clean = new Workspace();
    const hostile = hostileFolder();
    const reference = await LspClient.start(clean.dir);
    const client = await LspClient.start(hostile.dir).catch(async (error) => {
      await reference.stop();
      throw error;
    });
    try {
      const s002 = hostile.file('002');
      await client.waitForDiagnostics(() => client.diagnosticsOf(s002.uri).some((d) => d.code === 'quantity-conflict'), TIMEOUT * 6);
      const seedDiagnostics = (c: LspClient, dir: string) => {
        const prefix = `${pathToFileURL(dir).href}/`;
        return [...c.diagnostics]
          .filter(([uri]) => uri.startsWith(prefix) && /^00\d_/.test(uri.slice(prefix.length)))
          .map(([uri, list]) => `${uri.slice(prefix.length)} ${list.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`).sort().join(' | ')}`)
          .sort();
      };
      await reference.waitForDiagnostics(() => reference.diagnosticsOf(clean.file('002').uri).length > 0);
      assert.deepEqual(seedDiagnostics(client, hostile.dir), seedDiagnostics(reference, clean.dir));
      assert.ok(client.diagnosticsOf(pathToFileURL(path.join(hostile.dir, 'crosscheck.yaml')).href).length > 0, 'the config is flagged');
      assert.ok((await client.hover(s002.uri, { line: 0, character: 1 })) !== undefined);
      assert.equal(client.exitCode, undefined);
    } finally {
      assert.equal(await client.stop(), 0, client.stderr);
      await reference.stop();
      clean.cleanup();
      hostile.cleanup();
    }
  });
});
