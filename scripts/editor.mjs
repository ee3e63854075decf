// npm run editor [-- folder] [--port N]: VS Code in the browser (code-server, bound to 127.0.0.1) with the
// packaged Crosscheck extension, on seeds/ or the given folder. For trying Crosscheck without desktop VS Code.
// Prints the URL to open; Ctrl+C stops code-server and everything it started.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureCodeServer, installExtension, startCodeServer } from './e2e/codeServer.mjs';
import { E2E_DIR, ROOT } from './e2e/lib.mjs';

function usage(message) {
  console.error(`editor: ${message}\nusage: npm run editor [-- folder] [--port N]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let folder = join(ROOT, 'seeds');
let port;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--port') {
    port = Number(args[++i]);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) usage(`--port needs a port number, not "${args[i]}"`);
  } else if (args[i].startsWith('-')) usage(`unknown option ${args[i]}`);
  else folder = resolve(args[i]);
}
if (!existsSync(folder) || !statSync(folder).isDirectory()) usage(`${folder} is not a folder`);

const vsix = join(ROOT, 'crosscheck.vsix');
if (!existsSync(vsix)) usage(`${vsix} is missing; npm run editor packages it first (npm run package)`);

try {
  const entry = ensureCodeServer();
  installExtension(entry, 'editor', vsix);
  const server = await startCodeServer(entry, 'editor', { port, logFile: join(E2E_DIR, 'code-server-editor.log') });
  console.log(`\nCrosscheck in VS Code (code-server) on ${folder}:\n\n  ${server.url}/?folder=${encodeURIComponent(folder)}\n`);
  console.log('Open the URL in a browser on this machine (it listens on 127.0.0.1 only). Ctrl+C stops it.');
  // Ctrl+C: scripts/e2e/lib.mjs stops code-server's process group and exits.
} catch (error) {
  console.error(`editor: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
