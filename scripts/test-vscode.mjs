// npm run test:vscode: the extension tests (test/vscode) in desktop VS Code through @vscode/test-electron, which
// downloads a VS Code build into .vscode-test/ on first use (so it needs internet; npm run test:e2e runs the
// same tests inside code-server without it). The workspace is a temporary copy of seeds/.
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { copySeeds, E2E_DIR, ROOT } from './e2e/lib.mjs';

const workspace = copySeeds('test-vscode');
try {
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'test', 'out', 'vscode', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(E2E_DIR, 'profiles', 'test-electron')],
  });
} catch (error) {
  console.error(`test:vscode: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
