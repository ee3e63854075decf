// Workspace faults, in the CLI and the server: unreadable files, files that vanish between the listing and the
// read, symbolic-link loops, links to nothing and links out of the folder, a pipe named like an article, files
// created, deleted and renamed while the folder is being indexed, a file changed on disk while it is open with
// unsaved edits, and 50,000 files of which few are articles. Each bad file is reported once, clearly; the rest
// of the folder is checked as if it were not there. Faults a root user cannot cause with permissions are
// injected by a preload (test/helpers/fsFaults.ts).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { FileChangeType, type Diagnostic, type FileEvent } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO_ROOT, TIMEOUT, Workspace } from '../helpers/lspClient';
import { scratchDir } from '../helpers/scratch';

const FS_FAULTS = path.join(REPO_ROOT, 'test', 'out', 'helpers', 'fsFaults.js');
const CLI = path.join(REPO_ROOT, 'server', 'out', 'cli.js');
const STORY = 'The city council met on Monday to discuss parking downtown.\n\nThe meeting lasted two hours, the clerk said.\n';

interface CheckJson {
  files: number;
  skipped: Array<{ file: string; reason: string }>;
  findings: Array<{ code: string; file: string; line: number; column: number; message: string }>;
}

function checkJson(folder: string, faults: object = {}): { status: number | null; json: CheckJson; stderr: string } {
  const run = spawnSync(process.execPath, ['--require', FS_FAULTS, CLI, 'check', '.', '--format', 'json'], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, CROSSCHECK_FS_FAULTS: JSON.stringify(faults) },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 240_000,
  });
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  return { status: run.status, json: JSON.parse(run.stdout) as CheckJson, stderr: run.stderr };
}

const seedFindings = (json: CheckJson) =>
  json.findings
    .filter((f) => /^00\d_/.test(f.file))
    .map((f) => `${f.file}:${f.line}:${f.column} ${f.code} ${f.message}`)
    .sort();

/** The seeds and, beside them, every kind of file that cannot be read as an article. */
function hostileFolder(): { workspace: Workspace; faults: object; bad: Record<string, RegExp> } {
  const workspace = new Workspace({ 'unreadable.txt': STORY, 'vanishing.txt': STORY, 'notes/story.text': STORY });
  const at = (name: string) => path.join(workspace.dir, name);
  fs.symlinkSync('loop-b.txt', at('loop-a.txt'));
  fs.symlinkSync('loop-a.txt', at('loop-b.txt'));
  fs.symlinkSync('missing.txt', at('dangling.txt'));
  const outside = path.join(scratchDir('outside'), 'secret.txt');
  fs.writeFileSync(outside, 'A private note outside the folder.\n');
  fs.symlinkSync(outside, at('outside.txt'));
  fs.symlinkSync('.', at('folder-loop'));
  fs.symlinkSync('notes/story.text', at('linked.txt'));
  spawnSync('mkfifo', [at('pipe.txt')]);
  return {
    workspace,
    faults: { unreadable: [at('unreadable.txt')], vanish: [at('vanishing.txt')] },
    bad: {
      'unreadable.txt': /permission to read the file is denied/,
      'loop-a.txt': /loops back on itself/,
      'loop-b.txt': /loops back on itself/,
      'dangling.txt': /symbolic link to nothing/,
      'outside.txt': /outside the folder/,
    },
  };
}

describe('workspace faults', { timeout: 600_000 }, () => {
  it('the CLI on a hostile folder: each bad file skipped once with its reason, the seeds\' findings intact', { timeout: 120_000 }, () => {
    const clean = new Workspace();
    const { workspace, faults, bad } = hostileFolder();
    try {
      const expected = checkJson(clean.dir);
      const run = checkJson(workspace.dir, faults);
      assert.equal(run.status, 1);
      assert.deepEqual(run.json.skipped.map((s) => s.file).sort(), Object.keys(bad).sort(), JSON.stringify(run.json.skipped));
      for (const skipped of run.json.skipped) assert.match(skipped.reason, bad[skipped.file], skipped.file);
      assert.equal(run.json.files, 6, 'the five seeds and the linked story');
      assert.deepEqual(seedFindings(run.json), seedFindings(expected.json));
      assert.ok(!fs.existsSync(path.join(workspace.dir, 'vanishing.txt')), 'the preload removed it between listing and reading');
    } finally {
      clean.cleanup();
      workspace.cleanup();
    }
  });

  it('the server on a hostile folder: one log line and one diagnostic per bad file, the seeds\' diagnostics as in a clean folder', { timeout: 120_000 }, async () => {
    const clean = new Workspace();
    const { workspace, faults, bad } = hostileFolder();
    const reference = await LspClient.start(clean.dir);
    const client = await LspClient.start(workspace.dir, { launch: { nodeArgs: ['--require', FS_FAULTS], env: { ...process.env, CROSSCHECK_FS_FAULTS: JSON.stringify(faults) } } }).catch(async (error) => {
      await reference.stop();
      throw error;
    });
    try {
      await settle(reference);
      await settle(client);
      for (const [name, reason] of Object.entries(bad)) {
        const uri = pathToFileURL(path.join(workspace.dir, name)).href;
        const diagnostics = client.diagnosticsOf(uri);
        assert.equal(diagnostics.length, 1, `${name}: ${JSON.stringify(diagnostics)}`);
        assert.equal(diagnostics[0].code, 'bad-input');
        assert.match(diagnostics[0].message, reason);
        assert.equal(client.logs.filter((l) => l.message.includes(` ${name} `)).length, 1, `${name} logged once: ${JSON.stringify(client.logs)}`);
      }
      const documents = (await client.documents()).map((d) => d.name).sort();
      assert.deepEqual(documents.filter((n) => !/^00\d_/.test(n)), ['linked.txt']);
      assert.deepEqual(seedDiagnostics(client, workspace.dir), seedDiagnostics(reference, clean.dir));
      assert.equal(client.exitCode, undefined);
    } finally {
      assert.equal(await client.stop(), 0, client.stderr);
      await reference.stop();
      clean.cleanup();
      workspace.cleanup();
    }
  });

  it('files created, deleted and renamed while the folder is being indexed: the end state is a fresh server\'s', { timeout: 180_000 }, async () => {
    const workspace = new Workspace();
    const seeds = fs.readdirSync(workspace.dir).filter((n) => n.endsWith('.txt')).sort();
    // Sixty more articles in folders: the seeds with their numbers changed, so that indexing takes a while.
    for (let i = 0; i < 12; i++) {
      for (const seed of seeds) {
        const text = fs.readFileSync(path.join(workspace.dir, seed), 'utf8').replace(/\b(\d+)\b/g, (n) => String(Number(n) + i));
        workspace.write(`batch-${String(i).padStart(2, '0')}/${seed}`, text);
      }
    }
    const at = (name: string) => path.join(workspace.dir, name);
    const early = (i: number) => `batch-00/${seeds[i]}`;
    const late = (i: number) => `batch-11/${seeds[i]}`;
    const during = {
      afterReads: 20,
      remove: [at(early(0)), at(late(0)), at(late(1))],
      rename: [
        [at(early(1)), at('renamed/early.txt')],
        [at(late(2)), at('renamed/late.txt')],
      ],
      create: { [at('created/one.txt')]: STORY, [at('created/two.txt')]: fs.readFileSync(at(seeds[2]), 'utf8') },
    };
    fs.mkdirSync(at('renamed'));
    const client = await LspClient.start(workspace.dir, {
      launch: { nodeArgs: ['--require', FS_FAULTS], env: { ...process.env, CROSSCHECK_FS_FAULTS: JSON.stringify({ during }) } },
    });
    try {
      // What the editor's file watcher reports once the changes happened.
      const events: FileEvent[] = [
        ...during.remove.map((file) => ({ uri: pathToFileURL(file).href, type: FileChangeType.Deleted as FileChangeType })),
        ...during.rename.flatMap(([from, to]) => [
          { uri: pathToFileURL(from).href, type: FileChangeType.Deleted as FileChangeType },
          { uri: pathToFileURL(to).href, type: FileChangeType.Created as FileChangeType },
        ]),
        ...Object.keys(during.create).map((file) => ({ uri: pathToFileURL(file).href, type: FileChangeType.Created as FileChangeType })),
      ];
      await client.filesChanged(events);
      await settle(client);
      const onDisk = listTxt(workspace.dir);
      assert.equal(onDisk.length, 5 + 60 - 3 + 2);
      assert.deepEqual((await client.documents()).map((d) => d.name).sort(), onDisk);
      const fresh = await LspClient.start(workspace.dir);
      try {
        await settle(fresh);
        assert.deepEqual(allDiagnostics(client, workspace.dir), allDiagnostics(fresh, workspace.dir));
      } finally {
        await fresh.stop();
      }
    } finally {
      assert.equal(await client.stop(), 0, client.stderr);
      workspace.cleanup();
    }
  });

  it('a file changed on disk while it is open with unsaved edits: the editor\'s text wins until it is closed', { timeout: 60_000 }, async () => {
    const workspace = new Workspace();
    const client = await LspClient.start(workspace.dir);
    try {
      const s002 = workspace.file('002');
      const conflict = () => client.diagnosticsOf(s002.uri).some((d) => d.code === 'quantity-conflict');
      await client.waitForDiagnostics(conflict);
      await client.open(s002.uri, s002.text);
      await client.change(s002.uri, s002.text.replace('hour-long', '90-minute'), 2);
      await client.waitForDiagnostics(() => !conflict());
      // Another program rewrites the file: the conflict is in its text, but the editor's unsaved text is what the user sees.
      fs.writeFileSync(s002.path, `${s002.text}\n\nAn editor's note added on disk.\n`);
      await client.afterNextPass(() => client.filesChanged([{ uri: s002.uri, type: FileChangeType.Changed }]));
      await settle(client);
      assert.ok(!conflict(), 'the disk text replaced the open document');
      await client.close(s002.uri);
      await client.waitForDiagnostics(conflict);
      assert.ok(client.diagnosticsOf(s002.uri).length > 0);
    } finally {
      assert.equal(await client.stop(), 0, client.stderr);
      workspace.cleanup();
    }
  });

  it('50,000 files of which few are articles: only the configured pattern is read, an oversized article only measured', { timeout: 300_000 }, () => {
    const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-50k-')));
    try {
      fs.writeFileSync(path.join(base, 'crosscheck.yaml'), 'articles: ["news/**/*.txt"]\n');
      fs.mkdirSync(path.join(base, 'news'));
      const seedDir = path.join(REPO_ROOT, 'seeds');
      for (const seed of fs.readdirSync(seedDir).filter((n) => n.endsWith('.txt'))) fs.copyFileSync(path.join(seedDir, seed), path.join(base, 'news', seed));
      fs.writeFileSync(path.join(base, 'news', 'huge.txt'), 'word '.repeat(300_000));
      for (let d = 0; d < 250; d++) {
        const dir = path.join(base, 'archive', `d${d}`);
        fs.mkdirSync(dir, { recursive: true });
        for (let f = 0; f < 200; f++) fs.writeFileSync(path.join(dir, `f${f}.${f % 2 ? 'txt' : 'json'}`), 'x');
      }
      const run = spawnSync(process.execPath, ['--require', FS_FAULTS, CLI, 'check', '.', '--format', 'json'], {
        cwd: base,
        encoding: 'utf8',
        env: { ...process.env, CROSSCHECK_FS_FAULTS: JSON.stringify({ trace: true }) },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 240_000,
      });
      assert.equal(run.status, 1, run.stderr.slice(0, 2000));
      const json = JSON.parse(run.stdout) as CheckJson;
      assert.equal(json.files, 5);
      assert.deepEqual(json.skipped.map((s) => s.file), ['news/huge.txt']);
      assert.match(json.skipped[0].reason, /over the size limit/);
      const reads = [...run.stderr.matchAll(/^CROSSCHECK-FS-READ (.*)$/gm)].map((m) => m[1]).filter((file) => file.startsWith(base));
      const read = new Set(reads.map((file) => path.relative(base, file)));
      assert.ok(![...read].some((file) => file.startsWith('archive')), 'no file outside the pattern was read');
      assert.ok(!read.has(path.join('news', 'huge.txt')), 'the oversized article was measured, not read');
      assert.equal([...read].filter((file) => file.startsWith('news')).length, 5);
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
});

function listTxt(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((n) => n.endsWith('.txt')).map((n) => n.split(path.sep).join('/')).sort();
}

async function settle(client: LspClient): Promise<void> {
  await client.waitForStatus(() => true, TIMEOUT);
  for (let seen = -1; seen !== client.statuses.length; ) {
    seen = client.statuses.length;
    await new Promise((resolve) => setTimeout(resolve, 700));
  }
}

function diagnosticsByName(client: LspClient, dir: string, keep: (name: string) => boolean): Record<string, string[]> {
  const prefix = `${pathToFileURL(dir).href}/`;
  const out: Record<string, string[]> = {};
  for (const [uri, list] of client.diagnostics) {
    const name = uri.slice(prefix.length);
    if (!uri.startsWith(prefix) || !keep(name) || list.length === 0) continue;
    out[name] = list.map((d: Diagnostic) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`).sort();
  }
  return Object.fromEntries(Object.entries(out).sort());
}

const seedDiagnostics = (client: LspClient, dir: string) => diagnosticsByName(client, dir, (name) => /^00\d_/.test(name));
const allDiagnostics = (client: LspClient, dir: string) => diagnosticsByName(client, dir, () => true);
