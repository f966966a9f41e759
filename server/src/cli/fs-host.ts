/**
 * A WorkspaceHost on the local disk, caching what it reads for the length of one command, or of one
 * run of `assay run --watch`, which forgets the files that changed before it runs again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorkspaceHost } from '../core';

export interface DiskHost extends WorkspaceHost {
  /** Reads `path` from the disk again next time. */
  forget(path: string): void;
  /** Whether a file at `path` was read (as text or bytes) through this host. */
  hasRead(path: string): boolean;
}

export function diskHost(root: string): DiskHost {
  const cache = new Map<string, string | undefined>();
  const read = new Set<string>();
  return {
    root: resolve(root),
    readFile(path) {
      read.add(path);
      if (!cache.has(path)) {
        try {
          cache.set(path, readFileSync(path, 'utf8'));
        } catch {
          cache.set(path, undefined);
        }
      }
      return cache.get(path);
    },
    exists: (path) => existsSync(path),
    readBytes(path) {
      read.add(path);
      try {
        return readFileSync(path);
      } catch {
        return undefined;
      }
    },
    forget: (path) => void cache.delete(path),
    hasRead: (path) => read.has(path),
  };
}
