/** A WorkspaceHost on the local disk, caching what it reads for the length of one command. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorkspaceHost } from '../core';

export function diskHost(root: string): WorkspaceHost {
  const cache = new Map<string, string | undefined>();
  return {
    root: resolve(root),
    readFile(path) {
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
      try {
        return readFileSync(path);
      } catch {
        return undefined;
      }
    },
  };
}
