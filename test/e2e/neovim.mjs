// Runs test/e2e/neovim.lua in headless Neovim (Debian's 0.7.2 or newer) on a copy of the seeds with a
// crosscheck.yaml, configured with the init.lua block of docs/neovim.md, so that the documented configuration is
// the tested one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_DIR, log, ROOT, spawnGroup, stopGroup } from '../../scripts/e2e/lib.mjs';

const TIMEOUT_MS = 120_000;
const DOCUMENTED_SERVER_PATH = '/path/to/crosscheck/server/out/server.js';

/** The Neovim block of docs/neovim.md, with its placeholder server path pointing at this checkout's build. */
function documentedConfiguration() {
  const doc = readFileSync(join(ROOT, 'docs', 'neovim.md'), 'utf8');
  const block = /```lua\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block || !block.includes(DOCUMENTED_SERVER_PATH)) {
    throw new Error(`docs/neovim.md has no lua block with ${DOCUMENTED_SERVER_PATH}`);
  }
  const file = join(E2E_DIR, 'neovim-init.lua');
  writeFileSync(file, block.replace(DOCUMENTED_SERVER_PATH, join(ROOT, 'server', 'out', 'server.js')));
  return file;
}

/** Resolves to nvim's exit status: 0 when every check passed. */
export async function runNeovimTest(workspace) {
  if (spawnSync('nvim', ['--version']).status !== 0) throw new Error('nvim is missing: apt-get install neovim');
  const init = documentedConfiguration();
  // The documented set-up starts the server only for a folder with a crosscheck.yaml (or one the user names).
  writeFileSync(join(workspace, 'crosscheck.yaml'), '# the seeds: every setting at its default\n');
  // A note outside any folder of articles, where no server may start.
  const elsewhere = mkdtempSync(join(E2E_DIR, 'workspaces', 'neovim-notes-'));
  writeFileSync(join(elsewhere, 'notes.md'), '# Notes\n\nCall the desk about the port strike.\n');
  // A Lua error would leave headless nvim waiting for input: report it and exit 2 instead.
  const run = (file) => `lua local ok, err = pcall(dofile, ${JSON.stringify(file)}) if not ok then io.stdout:write('error: ' .. tostring(err) .. '\\n') vim.cmd('cquit 2') end`;
  const nvim = spawnGroup('nvim', ['--headless', '--clean', '-c', run(init), '-c', run(join(ROOT, 'test', 'e2e', 'neovim.lua'))], {
    cwd: workspace,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CROSSCHECK_WORKSPACE: workspace, CROSSCHECK_ELSEWHERE: elsewhere },
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
