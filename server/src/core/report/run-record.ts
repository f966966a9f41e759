/**
 * Gathers the run event stream into records: per file its tests and errors, per test its steps (the
 * request sent, the response received, the assertions, the end) and log lines. Reporters that show
 * more than one event at a time (a failed test, a whole run) read these records.
 */
import type {
  AssertionResult,
  FileEnd,
  LogLine,
  RequestSent,
  ResponseReceived,
  RunEvent,
  RunSummary,
  StepEnd,
  StepStart,
  TestEnd,
  TestStart,
} from '../runner/events';

export interface StepRecord {
  start?: StepStart;
  request?: RequestSent;
  response?: ResponseReceived;
  /** The assertions of the last attempt, in order. */
  assertions: AssertionResult[];
  end?: StepEnd;
}

export interface TestRecord {
  start: TestStart;
  /** By step index; a retried step keeps only its last attempt. */
  steps: StepRecord[];
  logs: LogLine[];
  end?: TestEnd;
}

export interface FileRecord {
  file: string;
  tests: TestRecord[];
  errors: FileEnd['errors'];
}

/** The events that always belong to a test. */
type TestEvent = Exclude<RunEvent, { type: 'run-start' | 'file-start' | 'file-end' | 'run-end' | 'test-start' | 'log' }>;

export class RunRecord {
  /** Files in the order the run named or started them. */
  readonly files = new Map<string, FileRecord>();
  readonly tests = new Map<string, TestRecord>();
  startTime?: number;
  summary?: RunSummary;

  /** Adds one event; returns the test it belongs to, when it belongs to a known test. */
  add(event: RunEvent): TestRecord | undefined {
    switch (event.type) {
      case 'run-start':
        this.startTime = event.time;
        for (const file of event.files) this.file(file);
        return undefined;
      case 'file-start':
        this.file(event.file);
        return undefined;
      case 'file-end':
        this.file(event.file).errors.push(...event.errors);
        return undefined;
      case 'run-end':
        this.summary = event.summary;
        return undefined;
      case 'test-start': {
        const test: TestRecord = { start: event, steps: [], logs: [] };
        this.tests.set(event.testId, test);
        this.file(event.file).tests.push(test);
        return test;
      }
      case 'log': {
        const test = event.testId === undefined ? undefined : this.tests.get(event.testId);
        test?.logs.push(event);
        return test;
      }
      default:
        return this.addToTest(event);
    }
  }

  private addToTest(event: TestEvent): TestRecord | undefined {
    const test = this.tests.get(event.testId);
    if (!test) return undefined;
    if (event.type === 'test-end') {
      test.end = event;
      return test;
    }
    if (event.type === 'step-start') {
      test.steps[event.step] = { start: event, assertions: [] };
      return test;
    }
    const step = (test.steps[event.step] ??= { assertions: [] });
    if (event.type === 'request') step.request = event;
    else if (event.type === 'response') step.response = event;
    else if (event.type === 'assertion') step.assertions.push(event);
    else if (event.type === 'step-end') step.end = event;
    return test;
  }

  private file(file: string): FileRecord {
    let record = this.files.get(file);
    if (!record) {
      record = { file, tests: [], errors: [] };
      this.files.set(file, record);
    }
    return record;
  }
}
