/**
 * The one owner of loaded schemas (OpenAPI and GraphQL). Input: a workspace host that reads files.
 * Output: each schema file loaded once and cached (concurrent loads share one promise), readable
 * synchronously once loaded (`peek`, for checks and completion), dropped when the spec or any file it
 * read changes (`invalidate`), with a notice when a load finishes (`onDidLoad`) and when schemas are
 * forgotten (`onDidInvalidate`).
 */
import type { WorkspaceHost } from '../workspace/host';
import { loadSchemaFile, type LoadOptions } from './load';
import type { LoadedSchema, SchemaKind } from './types';

export type SchemaRegistryOptions = LoadOptions;

export class SchemaRegistry {
  private readonly loaded = new Map<string, LoadedSchema>();
  private readonly pending = new Map<string, Promise<LoadedSchema>>();
  private readonly listeners = new Set<(schema: LoadedSchema) => void>();
  private readonly invalidationListeners = new Set<(roots: string[]) => void>();
  /** Bumped by `invalidate`, so that a load that started before a change does not store stale results. */
  private generation = 0;

  constructor(
    private readonly host: WorkspaceHost,
    private readonly options: SchemaRegistryOptions = {},
  ) {}

  /**
   * The schema at the absolute path `file`, loading it on first use. `kind` (from the `use` line)
   * decides only for files whose extension and content do not say which kind they are.
   */
  load(file: string, kind?: SchemaKind): Promise<LoadedSchema> {
    const done = this.loaded.get(file);
    if (done) return Promise.resolve(done);
    let promise = this.pending.get(file);
    if (!promise) {
      const generation = this.generation;
      promise = loadSchemaFile(file, this.host, { ...this.options, kind }).then((schema) => {
        if (this.pending.get(file) === promise) this.pending.delete(file);
        if (generation === this.generation) {
          this.loaded.set(file, schema);
          for (const listener of this.listeners) listener(schema);
        }
        return schema;
      });
      this.pending.set(file, promise);
    }
    return promise;
  }

  /** The schema at `file` if it has finished loading, else undefined. Never starts a load. */
  peek(file: string): LoadedSchema | undefined {
    return this.loaded.get(file);
  }

  /**
   * Forgets every schema that read `file` (the spec itself or one of its `$ref`d files). Returns the
   * root files forgotten, so that the caller can load them again.
   */
  invalidate(file: string): string[] {
    const dropped: string[] = [];
    for (const [root, schema] of this.loaded) {
      if (root === file || readFiles(schema).includes(file)) dropped.push(root);
    }
    for (const root of dropped) this.loaded.delete(root);
    // A load in flight may have read the file already; which files it reads is known only at the end.
    if (this.pending.size > 0 || dropped.length > 0) this.generation++;
    this.pending.clear();
    if (dropped.length > 0) for (const listener of this.invalidationListeners) listener(dropped);
    return dropped;
  }

  /** Calls `listener` with the root files `invalidate` forgot; returns a function that stops it. */
  onDidInvalidate(listener: (roots: string[]) => void): () => void {
    this.invalidationListeners.add(listener);
    return () => this.invalidationListeners.delete(listener);
  }

  /** Calls `listener` each time a schema finishes loading; returns a function that stops it. */
  onDidLoad(listener: (schema: LoadedSchema) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function readFiles(schema: LoadedSchema): readonly string[] {
  if (schema.kind === 'openapi') return schema.files;
  if (schema.kind === 'broken') return schema.files ?? [];
  return [];
}
