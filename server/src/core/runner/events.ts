/**
 * The run event stream: the one contract between the runner and everything that shows a run (the CLI
 * reporters, the language server, the Test Explorer, the debug console). Events arrive in order; every
 * value that came from a secret is already masked (`••••••`) before an event is emitted.
 *
 * Order for each test: test-start, then per step: step-start, request, response, capture*, assertion*,
 * log*, step-end; then test-end. Files: file-start ... file-end. A run: run-start ... run-end.
 */

/** A place in a source file, 1-based, as shown to people: `file:line:column`. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export type TestStatus = 'passed' | 'failed' | 'skipped' | 'errored';

export interface RunStart {
  type: 'run-start';
  files: string[];
  /** Tests selected to run (rows counted one by one). */
  testCount: number;
  time: number;
}

export interface FileStart {
  type: 'file-start';
  file: string;
}

export interface TestStart {
  type: 'test-start';
  /** Stable id: `file#name` or `file#name[row]` for a parameterized row. */
  testId: string;
  file: string;
  /** The name with the row's values interpolated. */
  name: string;
  location: SourceLocation;
  tags: string[];
  /** For a parameterized test: the row's index and values (secrets masked). */
  row?: { index: number; values: Record<string, unknown> };
}

export interface StepStart {
  type: 'step-start';
  testId: string;
  /** 0-based index of the step in its test, setup or teardown. */
  step: number;
  kind: 'request' | 'call' | 'delay' | 'log';
  location: SourceLocation;
  /** 1-based attempt number when the step is retried. */
  attempt: number;
}

export interface RequestSent {
  type: 'request';
  testId: string;
  step: number;
  method: string;
  url: string;
  headers: Record<string, string>;
  /** The body as text, truncated to a preview; undefined when there is none. */
  body?: string;
  bodyTruncated?: boolean;
}

export interface ResponseReceived {
  type: 'response';
  testId: string;
  step: number;
  status: number;
  headers: Record<string, string>;
  body?: string;
  bodyBytes: number;
  /** True when the body was larger than the cap and only its start was kept. */
  bodyTruncated: boolean;
  durationMs: number;
}

export interface AssertionResult {
  type: 'assertion';
  testId: string;
  step: number;
  passed: boolean;
  /** The expectation as written, e.g. `expect $.name == "Rex"`. */
  source: string;
  expected: unknown;
  actual: unknown;
  /** Why it failed, in one sentence; empty when it passed. */
  message: string;
  location: SourceLocation;
}

export interface CaptureSet {
  type: 'capture';
  testId: string;
  step: number;
  name: string;
  value: unknown;
  location: SourceLocation;
}

export interface LogLine {
  type: 'log';
  testId?: string;
  level: 'info' | 'warning' | 'error';
  message: string;
  location?: SourceLocation;
}

export interface StepEnd {
  type: 'step-end';
  testId: string;
  step: number;
  status: 'passed' | 'failed' | 'errored';
  durationMs: number;
  /** For an errored step: the cause (connection refused, timeout, invalid JSON ...). */
  error?: string;
}

export interface TestEnd {
  type: 'test-end';
  testId: string;
  status: TestStatus;
  durationMs: number;
  /** The failed assertions and errors, for reporters that only keep the summary. */
  failures: Array<{ message: string; location: SourceLocation; expected?: unknown; actual?: unknown }>;
  /** Why it was skipped (`@skip("reason")`, `--bail`, a failed setup ...). */
  skipReason?: string;
}

export interface FileEnd {
  type: 'file-end';
  file: string;
  /** Errors of the file itself: parse errors, a failed setup or teardown. */
  errors: Array<{ message: string; location: SourceLocation }>;
}

export interface RunSummary {
  passed: number;
  failed: number;
  skipped: number;
  errored: number;
  durationMs: number;
}

export interface RunEnd {
  type: 'run-end';
  summary: RunSummary;
}

export type RunEvent =
  | RunStart
  | FileStart
  | TestStart
  | StepStart
  | RequestSent
  | ResponseReceived
  | AssertionResult
  | CaptureSet
  | LogLine
  | StepEnd
  | TestEnd
  | FileEnd
  | RunEnd;
