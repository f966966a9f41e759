/** The NDJSON reporter: each event as one JSON line, at once, unchanged. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ndjsonReporter } from '../../src/core/report';
import { sampleRun } from './sample-run';

test('ndjson: one line per event, written as the event arrives, parsing back to the event', () => {
  const reporter = ndjsonReporter();
  for (const event of sampleRun()) {
    const text = reporter.onEvent(event);
    assert.ok(text.endsWith('\n'));
    assert.equal(text.indexOf('\n'), text.length - 1, 'exactly one line');
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(event)));
  }
});

test('ndjson: newlines inside values stay escaped on their line', () => {
  const text = ndjsonReporter().onEvent({ type: 'log', level: 'info', message: 'two\nlines' });
  assert.equal(text, '{"type":"log","level":"info","message":"two\\nlines"}\n');
});
