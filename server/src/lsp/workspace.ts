/**
 * The documents the server knows: the open ones (kept up to date edit by edit, each an incremental
 * `AssayDocument`) and, through the disk, every other `.assay` file of the workspace. Open documents
 * win over the disk when the core asks the host for a file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AssayDocument, buildFileModel, DocumentParser, ModuleCache, type AssayFile, type DocumentState, type FileModel, type WorkspaceHost } from '../core';
import { SchemaRegistry } from '../core/schema';
import { EditorText } from './editor-text';

/** An open document: its text for LSP positions and its analysis. */
export interface OpenDocument {
  uri: string;
  path: string;
  text: EditorText;
  analysis: AssayDocument;
  state: DocumentState;
}

/**
 * A file of the workspace as features read it: an open document, or a closed `.assay` file read from
 * the disk and parsed. Valid until the next change of any file (see `Workspace.onDidChangeFile`).
 */
export interface WorkspaceFile {
  uri: string;
  path: string;
  text: TextDocument;
  ast: AssayFile;
}

const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist']);

export class Workspace {
  readonly cache = new ModuleCache();
  readonly host: WorkspaceHost;
  /** The API schemas files bind (`use openapi|graphql`), loaded once; dropped when a file they read changes on disk. */
  readonly schemas: SchemaRegistry;
  private readonly open = new Map<string, OpenDocument>();
  /** Closed files parsed from the disk, by path, with their parser; dropped when the file changes. */
  private readonly closed = new Map<string, WorkspaceFile & { parser: DocumentParser }>();
  /** The `.assay` files known on the disk (all of them once `indexAll` ran), by path. */
  private readonly onDisk = new Set<string>();
  private indexed = false;
  private readonly listeners: Array<(path: string) => void> = [];
  /** Semantic models by path, with the syntax tree they were built from and the files they read. */
  private readonly models = new Map<string, { ast: AssayFile; reads: Set<string>; model: FileModel }>();

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
      schemas: { peek: (path) => this.schemas.peek(path) },
    };
    this.schemas = new SchemaRegistry(this.host);
  }

  get(uri: string): OpenDocument | undefined {
    return this.open.get(uri);
  }

  openDocuments(): OpenDocument[] {
    return [...this.open.values()];
  }

  didOpen(uri: string, version: number, text: string): OpenDocument {
    const path = pathOf(uri);
    // The file as indexed from the disk, if it was: its chunks are reused where the text is the same.
    const parser = this.closed.get(path)?.parser;
    this.closed.delete(path);
    const analysis = new AssayDocument(path, this.host, { cache: this.cache, parser });
    const doc: OpenDocument = { uri, path, text: new EditorText(uri, 'assay', version, text), analysis, state: analysis.update(text) };
    this.open.set(uri, doc);
    this.cache.invalidate(path);
    this.changed(path);
    return doc;
  }

  /**
   * Applies LSP content changes one by one, telling the parser exactly what each one touched; the parser
   * reads the edited text around the change only.
   */
  didChange(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): OpenDocument | undefined {
    const doc = this.open.get(uri);
    if (!doc) return undefined;
    for (const change of changes) {
      if (!('range' in change)) {
        doc.text.replace(change.text);
        doc.state = doc.analysis.update(change.text);
        continue;
      }
      const a = doc.text.offsetAt(change.range.start);
      const b = doc.text.offsetAt(change.range.end);
      const [start, oldEnd] = a <= b ? [a, b] : [b, a];
      doc.text.edit(start, oldEnd, change.text);
      doc.state = doc.analysis.update(doc.text, { start, oldEnd, newEnd: start + change.text.length });
    }
    doc.text.version = version;
    this.cache.invalidate(doc.path);
    this.changed(doc.path);
    return doc;
  }

  didClose(uri: string): void {
    this.open.delete(uri);
    this.cache.invalidate(pathOf(uri));
    this.closed.delete(pathOf(uri));
    this.changed(pathOf(uri));
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

  /** Calls `listener` with the path of every file that changed: opened, edited, closed or changed on disk. */
  onDidChangeFile(listener: (path: string) => void): void {
    this.listeners.push(listener);
  }

  /** Finds every `.assay` file on the disk and parses the closed ones. Idempotent. */
  indexAll(): void {
    if (this.indexed) return;
    this.indexed = true;
    for (const path of this.allFiles()) {
      this.onDisk.add(path);
      this.file(path);
    }
  }

  /**
   * `indexAll`, one file per turn of the event loop, so that requests and edits arriving meanwhile are
   * answered between files. A caller that needs the whole index first (`filePaths`) finishes it at once.
   */
  async indexInBackground(): Promise<void> {
    if (this.indexed) return;
    const paths = this.allFiles();
    for (const path of paths) {
      if (this.indexed) return;
      this.file(path);
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.indexAll();
  }

  /** The paths of every `.assay` file of the workspace: on the disk, and open ones. Indexes on first use. */
  filePaths(): string[] {
    this.indexAll();
    const paths = new Set(this.onDisk);
    for (const doc of this.open.values()) paths.add(doc.path);
    return [...paths].sort();
  }

  /** The file at `path`: the open document, else the file on the disk parsed; undefined when unreadable. */
  file(path: string): WorkspaceFile | undefined {
    const doc = this.open.get(uriOf(path));
    if (doc) return { uri: doc.uri, path, text: doc.text, ast: doc.state.ast };
    const cached = this.closed.get(path);
    if (cached) return cached;
    const text = this.host.readFile(path);
    if (text === undefined) return undefined;
    const uri = uriOf(path);
    const parser = new DocumentParser();
    const file = { uri, path, text: TextDocument.create(uri, 'assay', 0, text), ast: parser.update(text).ast, parser };
    this.closed.set(path, file);
    return file;
  }

  /** The open document at `uri` as a workspace file, or undefined when it is not open. */
  openFile(uri: string): WorkspaceFile | undefined {
    const doc = this.open.get(uri);
    return doc && { uri: doc.uri, path: doc.path, text: doc.text, ast: doc.state.ast };
  }

  /** The semantic model of `file`, kept until the file or a file it reads (imports, data files) changes. */
  model(file: WorkspaceFile): FileModel {
    const cached = this.models.get(file.path);
    if (cached?.ast === file.ast) return cached.model;
    const model = buildFileModel(file.path, file.ast, this.host, { cache: this.cache });
    this.models.set(file.path, { ast: file.ast, reads: this.readsOf(model), model });
    return model;
  }

  /** The files a model read: its imports (transitively, found or not), schemas and data files. */
  private readsOf(model: FileModel): Set<string> {
    const reads = new Set<string>([...model.schemas.map((s) => s.target), ...model.dataFiles.map((d) => d.target)]);
    const queue = model.imports.map((i) => i.target);
    for (let i = 0; i < queue.length; i++) {
      if (reads.has(queue[i])) continue;
      reads.add(queue[i]);
      for (const imp of this.cache.module(queue[i], this.host)?.imports ?? []) queue.push(imp.target);
    }
    return reads;
  }

  /**
   * Reads `path` again from the disk after it was created, changed or deleted there. Returns the
   * `.assay` files affected: the file itself, or every known file below a deleted folder.
   */
  fileChangedOnDisk(path: string): string[] {
    let exists = true;
    try {
      statSync(path);
    } catch {
      exists = false;
    }
    const below = exists ? [] : [...this.onDisk].filter((p) => p.startsWith(path + sep));
    const affected = [...(path.endsWith('.assay') ? [path] : []), ...below];
    for (const p of affected) {
      this.closed.delete(p);
      this.cache.invalidate(p);
      if (exists) this.onDisk.add(p);
      else this.onDisk.delete(p);
      this.changed(p);
    }
    if (!path.endsWith('.assay')) {
      this.schemas.invalidate(path);
      this.cache.invalidate(path);
      this.forgetModels(path);
    }
    return affected;
  }

  private changed(path: string): void {
    this.forgetModels(path);
    for (const listener of this.listeners) listener(path);
  }

  /** Drops the models of `path` and of the files that read it or a file below it (`path` may be a folder). */
  private forgetModels(path: string): void {
    const hit = (p: string): boolean => p === path || p.startsWith(path + sep);
    for (const [p, entry] of this.models) if (hit(p) || [...entry.reads].some(hit)) this.models.delete(p);
  }
}

export function pathOf(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}
