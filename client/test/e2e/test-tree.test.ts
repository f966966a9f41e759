// The Test Explorer tree: files of the workspace, their tests at the right lines, parameter rows under
// parameterized tests, and the tree following an edit before it is saved.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { assayApi } from './extension.js';
import { workspaceFile } from './fixture.js';
import { childrenOf, fileItem, resolveAll, testsInText } from './test-items.js';
import { waitFor } from './wait.js';

async function listedFile(uri: vscode.Uri): Promise<vscode.TestItem> {
  const { testController } = await assayApi();
  await resolveAll(testController);
  const name = uri.path.split('/').pop();
  return waitFor(`${name} in the test tree`, () => {
    const item = fileItem(testController, uri);
    return item && item.children.size > 0 ? item : undefined;
  });
}

describe('test tree', () => {
  it('lists the sample files', async () => {
    for (const name of ['pets.assay', 'auth.assay', 'graphql.assay', 'http.assay', 'jobs.assay', 'pets-changed.assay']) {
      await listedFile(workspaceFile(name));
    }
  });

  it("lists a file's tests by name at their lines", async () => {
    const uri = workspaceFile('pets.assay');
    const file = await listedFile(uri);
    const expected = testsInText((await vscode.workspace.openTextDocument(uri)).getText());
    assert.ok(expected.length >= 8, 'pets.assay has tests');
    const tests = childrenOf(file);
    assert.deepEqual(
      tests.map((item) => `${item.range?.start.line}: ${item.label}`),
      expected.map((test) => `${test.line}: ${test.name}`),
    );
    for (const item of tests) assert.equal(item.uri?.toString(), uri.toString(), `${item.label} points at pets.assay`);
  });

  it('lists the inline parameter rows under a parameterized test', async () => {
    const file = await listedFile(workspaceFile('pets.assay'));
    const tests = childrenOf(file);
    const inline = tests.find((item) => item.label === 'GET /pets/{{id}} answers {{status}}');
    assert.ok(inline, 'the parameterized test is listed');
    assert.deepEqual(
      childrenOf(inline).map((row) => row.label),
      ['GET /pets/1 answers 200', 'GET /pets/3 answers 200', 'GET /pets/999 answers 404', 'GET /pets/abc answers 400'],
    );
    for (const row of childrenOf(inline)) assert.equal(row.range?.start.line, inline.range?.start.line, `${row.label} points at its test`);
  });

  it('follows an edit of an open file before it is saved', async () => {
    const uri = workspaceFile('graphql.assay');
    const file = await listedFile(uri);
    const before = file.children.size;
    const document = await vscode.workspace.openTextDocument(uri);
    const end = document.lineAt(document.lineCount - 1).range.end;
    const added = '\n\ntest "added while editing" {\n  GET {{baseUrl}}/health\n  expect status == 200\n}\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, end, added);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const { testController } = await assayApi();
    const addedItem = await waitFor('the added test in the tree', () =>
      childrenOf(fileItem(testController, uri) ?? file).find((item) => item.label === 'added while editing'),
    );
    assert.equal(addedItem.range?.start.line, end.line + 2);
    const revert = new vscode.WorkspaceEdit();
    revert.delete(uri, new vscode.Range(end, document.positionAt(document.getText().length)));
    assert.ok(await vscode.workspace.applyEdit(revert));
    await waitFor('the added test to leave the tree', () =>
      (fileItem(testController, uri)?.children.size ?? -1) === before ? true : undefined,
    );
    await document.save();
  });
});
