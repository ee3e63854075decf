// Bundles the extension for the .vsix: dist/extension.js (the VS Code client, `vscode` external),
// dist/server.js (the language server), dist/cli.js (the command line) and dist/readerWorker.js (the
// thread that reads articles for both, found beside them), each self-contained.
// Usage: node scripts/bundle.mjs [--minify] [--sourcemap] [--allow-missing]
//   --allow-missing  skip an entry whose source file does not exist (with a warning) instead of failing.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const outdir = join(root, 'dist');

const entries = [
  { in: 'client/src/extension.ts', out: 'extension', external: ['vscode'] },
  { in: 'server/src/server.ts', out: 'server', external: [] },
  { in: 'server/src/cli.ts', out: 'cli', external: [] },
  { in: 'server/src/node/readerWorker.ts', out: 'readerWorker', external: [] },
];

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

let failed = false;
for (const entry of entries) {
  const source = join(root, entry.in);
  if (!existsSync(source)) {
    if (args.has('--allow-missing')) {
      console.warn(`bundle: ${entry.in} does not exist; dist/${entry.out}.js skipped`);
      continue;
    }
    console.error(`bundle: ${entry.in} does not exist`);
    failed = true;
    continue;
  }
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [{ in: source, out: entry.out }],
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: entry.external,
    minify: args.has('--minify'),
    sourcemap: args.has('--sourcemap') ? 'linked' : false,
    keepNames: true,
    logLevel: 'warning',
    metafile: true,
  });
  const [file, info] = Object.entries(result.metafile.outputs).find(([name]) => name.endsWith('.js'));
  console.log(`bundle: ${relative(root, join(root, file))} ${(info.bytes / 1024).toFixed(0)} KiB`);
}
if (failed) process.exit(1);
