/**
 * Caches what a check run reads through the host: the parsed modules of imported files and the columns
 * of data files, by absolute path. A run makes its own cache unless it is given one; a long-lived host
 * such as the language server keeps one across runs and calls `invalidate` when a file changes.
 * Files that could not be read are not cached, so a file created later is found on the next run.
 */
import { parse } from '../syntax/document-parser';
import type { WorkspaceHost } from '../workspace/host';
import { dataColumns, type DataColumns } from './data-files';
import { moduleOf, type Module } from './module';
import { extensionOf } from './paths';

export class ModuleCache {
  private readonly modules = new Map<string, Module>();
  private readonly data = new Map<string, DataColumns>();

  /** The module of the Assay file at `path`, read and parsed on first use; undefined when unreadable. */
  module(path: string, host: WorkspaceHost): Module | undefined {
    const cached = this.modules.get(path);
    if (cached) return cached;
    const text = host.readFile(path);
    if (text === undefined) return undefined;
    const module = moduleOf(path, parse(text).ast);
    this.modules.set(path, module);
    return module;
  }

  /** The columns of the data file at `path`; undefined when it cannot be read. */
  dataColumns(path: string, host: WorkspaceHost): DataColumns | undefined {
    const cached = this.data.get(path);
    if (cached) return cached;
    const text = host.readFile(path);
    if (text === undefined) return undefined;
    const columns = dataColumns(extensionOf(path), text);
    this.data.set(path, columns);
    return columns;
  }

  /** Forgets what was read from `path`: call it when that file changes or is deleted. */
  invalidate(path: string): void {
    this.modules.delete(path);
    this.data.delete(path);
  }

  /** Forgets everything. */
  clear(): void {
    this.modules.clear();
    this.data.clear();
  }
}
