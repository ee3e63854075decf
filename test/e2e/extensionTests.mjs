// Runs the extension tests (test/vscode, compiled to test/out/vscode) inside code-server, the way
// @vscode/test-electron runs them in desktop VS Code: the URL payload names the extension under development
// (this checkout) and the tests module; the workbench runs the tests' run() in the Node extension host and
// then calls window.codeAutomationExit(code), which this page exposes.
import { format } from 'node:util';
import { join } from 'node:path';
import { launchBrowser } from '../../scripts/e2e/browser.mjs';
import { log, ROOT, SHOTS_DIR } from '../../scripts/e2e/lib.mjs';

const TIMEOUT_MS = 180_000;

/** Resolves to 0 when every extension test passed. */
export async function runExtensionTests(server, workspace) {
  const testsModule = join(ROOT, 'test', 'out', 'vscode', 'index.js');
  const { context, page } = await launchBrowser('extension-tests');
  try {
    let finish;
    const exited = new Promise((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    // The extension host's console (mocha's report) reaches the page console as ('%c INFO', style, format, ...args).
    page.on('console', async (message) => {
      const args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => '?')));
      if (typeof args[0] === 'string' && /^%c (INFO|ERR|WARN)/.test(args[0])) console.log(`  ${format(...args.slice(2))}`);
    });
    const authority = new URL(server.url).host;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${ROOT}`],
      ['extensionTestsPath', `vscode-remote://${authority}${testsModule}`],
    ];
    log('extension tests: starting in code-server');
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer;
    const code = await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)))]);
    clearTimeout(timer);
    await page.screenshot({ path: join(SHOTS_DIR, 'extension-tests.png') }).catch(() => undefined);
    log(`extension tests: exit code ${code}`);
    return code === 0 ? 0 : 1;
  } finally {
    await context.close();
  }
}
