/** The JSON reporter: one document at the end with the summary and every test, rows included. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonReporter } from '../../src/core/report';
import { A, displayPath, render, sampleRun } from './sample-run';

test('json: one document at the end with the summary, every test and the file errors', () => {
  const reporter = jsonReporter({ displayPath });
  const outputs = sampleRun().map((e) => reporter.onEvent(e));
  assert.ok(outputs.slice(0, -1).every((text) => text === ''));
  const doc = JSON.parse(outputs.at(-1)!);
  assert.deepEqual(doc.summary, { passed: 2, failed: 2, skipped: 1, errored: 1, durationMs: 1234, total: 6 });
  assert.equal(doc.startTime, '2024-05-01T12:30:00.000Z');
  assert.deepEqual(
    doc.tests.map((t: { name: string; status: string }) => [t.name, t.status]),
    [
      ['list pets', 'passed'],
      ['fetch <Rex> & "friends"', 'failed'],
      ['status 200', 'passed'],
      ['status 404', 'failed'],
      ['upload', 'skipped'],
      ['start a job', 'errored'],
    ],
  );
  assert.deepEqual(doc.tests[3], {
    id: `${A}#status {{code}}[1]`,
    name: 'status 404',
    file: 'pets.assay',
    location: { file: 'pets.assay', line: 14, column: 1 },
    tags: [],
    row: { index: 1, values: { code: 404 } },
    status: 'failed',
    durationMs: 6,
    failures: [{ message: 'status was 500', location: { file: 'pets.assay', line: 16, column: 3 }, expected: 404, actual: 500 }],
  });
  assert.equal(doc.tests[4].skipReason, 'no uploads here');
  assert.deepEqual(doc.fileErrors, [{ file: 'jobs.assay', message: 'teardown failed: status was 500', location: { file: 'jobs.assay', line: 9, column: 3 } }]);
});

test('json: the counts in the summary match the tests listed', () => {
  const doc = JSON.parse(render(jsonReporter()));
  const count = (status: string) => doc.tests.filter((t: { status: string }) => t.status === status).length;
  for (const status of ['passed', 'failed', 'skipped', 'errored']) assert.equal(doc.summary[status], count(status), status);
});
