/**
 * File paths inside the string of `import "`, `use openapi|graphql "`, `with file "`, `file "` and
 * `matches schema "`: the entries of the directory typed so far (relative to the document), folders
 * first, files filtered by what the statement reads.
 */
import * as nodePath from 'node:path';
import type { CompletionItem, CompletionProvider } from '../types';
import { endsWith } from './common';

/** The statements that read a file, most specific first, with the extensions they accept (none: any). */
const CONTEXTS: readonly { pattern: string; extensions: readonly string[] }[] = [
  { pattern: 'import', extensions: ['.assay'] },
  { pattern: 'use\\s+openapi', extensions: ['.yaml', '.yml', '.json'] },
  { pattern: 'use\\s+graphql', extensions: ['.graphql', '.graphqls', '.gql', '.json'] },
  { pattern: 'with\\s+file', extensions: ['.csv', '.json'] },
  { pattern: 'schema', extensions: ['.json'] },
  { pattern: 'file', extensions: [] },
];

/** Files and folders inside the path string of a statement that reads a file. */
export const filePathProvider: CompletionProvider = {
  provide(ctx) {
    const { path, listFiles } = ctx.sources;
    if (ctx.token.kind !== 'string' || !ctx.expected.has('a string') || !path || !listFiles) return [];
    const context = CONTEXTS.find((c) => endsWith(ctx, c.pattern));
    if (!context) return [];
    const typed = ctx.token.text.slice(1);
    const slash = typed.lastIndexOf('/');
    const dirPart = typed.slice(0, slash + 1);
    const base = typed.slice(slash + 1);
    const dir = nodePath.resolve(nodePath.dirname(path), dirPart || '.');
    const entries = [...(listFiles(dir) ?? [])].sort((a, b) => Number(b.directory) - Number(a.directory) || a.name.localeCompare(b.name));
    const span = { start: ctx.offset - base.length, end: ctx.offset };
    const items: CompletionItem[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.') && !base.startsWith('.')) continue;
      if (entry.directory) {
        if (entry.name === 'node_modules') continue;
        items.push({ label: `${entry.name}/`, kind: 'folder', insertText: `${entry.name}/`, span, sortText: `0${entry.name}`, retrigger: true });
        continue;
      }
      const extension = nodePath.extname(entry.name).toLowerCase();
      if (context.extensions.length > 0 && !context.extensions.includes(extension)) continue;
      if (nodePath.resolve(dir, entry.name) === path) continue;
      items.push({ label: entry.name, kind: 'file', detail: dirPart + entry.name, insertText: entry.name, span, sortText: `1${entry.name}` });
    }
    return items;
  },
};
