/**
 * Running tests through the language server, end to end: `assay/runTests` starts the bundled CLI
 * (build it first: `node scripts/build.mjs`) against the sample API, and the events stream back as
 * `assay/runEvent` notifications, ending with `assay/runFinished`.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { RunEvent as Event } from '../../src/core/runner/events';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { CancelRun, RunEvent, RunFinished, RunTests } from '../../src/lsp/protocol';
import { startApi, type SampleApi } from '../runner/helpers';
import { startSession, type LspSession } from './harness';

const SUITE = [
  'vars {',
  '  baseUrl = env("BASE_URL", "http://127.0.0.1:9")',
  '}',
  '',
  'test "status ok" {',
  '  GET {{baseUrl}}/status/200',
  '  expect status == 200',
  '}',
  '',
  'test "status fails" {',
  '  GET {{baseUrl}}/status/500',
  '  expect status == 200',
  '}',
  '',
  'test "code {{code}}" with [{ code: 200 }, { code: 201 }] {',
  '  GET {{baseUrl}}/status/{{code}}',
  '  expect status == {{code}}',
  '}',
  '',
].join('\n');

const SLOW = [
  'vars {',
  '  baseUrl = env("BASE_URL", "http://127.0.0.1:9")',
  '}',
  '',
  'test "slow" {',
  '  GET {{baseUrl}}/slow?ms=20000',
  '}',
  '',
  'teardown {',
  '  GET {{baseUrl}}/status/204',
  '}',
  '',
].join('\n');

let lsp: LspSession;
let api: SampleApi;
const events = new Map<string, Event[]>();
const finished = new Map<string, RunFinished.Params>();
const waiters: Array<() => void> = [];

before(async () => {
  api = await startApi();
  lsp = await startSession({ 'suite.assay': SUITE, 'slow.assay': SLOW, 'broken.assay': 'test "t" {\n  GET /a\n  expct status == 200\n}\n' });
  lsp.client.onNotification(RunEvent.method, ({ runId, event }: RunEvent.Params) => {
    events.set(runId, [...(events.get(runId) ?? []), event as unknown as Event]);
    waiters.splice(0).forEach((w) => w());
  });
  lsp.client.onNotification(RunFinished.method, (params: RunFinished.Params) => {
    finished.set(params.runId, params);
    waiters.splice(0).forEach((w) => w());
  });
});
after(async () => {
  lsp.close();
  await api.close();
});

async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise<void>((resolve) => waiters.push(resolve));
}

/** Starts a run and waits for its end: its events and how it finished. */
async function run(params: RunTests.Params): Promise<{ events: Event[]; finished: RunFinished.Params }> {
  const { runId }: RunTests.Result = await lsp.client.sendRequest(RunTests.method, { vars: { BASE_URL: api.url }, ...params });
  await until(() => finished.has(runId));
  return { events: events.get(runId) ?? [], finished: finished.get(runId) as RunFinished.Params };
}

const ends = (list: Event[]) => list.flatMap((e) => (e.type === 'test-end' ? [`${e.testId.slice(e.testId.indexOf('#') + 1)}: ${e.status}`] : []));

test('runs a file: every event streams in order, and the exit code says a test failed', async () => {
  const result = await run({ uris: [lsp.write('suite.assay', SUITE)] });
  const types = result.events.map((e) => e.type);
  assert.equal(types[0], 'run-start');
  assert.equal(types.at(-1), 'run-end');
  assert.ok(types.includes('request') && types.includes('response') && types.includes('assertion'));
  assert.deepEqual(ends(result.events), ['status ok: passed', 'status fails: failed', 'code {{code}}[0]: passed', 'code {{code}}[1]: passed']);
  assert.equal(result.finished.exitCode, 1);
});

test('after a run, hovering a test shows its last result', async () => {
  const { uri, cursor } = await lsp.open('suite.assay', SUITE.replace('test "status fails"', 'test "status █fails"'));
  await run({ uris: [uri] });
  const hover = await lsp.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: cursor });
  assert.match((hover?.contents as MarkupContent).value, /\*\*Last run:\*\* ✗ failed/);
});

test('runs tests by id: a whole test and one row of another', async () => {
  const path = join(lsp.root, 'suite.assay');
  const result = await run({ testIds: [`${path}#status ok`, `${path}#code {{code}}[1]`] });
  assert.deepEqual(ends(result.events), ['status ok: passed', 'code {{code}}[1]: passed']);
  assert.deepEqual(
    result.events.flatMap((e) => (e.type === 'test-start' ? [e.name] : [])),
    ['status ok', 'code 201'],
  );
  assert.equal(result.finished.exitCode, 0);
});

test('an unknown test id is an error', async () => {
  await assert.rejects(lsp.client.sendRequest(RunTests.method, { testIds: [join(lsp.root, 'suite.assay#nope')] }), /no such test/);
});

test('files with errors do not run: exit code 2 and the check output', async () => {
  const result = await run({ uris: [lsp.write('broken.assay', 'test "t" {\n  GET /a\n  expct status == 200\n}\n')] });
  assert.deepEqual(result.events, []);
  assert.equal(result.finished.exitCode, 2);
  assert.match(result.finished.message ?? '', /unknown-statement/);
});

test('cancelRun interrupts the run; the teardown still runs', async () => {
  const { runId }: RunTests.Result = await lsp.client.sendRequest(RunTests.method, { uris: [join(lsp.root, 'slow.assay')], vars: { BASE_URL: api.url } });
  await until(() => (events.get(runId) ?? []).some((e) => e.type === 'request'));
  assert.equal(await lsp.client.sendRequest(CancelRun.method, { runId }), true);
  await until(() => finished.has(runId));
  assert.equal(finished.get(runId)?.exitCode, 130);
  const list = events.get(runId) ?? [];
  assert.ok(list.some((e) => e.type === 'response' && e.testId.endsWith('#@teardown') && e.status === 204));
  assert.equal(list.at(-1)?.type, 'run-end');
  assert.equal(await lsp.client.sendRequest(CancelRun.method, { runId }), false);
});
