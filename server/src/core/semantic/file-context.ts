/**
 * The semantic model of a file, one top-level item at a time, for an editor that re-checks only the
 * items an edit touched. Input: the file's path, its context items (imports, vars, components and setup,
 * the only items whose text changes what the others see), the host and a module cache. Output: the
 * file-level scopes, a signature of them, and for any item of the file its part of the model; stitched
 * together, the parts give what `buildFileModel` gives for the whole file.
 */
import type { AssayFile, TopItem } from '../ast';
import type { WorkspaceHost } from '../workspace/host';
import { ModelBuilder, type FileLevel, type FileModel, type ItemParts, type ModelOptions } from './file-model';
import { ModuleCache } from './module-cache';
import type { Definition } from './symbols';

export type { ItemParts } from './file-model';

export class FileContext {
  /** True for the items whose text can change what other items see: imports, schema bindings, vars, components and setup. */
  static isContextItem(item: TopItem): boolean {
    switch (item.kind) {
      case 'Import':
      case 'Use':
      case 'Vars':
      case 'Component':
      case 'Setup':
        return true;
      case 'Broken':
        return item.keyword === 'setup';
      default:
        return false;
    }
  }

  /**
   * A fingerprint of what an item's analysis and checks read from the file level: the visible vars, the
   * visible components with their parameters and the captures they make, setup's captures, and the
   * schema bindings, in order.
   * Items analyzed under equal signatures get equal parts. `definedAnywhere` is not in it: it also
   * depends on every item, so callers track the names they look up in it.
   */
  readonly signature: string;
  private readonly builder: ModelBuilder;
  private readonly level: FileLevel;
  /** The first definition of each name offered before any item's, and after every item's. */
  private readonly first = new Map<string, Definition>();
  private readonly last = new Map<string, Definition>();

  /** `items` are the file's context items in order (see `isContextItem`); others are ignored. */
  constructor(
    private readonly path: string,
    items: readonly TopItem[],
    host: WorkspaceHost,
    options: ModelOptions = {},
  ) {
    const ast: AssayFile = { kind: 'File', span: { start: 0, end: 0 }, items: items.filter(FileContext.isContextItem) };
    this.builder = new ModelBuilder(path, ast, host, options.cache ?? new ModuleCache());
    this.builder.prepare();
    this.level = this.builder.fileLevel();
    this.signature = signatureOf(this.level);
    for (const def of this.level.offeredFirst) if (!this.first.has(def.name)) this.first.set(def.name, def);
    for (const defs of this.level.exports.values()) for (const def of defs) if (!this.last.has(def.name)) this.last.set(def.name, def);
  }

  /** One item's part of the model. A setup block must have been among the context items. */
  analyze(item: TopItem): ItemParts {
    return this.builder.itemParts(item);
  }

  /**
   * The variable names defined anywhere (`FileModel.definedAnywhere`), given the definitions that each
   * of the file's `count` items offers (`ItemParts.offered`), in the items' order.
   */
  definedAnywhere(count: number, offeredAt: (index: number) => readonly Definition[]): Map<string, Definition> {
    const defined = new Map(this.first);
    const offer = (defs: readonly Definition[]): void => {
      for (const def of defs) if (!defined.has(def.name)) defined.set(def.name, def);
    };
    for (let i = 0; i < count; i++) offer(offeredAt(i));
    for (const [name, def] of this.last) if (!defined.has(name)) defined.set(name, def);
    return defined;
  }

  /** What `definedAnywhere` gives for one name, looking at the items only until one defines it. */
  definitionOf(name: string, count: number, offeredAt: (index: number) => readonly Definition[]): Definition | undefined {
    const first = this.first.get(name);
    if (first) return first;
    for (let i = 0; i < count; i++) for (const def of offeredAt(i)) if (def.name === name) return def;
    return this.last.get(name);
  }

  /**
   * The model that an item's checks see: the item's definitions, references, scopes and files, with the
   * file-level scopes and the given `definedAnywhere`. Its `ast` holds only the item; it has no imports.
   */
  itemModel(parts: ItemParts, definedAnywhere: ReadonlyMap<string, Definition>): FileModel {
    return {
      ...this.fileLevelModel({ kind: 'File', span: { ...parts.item.span }, items: [parts.item] }, definedAnywhere),
      definitions: parts.definitions,
      references: parts.references,
      imports: [],
      bindings: this.level.bindings,
      schemas: parts.schemas,
      dataFiles: parts.dataFiles,
      scopes: parts.scopes,
    };
  }

  /**
   * The model that file-scope checks see: the file's imports and file-level scopes, and no item's parts
   * (no definitions, references, scopes or files).
   */
  fileLevelModel(ast: AssayFile, definedAnywhere: ReadonlyMap<string, Definition>): FileModel {
    const { vars, components, setupCaptures, imports, bindings } = this.level;
    return { path: this.path, ast, definitions: [], references: [], vars, components, setupCaptures, definedAnywhere, imports, bindings, schemas: [], dataFiles: [], scopes: [] };
  }
}

function signatureOf(level: FileLevel): string {
  const vars = [...level.vars].map(([name, def]) => `${name}:${def.kind}`);
  const components = [...level.components].map(([name, sym]) => [
    name,
    sym.decl.params.map((p) => p.name),
    (level.exports.get(sym) ?? []).map((d) => `${d.name}:${d.kind}`),
  ]);
  return JSON.stringify([vars, components, [...level.setupCaptures.keys()], level.bindings.map((b) => `${b.decl.schema}:${b.target}`)]);
}
