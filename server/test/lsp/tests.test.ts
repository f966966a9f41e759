/**
 * The workspace's tests over a real JSON-RPC connection: `assay/listTests` from the index (open and
 * closed files), and `assay/testsChanged` after edits, saves and watched-file events.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DidChangeWatchedFilesNotification, DidSaveTextDocumentNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { ListTests, TestsChanged, type TestItem } from '../../src/lsp/protocol';
import { startSession, type LspSession } from './harness';

const PETS = [
  '@tag(smoke, "fast-path")',
  'test "lists pets" {',
  '  GET /pets',
  '}',
  '',
  '@skip("not yet")',
  'test "GET /pets/{{id}} answers {{status}}" with [',
  '  { id: 1, status: 200 },',
  '  { id: "x y", status: 404 },',
  '] {',
  '  GET /pets/{{id}}',
  '}',
  '',
  'test "seeded {{name}}" with file "./rows.csv" {',
  '  GET /pets/{{name}}',
  '}',
  '',
].join('\n');

let lsp: LspSession;
const changes: TestsChanged.Params[] = [];
let changed: (() => void) | undefined;
before(async () => {
  lsp = await startSession({ 'pets.assay': PETS, 'rows.csv': 'name\nRex\n', 'lib/common.assay': 'vars {\n  a = 1\n}\n', 'lib/more.assay': 'test "more" {\n  GET /m\n}\n' });
  lsp.client.onNotification(TestsChanged.method, (params: TestsChanged.Params) => {
    changes.push(params);
    changed?.();
  });
});
after(() => lsp.close());

/** The next `assay/testsChanged`, as file name → test names. */
async function nextChange(): Promise<Record<string, string[]>> {
  changes.length = 0;
  await new Promise<void>((resolve) => (changed = resolve));
  const out: Record<string, string[]> = {};
  for (const file of changes.flatMap((c) => c.files)) out[file.uri.slice(file.uri.lastIndexOf('/') + 1)] = file.tests.map((t) => t.name);
  return out;
}

const brief = (t: TestItem) => ({ name: t.name, line: t.range.start.line, tags: t.tags, skipped: t.skipped, rows: t.rows.map((r) => r.label), rowsFromFile: t.rowsFromFile });

test('listTests: every file with tests, read from the disk, with tags, skips, rows and data files', async () => {
  const result: ListTests.Result = await lsp.client.sendRequest(ListTests.method, {});
  assert.deepEqual(
    result.files.map((f) => f.uri.slice(f.uri.indexOf('assay-lsp-')).replace(/^[^/]+\//, '')),
    ['lib/more.assay', 'pets.assay'],
  );
  const pets = result.files[1].tests;
  assert.deepEqual(pets.map(brief), [
    { name: 'lists pets', line: 0, tags: ['smoke', 'fast-path'], skipped: false, rows: [], rowsFromFile: false },
    { name: 'GET /pets/{{id}} answers {{status}}', line: 5, tags: [], skipped: true, rows: ['GET /pets/1 answers 200', 'GET /pets/x y answers 404'], rowsFromFile: false },
    { name: 'seeded {{name}}', line: 13, tags: [], skipped: false, rows: [], rowsFromFile: true },
  ]);
  const path = join(lsp.root, 'pets.assay');
  assert.deepEqual(
    [pets[0].id, ...pets[1].rows.map((r) => r.id)],
    [`${path}#lists pets`, `${path}#GET /pets/{{id}} answers {{status}}[0]`, `${path}#GET /pets/{{id}} answers {{status}}[1]`],
  );
  assert.deepEqual(pets[0].range, { start: { line: 0, character: 0 }, end: { line: 3, character: 1 } });
});

test('listTests: the given files only, even without tests', async () => {
  const uri = `${lsp.write('lib/common.assay', 'vars {\n  a = 1\n}\n')}`;
  const result: ListTests.Result = await lsp.client.sendRequest(ListTests.method, { uris: [uri] });
  assert.deepEqual(result.files, [{ uri, tests: [] }]);
});

test('testsChanged: after an edit renames a test (once for a burst of edits), and while a test is half-typed', async () => {
  const { uri } = await lsp.open('edit.assay', 'test "one" {\n  GET /a\n}\n');
  assert.deepEqual(await nextChange(), { 'edit.assay': ['one'] });
  const waiting = nextChange();
  lsp.change(uri, 2, { start: { line: 0, character: 9 }, end: { line: 0, character: 9 } }, 'X');
  lsp.change(uri, 3, { start: { line: 0, character: 10 }, end: { line: 0, character: 10 } }, 'Y');
  assert.deepEqual(await waiting, { 'edit.assay': ['oneXY'] });
  assert.equal(changes.length, 1);
  // A broken block keeps its test listed under its name.
  const broken = nextChange();
  lsp.change(uri, 4, { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, '');
  lsp.change(uri, 5, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, 'test "two" {\n');
  assert.deepEqual(await broken, { 'edit.assay': ['oneXY', 'two'] });
});

test('testsChanged: nothing is sent when an edit leaves the tests as they were', async () => {
  const { uri } = await lsp.open('quiet.assay', 'test "q" {\n  GET /a\n}\n');
  assert.deepEqual(await nextChange(), { 'quiet.assay': ['q'] });
  const before = changes.length;
  lsp.change(uri, 2, { start: { line: 1, character: 8 }, end: { line: 1, character: 8 } }, 'b');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  assert.equal(changes.length, before);
});

test('testsChanged: after files are created, changed and deleted on the disk', async () => {
  const created = nextChange();
  const uri = lsp.write('new.assay', 'test "fresh" {\n  GET /a\n}\n');
  await lsp.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Created as FileChangeType }] });
  assert.deepEqual(await created, { 'new.assay': ['fresh'] });

  const edited = nextChange();
  lsp.write('new.assay', 'test "fresh" {\n  GET /a\n}\ntest "second" {\n  GET /b\n}\n');
  await lsp.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed as FileChangeType }] });
  assert.deepEqual(await edited, { 'new.assay': ['fresh', 'second'] });

  const deleted = nextChange();
  rmSync(join(lsp.root, 'lib'), { recursive: true });
  await lsp.client.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [{ uri: uri.replace('new.assay', 'lib'), type: FileChangeType.Deleted as FileChangeType }],
  });
  assert.deepEqual(await deleted, { 'more.assay': [] });
  const result: ListTests.Result = await lsp.client.sendRequest(ListTests.method, {});
  assert.ok(!result.files.some((f) => f.uri.endsWith('more.assay')));
});

test('a save keeps the tests of the open document', async () => {
  const { uri } = await lsp.open('saved.assay', 'test "kept" {\n  GET /a\n}\n');
  assert.deepEqual(await nextChange(), { 'saved.assay': ['kept'] });
  // Saving text the server already has changes nothing; no notification is due, so check the state.
  await lsp.client.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  const result: ListTests.Result = await lsp.client.sendRequest(ListTests.method, { uris: [uri] });
  assert.deepEqual(result.files[0].tests.map((t) => t.name), ['kept']);
});
