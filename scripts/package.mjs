// Packages crosscheck.vsix from the bundles in dist/ (run `npm run bundle` first; `npm run package` does).
// The checkout's package.json points "main" at client/out/extension.js so that F5 runs the tsc output;
// the .vsix instead runs the self-contained bundles, so vsce runs on a staging copy whose manifest says
// "main": "./dist/extension.js" and lists no dependencies (they are inside the bundles).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(root, 'crosscheck.vsix');

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

for (const bundle of ['dist/extension.js', 'dist/server.js', 'dist/readerWorker.js']) {
  if (!existsSync(join(root, bundle))) fail(`${bundle} is missing; run npm run bundle first`);
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
manifest.main = './dist/extension.js';
// `files` says what `npm pack` ships (the CLI); vsce refuses it beside .vscodeignore.
for (const field of ['scripts', 'dependencies', 'devDependencies', 'bin', 'files']) delete manifest[field];

const stage = mkdtempSync(join(tmpdir(), 'crosscheck-vsix-'));
try {
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const copies = [
    'dist/extension.js',
    'dist/server.js',
    'dist/readerWorker.js',
    'syntaxes',
    'language-configuration.json',
    'media',
    'LICENSE',
    'README.md',
    // The README's screenshot, shown by the extension's details page from inside the package.
    'docs/images/editor.png',
    'CHANGELOG.md',
    'icon.png',
    '.vscodeignore',
  ];
  for (const item of copies) {
    const from = join(root, item);
    if (!existsSync(from)) {
      if (['LICENSE', 'language-configuration.json', 'syntaxes', 'media'].includes(item)) fail(`${item} is missing`);
      continue;
    }
    if (statSync(from).isDirectory()) cpSync(from, join(stage, item), { recursive: true });
    else {
      mkdirSync(dirname(join(stage, item)), { recursive: true });
      copyFileSync(from, join(stage, item));
    }
  }
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  if (!existsSync(vsce)) fail('@vscode/vsce is not installed (npm install)');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', output], {
    cwd: stage,
    stdio: 'inherit',
  });
  if (result.status !== 0) fail(`vsce exited with ${result.status ?? result.signal}`);
  console.log(`package: ${output} (${(statSync(output).size / 1024).toFixed(0)} KiB)`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
