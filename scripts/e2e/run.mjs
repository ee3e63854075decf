// npm run test:e2e: Crosscheck in real editors, end to end.
//   1. Neovim (headless, its built-in LSP client) against server/out/server.js --stdio;
//   2. the extension tests (test/vscode) inside code-server, with this checkout as the extension under development;
//   3. the packaged .vsix installed in code-server and driven in headless Chromium (screenshots in .e2e/shots/).
// Needs the Debian packages chromium, neovim, ripgrep, libkrb5-dev, libxkbfile-dev and libsecret-1-dev
// (.ci/run installs them); code-server comes from the npm registry into .e2e/code-server on first use.
// Every server, browser and editor started here is stopped, also when a test fails.
// Usage: node scripts/e2e/run.mjs [neovim] [extension] [workbench]   (default: all three)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCodeServer, installExtension, startCodeServer } from './codeServer.mjs';
import { copySeeds, E2E_DIR, log, removeQuietly, ROOT, SHOTS_DIR } from './lib.mjs';
import { runExtensionTests } from '../../test/e2e/extensionTests.mjs';
import { runNeovimTest } from '../../test/e2e/neovim.mjs';
import { runWorkbenchTest } from '../../test/e2e/workbench.mjs';
import { saveDocImages } from './docImages.mjs';

const SUITES = ['neovim', 'extension', 'workbench'];
/** Run after the workbench suite when it is chosen. */
const FOLLOWERS = { workbench: ['doc-images'] };
const chosen = process.argv.slice(2);
for (const name of chosen) {
  if (!SUITES.includes(name)) {
    console.error(`test:e2e: unknown suite "${name}"; choose from ${SUITES.join(', ')}`);
    process.exit(2);
  }
}
const suites = (chosen.length > 0 ? chosen : SUITES).flatMap((name) => [name, ...(FOLLOWERS[name] ?? [])]);

function npmRun(script) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed (exit ${result.status})`);
}

async function withCodeServer(profileName, body) {
  const server = await startCodeServer(ensureCodeServer(), profileName, { logFile: join(E2E_DIR, `code-server-${profileName}.log`) });
  log(`code-server on ${server.url} (profile ${profileName})`);
  try {
    return await body(server);
  } finally {
    await server.stop();
    log(`code-server on ${server.url} stopped`);
  }
}

const results = [];
async function suite(name, body) {
  if (!suites.includes(name)) return;
  const started = Date.now();
  let passed = false;
  try {
    passed = (await body()) === 0;
  } catch (error) {
    console.error(`test:e2e ${name}: ${error.stack ?? error}`);
  }
  results.push({ name, passed, seconds: (Date.now() - started) / 1000 });
}

rmSync(SHOTS_DIR, { recursive: true, force: true });
mkdirSync(SHOTS_DIR, { recursive: true });
removeQuietly(join(E2E_DIR, 'workspaces'));
// Fresh editor profiles: nothing a previous run left (open editors, layout, state) changes what this run sees.
for (const profileName of ['extension-tests', 'workbench']) removeQuietly(join(E2E_DIR, 'profiles', profileName));

// The build is the one the tests exercise: tsc output for Neovim and the extension tests, the .vsix for the workbench.
npmRun(suites.includes('workbench') ? 'package' : 'build');

await suite('neovim', () => runNeovimTest(copySeeds('neovim')));
await suite('extension', () => withCodeServer('extension-tests', (server) => runExtensionTests(server, copySeeds('extension'))));
await suite('workbench', () => {
  const vsix = join(ROOT, 'crosscheck.vsix');
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing after npm run package`);
  installExtension(ensureCodeServer(), 'workbench', vsix);
  return withCodeServer('workbench', (server) => runWorkbenchTest(server, copySeeds('workbench')).then(() => 0));
});
// The documentation shows what the passing workbench test saw.
await suite('doc-images', async () => {
  if (!results.find((r) => r.name === 'workbench')?.passed) throw new Error('the workbench test did not pass: docs/images/ left as it was');
  await saveDocImages();
  return 0;
});

console.log('\ntest:e2e results');
for (const { name, passed, seconds } of results) console.log(`  ${passed ? 'pass' : 'FAIL'}  ${name.padEnd(10)} ${seconds.toFixed(1)} s`);
const shots = existsSync(SHOTS_DIR) ? readdirSync(SHOTS_DIR) : [];
if (shots.length > 0) console.log(`screenshots in ${SHOTS_DIR}: ${shots.join(', ')}`);
process.exit(results.every((r) => r.passed) ? 0 : 1);
