/** The `assay.*` settings as the run options of the first workspace folder, and a way to change the environment. */
import * as vscode from 'vscode';
import { runOptions, type RunOptions } from './runs/run-options';

const SECTION = 'assay';

export function currentRunOptions(): RunOptions {
  const config = vscode.workspace.getConfiguration(SECTION, vscode.workspace.workspaceFolders?.[0]);
  return runOptions({
    environment: config.get('environment'),
    variables: config.get('variables'),
    envFiles: config.get('envFiles'),
    jobs: config.get('jobs'),
    timeout: config.get('timeout'),
    cacert: config.get('cacert'),
    insecure: config.get('insecure'),
    cert: config.get('cert'),
    key: config.get('key'),
    proxy: config.get('proxy'),
  });
}

/** Sets `assay.environment` for the workspace (for the user when no folder is open); '' clears it. */
export async function setEnvironment(name: string): Promise<void> {
  const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration(SECTION).update('environment', name === '' ? undefined : name, target);
}

/** Calls `listener` when a run option changes. */
export function onDidChangeRunOptions(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) listener();
  });
}
