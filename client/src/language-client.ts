/**
 * The language client: starts the bundled language server (server/dist/server.js) in a Node process
 * over IPC for `.assay` files, tells it about changes to the files tests read, and writes its log to
 * the Assay channel. When the server dies the client starts it again (up to 4 times in 3 minutes).
 * Its trace follows the `assay.trace.server` setting.
 */
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Files the server reads besides `.assay` files: data rows, bodies, schemas. */
const WATCHED = '**/*.{assay,json,yaml,yml,graphql,gql,csv}';

export function createLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/dist/server.js');
  const server: ServerOptions = { module, transport: TransportKind.ipc };
  const watcher = vscode.workspace.createFileSystemWatcher(WATCHED);
  context.subscriptions.push(watcher);
  const options: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'assay' }],
    synchronize: { fileEvents: watcher },
    outputChannel: log,
    connectionOptions: { maxRestartCount: 4 },
  };
  return new LanguageClient('assay', 'Assay Language Server', server, options);
}

/** Resolves once the client runs (now, or after starting); rejects if it stops first. */
export function whenRunning(client: LanguageClient): Promise<void> {
  if (client.state === State.Running) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const watch = client.onDidChangeState(({ newState }) => {
      if (newState === State.Starting) return;
      watch.dispose();
      if (newState === State.Running) resolve();
      else reject(new Error('The Assay language server stopped before it was ready; see the Assay output.'));
    });
  });
}
