/**
 * Publishes diagnostics: parse errors and checks of an open document after each change, and then of the
 * open documents that import it (their imports' vars and components may have changed).
 */
import type { Connection } from 'vscode-languageserver';
import { toLspDiagnostic } from '../convert';
import type { OpenDocument, Workspace } from '../workspace';

export function publishDiagnostics(connection: Connection, doc: OpenDocument): void {
  const diagnostics = doc.state.diagnostics.map((d) => toLspDiagnostic(doc.text, d));
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.text.version, diagnostics });
}

/** Re-checks and publishes the other open documents that import `changed` (directly or not). */
export function publishDependents(connection: Connection, workspace: Workspace, changed: OpenDocument): void {
  for (const other of workspace.openDocuments()) {
    if (other === changed || !importsPath(other, changed.path, workspace)) continue;
    other.state = other.analysis.update(other.text.getText());
    publishDiagnostics(connection, other);
  }
}

function importsPath(doc: OpenDocument, path: string, workspace: Workspace): boolean {
  const seen = new Set<string>();
  const visit = (module: string): boolean => {
    if (seen.has(module)) return false;
    seen.add(module);
    const imports = workspace.cache.module(module, workspace.host)?.imports ?? [];
    return imports.some((i) => i.target === path || visit(i.target));
  };
  return visit(doc.path);
}
