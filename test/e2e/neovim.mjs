// Runs test/e2e/neovim.lua in headless Neovim (Debian's 0.7.2 or newer) on a copy of the seeds.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { log, ROOT, spawnGroup, stopGroup } from '../../scripts/e2e/lib.mjs';

const TIMEOUT_MS = 120_000;

/** Resolves to nvim's exit status: 0 when every check passed. */
export async function runNeovimTest(workspace) {
  if (spawnSync('nvim', ['--version']).status !== 0) throw new Error('nvim is missing: apt-get install neovim');
  const first = readdirSync(workspace).filter((name) => name.startsWith('000_'))[0];
  const nvim = spawnGroup('nvim', ['--headless', '--clean', '-c', `luafile ${join(ROOT, 'test', 'e2e', 'neovim.lua')}`, join(workspace, first)], {
    cwd: workspace,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CROSSCHECK_SERVER: join(ROOT, 'server', 'out', 'server.js'), CROSSCHECK_WORKSPACE: workspace },
  });
  const output = [];
  nvim.stdout.on('data', (chunk) => output.push(chunk.toString()));
  nvim.stderr.on('data', (chunk) => output.push(chunk.toString()));
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
  const outcome = await Promise.race([nvim.exited, timedOut]);
  clearTimeout(timer);
  await stopGroup(nvim); // also ends a language server nvim left behind
  for (const line of output.join('').split('\n').filter((l) => l.trim())) console.log(`  ${line}`);
  if (outcome === 'timeout') {
    log(`neovim: no exit within ${TIMEOUT_MS / 1000} s`);
    return 1;
  }
  log(`neovim: exit status ${outcome.code}`);
  return outcome.code ?? 1;
}
