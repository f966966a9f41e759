/** Document sync and diagnostics over a real JSON-RPC connection. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DocumentSymbolRequest, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { startSession, type LspSession } from './harness';

let lsp: LspSession;
before(async () => {
  lsp = await startSession({ 'lib.assay': 'vars {\n  base = "http://x"\n}\n' });
});
after(() => lsp.close());

test('initialize announces incremental sync, symbols, folding and formatting', () => {
  assert.deepEqual(lsp.capabilities.textDocumentSync, { openClose: true, change: 2, save: true });
  assert.equal(lsp.capabilities.documentSymbolProvider, true);
  assert.equal(lsp.capabilities.foldingRangeProvider, true);
  assert.equal(lsp.capabilities.documentFormattingProvider, true);
});

test('diagnostics are published on open and follow incremental edits', async () => {
  const { uri } = await lsp.open('a.assay', 'import "./lib.assay"\n\ntest "t" {\n  GET {{base}}/a\n  expct status == 200\n}\n');
  const first = await lsp.diagnostics(uri, 1);
  assert.deepEqual(first.map((d) => [d.range.start.line, d.range.start.character, d.code]), [[4, 2, 'unknown-statement']]);
  // Fix the typo: insert the missing "e" after "exp".
  lsp.change(uri, 2, { start: { line: 4, character: 5 }, end: { line: 4, character: 5 } }, 'e');
  assert.deepEqual(await lsp.diagnostics(uri, 2), []);
  // Break a variable name: {{base}} -> {{bas}}.
  lsp.change(uri, 3, { start: { line: 3, character: 11 }, end: { line: 3, character: 12 } }, '');
  const third = await lsp.diagnostics(uri, 3);
  assert.deepEqual(third.map((d) => [d.range.start.line, d.code]), [[3, 'undefined-variable']]);
});

test('document symbols outline tests and their steps', async () => {
  const { uri } = await lsp.open('b.assay', 'test "one" {\n  GET /a\n  POST /b\n}\n\ncomponent c(x) {\n  GET /c\n}\n');
  const symbols = (await lsp.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.deepEqual(symbols.map((s) => [s.name, s.children?.map((c) => c.name)]), [
    ['one', ['GET /a', 'POST /b']],
    ['c', ['GET /c']],
  ]);
});
