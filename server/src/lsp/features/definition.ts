/**
 * Go to definition: from a `{{variable}}`, a capture, a component call or argument to where the name
 * is defined (in this file or an imported one); from the path of an `import`, `use openapi|graphql`,
 * `with file`, `file` body or multipart file to that file; from a request line, a query parameter or a
 * header of a file bound to an OpenAPI document to where the spec declares the operation or parameter.
 */
import type { Location } from 'vscode-languageserver';
import type { LoadedSchema } from '../../core/schema';
import { specLocationAt } from '../../core/schema-editor';
import { toRange } from '../convert';
import type { Feature } from '../feature';
import { uriOf, type Workspace, type WorkspaceFile } from '../workspace';
import { boundSchemas } from './bound-schemas';
import { nameSpan, targetAt } from './occurrences';

const FILE_START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Where the name or path at `offset` of `file` is defined, or undefined; `schemas` are the file's loaded schemas. */
export function definitionAt(workspace: Workspace, file: WorkspaceFile, offset: number, schemas: readonly LoadedSchema[] = []): Location | undefined {
  const linked = linkedFileAt(workspace, file, offset);
  if (linked) return { uri: uriOf(linked), range: FILE_START };
  const target = targetAt(workspace, file, offset);
  if (!target) return specDefinitionAt(file, offset, schemas);
  const { definition } = target;
  if (definition.node?.kind === 'DataFile') {
    const rows = workspace.model(file).dataFiles.find((d) => d.node === definition.node);
    if (rows?.found) return { uri: uriOf(rows.target), range: FILE_START };
  }
  const home = workspace.file(definition.path);
  if (!home) return undefined;
  return { uri: home.uri, range: toRange(home.text, nameSpan(home.text.getText(), definition.span, definition.name)) };
}

/** The file named by a path string at `offset` (an import, a schema, a data file), when it exists. */
function linkedFileAt(workspace: Workspace, file: WorkspaceFile, offset: number): string | undefined {
  const model = workspace.model(file);
  const inside = (span: { start: number; end: number }): boolean => span.start <= offset && offset <= span.end;
  const links = [
    ...model.imports.map((i) => ({ span: i.decl.path.span, target: i.target, found: i.found })),
    ...model.schemas.map((s) => ({ span: s.decl.path.span, target: s.target, found: s.found })),
    ...model.dataFiles.map((d) => ({ span: d.node.path.span, target: d.target, found: d.found })),
  ];
  return links.find((l) => l.found && inside(l.span))?.target;
}

/** The operation or parameter of the bound OpenAPI document at `offset`, in its spec file. */
function specDefinitionAt(file: WorkspaceFile, offset: number, schemas: readonly LoadedSchema[]): Location | undefined {
  const at = specLocationAt(file.text.getText(), offset, schemas);
  if (!at) return undefined;
  const position = { line: at.line, character: at.col };
  return { uri: uriOf(at.file), range: { start: position, end: position } };
}

export const definitionFeature: Feature = {
  capabilities: { definitionProvider: true },
  register({ connection, workspace }) {
    connection.onDefinition(async ({ textDocument, position }) => {
      const file = workspace.openFile(textDocument.uri);
      if (!file) return null;
      const schemas = await boundSchemas(workspace, file.path, file.ast);
      return definitionAt(workspace, file, file.text.offsetAt(position), schemas) ?? null;
    });
  },
};
