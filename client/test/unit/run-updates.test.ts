/**
 * From real run events (the bundled CLI against the sample API) to what the Test Explorer shows:
 * results per test as they arrive, failures with the assertion as written at its line, a diff for an
 * equality, errors, rows (inline and from a data file), output at its place, and how a run ends.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import type { RunnerEvent } from '../../../server/src/lsp/protocol';
import { diffSides, RunUpdates, type TestUpdate } from '../../src/testing/run-updates';
import { runCli, startApi, workspace } from './helpers';

const SUITE = [
  'vars {',
  '  baseUrl = env("BASE_URL", "http://127.0.0.1:9")',
  '}',
  '',
  'setup {',
  '  GET {{baseUrl}}/status/204',
  '}',
  '',
  'test "passes" {',
  '  GET {{baseUrl}}/pets/1',
  '  expect status == 200',
  '}',
  '',
  'test "differs" {',
  '  GET {{baseUrl}}/pets/1',
  '  expect status == 200',
  '  expect $ == { "id": 1, "name": "Max" }',
  '  expect $.name contains "Max"',
  '}',
  '',
  'test "refused" {',
  '  GET http://127.0.0.1:1/nothing',
  '}',
  '',
  'test "code {{code}}" with [{ code: 200 }, { code: 201 }] {',
  '  GET {{baseUrl}}/status/{{code}}',
  '  expect status == {{code}}',
  '}',
  '',
  'test "name {{name}}" with file "names.csv" {',
  '  GET {{baseUrl}}/status/200',
  '}',
  '',
].join('\n');

let dir: string;
let file: string;
let events: RunnerEvent[];
const id = (name: string) => `${file}#${name}`;
const QUEUED = () => [id('passes'), id('differs'), id('refused'), id('code {{code}}[0]'), id('code {{code}}[1]'), id('name {{name}}')];

before(async () => {
  const api = await startApi();
  dir = workspace({ 'suite.assay': SUITE, 'names.csv': 'name\nada\nbob\n' });
  file = join(dir, 'suite.assay');
  try {
    events = (await runCli(dir, [file, `--var=BASE_URL=${api.url}`])).events;
  } finally {
    await api.close();
  }
});

/** Every update of the run, in order, and the updates themselves. */
function follow(): { updates: TestUpdate[]; run: RunUpdates } {
  const run = new RunUpdates(QUEUED());
  const updates = events.flatMap((e) => run.take(e));
  return { updates: [...updates, ...run.finish(1)], run };
}

const results = (updates: TestUpdate[]) => updates.filter((u) => u.kind !== 'output' && u.kind !== 'started');

test('each result comes right after its test\'s events, not at the end', () => {
  const run = new RunUpdates(QUEUED());
  const firstEnd = events.findIndex((e) => e.type === 'test-end');
  const upToFirstEnd = events.slice(0, firstEnd + 1).flatMap((e) => run.take(e));
  assert.deepEqual(results(upToFirstEnd), [{ kind: 'passed', id: id('passes'), durationMs: (events[firstEnd] as { durationMs: number }).durationMs }]);
});

test('statuses: passed, failed, errored, rows one by one, and a data file\'s test from its rows at the end', () => {
  const { updates } = follow();
  assert.deepEqual(
    results(updates).map((u) => `${u.id.slice(file.length + 1)}: ${u.kind}`),
    ['passes: passed', 'differs: failed', 'refused: errored', 'code {{code}}[0]: passed', 'code {{code}}[1]: passed', 'name {{name}}[0]: passed', 'name {{name}}[1]: passed', 'name {{name}}: passed'],
  );
});

test('rows of a data file start as children of their queued test, with their values in the label', () => {
  const started = follow().updates.filter((u) => u.kind === 'started' && u.id.startsWith(id('name')));
  assert.deepEqual(started, [
    { kind: 'started', id: id('name {{name}}[0]'), label: 'name ada', parent: id('name {{name}}') },
    { kind: 'started', id: id('name {{name}}[1]'), label: 'name bob', parent: id('name {{name}}') },
  ]);
});

test('a failed equality has the assertion as written, its line and both sides for a diff; other failures no diff', () => {
  const failed = follow().updates.find((u) => u.kind === 'failed');
  assert.ok(failed?.kind === 'failed');
  const [equality, contains] = failed.failures;
  assert.match(equality?.message ?? '', /^expect \$ == \{ "id": 1, "name": "Max" \}: Expected/);
  assert.deepEqual(equality?.location, { file, line: 17, column: 3 });
  assert.equal(equality?.diff?.expected, JSON.stringify({ id: 1, name: 'Max' }, null, 2));
  assert.match(equality?.diff?.actual ?? '', /"name": "Rex"/);
  assert.match(contains?.message ?? '', /^expect \$\.name contains "Max": /);
  assert.equal(contains?.diff, undefined);
});

test('an errored step says why, at the request', () => {
  const errored = follow().updates.find((u) => u.kind === 'errored');
  assert.ok(errored?.kind === 'errored');
  assert.match(errored.failures[0]?.message ?? '', /refused/i);
  assert.equal(errored.failures[0]?.location?.line, 22);
});

test('requests and responses go to their test\'s output at the step\'s line; the setup\'s to the run\'s output', () => {
  const outputs = follow().updates.filter((u) => u.kind === 'output');
  const request = outputs.find((u) => u.id === id('passes') && u.text.startsWith('→ GET'));
  assert.equal(request?.location?.line, 10);
  assert.ok(outputs.some((u) => u.id === id('passes') && u.text.startsWith('← 200') && u.text.includes('"name": "Rex"')));
  assert.ok(outputs.some((u) => u.id === undefined && u.text.startsWith('→ GET') && u.text.includes('/status/204')));
});

test('the failed tests of the run, for running them again', () => {
  const { run } = follow();
  assert.deepEqual(run.failed(), [id('differs'), id('refused')]);
});

test('a run that could not start errors every queued test with the reason; a cancelled run skips them', () => {
  const broken = new RunUpdates([id('passes')]).finish(2, 'suite.assay:3:1: error ...');
  assert.deepEqual(broken, [{ kind: 'errored', id: id('passes'), failures: [{ message: 'suite.assay:3:1: error ...' }] }]);
  assert.deepEqual(new RunUpdates([id('passes')]).finish(130), [{ kind: 'skipped', id: id('passes') }]);
});

test('diff sides: two strings as they are, other values as indented JSON', () => {
  assert.deepEqual(diffSides('a\nb', 'a\nc'), { expected: 'a\nb', actual: 'a\nc' });
  assert.deepEqual(diffSides(1, '1'), { expected: '1', actual: '"1"' });
});
