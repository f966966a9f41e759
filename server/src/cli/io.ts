/** The streams, directory, environment and interrupts a CLI command works with; tests pass their own. */
export interface CliIo {
  cwd: string;
  /** The process environment (`env("NAME")` reads it; NO_COLOR turns colors off). */
  env: Record<string, string | undefined>;
  /** True when standard output is a terminal (colors are only used then). */
  stdoutIsTTY: boolean;
  out(text: string): void;
  err(text: string): void;
  /**
   * Calls `listener` on Ctrl+C (SIGINT) until the returned function is called. While nobody
   * listens, Ctrl+C ends the process as usual.
   */
  onInterrupt(listener: () => void): () => void;
}

/** A mistake in how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** A run cancelled with Ctrl+C: 128 + SIGINT, as shells report it. */
export const EXIT_INTERRUPTED = 130;
