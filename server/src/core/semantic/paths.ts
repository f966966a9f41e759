/**
 * Path arithmetic for the files an Assay file names (imports, schemas, data files): resolving them
 * relative to the naming file and keeping them inside the workspace. Pure: no file access.
 */
import * as nodePath from 'node:path';

/** The absolute path that `relative` (as written in the file at `fromFile`) names. */
export function resolveFrom(fromFile: string, relative: string): string {
  return nodePath.resolve(nodePath.dirname(fromFile), relative);
}

/** True when `path` is `root` or below it. */
export function isInside(root: string, path: string): boolean {
  const rel = nodePath.relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !nodePath.isAbsolute(rel));
}

/** The extension of `path` in lower case, with its dot (`.csv`), or ''. */
export function extensionOf(path: string): string {
  return nodePath.extname(path).toLowerCase();
}

/** `path` relative to `root`, with `/` separators, for messages. */
export function displayPath(root: string, path: string): string {
  return nodePath.relative(root, path).split(nodePath.sep).join('/') || '.';
}
