// Preloaded with `node --require test/out/helpers/fsFaults.js` into the CLI or the server in the workspace-fault
// tests, configured by CROSSCHECK_FS_FAULTS (JSON, absolute paths):
//   unreadable: [file…]    reading it fails with EACCES (as chmod 000 would, for a user other than root);
//   vanish: [file…]        it is deleted the moment it is first read (after the listing found it);
//   during: { afterReads, remove: [file…], rename: [[from, to]…], create: { file: text } }
//                          after that many article reads, the folder changes under the indexer;
//   trace: true            every file read is reported on stderr as "CROSSCHECK-FS-READ <path>".
// `import x = require()` patches the fs module itself, which the product's code shares.
import fs = require('fs');
import path = require('path');

interface Faults {
  unreadable?: string[];
  vanish?: string[];
  during?: { afterReads: number; remove?: string[]; rename?: Array<[string, string]>; create?: Record<string, string> };
  trace?: boolean;
}

const faults = JSON.parse(process.env.CROSSCHECK_FS_FAULTS ?? '{}') as Faults;
const unreadable = new Set((faults.unreadable ?? []).map((f) => path.resolve(f)));
const vanish = new Set((faults.vanish ?? []).map((f) => path.resolve(f)));
const readFileSync = fs.readFileSync;
const unlinkSync = fs.unlinkSync;
let reads = 0;
let changed = false;

function changeFolder(): void {
  const during = faults.during;
  if (!during || changed || reads < during.afterReads) return;
  changed = true;
  for (const file of during.remove ?? []) unlinkSync(file);
  for (const [from, to] of during.rename ?? []) fs.renameSync(from, to);
  for (const [file, text] of Object.entries(during.create ?? {})) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

(fs as { readFileSync: unknown }).readFileSync = function (file: fs.PathOrFileDescriptor, ...rest: unknown[]) {
  if (typeof file === 'string' || file instanceof URL || Buffer.isBuffer(file)) {
    const resolved = path.resolve(String(file instanceof URL ? file.pathname : file));
    if (faults.trace) process.stderr.write(`CROSSCHECK-FS-READ ${resolved}\n`);
    if (unreadable.has(resolved)) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${resolved}'`), { code: 'EACCES', errno: -13, syscall: 'open', path: resolved });
    }
    if (vanish.delete(resolved)) unlinkSync(resolved);
    if (/\.(txt|md)$/.test(resolved)) {
      reads++;
      changeFolder();
    }
  }
  return (readFileSync as (...args: unknown[]) => unknown).call(fs, file, ...rest);
};
