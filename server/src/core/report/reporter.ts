/**
 * What every reporter is: a pure function of the run event stream. It takes events one by one and
 * gives back the text to show now ('' for nothing); it never writes anywhere itself, so the CLI, the
 * language server and tests can all drive it.
 */
import type { RunEvent } from '../runner/events';

export interface Reporter {
  /** Takes the next event of the run; returns the text to write now, or '' when there is none yet. */
  onEvent(event: RunEvent): string;
}

export interface ReporterOptions {
  /** How a file path is shown, e.g. relative to the working directory. Default: as it is. */
  displayPath?: (file: string) => string;
  /** ANSI colors (the pretty reporter only). Default: off. */
  color?: boolean;
}

export const REPORTER_NAMES = ['pretty', 'junit', 'json', 'ndjson'] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];
