/**
 * The NDJSON reporter, for programs (the language server spawns the CLI with it): every event as one
 * line of JSON, as it happens, exactly as the runner emitted it.
 */
import type { Reporter } from './reporter';

export function ndjsonReporter(): Reporter {
  return { onEvent: (event) => `${JSON.stringify(event)}\n` };
}
