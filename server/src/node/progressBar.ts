// The CLI's progress on stderr: a bar redrawn in place while a terminal watches, nothing at all when
// stderr is a file or a pipe (CI logs stay clean).
export interface ProgressBar {
  /** `done` of `total` in the phase named `label` ("Reading", "Checking"). */
  update(label: string, done: number, total: number): void;
  /** Erases the bar, so that the report starts on a clean line. */
  clear(): void;
}

const WIDTH = 30;
/** Redraws at most this often; a redraw per document would cost more than the reading on a slow terminal. */
const INTERVAL_MS = 100;

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update: () => undefined, clear: () => undefined };
  let last = 0;
  let shown = false;
  return {
    update(label, done, total) {
      const now = Date.now();
      if (done < total && now - last < INTERVAL_MS) return;
      last = now;
      const share = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(share * WIDTH);
      stream.write(`\r${label} ${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${done}/${total} (${Math.round(share * 100)}%)\x1b[K`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
