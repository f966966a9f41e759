/**
 * Code lenses "Run" and "Debug" above each test, with the commands `assay.runTest` and
 * `assay.debugTest` (implemented by the extension) and the test's id as their argument.
 */
import type { CodeLens } from 'vscode-languageserver';
import type { Feature } from '../feature';
import type { WorkspaceFile } from '../workspace';
import { testItems } from './test-items';

/** The command that runs a test; its argument is the test id. */
export const RUN_TEST_COMMAND = 'assay.runTest';
/** The command that debugs a test; its argument is the test id. */
export const DEBUG_TEST_COMMAND = 'assay.debugTest';

/** Two lenses per test of `file`, on the test's first line. */
export function codeLenses(file: WorkspaceFile): CodeLens[] {
  return testItems(file).flatMap((test) => {
    const line = test.range.start.line;
    const range = { start: { line, character: 0 }, end: { line, character: 0 } };
    return [
      { range, command: { title: '$(play) Run', command: RUN_TEST_COMMAND, arguments: [test.id] } },
      { range, command: { title: '$(debug-alt) Debug', command: DEBUG_TEST_COMMAND, arguments: [test.id] } },
    ];
  });
}

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register({ connection, workspace }) {
    connection.onCodeLens(({ textDocument }) => {
      const file = workspace.openFile(textDocument.uri);
      return file ? codeLenses(file) : [];
    });
  },
};
