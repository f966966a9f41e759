/**
 * Workspace trust: running tests sends requests and reads `.env` files of the workspace, so nothing
 * runs in a workspace the user has not trusted (editing features work everywhere).
 */
import * as vscode from 'vscode';

/** True when the workspace is trusted; otherwise tells the user why nothing runs. */
export function canRunTests(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage('Assay does not run tests in a restricted workspace. Trust the workspace to run them.', 'Manage Workspace Trust').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
  });
  return false;
}
