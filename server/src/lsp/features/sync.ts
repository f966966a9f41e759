/**
 * Document synchronization (incremental) and diagnostics: each change is applied edit by edit, the
 * touched chunks re-parsed, and the document's diagnostics (and those of open files importing it)
 * published.
 */
import { TextDocumentSyncKind } from 'vscode-languageserver';
import type { Feature } from '../feature';
import { publishDependents, publishDiagnostics } from './diagnostics';

export const syncFeature: Feature = {
  capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true } },
  register({ connection, workspace }) {
    connection.onDidOpenTextDocument(({ textDocument }) => {
      const doc = workspace.didOpen(textDocument.uri, textDocument.version, textDocument.text);
      publishDiagnostics(connection, doc);
      publishDependents(connection, workspace, doc);
    });
    connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      const doc = workspace.didChange(textDocument.uri, textDocument.version, contentChanges);
      if (!doc) return;
      publishDiagnostics(connection, doc);
      publishDependents(connection, workspace, doc);
    });
    connection.onDidCloseTextDocument(({ textDocument }) => {
      workspace.didClose(textDocument.uri);
      void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
    });
  },
};
