// Runs test/e2e/neovim.lua in headless Neovim (Debian's 0.7.2 or newer) on a copy of the seeds, configured with
// the README's init.lua block (section "Other editors"), so that the documented configuration is the tested one.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_DIR, log, ROOT, spawnGroup, stopGroup } from '../../scripts/e2e/lib.mjs';

const TIMEOUT_MS = 120_000;
const README_SERVER_PATH = '/path/to/crosscheck/server/out/server.js';

/** The README's Neovim block, with its placeholder server path pointing at this checkout's build. */
function readmeConfiguration() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Other editors'));
  const block = /```lua\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block || !block.includes(README_SERVER_PATH)) {
    throw new Error(`README.md has no lua block with ${README_SERVER_PATH} under "## Other editors"`);
  }
  const file = join(E2E_DIR, 'neovim-init.lua');
  writeFileSync(file, block.replace(README_SERVER_PATH, join(ROOT, 'server', 'out', 'server.js')));
  return file;
}

/** Resolves to nvim's exit status: 0 when every check passed. */
export async function runNeovimTest(workspace) {
  if (spawnSync('nvim', ['--version']).status !== 0) throw new Error('nvim is missing: apt-get install neovim');
  const init = readmeConfiguration();
  // A Lua error would leave headless nvim waiting for input: report it and exit 2 instead.
  const run = (file) => `lua local ok, err = pcall(dofile, ${JSON.stringify(file)}) if not ok then io.stdout:write('error: ' .. tostring(err) .. '\\n') vim.cmd('cquit 2') end`;
  const nvim = spawnGroup('nvim', ['--headless', '--clean', '-c', run(init), '-c', run(join(ROOT, 'test', 'e2e', 'neovim.lua'))], {
    cwd: workspace,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CROSSCHECK_WORKSPACE: workspace },
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
