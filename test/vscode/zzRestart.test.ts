// The language server process killed under a running VS Code: the client starts it again and it answers.
// (Last of the extension tests, so that the others run against the first server.) The message shown once is
// tested with the client's restart policy in test/unit/clientRestart.test.ts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';

/** The language servers this extension host started: its child processes running server.js. */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ');
      if (/server\.js/.test(command)) pids.push(Number(entry));
    } catch {
      // The process ended while it was listed.
    }
  }
  return pids;
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('Crosscheck when its language server dies', function () {
  it('a killed server is started again by the client and answers hovers', async function () {
    if (process.platform !== 'linux') this.skip();
    const files = await vscode.workspace.findFiles('000_*.txt');
    assert.ok(files.length === 1, 'seed 000 is in the workspace');
    const document = await vscode.workspace.openTextDocument(files[0]);
    await vscode.window.showTextDocument(document);
    const at = document.positionAt(document.getText().indexOf('Zelenskiy') + 2);
    const hoverText = async () => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at)) ?? [];
      const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
      return /Volodymyr Zelensky/.test(text) ? text : undefined;
    };
    await waitFor('a hover from the first server', hoverText);
    const [first] = await waitFor('the server process', () => (serverPids().length === 1 ? serverPids() : undefined));
    process.kill(first, 'SIGKILL');
    const [second] = await waitFor('a new server process', () => {
      const pids = serverPids();
      return pids.length === 1 && pids[0] !== first ? pids : undefined;
    });
    assert.notEqual(second, first);
    await waitFor('a hover from the restarted server', hoverText);
  });
});
