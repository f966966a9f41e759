// A run against the real sample API from the Run profile: passing and failing tests reported per test,
// the failure at the changed expectation's line with expected and actual, durations, the test output,
// the "Assay" output channel (secrets masked), and running the failed tests again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { assayApi } from './extension.js';
import { fixture } from './fixture.js';
import { recordRuns, type RecordedResult, type RecordedRun } from './run-recorder.js';
import { childrenOf, fileItem, resolveAll } from './test-items.js';
import { waitFor, within } from './wait.js';

const RUN_TIMEOUT_MS = 60_000;

/** The result of a test: its own, or (for a parameterized test) the worst of its rows'. */
function resultOf(run: RecordedRun, item: vscode.TestItem): RecordedResult | undefined {
  const own = run.results.get(item);
  if (own) return own;
  const rows = childrenOf(item).map((row) => run.results.get(row));
  if (rows.length === 0 || rows.some((r) => r === undefined)) return undefined;
  return rows.find((r) => r!.state !== 'passed') ?? rows[0];
}

function messageText(message: vscode.TestMessage): string {
  const text = typeof message.message === 'string' ? message.message : message.message.value;
  return [text, message.expectedOutput ?? '', message.actualOutput ?? ''].join('\n');
}

describe('a run against the sample API', () => {
  let recorder: ReturnType<typeof recordRuns> | undefined;
  let run: RecordedRun;
  let tests: vscode.TestItem[];

  before(async () => {
    const api = await assayApi();
    await resolveAll(api.testController);
    const file = await waitFor('pets-changed.assay in the test tree', () => fileItem(api.testController, fixture.changedFile));
    tests = childrenOf(file);
    recorder = recordRuns(api.testController);
    await vscode.window.showTextDocument(fixture.changedFile);
    await vscode.commands.executeCommand('assay.runFile', fixture.changedFile);
    run = await waitFor('the extension to start a test run', () => recorder!.runs[0]);
    await within('the run of pets-changed.assay to end', run.ended, RUN_TIMEOUT_MS);
  });

  after(() => recorder?.stop());

  it('reports every test but the changed one as passed', () => {
    assert.ok(tests.length >= 8, 'the file lists its tests');
    for (const test of tests) {
      if (test.label === fixture.changedTest) continue;
      const result = resultOf(run, test);
      const details = result?.messages.map(messageText).join('\n') ?? '';
      assert.equal(result?.state, 'passed', `"${test.label}" passed${details ? `\n${details}` : ''}`);
    }
  });

  it('reports the changed expectation as a failure at its line, with expected and actual', () => {
    const test = tests.find((item) => item.label === fixture.changedTest);
    assert.ok(test, `"${fixture.changedTest}" is listed`);
    const result = run.results.get(test);
    assert.equal(result?.state, 'failed');
    const located = result.messages.filter((m) => m.location);
    assert.ok(located.length > 0, 'the failure has a location');
    const message = located[0]!;
    assert.equal(message.location!.uri.toString(), fixture.changedFile.toString());
    assert.equal(message.location!.range.start.line + 1, fixture.changedLine, 'the failure points at the changed line');
    const text = messageText(message);
    assert.ok(text.includes('Dory'), `the message shows the expected value: ${text}`);
    assert.ok(text.includes('Nemo'), `the message shows the actual value: ${text}`);
  });

  it('marks tests as started and reports durations', () => {
    assert.ok(run.started.size >= tests.length - 1, `${run.started.size} tests were marked as started`);
    const timed = [...run.results.values()].filter((r) => r.state === 'passed' && typeof r.duration === 'number');
    assert.ok(timed.length > 0, 'passed tests have durations');
  });

  it('puts requests and responses in the test output', () => {
    assert.ok(run.output.includes(`${fixture.apiUrl}/pets`), `the run output names a request to ${fixture.apiUrl}/pets`);
    assert.ok(!run.output.includes(fixture.secret), 'the run output never shows the password');
  });

  it('logs the run in the "Assay" output channel with secrets masked', async () => {
    const { outputLog } = await assayApi();
    const log = outputLog();
    assert.ok(log.includes(`${fixture.apiUrl}/login`), 'the log shows the login request');
    assert.ok(log.includes(`${fixture.apiUrl}/pets`), 'the log shows the pets requests');
    assert.ok(!log.includes(fixture.secret), 'the log never shows the password');
  });

  it('runs the failed tests again', async () => {
    const before = recorder!.runs.length;
    await vscode.commands.executeCommand('assay.rerunFailed');
    const again = await waitFor('a run of the failed tests', () => recorder!.runs[before]);
    await within('the run of the failed tests to end', again.ended, RUN_TIMEOUT_MS);
    const labels = [...again.results.keys()].map((item) => item.label);
    assert.deepEqual(labels, [fixture.changedTest]);
    assert.equal([...again.results.values()][0]?.state, 'failed');
  });
});
