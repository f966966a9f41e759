/**
 * Keeps the workspace index current with the disk: indexes every `.assay` file right after initialize,
 * reads a file again after `workspace/didChangeWatchedFiles` or a save, and then checks the open
 * documents again (an import, a data file or a schema they read may have changed).
 */
import type { Feature } from '../feature';
import { pathOf } from '../workspace';
import { publishDiagnostics } from './diagnostics';
import { unguarded } from './notify';

export const filesFeature: Feature = {
  capabilities: {},
  register({ connection, workspace }) {
    // After the initialize response, so that a large workspace does not hold up the editor.
    // One file per turn of the event loop, so that requests are answered while it runs.
    setImmediate(() => {
      workspace.indexInBackground().catch((e: unknown) =>
        unguarded(connection, 'indexing the workspace', () => {
          throw e;
        }),
      );
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      const changed = new Set(changes.map((c) => pathOf(c.uri)));
      for (const path of changed) workspace.fileChangedOnDisk(path);
      for (const doc of workspace.openDocuments()) {
        if (changed.has(doc.path)) continue;
        doc.state = doc.analysis.refresh();
        publishDiagnostics(connection, doc);
      }
    });
    connection.onDidSaveTextDocument(({ textDocument }) => {
      workspace.fileChangedOnDisk(pathOf(textDocument.uri));
    });
  },
};
