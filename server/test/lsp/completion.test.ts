/** Completion over a real JSON-RPC connection: contexts, text edits, file paths, and documents in any state. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CompletionRequest, InsertTextFormat, CompletionItemKind, type CompletionItem, type Position, type TextEdit } from 'vscode-languageserver-protocol/node';
import { startSession, type LspSession } from './harness';

let lsp: LspSession;
let n = 0;
before(async () => {
  lsp = await startSession({
    'common.assay': '# Logs in and captures `session`.\ncomponent login(user, password) {\n  POST {{base}}/login\n  capture session = $.id\n}\n',
    'data/pets.csv': 'id,name\n1,Rex\n',
    'data/pet.schema.json': '{}',
  });
});
after(() => lsp.close());

/** Opens `marked` as a new document and asks for completion at its `█`. */
async function complete(marked: string, name = `c${n++}.assay`): Promise<CompletionItem[]> {
  const { uri, cursor } = await lsp.open(name, marked);
  const result = await lsp.client.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: cursor });
  return Array.isArray(result) ? result : (result?.items ?? []);
}

const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);

test('initialize announces completion with trigger characters', () => {
  assert.deepEqual(lsp.capabilities.completionProvider?.triggerCharacters, ['.', '{', '"', '/', '@', '(', '$', ':', '?', '&']);
});

test('statement start: keywords, methods and header names, each with its kind', async () => {
  const items = await complete('test "t" {\n  GET /a\n  ex█\n}\n');
  const byLabel = new Map(items.map((i) => [i.label, i]));
  assert.equal(byLabel.get('expect')?.kind, CompletionItemKind.Keyword);
  assert.equal(byLabel.get('POST')?.kind, CompletionItemKind.Method);
  assert.equal(byLabel.get('Content-Type')?.kind, CompletionItemKind.Field);
  assert.deepEqual((byLabel.get('expect')?.textEdit as TextEdit).range, { start: { line: 2, character: 2 }, end: { line: 2, character: 4 } });
  assert.match((byLabel.get('expect')?.documentation as { value: string }).value, /expect <subject> <predicate>/);
  assert.ok(!byLabel.has('test'));
});

test('variables, imported vars, and a component call snippet', async () => {
  const vars = await complete('import "./common.assay"\n\nvars {\n  base = "http://x"\n}\n\ntest "t" {\n  GET {{█\n}\n');
  assert.ok(['base', '$uuid'].every((l) => labels(vars).includes(l)));
  const base = vars.find((i) => i.label === 'base');
  assert.equal((base?.textEdit as TextEdit).newText, 'base}}');
  assert.equal(base?.kind, CompletionItemKind.Variable);

  const calls = await complete('import "./common.assay"\n\ntest "t" {\n  use █\n}\n');
  const login = calls.find((i) => i.label === 'login');
  assert.equal(login?.insertTextFormat, InsertTextFormat.Snippet);
  assert.equal((login?.textEdit as TextEdit).newText, 'login(user: ${1}, password: ${2})');
  assert.match((login?.documentation as { value: string }).value, /Logs in and captures/);

  const args = await complete('import "./common.assay"\n\ntest "t" {\n  use login(password: "p", █)\n}\n');
  assert.deepEqual(labels(args), ['user']);
});

test('file paths relative to the document, from the disk', async () => {
  assert.deepEqual(labels(await complete('test "t" with file "./data/█" {\n  GET /a\n}\n')), ['pet.schema.json', 'pets.csv']);
  assert.deepEqual(labels(await complete('import "./█"\n', 'sub/x.assay')), []);
  const top = await complete('import "█"\n', 'paths.assay');
  assert.equal(top[0].label, 'data/');
  assert.ok(labels(top).includes('common.assay'));
  assert.ok(!labels(top).includes('paths.assay') && !labels(top).some((l) => l.endsWith('.csv')));
  assert.equal(top.find((i) => i.label === 'data/')?.command?.command, 'editor.action.triggerSuggest');
});

test('assertion contexts: subjects, operators, types', async () => {
  assert.ok(labels(await complete('test "t" {\n  GET /a\n  expect █\n}\n')).includes('status'));
  assert.ok(labels(await complete('test "t" {\n  GET /a\n  expect status █\n}\n')).includes('=='));
  assert.ok(labels(await complete('test "t" {\n  GET /a\n  expect $.id is █\n}\n')).includes('uuid'));
});

test('documents in any state answer quickly without errors', async () => {
  const docs = ['█', '{{{{ """ █', 'test "t" {\n  GET {{█', '@@@\n  expect status is █ }}} ]]', '\u0000█\r\n\r\n'];
  for (const doc of docs) {
    const started = performance.now();
    const items = await complete(doc);
    assert.ok(Array.isArray(items));
    assert.ok(performance.now() - started < 1000);
  }
  const { uri } = await lsp.open(`c${n++}.assay`, 'test "t" {}\n');
  const far: Position = { line: 40, character: 99 };
  assert.ok(Array.isArray(await lsp.client.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: far })));
  assert.deepEqual(await lsp.client.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///not/open.assay' }, position: far }), []);
});
