/**
 * The custom messages between the Assay language server and its clients (the VS Code extension imports
 * this file). Standard LSP covers the rest.
 */

/** A test as the editor lists it: a file's test, with its parameter rows as children. */
export interface TestItem {
  /** Stable id: `file#name`, the runner's test id without the row. */
  id: string;
  uri: string;
  name: string;
  /** 0-based line/character range of the whole test block. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  tags: string[];
  skipped: boolean;
  /** Inline rows of a parameterized test, each its own runnable child (`id[index]`). */
  rows: Array<{ id: string; label: string }>;
  /** True when the test comes from a data file whose rows are known only at run time. */
  rowsFromFile: boolean;
}

/** `assay/listTests`: every test of the workspace, or of the given files. */
export namespace ListTests {
  export const method = 'assay/listTests';
  export interface Params {
    uris?: string[];
  }
  export interface Result {
    files: Array<{ uri: string; tests: TestItem[] }>;
  }
}

/** `assay/testsChanged`: the tests of these files changed (after an edit, a save, a file created or deleted). */
export namespace TestsChanged {
  export const method = 'assay/testsChanged';
  export interface Params {
    files: Array<{ uri: string; tests: TestItem[] }>;
  }
}

/**
 * `assay/runTests`: runs tests in a child process (`assay run --reporter ndjson`) and answers at once
 * with the run's id; the events follow as `assay/runEvent` notifications, then `assay/runFinished`.
 * Without `uris` and `testIds`, runs every test of the workspace. Files run as saved on the disk.
 */
export namespace RunTests {
  export const method = 'assay/runTests';
  export interface Params {
    /** Files or folders to run; ignored when `testIds` is given. */
    uris?: string[];
    /**
     * Tests to run: `TestItem.id`s (every row of a parameterized test) or row ids (`id[index]`). The run
     * selects them by name (`--grep`), so a test of the same files with the same name runs too.
     */
    testIds?: string[];
    /** The environment: reads `.env.<env>` as `assay run --env` does. */
    env?: string;
    /** Values for `env("NAME")` and undefined names, as `assay run --var NAME=value`. */
    vars?: Record<string, string>;
    /** More files of variables, as `assay run --env-file FILE` (relative to the workspace root). */
    envFiles?: string[];
    /** Files run in parallel, as `assay run --jobs N`. */
    jobs?: number;
    /** The default request timeout, as `assay run --timeout T`: milliseconds or a duration like `5s`. */
    timeout?: string;
    /** Certificate authorities (PEM files) to trust too, as `assay run --cacert FILE` (relative to the workspace root). */
    cacert?: string[];
    /** Accept any TLS certificate, as `assay run --insecure`. */
    insecure?: boolean;
    /** A client certificate (PEM file) for servers that ask for one, as `assay run --cert FILE`. */
    cert?: string;
    /** Its private key (PEM file), as `assay run --key FILE`; not needed when `cert` holds both. */
    key?: string;
    /** Send every request through this HTTP proxy, as `assay run --proxy URL`. */
    proxy?: string;
  }
  export interface Result {
    runId: string;
  }
}

/** `assay/runEvent`: one event of a run, as the runner emitted it (see `core/runner/events.ts`). */
export namespace RunEvent {
  export const method = 'assay/runEvent';
  export interface Params {
    runId: string;
    /** A `RunEvent` of the runner: `{ type: 'test-start', ... }` and so on. */
    event: { type: string; [key: string]: unknown };
  }
}

/** The runner's events, typed, for clients that read `RunEvent.Params.event` (see docs/events.md). */
export type { RunEvent as RunnerEvent, SourceLocation } from '../core/runner/events';

/** `assay/runFinished`: the run's process ended; no more events for this run id. */
export namespace RunFinished {
  export const method = 'assay/runFinished';
  export interface Params {
    runId: string;
    /** The CLI's exit code: 0 passed, 1 a test failed, 2 the files have errors (see `message`), 130 cancelled. */
    exitCode: number;
    /** What the run printed on its error stream (check errors, usage errors, crashes), when anything. */
    message?: string;
  }
}

/**
 * `assay/cancelRun`: stops a run as Ctrl+C does (teardowns still run); its `runFinished` follows. The
 * result is false when no run of that id is in progress.
 */
export namespace CancelRun {
  export const method = 'assay/cancelRun';
  export interface Params {
    runId: string;
  }
  export type Result = boolean;
}

/**
 * `assay/stepAt`: the block and step at a position, named as run events name them (`blockId` is a test id
 * without a row's `[index]`, or `file#@setup` / `file#@teardown`), so that a client can find what it saw
 * of that step in a run. Null where the position is in no step.
 */
export namespace StepAt {
  export const method = 'assay/stepAt';
  export interface Params {
    uri: string;
    position: { line: number; character: number };
  }
  export type Result = { blockId: string; step: number } | null;
}
