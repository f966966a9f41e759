/** A `WorkspaceHost` over the real file system, for tests that need imports and data files on disk. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceHost } from '../../src/core/workspace/host';

/** A host rooted at `root` that reads the disk and counts the reads, by path. */
export function fsHost(root: string): WorkspaceHost & { reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    root: path.resolve(root),
    reads,
    readFile(file) {
      reads.set(file, (reads.get(file) ?? 0) + 1);
      try {
        return fs.readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    exists(file) {
      return fs.existsSync(file);
    },
  };
}
