/**
 * The bundled server as editors start it: `node server/bin/assay.js lsp --stdio` (build it first:
 * `node scripts/build.mjs`), driven by a plain LSP client over the child's standard streams.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ListTests } from '../../src/lsp/protocol';

const BIN = join(__dirname, '..', '..', 'bin', 'assay.js');

let child: ChildProcess;
let client: ProtocolConnection;
let init: InitializeResult;
let root: string;
const published: PublishDiagnosticsParams[] = [];

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'assay-stdio-'));
  writeFileSync(join(root, 'disk.assay'), 'test "on disk" {\n  GET /a\n}\n');
  const proc = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  child = proc;
  client = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  client.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
  });
  client.listen();
  init = await client.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
  await client.sendNotification(InitializedNotification.type, {});
});

after(async () => {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await client.sendRequest(ShutdownRequest.type);
  await client.sendNotification(ExitNotification.type);
  await exited;
  client.dispose();
});

test('initialize answers the capabilities of every feature', () => {
  const caps = init.capabilities;
  assert.equal(init.serverInfo?.name, 'assay');
  assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: true });
  assert.equal(caps.definitionProvider, true);
  assert.equal(caps.referencesProvider, true);
  assert.deepEqual(caps.renameProvider, { prepareProvider: true });
  assert.equal(caps.workspaceSymbolProvider, true);
  assert.equal(caps.semanticTokensProvider?.full, true);
  assert.ok(caps.codeLensProvider);
  assert.equal(caps.documentSymbolProvider, true);
});

test('opening a broken file publishes its diagnostics', async () => {
  const uri = pathToFileURL(join(root, 'broken.assay')).href;
  await client.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'assay', version: 1, text: 'test "t" {\n  GET /a\n  expct status == 200\n' },
  });
  for (let i = 0; i < 200 && !published.some((p) => p.uri === uri); i++) await new Promise((r) => setTimeout(r, 25));
  const diagnostics = published.find((p) => p.uri === uri)?.diagnostics ?? [];
  assert.ok(diagnostics.length > 0);
  assert.ok(diagnostics.every((d) => d.source === 'assay'));
});

test('completion answers, when the server offers it', async (t) => {
  if (!init.capabilities.completionProvider) return t.skip('no completion in this build');
  const uri = pathToFileURL(join(root, 'complete.assay')).href;
  await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'assay', version: 1, text: 'test "t" {\n  GET /a\n  ex\n}\n' } });
  const result = await client.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 4 } });
  const items = Array.isArray(result) ? result : (result?.items ?? []);
  assert.ok(items.some((i) => i.label === 'expect'));
});

test('the tests of files on the disk are listed', async () => {
  const result: ListTests.Result = await client.sendRequest(ListTests.method, {});
  const onDisk = result.files.find((f) => f.uri.endsWith('/disk.assay'));
  assert.deepEqual(onDisk?.tests.map((t) => t.name), ['on disk']);
});
