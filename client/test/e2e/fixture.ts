// What the harness (scripts/e2e/) prepared for the extension tests, read from the environment it gives
// code-server: the workspace copy of samples/, its changed copy with one failing test, the broken file.
import * as vscode from 'vscode';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the extension tests through \`npm run test:e2e\``);
  return value;
}

export const fixture = {
  /** Base URL of the sample API the workspace settings point BASE_URL at. */
  apiUrl: required('ASSAY_E2E_API_URL'),
  /** samples/pets.assay with one expected value changed. */
  changedFile: vscode.Uri.file(required('ASSAY_E2E_CHANGED_FILE')),
  /** The 1-based line of the changed expectation (in the test named `changedTest`). */
  changedLine: Number(required('ASSAY_E2E_CHANGED_LINE')),
  changedTest: required('ASSAY_E2E_CHANGED_TEST'),
  /** A copy of docs/examples/typos.assay. */
  brokenFile: vscode.Uri.file(required('ASSAY_E2E_BROKEN_FILE')),
  /** The samples' login password: a secret that must never appear in any output. */
  secret: 'lovelace',
};

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}
