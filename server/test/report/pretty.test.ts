/** The pretty reporter on a synthetic run: the whole text, live lines, colors and retried steps. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prettyReporter } from '../../src/core/report';
import type { RunEvent } from '../../src/core/runner/events';
import { A, at, displayPath, render, sampleRun } from './sample-run';

const EXPECTED = `Running 6 tests from 2 files

pets.assay
  ✓ list pets (15 ms)
  ✗ fetch <Rex> & "friends" (20 ms)
      log pets.assay:12:3: fetched pet 1
      pets.assay:11:3: expect $.name == "Rex"
        $.name was "Tom"
        expected: "Rex"
        actual:   "Tom"
      request:  GET http://api.test/pets/1
      response: 200 (12 ms)
        content-type: application/json
        {
          "id": 1,
          "name": "Tom"
        }

  ✓ status 200 (5 ms)
  ✗ status 404 (6 ms)
      pets.assay:16:3: expect status == {{code}}
        status was 500
        expected: 404
        actual:   500
      request:  GET http://api.test/status/404
      response: 500 (12 ms)
        content-type: application/json

  ○ upload skipped: no uploads here

jobs.assay
  ✗ start a job (3 ms) error
      jobs.assay:3:3: connection refused
      request:  POST http://api.test/jobs
        {
          "n": 1
        }

  ✗ jobs.assay:9:3: teardown failed: status was 500

Failed:
  ✗ pets.assay:8:1: fetch <Rex> & "friends"
  ✗ pets.assay:14:1: status 404
  ✗ jobs.assay:2:1: start a job

Tests: 2 passed, 2 failed, 1 errored, 1 skipped, 1 file with errors (6 total)
Time:  1.23 s
`;

test('pretty: the whole run, without colors', () => {
  assert.equal(render(prettyReporter({ displayPath })), EXPECTED);
});

test('pretty: a test line appears when the test ends, not before', () => {
  const reporter = prettyReporter({ displayPath });
  const outputs = sampleRun().map((e) => [e.type, reporter.onEvent(e)] as const);
  const firstTestEnd = outputs.findIndex(([type]) => type === 'test-end');
  assert.ok(outputs.slice(1, firstTestEnd).every(([, text]) => text === ''));
  assert.equal(outputs[firstTestEnd]![1], '\npets.assay\n  ✓ list pets (15 ms)\n');
});

test('pretty: colors only when asked, and then the same text under the escapes', () => {
  const colored = render(prettyReporter({ displayPath, color: true }));
  assert.match(colored, /\u001b\[32m✓\u001b\[39m/);
  assert.equal(colored.replace(/\u001b\[\d+m/g, ''), EXPECTED);
  assert.doesNotMatch(render(prettyReporter({ displayPath })), /\u001b/);
});

test('pretty: a retried step shows only its last attempt', () => {
  const t: RunEvent = { type: 'test-start', testId: 'x', file: A, name: 'retried', location: at(A, 1, 1), tags: [] };
  const attempt = (n: number, actual: string): RunEvent[] => [
    { type: 'step-start', testId: 'x', step: 0, kind: 'request', location: at(A, 2), attempt: n },
    { type: 'assertion', testId: 'x', step: 0, passed: false, source: 'expect $.state == "done"', expected: 'done', actual, message: '', location: at(A, 3) },
    { type: 'step-end', testId: 'x', step: 0, status: 'failed', durationMs: 1 },
  ];
  const events: RunEvent[] = [t, ...attempt(1, 'queued'), ...attempt(2, 'running'), { type: 'test-end', testId: 'x', status: 'failed', durationMs: 2, failures: [] }];
  const text = render(prettyReporter({ displayPath }), events);
  assert.match(text, /actual: {3}"running"/);
  assert.doesNotMatch(text, /queued/);
});

test('pretty: a log line outside any test is printed at once', () => {
  const reporter = prettyReporter({ displayPath });
  assert.equal(reporter.onEvent({ type: 'log', level: 'warning', message: 'slow server', location: at(A, 4) }), 'warning pets.assay:4:3: slow server\n');
});
