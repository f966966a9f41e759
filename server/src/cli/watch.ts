/**
 * Watches a folder and everything under it (or only the files right in it) for `assay run --watch`:
 * calls `onChange` with the paths that changed, once the changes have paused for `quietMs` (an editor
 * saving a file writes it in several steps, and a `git checkout` changes many files at once). Paths that
 * `ignore` accepts never trigger it.
 */
import { watch, type FSWatcher } from 'node:fs';
import { join, sep } from 'node:path';

export interface TreeWatcher {
  close(): void;
}

export interface WatchOptions {
  quietMs: number;
  /** False to watch only the folder's own entries (default: the whole tree). */
  recursive?: boolean;
  ignore(path: string): boolean;
  /** A watcher that fails after starting (the folder was removed, too many watches). */
  onError(error: Error): void;
}

/** How long changes must pause before a run starts again. */
export const WATCH_QUIET_MS = 100;

export function watchTree(root: string, options: WatchOptions, onChange: (paths: string[]) => void): TreeWatcher {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    timer = undefined;
    const paths = [...pending];
    pending = new Set();
    if (paths.length > 0) onChange(paths);
  };
  const watcher: FSWatcher = watch(root, { recursive: options.recursive ?? true }, (_event, name) => {
    if (name === null) return;
    const path = join(root, name.toString());
    if (options.ignore(path)) return;
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, options.quietMs);
  });
  watcher.on('error', (error) => options.onError(error));
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}

/** True for paths inside node_modules or a folder whose name starts with a dot, under `root`. */
export function isToolPath(root: string, path: string): boolean {
  const inside = path.startsWith(root + sep) ? path.slice(root.length + 1) : path;
  return inside.split(sep).some((part, i, parts) => part === 'node_modules' || (part.startsWith('.') && i < parts.length - 1));
}
