/**
 * A semantic model good enough for questions at one offset (completion, hover), built from the file's
 * context items and the one item at the offset rather than from the whole file. Input: the path, the
 * syntax tree, the host and a module cache. Output: a `FileModel` whose file-level scopes are complete
 * and whose definitions, references and scopes are those of the item at the offset.
 */
import type { AssayFile, TopItem } from '../ast';
import { FileContext } from '../semantic/file-context';
import type { FileModel } from '../semantic/file-model';
import type { ModuleCache } from '../semantic/module-cache';
import type { WorkspaceHost } from '../workspace/host';

/** The model around `offset` of the file at `path` (absolute) whose tree is `ast`. */
export function itemModelAt(path: string, ast: AssayFile, offset: number, host: WorkspaceHost, cache?: ModuleCache): FileModel {
  const context = new FileContext(path, ast.items, host, cache ? { cache } : {});
  const item = itemAt(ast, offset);
  return item ? context.itemModel(context.analyze(item), new Map()) : context.fileLevelModel(ast, new Map());
}

/** The top-level item whose span holds `offset` (its end included), or undefined between items. */
export function itemAt(ast: AssayFile, offset: number): TopItem | undefined {
  return ast.items.find((item) => item.span.start <= offset && offset <= item.span.end);
}
