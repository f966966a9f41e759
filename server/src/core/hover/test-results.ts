/**
 * The last result of each test in this session, filled from run events, for hover on a test. Tests are
 * keyed by their base id `file#name` (see `blockIdOf`); for a parameterized test, a failed row of a run
 * stays the test's result when later rows of the same run pass.
 */
import { blockIdOf } from '../completion/response-memory';
import type { RunEvent, SourceLocation, TestStatus } from '../runner/events';

/** What hover shows of a test's last run. */
export interface TestResult {
  status: TestStatus;
  durationMs: number;
  /** The first failed assertion or error. */
  failure?: { message: string; location: SourceLocation };
  skipReason?: string;
  /** For a parameterized test: the row this result is from. */
  row?: number;
}

/** Reads the last result of a test by its base id. */
export interface TestResultLookup {
  lastResult(testId: string): TestResult | undefined;
}

/** Remembers the last result of each test; see the module comment. */
export class TestResultMemory implements TestResultLookup {
  private readonly results = new Map<string, { result: TestResult; run: number }>();
  private run = 0;

  /** Takes a run event: `run-start` opens a run, `test-end` records a result. */
  observe(event: RunEvent): void {
    if (event.type === 'run-start') this.run++;
    if (event.type !== 'test-end') return;
    const row = /\[(\d+)\]$/.exec(event.testId);
    const result: TestResult = { status: event.status, durationMs: event.durationMs };
    const first = event.failures[0];
    if (first) result.failure = { message: first.message, location: first.location };
    if (event.skipReason !== undefined) result.skipReason = event.skipReason;
    if (row) result.row = Number(row[1]);
    this.remember(blockIdOf(event.testId), result);
  }

  /** Records `result` for the test `testId` (a base id) in the current run. */
  remember(testId: string, result: TestResult): void {
    const old = this.results.get(testId);
    const failed = (r: TestResult): boolean => r.status === 'failed' || r.status === 'errored';
    if (old && old.run === this.run && failed(old.result) && !failed(result)) return;
    this.results.set(testId, { result, run: this.run });
  }

  /** The last result of the test `testId` (a base id), or undefined when it has not run. */
  lastResult(testId: string): TestResult | undefined {
    return this.results.get(testId)?.result;
  }
}
