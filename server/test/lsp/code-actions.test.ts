/**
 * Quick fixes over a real JSON-RPC connection: the published diagnostics are sent back with a code
 * action request, and each fix is applied to the text to compare it with the expected result.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CodeActionRequest, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startSession, type LspSession } from './harness';

let lsp: LspSession;
let n = 0;
before(async () => {
  lsp = await startSession();
});
after(() => lsp.close());

/** Opens `text`, waits for its diagnostics, asks for the code actions of all of them; each title with the text it gives. */
async function fixes(text: string): Promise<{ codes: (string | number | undefined)[]; results: [string, string][] }> {
  const { uri } = await lsp.open(`f${n++}.assay`, text);
  const diagnostics: Diagnostic[] = await lsp.diagnostics(uri, 1);
  const end = { line: text.split('\n').length, character: 0 };
  const actions = (await lsp.client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end },
    context: { diagnostics },
  })) as CodeAction[];
  const doc = TextDocument.create(uri, 'assay', 1, text);
  return {
    codes: diagnostics.map((d) => d.code),
    results: actions.map((a) => [a.title, TextDocument.applyEdits(doc, (a.edit?.changes?.[uri] ?? []) as TextEdit[])]),
  };
}

test('initialize announces quick fixes', () => {
  assert.deepEqual(lsp.capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
});

test('a diagnostic with a fix becomes a quick fix: a misspelled statement', async () => {
  const { results } = await fixes('test "t" {\n  GET /a\n  expct status == 200\n}\n');
  assert.deepEqual(results, [['Change to `expect`', 'test "t" {\n  GET /a\n  expect status == 200\n}\n']]);
});

test('add the missing }', async () => {
  const { results } = await fixes('test "t" {\n  GET /a\n  expect status == 200\n');
  assert.deepEqual(results, [['Add the missing `}`', 'test "t" {\n  GET /a\n  expect status == 200\n}\n']]);
});

test('an undefined variable: did-you-mean, and define it in the vars block', async () => {
  const { results } = await fixes('vars {\n  base = "http://x"\n}\n\ntest "t" {\n  GET {{bse}}/a\n}\n');
  assert.deepEqual(results, [
    ['Change to `base`', 'vars {\n  base = "http://x"\n}\n\ntest "t" {\n  GET {{base}}/a\n}\n'],
    ['Define `bse` in `vars`', 'vars {\n  base = "http://x"\n  bse = ""\n}\n\ntest "t" {\n  GET {{bse}}/a\n}\n'],
  ]);
});

test('define a variable: a new vars block after the imports, or at the top', async () => {
  const afterImports = await fixes('import "./lib.assay"\n\ntest "t" {\n  GET {{host}}/a\n}\n');
  assert.deepEqual(afterImports.codes, ['import-not-found', 'undefined-variable']);
  assert.deepEqual(afterImports.results.at(-1), ['Define `host` in `vars`', 'import "./lib.assay"\n\nvars {\n  host = ""\n}\n\ntest "t" {\n  GET {{host}}/a\n}\n']);
  const top = await fixes('test "t" {\n  GET {{ host }}/a\n}\n');
  assert.deepEqual(top.results, [['Define `host` in `vars`', 'vars {\n  host = ""\n}\n\ntest "t" {\n  GET {{ host }}/a\n}\n']]);
  const oneLine = await fixes('vars { a = 1 }\n\ntest "t" {\n  GET {{host}}/{{a}}\n}\n');
  assert.deepEqual(oneLine.results, [['Define `host` in `vars`', 'vars { a = 1 \n  host = ""\n}\n\ntest "t" {\n  GET {{host}}/{{a}}\n}\n']]);
});

test('no action for unknown built-ins, other kinds, or documents not open', async () => {
  const builtin = await fixes('test "t" {\n  GET /{{$uuuid}}\n}\n');
  assert.deepEqual(builtin.results.map(([title]) => title), ['Change to `$uuid`']);
  const { uri } = await lsp.open(`f${n++}.assay`, 'test "t" {\n  GET {{x}}\n}\n');
  const diagnostics = await lsp.diagnostics(uri, 1);
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  assert.deepEqual(await lsp.client.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only: ['refactor'] } }), []);
  assert.deepEqual(await lsp.client.sendRequest(CodeActionRequest.type, { textDocument: { uri: 'file:///none.assay' }, range, context: { diagnostics } }), []);
});
