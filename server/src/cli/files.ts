/** Finds and reads the .assay files that the paths on a command line name. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './io';

const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist']);

/** Absolute paths of the `.assay` files under `paths` (files as given, directories searched), sorted. */
export function findAssayFiles(paths: string[], cwd: string): string[] {
  const found = new Set<string>();
  for (const p of paths.length > 0 ? paths : ['.']) {
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
    if (stat.isDirectory()) walk(abs, found);
    else found.add(abs);
  }
  return [...found].sort();
}

function walk(dir: string, found: Set<string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile() && entry.name.endsWith('.assay')) found.add(path);
  }
}

/** The text of a file a command works on; a file that cannot be read is a usage error. */
export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
