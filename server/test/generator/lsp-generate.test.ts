/**
 * The language server's "generate tests for what is not yet covered" on a `use openapi` line, over a
 * real JSON-RPC connection: the code action names the command; the command asks the client to apply
 * an edit that adds tests only for the operations no file bound to the spec reaches, and the vars they
 * need; the file then checks clean.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ApplyWorkspaceEditRequest, CodeActionRequest, ExecuteCommandRequest, type CodeAction, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkFile, parse } from '../../src/core';
import { diskHost } from '../../src/cli/fs-host';
import { startSession } from '../lsp/harness';
import { loadOpenApi, SAMPLES } from './helpers';

test('a code action on `use openapi` adds tests for the uncovered operations', async () => {
  const spec = readFileSync(join(SAMPLES, 'openapi.yaml'), 'utf8');
  const session = await startSession({
    'openapi.yaml': spec,
    'other.assay': 'use openapi "./openapi.yaml"\n\nvars {\n  baseUrl = "http://x"\n}\n\ntest "pets" {\n  GET {{baseUrl}}/pets\n  expect status == 200\n}\n',
  });
  try {
    const text = 'use openapi "./openapi.yaml"\n\nvars {\n  baseUrl = env("BASE_URL", "http://localhost")\n}\n\ntest "health" {\n  GET {{baseUrl}}/health\n}\n';
    const { uri } = await session.open('main.assay', text);
    const actions = (await session.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const action = actions.find((a) => a.command?.command === 'assay.generateTests');
    assert.ok(action, JSON.stringify(actions));
    const none = (await session.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 7, character: 2 }, end: { line: 7, character: 2 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    assert.equal(none.filter((a) => a.command?.command === 'assay.generateTests').length, 0);

    let edits: TextEdit[] = [];
    session.client.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      edits = params.edit.changes?.[uri] ?? [];
      return { applied: true };
    });
    await session.client.sendRequest(ExecuteCommandRequest.type, { command: action.command!.command, arguments: action.command!.arguments });
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'assay', 1, text), edits);
    assert.match(after, /vars \{\n {2}baseUrl = env\("BASE_URL", "http:\/\/localhost"\)\n {2}apiKeyAuth = secret env\("API_KEY_AUTH"\)\n/);
    assert.doesNotMatch(after, /op=listPets /, 'covered by other.assay');
    assert.doesNotMatch(after, /op=health /, 'covered by this file');
    assert.match(after, /op=getPet hash=\w+\ntest "one pet" \{/);
    const operations = (await loadOpenApi(join(session.root, 'openapi.yaml'))).operations.length;
    assert.equal((after.match(/# @generated op=/g) ?? []).length, operations - 2);
    const parsed = parse(after);
    const path = join(session.root, 'main.assay');
    const errors = [...parsed.errors, ...checkFile({ path, ast: parsed.ast }, diskHost(session.root))].filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((e) => `${e.code} ${e.message}`), []);
  } finally {
    session.close();
  }
});
