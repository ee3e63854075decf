// Work-done progress while a folder's articles are read, which VS Code shows in its status bar: only for loads worth
// showing, and only when the client asked for it.
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver/node';

export interface Progress {
  report(done: number, total: number): void;
  done(): void;
}

/** Fewer articles than this are read without a progress notification (a saved file, a renamed one). */
export const PROGRESS_MIN_DOCUMENTS = 20;

/** `create`: the client's work-done progress, or undefined when the client shows none. */
export function beginProgress(create: (() => Promise<WorkDoneProgressServerReporter>) | undefined, logError: (what: string, error: unknown) => void): Progress {
  let reporter: WorkDoneProgressServerReporter | undefined;
  let starting: Promise<void> | undefined;
  let finished = false;
  let lastPercent = -1;
  return {
    report(done, total) {
      if (!create || total < PROGRESS_MIN_DOCUMENTS || finished) return;
      if (!starting) {
        starting = create().then(
          (created) => {
            reporter = created;
            if (finished) reporter.done();
            else reporter.begin('Crosscheck', 0, `Reading ${total} articles`, false);
          },
          (error) => logError('progress', error),
        );
      }
      const percent = Math.floor((100 * done) / total);
      if (!reporter || percent === lastPercent) return;
      lastPercent = percent;
      reporter.report(percent, `Reading articles: ${done} of ${total}`);
    },
    done() {
      finished = true;
      reporter?.done();
    },
  };
}
