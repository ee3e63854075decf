// What the client does when the language server process stops without being asked to: start it again and say
// so once per session; after too many stops in a short time, stop trying and say where to look. Pure (no
// vscode import), so that the decisions are unit-tested; extension.ts turns them into the client's actions.

export interface CloseDecision {
  restart: boolean;
  /** What to tell the user, when anything: the first restart, or giving up. */
  message?: { level: 'information' | 'error'; text: string };
}

export interface RestartPolicy {
  /** The server process ended unexpectedly: what now. */
  closed(): CloseDecision;
  /** The user restarted the server: earlier stops no longer count towards giving up. */
  reset(): void;
}

export function restartPolicy(options: { limit?: number; windowMs?: number; now?: () => number } = {}): RestartPolicy {
  const limit = options.limit ?? 4;
  const windowMs = options.windowMs ?? 3 * 60_000;
  const now = options.now ?? Date.now;
  let stops: number[] = [];
  let told = false;
  return {
    closed() {
      const at = now();
      stops = [...stops.filter((t) => at - t < windowMs), at];
      if (stops.length > limit) {
        return {
          restart: false,
          message: {
            level: 'error',
            text: `Crosscheck: the language server stopped ${stops.length} times in ${Math.round(windowMs / 60_000)} minutes and was not restarted again. See the Crosscheck output; "Crosscheck: Restart Server" starts it.`,
          },
        };
      }
      if (told) return { restart: true };
      told = true;
      return { restart: true, message: { level: 'information', text: 'Crosscheck: the language server stopped unexpectedly and was restarted.' } };
    },
    reset() {
      stops = [];
    },
  };
}
