/**
 * Schema-aware diagnostics: the schemas an open document binds (`use openapi|graphql`) are loaded in
 * the background whenever it opens or changes; when one finishes loading (or is dropped because a file
 * it read changed, and loaded again), the open documents that bind it are checked again and their
 * diagnostics published. The checks themselves read the loaded schemas through the workspace host.
 */
import { resolveFrom } from '../../core';
import type { Feature } from '../feature';
import type { OpenDocument, Workspace } from '../workspace';
import { publishDiagnostics } from './diagnostics';

export const schemaDiagnosticsFeature: Feature = {
  capabilities: {},
  register({ connection, workspace }) {
    const load = (doc: OpenDocument): void => {
      for (const [target, kind] of bindingsOf(doc)) void workspace.schemas.load(target, kind);
    };
    workspace.onDidChangeFile((path) => {
      const doc = workspace.openDocuments().find((d) => d.path === path);
      if (doc) load(doc);
    });
    workspace.schemas.onDidLoad((schema) => {
      for (const doc of bindersOf(workspace, schema.file)) {
        doc.state = doc.analysis.refresh();
        publishDiagnostics(connection, doc);
      }
    });
    workspace.schemas.onDidInvalidate((roots) => {
      for (const root of roots) {
        const doc = bindersOf(workspace, root)[0];
        if (doc) void workspace.schemas.load(root, bindingsOf(doc).get(root));
      }
    });
  },
};

/** The schema files a document binds, with the kind its `use` line says. */
function bindingsOf(doc: OpenDocument): Map<string, 'openapi' | 'graphql'> {
  const bound = new Map<string, 'openapi' | 'graphql'>();
  for (const use of doc.analysis.uses()) {
    if (!use.path.value.includes('{{')) bound.set(resolveFrom(doc.path, use.path.value), use.schema);
  }
  return bound;
}

function bindersOf(workspace: Workspace, file: string): OpenDocument[] {
  return workspace.openDocuments().filter((doc) => bindingsOf(doc).has(file));
}
