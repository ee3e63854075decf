// A scratch folder for one test file's run, removed when the process ends, pass or fail: the tests write only
// there, and leave nothing in the system's temporary folder.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const made: string[] = [];

/** A new empty folder under the system's temporary folder (`crosscheck-<label>-…`), its real path. */
export function scratchDir(label: string): string {
  if (made.length === 0) process.once('exit', () => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `crosscheck-${label}-`)));
  made.push(dir);
  return dir;
}
