/**
 * A read-only host on the local disk, the default of `loadSchemaFile` for one-off use (the CLI's test
 * generator, scripts, benchmarks). Editors and runs pass their own host instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { WorkspaceHost } from '../workspace/host';

export function diskHost(root = process.cwd()): WorkspaceHost {
  return {
    root,
    readFile(path) {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    exists: (path) => existsSync(path),
  };
}
