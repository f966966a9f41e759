/**
 * The documents the server knows: the open ones (kept up to date edit by edit, each an incremental
 * `AssayDocument`) and, through the disk, every other `.assay` file of the workspace. Open documents
 * win over the disk when the core asks the host for a file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AssayDocument, ModuleCache, type DocumentState, type WorkspaceHost } from '../core';

/** An open document: its text for LSP positions and its analysis. */
export interface OpenDocument {
  uri: string;
  path: string;
  text: TextDocument;
  analysis: AssayDocument;
  state: DocumentState;
}

const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist']);

export class Workspace {
  readonly cache = new ModuleCache();
  readonly host: WorkspaceHost;
  private readonly open = new Map<string, OpenDocument>();

  constructor(readonly root: string) {
    this.host = {
      root,
      readFile: (path) => {
        const doc = this.open.get(uriOf(path));
        if (doc) return doc.text.getText();
        try {
          return readFileSync(path, 'utf8');
        } catch {
          return undefined;
        }
      },
      exists: (path) => this.open.has(uriOf(path)) || existsSync(path),
      readBytes: (path) => {
        try {
          return readFileSync(path);
        } catch {
          return undefined;
        }
      },
    };
  }

  get(uri: string): OpenDocument | undefined {
    return this.open.get(uri);
  }

  openDocuments(): OpenDocument[] {
    return [...this.open.values()];
  }

  didOpen(uri: string, version: number, text: string): OpenDocument {
    const path = pathOf(uri);
    const analysis = new AssayDocument(path, this.host, { cache: this.cache });
    const doc: OpenDocument = { uri, path, text: TextDocument.create(uri, 'assay', version, text), analysis, state: analysis.update(text) };
    this.open.set(uri, doc);
    this.cache.invalidate(path);
    return doc;
  }

  /** Applies LSP content changes one by one, telling the parser exactly what each one touched. */
  didChange(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): OpenDocument | undefined {
    const doc = this.open.get(uri);
    if (!doc) return undefined;
    for (const change of changes) {
      if (!('range' in change)) {
        doc.text = TextDocument.update(doc.text, [change], version);
        doc.state = doc.analysis.update(doc.text.getText());
        continue;
      }
      const start = doc.text.offsetAt(change.range.start);
      const oldEnd = doc.text.offsetAt(change.range.end);
      doc.text = TextDocument.update(doc.text, [change], version);
      doc.state = doc.analysis.update(doc.text.getText(), { start, oldEnd, newEnd: start + change.text.length });
    }
    this.cache.invalidate(doc.path);
    return doc;
  }

  didClose(uri: string): void {
    this.open.delete(uri);
    this.cache.invalidate(pathOf(uri));
  }

  /** Absolute paths of every `.assay` file under the root. */
  allFiles(): string[] {
    const found: string[] = [];
    const walk = (dir: string): void => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.assay')) found.push(path);
      }
    };
    walk(this.root);
    return found.sort();
  }
}

export function pathOf(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}
