// Files written in the background, a few at a time, each through a temporary file so that a reader never sees half of
// one; a failure to write (a full disk) costs only what the file would have saved.
import * as fs from 'fs';
import * as path from 'path';

/** At most this many files are written at once. */
const WRITERS = 4;

export class FileWriter {
  /** Files to write: where, and their text (made when written). */
  private readonly waiting: Array<[string, () => string]> = [];
  private writing = 0;
  private idle: Array<() => void> = [];

  /** Queues a file; its text is made when its turn comes. */
  write(file: string, text: () => string): void {
    this.waiting.push([file, text]);
    this.pump();
  }

  /** Resolves once every file queued so far is written (or failed to be). */
  flush(): Promise<void> {
    if (this.writing === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private pump(): void {
    while (this.writing < WRITERS && this.waiting.length > 0) {
      const [file, text] = this.waiting.shift()!;
      this.writing++;
      void writeText(file, text).finally(() => {
        this.writing--;
        this.pump();
      });
    }
    if (this.writing === 0 && this.waiting.length === 0) {
      for (const resolve of this.idle.splice(0)) resolve();
    }
  }
}

/** Writes through a temporary file, so that a reader never sees half a file. */
async function writeText(file: string, text: () => string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await fs.promises.writeFile(temporary, text());
    await fs.promises.rename(temporary, file);
  } catch {
    await fs.promises.rm(temporary, { force: true }).catch(() => undefined); // a full disk costs a later reading, nothing else
  }
}
