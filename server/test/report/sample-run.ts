/**
 * A synthetic run event stream for the reporter tests: two files; a passing test, a failing one (a
 * wrong name, with its request and response), a parameterized test with a passing and a failing row,
 * a skipped test, an errored one (connection refused), log lines, and a failed teardown.
 */
import type { RunEvent, SourceLocation, TestStart, TestStatus } from '../../src/core/runner/events';

export const A = '/work/suite/pets.assay';
export const B = '/work/suite/jobs.assay';

export const at = (file: string, line: number, column = 3): SourceLocation => ({ file, line, column });

/** Shows paths relative to /work/suite, as the CLI does from its working directory. */
export const displayPath = (file: string) => file.replace('/work/suite/', '');

function start(file: string, name: string, line: number, extra: Partial<TestStart> = {}): TestStart {
  return { type: 'test-start', testId: `${file}#${name}`, file, name, location: at(file, line, 1), tags: [], ...extra };
}

function end(testId: string, status: TestStatus, durationMs: number, extra: object = {}): RunEvent {
  return { type: 'test-end', testId, status, durationMs, failures: [], ...extra };
}

/** One request step that got a response, with the given assertions. */
function step(testId: string, file: string, line: number, url: string, status: number, body: string, checks: Array<[string, unknown, unknown, boolean, number]>): RunEvent[] {
  const failed = checks.some(([, , , passed]) => !passed);
  return [
    { type: 'step-start', testId, step: 0, kind: 'request', location: at(file, line), attempt: 1 },
    { type: 'request', testId, step: 0, method: 'GET', url, headers: { accept: 'application/json' } },
    { type: 'response', testId, step: 0, status, headers: { 'content-type': 'application/json', 'x-other': 'hidden' }, body, bodyBytes: body.length, bodyTruncated: false, durationMs: 12 },
    ...checks.map(([source, expected, actual, passed, l]): RunEvent => ({
      type: 'assertion',
      testId,
      step: 0,
      passed,
      source,
      expected,
      actual,
      message: passed ? '' : `${source.split(' ')[1]} was ${JSON.stringify(actual)}`,
      location: at(file, l),
    })),
    { type: 'step-end', testId, step: 0, status: failed ? 'failed' : 'passed', durationMs: 14 },
  ];
}

export function sampleRun(): RunEvent[] {
  const pass = start(A, 'list pets', 3, { tags: ['smoke'] });
  const fail = start(A, 'fetch <Rex> & "friends"', 8);
  const row1 = start(A, 'status 200', 14, { testId: `${A}#status {{code}}[0]`, row: { index: 0, values: { code: 200 } } });
  const row2 = start(A, 'status 404', 14, { testId: `${A}#status {{code}}[1]`, row: { index: 1, values: { code: 404 } } });
  const skip = start(A, 'upload', 20);
  const err = start(B, 'start a job', 2);
  const failure = (message: string, line: number, expected: unknown, actual: unknown) => ({ message, location: at(A, line), expected, actual });
  return [
    { type: 'run-start', files: [A, B], testCount: 6, time: Date.UTC(2024, 4, 1, 12, 30, 0) },
    { type: 'file-start', file: A },
    pass,
    ...step(pass.testId, A, 4, 'http://api.test/pets', 200, '{"total":3}', [['expect status == 200', 200, 200, true, 5]]),
    end(pass.testId, 'passed', 15),
    fail,
    ...step(fail.testId, A, 9, 'http://api.test/pets/1', 200, '{"id":1,"name":"Tom"}', [
      ['expect status == 200', 200, 200, true, 10],
      ['expect $.name == "Rex"', 'Rex', 'Tom', false, 11],
    ]),
    { type: 'log', testId: fail.testId, level: 'info', message: 'fetched pet 1', location: at(A, 12) },
    end(fail.testId, 'failed', 20, { failures: [failure('$.name was "Tom"', 11, 'Rex', 'Tom')] }),
    row1,
    ...step(row1.testId, A, 15, 'http://api.test/status/200', 200, '', [['expect status == {{code}}', 200, 200, true, 16]]),
    end(row1.testId, 'passed', 5),
    row2,
    ...step(row2.testId, A, 15, 'http://api.test/status/404', 500, '', [['expect status == {{code}}', 404, 500, false, 16]]),
    end(row2.testId, 'failed', 6, { failures: [failure('status was 500', 16, 404, 500)] }),
    skip,
    end(skip.testId, 'skipped', 0, { skipReason: 'no uploads here' }),
    { type: 'file-end', file: A, errors: [] },
    { type: 'file-start', file: B },
    err,
    { type: 'step-start', testId: err.testId, step: 0, kind: 'request', location: at(B, 3), attempt: 1 },
    { type: 'request', testId: err.testId, step: 0, method: 'POST', url: 'http://api.test/jobs', headers: {}, body: '{"n":1}' },
    { type: 'step-end', testId: err.testId, step: 0, status: 'errored', durationMs: 3, error: 'connection refused' },
    end(err.testId, 'errored', 3, { failures: [{ message: 'connection refused', location: at(B, 3) }] }),
    { type: 'file-end', file: B, errors: [{ message: 'teardown failed: status was 500', location: at(B, 9) }] },
    { type: 'run-end', summary: { passed: 2, failed: 2, skipped: 1, errored: 1, durationMs: 1234 } },
  ];
}

/** Everything a reporter printed for the whole stream. */
export function render(reporter: { onEvent(e: RunEvent): string }, events = sampleRun()): string {
  return events.map((e) => reporter.onEvent(e)).join('');
}
