/**
 * The bundled language server as the extension starts it — a Node process over IPC — driven through
 * the calls the extension makes: list the tests, run some with the settings' options, follow the
 * events into test results, cancel, and find the last response of the step at a position. Build the
 * bundles first (`node scripts/build.mjs`).
 */
import assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { CancelRun, ListTests, RunEvent, RunFinished, RunTests, StepAt, type RunnerEvent } from '../../../server/src/lsp/protocol';
import { runOptions } from '../../src/runs/run-options';
import { responseDocument, StepMemory } from '../../src/runs/step-memory';
import { RunUpdates } from '../../src/testing/run-updates';
import { selectTests } from '../../src/testing/selection';
import { nodesById, TestIndex } from '../../src/testing/test-tree';
import { startApi, workspace } from './helpers';

/** A run or a request that does not end within this fails the test instead of hanging it. */
const LIMIT = { timeout: 30_000 };

const SERVER = resolve(__dirname, '../../../server/dist/server.js');

const SUITE = [
  'vars {',
  '  baseUrl = env("BASE_URL", "http://127.0.0.1:9")',
  '  who     = env("WHO", "nobody")',
  '}',
  '',
  'test "pet" {',
  '  GET {{baseUrl}}/pets/1?who={{who}}',
  '  expect status == 200',
  '  expect $.name == "Max"',
  '}',
  '',
  'test "slow" {',
  '  GET {{baseUrl}}/slow?ms=20000',
  '}',
  '',
].join('\n');

let api: { url: string; close(): Promise<void> };
let server: ChildProcess;
let connection: ProtocolConnection;
let dir: string;
const events = new Map<string, RunnerEvent[]>();
const finished = new Map<string, RunFinished.Params>();
let wake: () => void = () => undefined;

before(async () => {
  api = await startApi();
  dir = workspace({ 'pets.assay': SUITE, '.env.local': 'WHO=ada\n' });
  server = fork(SERVER, ['--node-ipc'], { cwd: dir, execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  connection = createProtocolConnection(new IPCMessageReader(server), new IPCMessageWriter(server));
  connection.onNotification(RunEvent.method, ({ runId, event }: RunEvent.Params) => {
    events.set(runId, [...(events.get(runId) ?? []), event as unknown as RunnerEvent]);
    wake();
  });
  connection.onNotification(RunFinished.method, (params: RunFinished.Params) => {
    finished.set(params.runId, params);
    wake();
  });
  connection.listen();
  const root = pathToFileURL(dir).href;
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: root, capabilities: {}, workspaceFolders: [{ uri: root, name: 'ws' }] });
  await connection.sendNotification(InitializedNotification.type, {});
}, LIMIT);

after(async () => {
  connection.dispose();
  server.kill();
  await api.close();
});

async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise<void>((resolve) => (wake = resolve));
}

async function tree() {
  const { files }: ListTests.Result = await connection.sendRequest(ListTests.method, {});
  const index = new TestIndex();
  index.update(files);
  return index.tree(dir);
}

test('the tests listed over IPC make the tree; a run of one test, with the settings\' options, reports its result', LIMIT, async () => {
  const roots = await tree();
  const byId = nodesById(roots);
  const pet = byId.get(`${join(dir, 'pets.assay')}#pet`);
  assert.ok(pet, 'the test is listed');
  const selection = selectTests(roots, [pet]);
  assert.ok(selection);
  const options = runOptions({ envFiles: ['.env.local'], variables: { BASE_URL: api.url }, timeout: '5s' });
  const { runId }: RunTests.Result = await connection.sendRequest(RunTests.method, { ...options, ...selection.target });
  await until(() => finished.has(runId));
  const updates = new RunUpdates(selection.queued);
  const results = (events.get(runId) ?? []).flatMap((e) => updates.take(e));
  const failed = results.find((u) => u.kind === 'failed');
  assert.ok(failed?.kind === 'failed');
  assert.equal(failed.id, pet.id);
  assert.deepEqual(failed.failures[0]?.diff, { expected: 'Max', actual: 'Rex' });
  assert.ok(results.some((u) => u.kind === 'output' && u.text.includes('?who=ada')), 'the env file was read');
  assert.equal(finished.get(runId)?.exitCode, 1);
});

test('the last response of the step at a position, after the run', LIMIT, async () => {
  const uri = pathToFileURL(join(dir, 'pets.assay')).href;
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'assay', version: 1, text: SUITE } });
  const at: StepAt.Result = await connection.sendRequest(StepAt.method, { uri, position: { line: 7, character: 4 } });
  assert.deepEqual(at, { blockId: `${join(dir, 'pets.assay')}#pet`, step: 0 });
  const memory = new StepMemory();
  for (const list of events.values()) list.forEach((e) => memory.observe(e));
  const exchange = memory.last(at.blockId, at.step);
  assert.match(exchange ? (responseDocument(exchange)?.text ?? '') : '', /"name": "Rex"/);
});

test('cancelling a run ends it as cancelled; its queued tests are skipped', LIMIT, async () => {
  const slow = `${join(dir, 'pets.assay')}#slow`;
  const { runId }: RunTests.Result = await connection.sendRequest(RunTests.method, { testIds: [slow], vars: { BASE_URL: api.url } });
  await until(() => (events.get(runId) ?? []).some((e) => e.type === 'request'));
  assert.equal(await connection.sendRequest(CancelRun.method, { runId } satisfies CancelRun.Params), true);
  await until(() => finished.has(runId));
  const updates = new RunUpdates([slow]);
  (events.get(runId) ?? []).forEach((e) => updates.take(e));
  const end = finished.get(runId);
  assert.equal(end?.exitCode, 130);
  const results = updates.finish(end?.exitCode ?? 0, end?.message);
  assert.ok(results.every((u) => u.kind !== 'errored'));
});
