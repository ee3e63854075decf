// Privacy and safety, proven: the CLI and the language server open no socket but the LSP channel (a preload
// that refuses and reports every network call, and, where the machine allows it, a network namespace with no
// interfaces), and write no file (the folder, HOME and TMPDIR are compared byte for byte before and after).
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { covers, LspClient, positionOf, rangeOf, REPO_ROOT, TIMEOUT, Workspace, type Launch } from '../helpers/lspClient';
import { MARKER } from '../helpers/guardMarker';

const GUARD = path.join(REPO_ROOT, 'test', 'out', 'helpers', 'noNetwork.js');
const CLI = path.join(REPO_ROOT, 'server', 'out', 'cli.js');
const CAN_UNSHARE = process.platform === 'linux' && spawnSync('unshare', ['-n', 'true']).status === 0;

/** Every file and folder under `dir`: its kind, size, modification time and content hash. */
function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      const rel = path.relative(dir, full);
      const stat = fs.lstatSync(full);
      if (entry.isDirectory()) {
        out[rel] = `dir ${stat.mtimeMs}`;
        walk(full);
      } else if (entry.isSymbolicLink()) out[rel] = `link ${fs.readlinkSync(full)}`;
      else out[rel] = `file ${stat.size} ${stat.mtimeMs} ${createHash('sha256').update(fs.readFileSync(full)).digest('hex')}`;
    }
  };
  walk(dir);
  return out;
}

/** A folder of articles as a user has it: the seeds, a config with reviewed findings, and files that are not articles. */
function userFolder(): Workspace {
  return new Workspace({
    'crosscheck.yaml': 'articles: ["**/*.txt"]\nreviewed:\n  - quote-wording:00000000\n',
    'notes/binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    'notes/latin1.txt': Buffer.from('Caf\u00e9 talk, said the pr\u00e9sident.\n', 'latin1'),
    'notes/readme.md': '# Notes\n\nNothing here.\n',
  });
}

/** HOME, TMPDIR and the XDG folders of a child process: empty folders that must stay empty. */
function emptyHome(): { env: NodeJS.ProcessEnv; dirs: string[]; cleanup: () => void } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-privacy-'));
  const dirs = ['home', 'tmp', 'config', 'cache', 'data'].map((name) => {
    const dir = path.join(base, name);
    fs.mkdirSync(dir);
    return dir;
  });
  const [home, tmp, config, cache, data] = dirs;
  const env = { ...process.env, HOME: home, TMPDIR: tmp, TMP: tmp, TEMP: tmp, XDG_CONFIG_HOME: config, XDG_CACHE_HOME: cache, XDG_DATA_HOME: data };
  return { env, dirs, cleanup: () => fs.rmSync(base, { recursive: true, force: true }) };
}

function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv, prefix: string[] = []) {
  const command = [...prefix, process.execPath, '--require', GUARD, CLI, ...args];
  return spawnSync(command[0], command.slice(1), { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
}

describe('privacy and safety', { timeout: 300_000 }, () => {
  it('the guard refuses and reports every way to the network or to another program', () => {
    const attempts = [
      "require('net').connect(80, 'example.com')",
      "require('dns').lookup('example.com', () => {})",
      "require('dns').promises.lookup('example.com').catch(() => {})",
      "require('http').get('http://example.com/')",
      "require('https').get('https://example.com/')",
      "fetch('https://example.com/').catch(() => {})",
      "require('tls').connect(443, 'example.com')",
      "require('dgram').createSocket('udp4')",
      "require('net').createServer().listen(0)",
      "require('child_process').spawn('curl', ['https://example.com/'])",
    ];
    for (const attempt of attempts) {
      const run = spawnSync(process.execPath, ['--require', GUARD, '-e', `try { ${attempt} } catch {}`], { encoding: 'utf8', timeout: 20_000 });
      assert.match(run.stderr, new RegExp(MARKER), `not reported: ${attempt}\n${run.stderr}`);
    }
  });

  it('the CLI checks and exports a folder opening no socket and writing no file', () => {
    const folder = userFolder();
    const home = emptyHome();
    try {
      const before = snapshotTree(folder.dir);
      const outputs: string[] = [];
      for (const args of [['check', '.'], ['check', '.', '--format', 'json'], ['export', '.'], ['check', '.', '--include-reviewed']]) {
        const run = runCli(args, folder.dir, home.env);
        assert.doesNotMatch(run.stderr, new RegExp(MARKER), `${args.join(' ')} tried the network:\n${run.stderr}`);
        assert.ok(run.status === 0 || run.status === 1, `${args.join(' ')} exited ${run.status}:\n${run.stderr}`);
        outputs.push(run.stdout);
      }
      assert.match(outputs[0], /quantity-conflict/, 'the seeds\' findings are listed');
      assert.deepEqual(snapshotTree(folder.dir), before, 'a file of the folder was written, created or removed');
      for (const dir of home.dirs) assert.deepEqual(fs.readdirSync(dir), [], `${dir} was written`);
    } finally {
      folder.cleanup();
      home.cleanup();
    }
  });

  describe('a server session', () => {
    let folder: Workspace;
    let home: ReturnType<typeof emptyHome>;
    let client: LspClient;
    let initial: Record<string, string>;

    before(async () => {
      folder = userFolder();
      home = emptyHome();
      initial = snapshotTree(folder.dir);
      const launch: Launch = { nodeArgs: ['--require', GUARD], env: home.env };
      client = await LspClient.start(folder.dir, { launch });
    });

    after(async () => {
      await client?.stop();
      folder?.cleanup();
      home?.cleanup();
    });

    it('answers every kind of request, offers edits, and opens no socket nor writes a file', { timeout: 60_000 }, async () => {
      const s002 = folder.file('002');
      await client.waitForDiagnostics(() => client.diagnosticsOf(s002.uri).some((d) => d.code === 'quantity-conflict'));
      await client.open(s002.uri, s002.text);
      await client.change(s002.uri, `${s002.text}\n\nA new paragraph typed but never saved.`, 2);
      const at = positionOf(s002.text, 'hour-long');
      await client.hover(s002.uri, at);
      await client.definition(s002.uri, at);
      await client.references(s002.uri, at);
      await client.documentSymbols(s002.uri);
      await client.workspaceSymbols('Zelensky');
      await client.semanticTokens(s002.uri);
      await client.codeLenses(s002.uri);
      const conflict = client.diagnosticsOf(s002.uri).find((d) => d.code === 'quantity-conflict' && covers(d.range, rangeOf(s002.text, 'hour-long')));
      assert.ok(conflict, client.summary());
      const actions = (await client.codeActions(s002.uri, conflict.range, [conflict])) ?? [];
      assert.ok(actions.some((a) => /reviewed/i.test(a.title)), 'a "Mark as reviewed" edit is offered');
      await client.close(s002.uri);
      const code = await client.stop();
      assert.equal(code, 0, client.stderr);
      assert.doesNotMatch(client.stderr, new RegExp(MARKER), `the server tried the network:\n${client.stderr}`);
      // Offered edits are the user's to apply: nothing changed on disk, nothing was created elsewhere.
      assert.deepEqual(snapshotTree(folder.dir), initial, 'a file of the folder was written, created or removed');
      for (const dir of home.dirs) assert.deepEqual(fs.readdirSync(dir), [], `${dir} was written`);
    });
  });

  it(`in a network namespace with no interfaces (unshare -n) the CLI and the server work the same${CAN_UNSHARE ? '' : ' (skipped: unshare -n needs root here)'}`, { skip: !CAN_UNSHARE, timeout: 120_000 }, async () => {
    const folder = userFolder();
    const home = emptyHome();
    try {
      const open = runCli(['check', '.', '--format', 'json'], folder.dir, home.env);
      const closed = runCli(['check', '.', '--format', 'json'], folder.dir, home.env, ['unshare', '-n']);
      assert.equal(closed.status, open.status, closed.stderr);
      assert.equal(closed.stdout, open.stdout, 'the check found the same without a network');
      const client = await LspClient.start(folder.dir, { launch: { prefix: ['unshare', '-n'], nodeArgs: ['--require', GUARD], env: home.env } });
      try {
        const s002 = folder.file('002');
        await client.waitForDiagnostics(() => client.diagnosticsOf(s002.uri).some((d) => d.code === 'quantity-conflict'), TIMEOUT);
        assert.ok((await client.hover(s002.uri, positionOf(s002.text, 'Hegseth'))) !== undefined);
      } finally {
        assert.equal(await client.stop(), 0, client.stderr);
      }
    } finally {
      folder.cleanup();
      home.cleanup();
    }
  });
});
