/**
 * The schemas a file binds with `use openapi|graphql`, loaded through the workspace's schema registry
 * (waiting for a load in flight), for completion, hover and go to definition.
 */
import { resolveFrom, type AssayFile, type UseDecl } from '../../core';
import type { LoadedSchema } from '../../core/schema';
import type { Workspace } from '../workspace';

/** The loaded schemas of the file at `path` whose tree is `ast`, in the order of its `use` lines. */
export function boundSchemas(workspace: Workspace, path: string, ast: AssayFile): Promise<LoadedSchema[]> {
  const uses = ast.items.filter((item): item is UseDecl => item.kind === 'Use');
  return Promise.all(uses.map((use) => workspace.schemas.load(resolveFrom(path, use.path.value), use.schema)));
}
