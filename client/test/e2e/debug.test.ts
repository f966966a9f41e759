// The Debug profile: `assay.debugTest` starts a debug session of type `assay` whose adapter streams the
// run (requests, responses, assertion results) into the Debug Console as DAP output events.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { assayApi } from './extension.js';
import { fixture } from './fixture.js';
import { childrenOf, fileItem } from './test-items.js';
import { waitFor, within } from './wait.js';

interface DapMessage {
  type?: string;
  event?: string;
  body?: { output?: string; category?: string };
}

describe('debug console', () => {
  const disposables: vscode.Disposable[] = [];
  after(() => disposables.forEach((d) => d.dispose()));

  it('streams a debugged test into the Debug Console', async () => {
    const { testController } = await assayApi();
    const file = await waitFor('pets-changed.assay in the test tree', () => fileItem(testController, fixture.changedFile));
    const test = childrenOf(file).find((item) => item.label === fixture.changedTest);
    assert.ok(test, `"${fixture.changedTest}" is listed`);

    const output: string[] = [];
    disposables.push(
      vscode.debug.registerDebugAdapterTrackerFactory('assay', {
        createDebugAdapterTracker: () => ({
          onDidSendMessage: (message: DapMessage) => {
            if (message.type === 'event' && message.event === 'output' && message.body?.output) output.push(message.body.output);
          },
        }),
      }),
    );
    const started = new Promise<vscode.DebugSession>((resolve) =>
      disposables.push(vscode.debug.onDidStartDebugSession((session) => session.type === 'assay' && resolve(session))),
    );
    const ended = new Promise<vscode.DebugSession>((resolve) =>
      disposables.push(vscode.debug.onDidTerminateDebugSession((session) => session.type === 'assay' && resolve(session))),
    );

    await vscode.commands.executeCommand('assay.debugTest', test.id);
    await within('a debug session of type assay to start', started, 20_000);
    await within('the debug session to end', ended, 60_000);

    const text = output.join('');
    assert.ok(text.includes(`${fixture.apiUrl}/pets`), `the Debug Console shows the request:\n${text}`);
    assert.ok(/\b200\b/.test(text), 'the Debug Console shows the response status');
    assert.ok(text.includes('Dory') && text.includes('Nemo'), 'the Debug Console shows the failed assertion with expected and actual');
    assert.ok(!text.includes(fixture.secret), 'the Debug Console never shows the password');
  });
});
