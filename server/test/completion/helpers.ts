/** Shared helpers of the core completion and hover tests: a `█` cursor in text, an in-memory workspace, models. */
import * as path from 'node:path';
import { itemModelAt, ResponseMemory, type CompletionSources, type DirEntry } from '../../src/core/completion';
import { parse } from '../../src/core/syntax/document-parser';
import type { WorkspaceHost } from '../../src/core/workspace/host';

export const CURSOR = '█';
export const ROOT = path.resolve('/ws');
export const MAIN = path.join(ROOT, 'main.assay');

/** The text without its `█` marker and the marker's offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error('no █ in the input');
  return { text: marked.replace(CURSOR, ''), offset };
}

/** A host over `files` (paths relative to ROOT). */
export function memoryHost(files: Record<string, string> = {}): WorkspaceHost {
  const byPath = new Map(Object.entries(files).map(([name, text]) => [path.resolve(ROOT, name), text]));
  return { root: ROOT, readFile: (file) => byPath.get(file), exists: (file) => byPath.has(file) };
}

/** A directory lister over the paths of `files` (relative to ROOT): their folders and files. */
export function memoryLister(files: readonly string[]): (dir: string) => DirEntry[] | undefined {
  return (dir) => {
    const entries = new Map<string, boolean>();
    for (const file of files) {
      const rel = path.relative(dir, path.resolve(ROOT, file));
      if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
      const [first, ...rest] = rel.split(path.sep);
      entries.set(first, rest.length > 0);
    }
    return entries.size > 0 ? [...entries].map(([name, directory]) => ({ name, directory })) : undefined;
  };
}

/** Completion sources for MAIN holding `text`, with the model at `offset`. */
export function sourcesFor(text: string, offset: number, options: { files?: Record<string, string>; listed?: string[]; responses?: ResponseMemory } = {}): CompletionSources {
  const host = memoryHost(options.files);
  return {
    path: MAIN,
    model: itemModelAt(MAIN, parse(text).ast, offset, host),
    listFiles: memoryLister(options.listed ?? []),
    ...(options.responses ? { responses: options.responses } : {}),
  };
}
