/**
 * The server answers every request on a document in any state, quickly, and never crashes: empty,
 * half-typed, binary garbage and 10 MB documents, and a fuzz test that drives random edits through the
 * real JSON-RPC connection, sending every request kind after each batch.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  FileChangeType,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { ListTests } from '../../src/lsp/protocol';
import { positionAt, startSession, type LspSession } from './harness';

let lsp: LspSession;
before(async () => {
  lsp = await startSession({ 'common.assay': 'vars {\n  base = "http://x"\n}\ncomponent login(user) {\n  POST {{base}}/login\n  capture token = $.t\n}\n' });
});
after(() => lsp.close());

/**
 * Sends every request kind the server announces at `position` of `uri`, but those in `skip`; returns
 * the failures as text: errors, and answers slower than `limitMs`.
 */
async function askEverything(uri: string, position: Position, limitMs = 2000, skip: readonly string[] = []): Promise<string[]> {
  const textDocument = { uri };
  const range = { start: position, end: position };
  const requests: Array<[string, () => Promise<unknown>]> = [
    ['definition', () => lsp.client.sendRequest(DefinitionRequest.type, { textDocument, position })],
    ['references', () => lsp.client.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } })],
    ['prepareRename', () => lsp.client.sendRequest(PrepareRenameRequest.type, { textDocument, position })],
    ['rename', () => lsp.client.sendRequest(RenameRequest.type, { textDocument, position, newName: 'renamed' })],
    ['documentSymbol', () => lsp.client.sendRequest(DocumentSymbolRequest.type, { textDocument })],
    ['foldingRange', () => lsp.client.sendRequest(FoldingRangeRequest.type, { textDocument })],
    ['formatting', () => lsp.client.sendRequest(DocumentFormattingRequest.type, { textDocument, options: { tabSize: 2, insertSpaces: true } })],
    ['semanticTokens', () => lsp.client.sendRequest(SemanticTokensRequest.type, { textDocument })],
    ['codeLens', () => lsp.client.sendRequest(CodeLensRequest.type, { textDocument })],
    ['workspaceSymbol', () => lsp.client.sendRequest(WorkspaceSymbolRequest.type, { query: 't' })],
    ['listTests', () => lsp.client.sendRequest(ListTests.method, { uris: [uri] })],
  ];
  const caps = lsp.capabilities;
  if (caps.hoverProvider) requests.push(['hover', () => lsp.client.sendRequest(HoverRequest.type, { textDocument, position })]);
  if (caps.completionProvider) requests.push(['completion', () => lsp.client.sendRequest(CompletionRequest.type, { textDocument, position })]);
  if (caps.codeActionProvider) {
    requests.push(['codeAction', () => lsp.client.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: [] } })]);
  }
  const failures: string[] = [];
  for (const [name, send] of requests) {
    if (skip.includes(name)) continue;
    const started = Date.now();
    try {
      await send();
    } catch (e) {
      failures.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (Date.now() - started > limitMs) failures.push(`${name}: took ${Date.now() - started} ms`);
  }
  return failures;
}

/** Positions worth asking at: the start, the end, the middle, and a line past the end. */
function probes(text: string): Position[] {
  const end = positionAt(text, text.length);
  return [{ line: 0, character: 0 }, positionAt(text, text.length >> 1), end, { line: end.line + 5, character: 3 }];
}

const STATES: Array<{ name: string; text: string }> = [
  { name: 'empty', text: '' },
  { name: 'half-typed', text: 'import "./common.assay"\n@tag(\ntest "a {{ba" with [ { id: \n  GET {{base}}/x/{{\n  expect status ==\n  capture = \n  use login(user: \ncomponent (\n' },
  { name: 'binary garbage', text: Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('') },
  { name: 'only braces and quotes', text: '{{{{}}}}"""""{[{[{["\\"\\\n}}}}#{{#"""\n'.repeat(50) },
];

for (const state of STATES) {
  test(`every request answers on a document that is ${state.name}`, async () => {
    const { uri } = await lsp.open(`state-${state.name.replace(/\W/g, '-')}.assay`, state.text);
    for (const position of probes(state.text)) assert.deepEqual(await askEverything(uri, position), []);
  });
}

// Opening parses and checks the whole file (about 4 s per MB here), and formatting re-prints it (about
// as long): both are the core's cost, not a request's, so the limits below leave them out.
test('every request answers in time on a 10 MB document', async () => {
  const block = (i: number) =>
    `# Test ${i}.\n@tag(t${i % 7})\ntest "pets ${i}" with [{ id: ${i} }] {\n  POST {{base}}/pets\n  json { "name": "Rex {{id}}", "n": ${i} }\n  expect status == 201\n  capture pet = $.id\n  GET {{base}}/pets/{{pet}}\n  use login(user: "u${i}")\n}\n\n`;
  const parts = ['import "./common.assay"\n\n'];
  let size = parts[0].length;
  for (let i = 0; size < 10 * 1024 * 1024; i++) {
    parts.push(block(i));
    size += parts[parts.length - 1].length;
  }
  const text = parts.join('');
  const { uri } = await lsp.open('big.assay', text);
  await lsp.diagnostics(uri, 1);
  const cursor = positionAt(text, text.indexOf('{{pet}}', text.length >> 1) + 3);
  for (const position of [cursor, ...probes(text)]) assert.deepEqual(await askEverything(uri, position, 10_000, ['formatting']), []);
  await lsp.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  rmSync(join(lsp.root, 'big.assay'));
  await lsp.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Deleted as FileChangeType }] });
});

/** Fragments that random edits insert: pieces of the language, unbalanced brackets, odd characters. */
const FRAGMENTS = [
  'test "t" {\n',
  'test "t {{id}}" with [{ id: 1 }, { "id": 2 }] {\n',
  'component c(a) {\n',
  'vars {\n  x = 1\n}\n',
  'setup {\n',
  'teardown {\n',
  'import "./common.assay"\n',
  '@tag(a)\n',
  '@skip\n',
  '}',
  '}\n',
  '{{',
  '}}',
  '{{x}}',
  '{{ token }}',
  '{{base}}',
  '  GET {{base}}/a\n',
  '  expect status == 200\n',
  '  expect $.a is string\n',
  '  capture x = $.id\n',
  '  use login(user: "a")\n',
  '  json { "a": {{x}} }\n',
  '"',
  '"""',
  '#',
  ' # c\n',
  '\n',
  '\r\n',
  '\t',
  '/re/',
  '\u0000',
  '\uFFFF',
  '😀',
];

type Edit = { at: number; remove: number; insert: string };

const edits = fc.array(
  fc.record({
    at: fc.nat(),
    remove: fc.oneof(fc.constant(0), fc.nat(12)),
    insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.constant('')),
  }),
  { minLength: 1, maxLength: 25 },
);

test('fuzz: random edits, then every request kind, never fail or crash the server', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(edits, fc.nat(), async (batch: Edit[], probe: number) => {
      let text = 'import "./common.assay"\n\ntest "a" {\n  GET {{base}}/a\n  capture id = $.id\n}\n';
      const { uri } = await lsp.open(`fuzz-${run++}.assay`, text);
      let version = 1;
      for (const edit of batch) {
        const start = edit.at % (text.length + 1);
        const end = Math.min(text.length, start + edit.remove);
        lsp.change(uri, ++version, { start: positionAt(text, start), end: positionAt(text, end) }, edit.insert);
        text = text.slice(0, start) + edit.insert + text.slice(end);
      }
      await lsp.diagnostics(uri, version);
      const position = positionAt(text, probe % (text.length + 1));
      assert.deepEqual(await askEverything(uri, position), []);
    }),
    { numRuns: 60 },
  );
});
