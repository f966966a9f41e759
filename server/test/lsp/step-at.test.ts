/**
 * `assay/stepAt` over a real connection: the block and step at a position, named as run events name
 * them; and the run options the extension passes (`envFiles`, `jobs`, `timeout`, `cacert`, `insecure`, `cert`, `key`, `proxy`) as `assay run` flags.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { runArguments } from '../../src/lsp/features/run';
import { StepAt } from '../../src/lsp/protocol';
import { Workspace } from '../../src/lsp/workspace';
import { CURSOR, startSession, type LspSession } from './harness';

const FILE = [
  'setup {',
  '  GET http://127.0.0.1:9/login',
  '}',
  '',
  'test "two steps" {',
  '  GET http://127.0.0.1:9/a',
  '  expect status == 200',
  '',
  '  GET http://127.0.0.1:9/b',
  '  expect status == 200',
  '}',
  '',
].join('\n');

let lsp: LspSession;
before(async () => {
  lsp = await startSession();
});
after(() => lsp.close());

async function stepAt(marked: string): Promise<StepAt.Result> {
  const { uri, cursor } = await lsp.open('steps.assay', marked);
  return lsp.client.sendRequest(StepAt.method, { uri, position: cursor } satisfies StepAt.Params);
}

function mark(after: string): string {
  const at = FILE.indexOf(after) + after.length;
  return FILE.slice(0, at) + CURSOR + FILE.slice(at);
}

test('a position in the second request of a test names the test and step 1', async () => {
  const result = await stepAt(mark('expect status == 200\n\n  GET http://127.0.0.1:9/b\n  expect'));
  assert.match(result?.blockId ?? '', /steps\.assay#two steps$/);
  assert.equal(result?.step, 1);
});

test('a position in a setup names the file\'s @setup block', async () => {
  const result = await stepAt(mark('GET http://127.0.0.1:9/lo'));
  assert.match(result?.blockId ?? '', /steps\.assay#@setup$/);
  assert.equal(result?.step, 0);
});

test('a position outside any step is null', async () => {
  assert.equal(await stepAt(mark('test "two')), null);
});

test('env files, jobs and timeout become assay run flags', () => {
  const args = runArguments(new Workspace('/ws'), { uris: ['file:///ws/a.assay'], envFiles: ['.env.local'], jobs: 2, timeout: '5s', cacert: ['certs/ca.pem'], insecure: true, cert: 'me.pem', key: 'me.key', proxy: 'http://127.0.0.1:8080' });
  assert.deepEqual(args, ['run', '/ws/a.assay', '--reporter=ndjson', '--env-file=.env.local', '--jobs=2', '--timeout=5s', '--cacert=certs/ca.pem', '--insecure', '--cert=me.pem', '--key=me.key', '--proxy=http://127.0.0.1:8080']);
});
