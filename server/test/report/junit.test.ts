/** The JUnit reporter: well-formed XML of the expected shape, counts that add up (rows included), escaping. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { junitReporter } from '../../src/core/report';
import type { RunEvent } from '../../src/core/runner/events';
import { assertJunitShape } from './junit-shape';
import { A, at, displayPath, render, sampleRun } from './sample-run';
import { parseXml } from './strict-xml';

test('junit: nothing before the run ends, then one document', () => {
  const reporter = junitReporter({ displayPath });
  const outputs = sampleRun().map((e) => reporter.onEvent(e));
  assert.ok(outputs.slice(0, -1).every((text) => text === ''));
  assert.match(outputs.at(-1)!, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
});

test('junit: the document has the JUnit shape and its counts add up, rows counted one by one', () => {
  const root = parseXml(render(junitReporter({ displayPath })));
  assertJunitShape(root);
  assert.deepEqual(
    { ...root.attributes },
    { name: 'assay', tests: '6', failures: '2', errors: '1', skipped: '1', time: '1.234' },
  );
  const [pets, jobs] = root.children;
  assert.deepEqual(
    pets!.children.map((c) => [c.attributes.name, c.children.map((o) => o.name).join()]),
    [
      ['list pets', ''],
      ['fetch <Rex> & "friends"', 'failure,system-out'],
      ['status 200', ''],
      ['status 404', 'failure'],
      ['upload', 'skipped'],
    ],
  );
  assert.equal(pets!.attributes.time, '0.046');
  assert.equal(pets!.children[1]!.attributes.line, '8');
  assert.equal(jobs!.children[0]!.children[0]!.name, 'error');
  assert.equal(jobs!.children[1]!.name, 'system-err');
});

test('junit: a failure carries the assertion, expected and actual, and the exchange', () => {
  const root = parseXml(render(junitReporter({ displayPath })));
  const failure = root.children[0]!.children[1]!.children[0]!;
  assert.equal(failure.attributes.message, '$.name was "Tom"');
  assert.match(failure.text, /^pets\.assay:11:3: expect \$\.name == "Rex"$/m);
  assert.match(failure.text, /expected: "Rex"\n {2}actual: {3}"Tom"/);
  assert.match(failure.text, /^request: {2}GET http:\/\/api\.test\/pets\/1$/m);
  assert.equal(root.children[0]!.children[4]!.children[0]!.attributes.message, 'no uploads here');
});

test('junit: names with markup, quotes, control characters and lone surrogates stay well-formed', () => {
  const name = 'a <b> & "c" \'d\' ]]> \u0001\u001f tab\tnew\nline 🐾 \ud800';
  const events: RunEvent[] = [
    { type: 'run-start', files: [A], testCount: 1, time: 0 },
    { type: 'test-start', testId: 'x', file: A, name, location: at(A, 1, 1), tags: [] },
    { type: 'test-end', testId: 'x', status: 'failed', durationMs: 1, failures: [{ message: name, location: at(A, 2) }] },
    { type: 'run-end', summary: { passed: 0, failed: 1, skipped: 0, errored: 0, durationMs: 1 } },
  ];
  const root = parseXml(render(junitReporter(), events));
  assertJunitShape(root);
  const testcase = root.children[0]!.children[0]!;
  const expected = 'a <b> & "c" \'d\' ]]> \ufffd\ufffd tab\tnew\nline 🐾 \ufffd';
  assert.equal(testcase.attributes.name, expected);
  assert.equal(testcase.children[0]!.attributes.message, expected);
});

test('junit: tests a cancelled run never finished are left out, and the counts still add up', () => {
  const events = sampleRun().filter((e) => !(e.type === 'test-end' && e.testId.endsWith('#upload')));
  const root = parseXml(render(junitReporter({ displayPath }), events));
  assertJunitShape(root);
  assert.equal(root.attributes.tests, '5');
});

test('junit test helpers: the XML reader and the shape check reject what they should', () => {
  for (const bad of ['<a>&</a>', '<a><b></a>', '<a x="1" x="2"/>', '<a>\u0001</a>', '<a/><b/>', '<a x=1/>']) {
    assert.throws(() => parseXml(bad), Error, bad);
  }
  const wrongCount = '<testsuites tests="2" failures="0" errors="0" skipped="0"><testsuite name="f" tests="2" failures="0" errors="0" skipped="0" time="0" timestamp="2024-01-01T00:00:00"><testcase name="t" classname="f" time="0"/></testsuite></testsuites>';
  assert.throws(() => assertJunitShape(parseXml(wrongCount)), /tests/);
});
