// The extension activates in the sample workspace and gives its API: the test controller and the log.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { assayApi, EXTENSION_ID } from './extension.js';

describe('activation', () => {
  it('activates in the samples workspace and exposes the test controller', async () => {
    const api = await assayApi();
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    assert.equal(api.testController.id, 'assay');
    assert.equal(typeof api.outputLog(), 'string');
  });

  it('registers its commands', async () => {
    await assayApi();
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const command of [
      'assay.runTestAtCursor',
      'assay.runFile',
      'assay.rerunLastRun',
      'assay.rerunFailed',
      'assay.showLastResponse',
      'assay.selectEnvironment',
      'assay.openLanguageReference',
      'assay.restartServer',
      'assay.generateTestsFromSpec',
      'assay.runTest',
      'assay.debugTest',
    ]) {
      assert.ok(commands.has(command), `command ${command} is registered`);
    }
  });

  it('gives .assay files the assay language', async () => {
    await assayApi();
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'pets.assay'));
    assert.equal(document.languageId, 'assay');
  });
});
