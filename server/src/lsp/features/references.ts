/**
 * Find references: every place in the workspace (open documents and files on the disk) that names the
 * variable or component under the cursor, its definitions included when the client asks for them.
 */
import type { Location } from 'vscode-languageserver';
import { toRange } from '../convert';
import type { Feature } from '../feature';
import type { Workspace, WorkspaceFile } from '../workspace';
import { occurrencesOf, targetAt } from './occurrences';

/** The locations naming the target at `offset` of `file`; empty where there is none. */
export function referencesAt(workspace: Workspace, file: WorkspaceFile, offset: number, includeDeclaration: boolean): Location[] {
  const target = targetAt(workspace, file, offset);
  if (!target) return [];
  return occurrencesOf(workspace, target)
    .filter((o) => includeDeclaration || !o.isDefinition)
    .flatMap((o) => {
      const home = workspace.file(o.path);
      return home ? [{ uri: home.uri, range: toRange(home.text, o.span) }] : [];
    });
}

export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true },
  register({ connection, workspace }) {
    connection.onReferences(({ textDocument, position, context }) => {
      const file = workspace.openFile(textDocument.uri);
      return file ? referencesAt(workspace, file, file.text.offsetAt(position), context.includeDeclaration) : [];
    });
  },
};
