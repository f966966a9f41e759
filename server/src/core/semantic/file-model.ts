/**
 * Builds the semantic model of one Assay file. Input: its path, its AST and the workspace host (plus,
 * optionally, a cache shared across runs). Output: a `FileModel` with every definition and reference
 * of the file resolved, its imports, schema and data files resolved to paths and looked up, and the
 * scopes that completion asks about.
 *
 * Scopes, from the innermost: a test's row keys and the captures made so far in the test or component
 * (a component called with `use` adds its captures after the call); the captures of `setup` (in tests
 * and teardown); a component's parameters (in its body); the file vars (its own, then those of its
 * imports, transitively); the built-ins. Order matters for captures only; setup runs first wherever it
 * is written.
 */
import type {
  AssayFile,
  CallStep,
  Capture,
  Check,
  DataFile,
  FileBody,
  FileRef,
  Ident,
  ImportDecl,
  Interp,
  Span,
  Step,
  StringLit,
  TestDecl,
  TopItem,
  UseDecl,
} from '../ast';
import type { WorkspaceHost } from '../workspace/host';
import { BUILTIN_DEFINITIONS } from './builtins';
import { ModuleCache } from './module-cache';
import { moduleOf, type ComponentSymbol, type Module } from './module';
import { isInside, resolveFrom } from './paths';
import type { Definition, Reference } from './symbols';
import { captureInterps, conditionInterps, literalInterps, requestInterps, testHeadInterps, varInterps } from './walk';

/** An `import` of this file, resolved. */
export interface ImportLink {
  decl: ImportDecl;
  /** The absolute path it names. */
  target: string;
  /** False when no readable file is there. */
  found: boolean;
  /** False when the target is outside the workspace root. */
  inside: boolean;
  /** When the target imports this file back (transitively): the paths around the cycle, from this file back to it. */
  cycle?: string[];
}

/** A `use openapi|graphql "path"` of this file, resolved. */
export interface SchemaLink {
  decl: UseDecl;
  target: string;
  found: boolean;
}

/** A file a test reads: `with file` rows, a `file` body or a multipart `file` part. Paths with `{{...}}` are not listed. */
export interface DataFileLink {
  node: DataFile | FileBody | FileRef;
  target: string;
  inside: boolean;
  /** False when no readable file is there. */
  found: boolean;
  /** For `with file` rows: why the file gives no rows (not CSV or JSON, no header, not an array of objects). */
  problem?: string;
  /** For `with file` rows: the column names. */
  columns?: string[];
}

/** A definition entering a block's scope at an offset. */
export interface ScopeEntry {
  definition: Definition;
  /** The offset from which it is visible (to the end of the block). */
  from: number;
}

/** The scope of a block: a test, a component, setup, teardown, or a block that did not parse. */
export interface BlockScope {
  item: TopItem;
  span: Span;
  /** True in tests and teardown, which see the captures of setup. */
  seesSetup: boolean;
  /** Row keys, parameters and captures, in the order they become visible. */
  entries: ScopeEntry[];
}

/** The semantic model of a file. */
export interface FileModel {
  path: string;
  ast: AssayFile;
  /** The definitions made in this file (vars, components, parameters, row keys, captures), by offset. */
  definitions: Definition[];
  /** Every reference in this file (`{{...}}`, component calls, arguments, captures), by offset. */
  references: Reference[];
  /** The file vars visible in the file: its own first, then those of its imports, transitively. */
  vars: ReadonlyMap<string, Definition>;
  /** The components visible in the file: its own first, then those of its imports, transitively. */
  components: ReadonlyMap<string, ComponentSymbol>;
  /** The captures that setup makes, visible in every test and in teardown. */
  setupCaptures: ReadonlyMap<string, Definition>;
  /**
   * Every variable name defined anywhere this file can see, in any scope: vars, parameters, row keys,
   * captures of this file and captures of every visible component. For the undefined-variable policy.
   */
  definedAnywhere: ReadonlyMap<string, Definition>;
  imports: ImportLink[];
  schemas: SchemaLink[];
  /** The file's `use openapi|graphql` bindings, seen by every item (schema-aware checks read them). */
  bindings: readonly SchemaLink[];
  dataFiles: DataFileLink[];
  /** The scopes of the file's blocks, by offset. */
  scopes: BlockScope[];
}

/** Options of `buildFileModel`. */
export interface ModelOptions {
  /** Parsed imports and data files to reuse; by default each build reads its own. */
  cache?: ModuleCache;
}

/** Builds the semantic model of the file at `path` (absolute) whose syntax tree is `ast`. */
export function buildFileModel(path: string, ast: AssayFile, host: WorkspaceHost, options: ModelOptions = {}): FileModel {
  return new ModelBuilder(path, ast, host, options.cache ?? new ModuleCache()).build();
}

/**
 * The span of the name an interpolation reads: exact when nothing but the expression is inside the
 * braces (`{{user.id}}`), otherwise the whole `{{ ... }}`, as the AST does not say where the name starts.
 */
export function rootSpan(interp: Interp): Span {
  const { start, end } = interp.span;
  return end - start === interp.expr.length + 4 ? { start: start + 2, end: start + 2 + interp.root.length } : { start, end };
}

function byOffset(a: { span: Span }, b: { span: Span }): number {
  return a.span.start - b.span.start;
}

/** The names a block can see: its own entries first, then the ones it inherits, innermost first. */
class Scope {
  readonly local = new Map<string, Definition>();

  constructor(
    private readonly inherited: readonly ReadonlyMap<string, Definition>[],
    readonly block?: BlockScope,
  ) {}

  lookup(name: string): Definition | undefined {
    const own = this.local.get(name);
    if (own) return own;
    for (const map of this.inherited) {
      const found = map.get(name);
      if (found) return found;
    }
    return undefined;
  }

  define(definition: Definition, from: number): void {
    this.local.set(definition.name, definition);
    this.block?.entries.push({ definition, from });
  }
}

/** What a block being walked collects besides its scope. */
interface BlockState {
  scope: Scope;
  /** The first capture of each name made anywhere in the block, to tell "set later" from "undefined". */
  captured: Map<string, Definition>;
  unresolved: Reference[];
  /** The block's scope is not fully known (it did not parse, or its data file gives no columns). */
  uncertain: boolean;
  /** The block is setup: its captures are visible in tests and teardown. */
  setup: boolean;
}

/**
 * What one top-level item adds to a file's model: its definitions, references, scopes and files, and
 * the definitions it offers to `definedAnywhere` (row keys, parameters, captures), in order.
 */
export interface ItemParts {
  item: TopItem;
  definitions: Definition[];
  references: Reference[];
  scopes: BlockScope[];
  dataFiles: DataFileLink[];
  schemas: SchemaLink[];
  offered: Definition[];
}

/** The file-level scopes that every item of a file sees (see `ModelBuilder.fileLevel`). */
export interface FileLevel {
  vars: ReadonlyMap<string, Definition>;
  components: ReadonlyMap<string, ComponentSymbol>;
  setupCaptures: ReadonlyMap<string, Definition>;
  imports: ImportLink[];
  bindings: readonly SchemaLink[];
  /** The definitions offered to `definedAnywhere` before any item's: the vars, then setup's captures. */
  offeredFirst: Definition[];
  /** The captures each visible component makes; offered to `definedAnywhere` after every item's. */
  exports: ReadonlyMap<ComponentSymbol, readonly Definition[]>;
}

/** The lengths of the builder's lists at some point, to tell what an item added. */
interface Mark {
  definitions: number;
  references: number;
  scopes: number;
  dataFiles: number;
  schemas: number;
  offered: number;
}

/**
 * Builds a model in passes: `prepare` (file level), `item` for each top-level item, `finish`. Behind
 * `buildFileModel` and `FileContext`; not exported from the semantic index.
 */
export class ModelBuilder {
  private readonly root: Module;
  private readonly loaded = new Map<string, Module | undefined>();
  private readonly definitions: Definition[] = [];
  private readonly references: Reference[] = [];
  private readonly vars = new Map<string, Definition>();
  private readonly components = new Map<string, ComponentSymbol>();
  private readonly setupCaptures = new Map<string, Definition>();
  private readonly definedAnywhere = new Map<string, Definition>();
  private readonly imports: ImportLink[] = [];
  private readonly schemas: SchemaLink[] = [];
  private readonly dataFiles: DataFileLink[] = [];
  private readonly scopes: BlockScope[] = [];
  /** Every definition offered to `definedAnywhere`, in order (the first of a name wins). */
  private readonly offered: Definition[] = [];
  private readonly setupParts = new Map<TopItem, ItemParts>();
  private readonly captureDefs = new Map<Capture, Definition>();
  private readonly paramDefs = new Map<Ident, Definition>();
  private readonly exports = new Map<ComponentSymbol, Definition[]>();
  private readonly exporting = new Set<ComponentSymbol>();
  private readonly visibleComponents = new Map<string, ReadonlyMap<string, ComponentSymbol>>();
  private readonly fileScope: readonly ReadonlyMap<string, Definition>[];

  constructor(
    private readonly path: string,
    private readonly ast: AssayFile,
    private readonly host: WorkspaceHost,
    private readonly cache: ModuleCache,
  ) {
    this.root = moduleOf(path, ast);
    this.loaded.set(path, this.root);
    this.fileScope = [this.vars, BUILTIN_DEFINITIONS];
  }

  build(): FileModel {
    this.prepare();
    for (const item of this.ast.items) this.item(item);
    return this.finish();
  }

  /**
   * The file-level pass: imports, the file's own vars and components, and setup, which runs before
   * everything else wherever it is written, so its captures are known first.
   */
  prepare(): void {
    this.linkImports();
    for (const def of this.root.vars.values()) this.definitions.push(def);
    for (const sym of this.root.components.values()) this.definitions.push(sym.definition);
    for (const def of this.vars.values()) this.defineAnywhere(def);
    for (const item of this.ast.items) {
      const broken = item.kind === 'Broken';
      if (item.kind !== 'Setup' && !(broken && item.keyword === 'setup')) continue;
      const mark = this.mark();
      const scope = new Scope([this.setupCaptures, ...this.fileScope], this.blockScope(item, false));
      this.block(item.steps, scope, { setup: true, uncertain: broken });
      this.setupParts.set(item, this.partsSince(mark, item));
    }
  }

  /** The model of the whole file, once `prepare` and `item` have seen every item. */
  finish(): FileModel {
    for (const sym of this.components.values()) for (const def of this.exportsOf(sym)) this.defineAnywhere(def);
    return {
      path: this.path,
      ast: this.ast,
      definitions: this.definitions.sort(byOffset),
      references: this.references.sort(byOffset),
      vars: this.vars,
      components: this.components,
      setupCaptures: this.setupCaptures,
      definedAnywhere: this.definedAnywhere,
      imports: this.imports,
      schemas: this.schemas,
      bindings: this.bindings(),
      dataFiles: this.dataFiles,
      scopes: this.scopes.sort(byOffset),
    };
  }

  /**
   * What one top-level item adds to the model, analyzed on its own after `prepare`; the builder keeps
   * none of it. Setup blocks were analyzed by `prepare` (if they were among its items).
   */
  itemParts(item: TopItem): ItemParts {
    const prepared = this.setupParts.get(item);
    if (prepared) return prepared;
    const mark = this.mark();
    this.item(item);
    const parts = this.partsSince(mark, item);
    this.definitions.length = mark.definitions;
    this.references.length = mark.references;
    this.scopes.length = mark.scopes;
    this.dataFiles.length = mark.dataFiles;
    this.schemas.length = mark.schemas;
    this.offered.length = mark.offered;
    return parts;
  }

  /** After `prepare`: what every item of the file sees, for `FileContext`. */
  fileLevel(): FileLevel {
    const exports = new Map<ComponentSymbol, readonly Definition[]>();
    for (const sym of this.components.values()) exports.set(sym, this.exportsOf(sym));
    return { vars: this.vars, components: this.components, setupCaptures: this.setupCaptures, imports: this.imports, bindings: this.bindings(), offeredFirst: [...this.offered], exports };
  }

  /** The file's `use` lines, resolved. */
  private bindings(): SchemaLink[] {
    return this.ast.items.flatMap((item) => {
      if (item.kind !== 'Use') return [];
      const target = resolveFrom(this.path, item.path.value);
      return [{ decl: item, target, found: this.host.exists(target) }];
    });
  }

  private mark(): Mark {
    return {
      definitions: this.definitions.length,
      references: this.references.length,
      scopes: this.scopes.length,
      dataFiles: this.dataFiles.length,
      schemas: this.schemas.length,
      offered: this.offered.length,
    };
  }

  private partsSince(mark: Mark, item: TopItem): ItemParts {
    return {
      item,
      definitions: this.definitions.slice(mark.definitions).sort(byOffset),
      references: this.references.slice(mark.references).sort(byOffset),
      scopes: this.scopes.slice(mark.scopes).sort(byOffset),
      dataFiles: this.dataFiles.slice(mark.dataFiles),
      schemas: this.schemas.slice(mark.schemas),
      offered: this.offered.slice(mark.offered),
    };
  }

  // ---- Imports ----------------------------------------------------------------------------------------

  private load(path: string): Module | undefined {
    if (this.loaded.has(path)) return this.loaded.get(path);
    const module = this.cache.module(path, this.host);
    this.loaded.set(path, module);
    return module;
  }

  /** The modules reachable from `start` through imports, breadth first, `start` first. */
  private closure(start: Module): Module[] {
    const order = [start];
    const seen = new Set([start.path]);
    for (let i = 0; i < order.length; i++) {
      for (const imp of order[i].imports) {
        if (seen.has(imp.target)) continue;
        seen.add(imp.target);
        const module = this.load(imp.target);
        if (module) order.push(module);
      }
    }
    return order;
  }

  private linkImports(): void {
    const modules = this.closure(this.root);
    for (const module of modules) {
      for (const [name, def] of module.vars) if (!this.vars.has(name)) this.vars.set(name, def);
      for (const [name, sym] of module.components) if (!this.components.has(name)) this.components.set(name, sym);
    }
    this.visibleComponents.set(this.path, this.components);

    // The modules that lead back to this file: walk the import edges backwards from it.
    const importers = new Map<string, string[]>();
    for (const module of modules) {
      for (const imp of module.imports) {
        const list = importers.get(imp.target);
        if (list) list.push(module.path);
        else importers.set(imp.target, [module.path]);
      }
    }
    const leadsBack = new Set<string>();
    const queue = [this.path];
    for (let i = 0; i < queue.length; i++) {
      for (const importer of importers.get(queue[i]) ?? []) {
        if (leadsBack.has(importer)) continue;
        leadsBack.add(importer);
        queue.push(importer);
      }
    }

    for (const imp of this.root.imports) {
      const link: ImportLink = {
        decl: imp.decl,
        target: imp.target,
        found: this.load(imp.target) !== undefined,
        inside: isInside(this.host.root, imp.target),
      };
      if (leadsBack.has(imp.target)) link.cycle = this.cycleThrough(imp.target);
      this.imports.push(link);
    }
  }

  /** The shortest import path from this file through `first` back to this file. */
  private cycleThrough(first: string): string[] {
    if (first === this.path) return [this.path, this.path];
    const parent = new Map<string, string | undefined>([[first, undefined]]);
    const queue = [first];
    for (let i = 0; i < queue.length && !parent.has(this.path); i++) {
      for (const imp of this.load(queue[i])?.imports ?? []) {
        if (parent.has(imp.target)) continue;
        parent.set(imp.target, queue[i]);
        queue.push(imp.target);
      }
    }
    const cycle: string[] = [];
    for (let at: string | undefined = this.path; at !== undefined; at = parent.get(at)) cycle.unshift(at);
    return [this.path, ...cycle];
  }

  /** The components visible in the module at `path` (its own, then its imports'). */
  private componentsOf(path: string): ReadonlyMap<string, ComponentSymbol> {
    const cached = this.visibleComponents.get(path);
    if (cached) return cached;
    const visible = new Map<string, ComponentSymbol>();
    const module = this.load(path);
    if (module) {
      for (const m of this.closure(module)) for (const [name, sym] of m.components) if (!visible.has(name)) visible.set(name, sym);
    }
    this.visibleComponents.set(path, visible);
    return visible;
  }

  /** The captures a component makes (its own and those of the components it calls), last one of a name winning. */
  private exportsOf(sym: ComponentSymbol): Definition[] {
    const cached = this.exports.get(sym);
    if (cached) return cached;
    if (this.exporting.has(sym)) return [];
    this.exporting.add(sym);
    const out = new Map<string, Definition>();
    const components = this.componentsOf(sym.modulePath);
    const collect = (checks: readonly Check[]): void => {
      for (const c of checks) if (c.kind === 'Capture') out.set(c.name.name, this.captureDef(c, sym.modulePath));
    };
    for (const step of sym.decl.steps) {
      if (step.kind === 'Request') collect(step.checks);
      else if (step.kind === 'Call') {
        const callee = components.get(step.name.name);
        if (callee) for (const def of this.exportsOf(callee)) out.set(def.name, def);
        collect(step.checks);
      }
    }
    const list = [...out.values()];
    this.exporting.delete(sym);
    this.exports.set(sym, list);
    return list;
  }

  private captureDef(capture: Capture, path: string): Definition {
    let def = this.captureDefs.get(capture);
    if (!def) {
      def = { name: capture.name.name, kind: 'capture', span: capture.name.span, path, node: capture };
      this.captureDefs.set(capture, def);
    }
    return def;
  }

  private defineAnywhere(def: Definition): void {
    this.offered.push(def);
    if (!this.definedAnywhere.has(def.name)) this.definedAnywhere.set(def.name, def);
  }

  // ---- Blocks -----------------------------------------------------------------------------------------

  private blockScope(item: TopItem, seesSetup: boolean): BlockScope {
    const scope: BlockScope = { item, span: item.span, seesSetup, entries: [] };
    this.scopes.push(scope);
    return scope;
  }

  private item(item: TopItem): void {
    switch (item.kind) {
      case 'Import':
        literalInterps(item.path, (i) => this.fileRead(i));
        break;
      case 'Use': {
        literalInterps(item.path, (i) => this.fileRead(i));
        const target = resolveFrom(this.path, item.path.value);
        this.schemas.push({ decl: item, target, found: this.host.exists(target) });
        break;
      }
      case 'Vars':
        for (const v of item.vars) varInterps(v, (i) => this.fileRead(i));
        break;
      case 'Component': {
        const scope = new Scope(this.fileScope, this.blockScope(item, false));
        for (const p of item.params) {
          const def = this.paramDef(p, this.path);
          this.definitions.push(def);
          this.defineAnywhere(def);
          scope.define(def, item.span.start);
        }
        this.block(item.steps, scope);
        break;
      }
      case 'Teardown':
        this.block(item.steps, new Scope([this.setupCaptures, ...this.fileScope], this.blockScope(item, true)));
        break;
      case 'Test':
        this.test(item);
        break;
      case 'Broken': {
        if (item.keyword === 'setup') break;
        const seesSetup = item.keyword === 'test' || item.keyword === 'teardown';
        const scope = new Scope(seesSetup ? [this.setupCaptures, ...this.fileScope] : this.fileScope, this.blockScope(item, seesSetup));
        this.block(item.steps, scope, { uncertain: true });
        break;
      }
      case 'Setup':
        break;
    }
  }

  private test(test: TestDecl): void {
    const scope = new Scope([this.setupCaptures, ...this.fileScope], this.blockScope(test, true));
    let uncertain = false;
    testHeadInterps(test, (i) => this.fileRead(i));
    const defineRow = (def: Definition): void => {
      this.definitions.push(def);
      this.defineAnywhere(def);
      scope.define(def, test.span.start);
    };
    if (test.data?.kind === 'Rows') {
      for (const row of test.data.rows) {
        if (row.kind !== 'Object') continue;
        for (const entry of row.entries) {
          if (!scope.local.has(entry.key)) defineRow({ name: entry.key, kind: 'row', span: entry.keySpan, path: this.path, node: entry });
        }
      }
    } else if (test.data) {
      const link = this.linkDataFile(test.data, test.data.path);
      if (link?.columns) for (const name of link.columns) defineRow({ name, kind: 'row', span: test.data.path.span, path: this.path, node: test.data });
      else uncertain = true;
    }
    this.block(test.steps, scope, { uncertain, name: test.name });
  }

  /**
   * Walks a block's steps in order, resolving every reference in its scope. `name` is a test's name,
   * read in the test's scope; `setup` makes the block's captures visible to tests and teardown.
   */
  private block(steps: readonly Step[], scope: Scope, options: { uncertain?: boolean; name?: StringLit; setup?: boolean } = {}): void {
    const state: BlockState = { scope, captured: new Map(), unresolved: [], uncertain: options.uncertain ?? false, setup: options.setup ?? false };
    const read = (i: Interp): void => this.read(i, state);
    if (options.name) literalInterps(options.name, read);
    for (const step of steps) {
      switch (step.kind) {
        case 'Request':
          requestInterps(step, read);
          if (step.body?.kind === 'FileBody') this.linkDataFile(step.body, step.body.path);
          else if (step.body?.kind === 'Multipart') {
            for (const part of step.body.parts) if (part.value.kind === 'FileRef') this.linkDataFile(part.value, part.value.path);
          }
          if (step.retry?.until) conditionInterps(step.retry.until, read);
          this.checks(step.checks, state);
          break;
        case 'Call':
          this.call(step, state, read);
          break;
        case 'Log':
          literalInterps(step.value, read);
          break;
        case 'Delay':
          break;
      }
    }
    for (const ref of state.unresolved) {
      const later = state.captured.get(ref.name);
      if (later) ref.setLater = later;
    }
  }

  private call(step: CallStep, state: BlockState, read: (i: Interp) => void): void {
    for (const arg of step.args) literalInterps(arg.value, read);
    const callee = this.components.get(step.name.name);
    this.reference({ name: step.name.name, role: 'call', span: step.name.span, path: this.path }, callee?.definition, state);
    for (const arg of step.args) {
      const param = callee?.decl.params.find((p) => p.name === arg.name.name);
      const def = param && callee && this.paramDef(param, callee.modulePath);
      this.reference({ name: arg.name.name, role: 'argument', span: arg.name.span, path: this.path }, def, state);
    }
    if (callee) {
      const from = step.args.length > 0 ? step.args[step.args.length - 1].span.end : step.name.span.end;
      for (const def of this.exportsOf(callee)) this.defineCapture(def, from, state);
    }
    this.checks(step.checks, state);
  }

  private checks(checks: readonly Check[], state: BlockState): void {
    const read = (i: Interp): void => this.read(i, state);
    for (const check of checks) {
      if (check.kind === 'Expect') {
        conditionInterps(check, read);
        continue;
      }
      captureInterps(check, read);
      const def = this.captureDef(check, this.path);
      this.definitions.push(def);
      this.defineAnywhere(def);
      const shadowed = state.scope.lookup(def.name);
      const ref: Reference = { name: def.name, role: 'write', span: check.name.span, path: this.path };
      if (shadowed) ref.definition = shadowed;
      this.references.push(ref);
      this.defineCapture(def, check.span.end, state);
    }
  }

  private defineCapture(def: Definition, from: number, state: BlockState): void {
    state.scope.define(def, from);
    if (!state.captured.has(def.name)) state.captured.set(def.name, def);
    if (state.setup) this.setupCaptures.set(def.name, def);
  }

  private paramDef(param: Ident, path: string): Definition {
    let def = this.paramDefs.get(param);
    if (!def) {
      def = { name: param.name, kind: 'param', span: param.span, path, node: param };
      this.paramDefs.set(param, def);
    }
    return def;
  }

  // ---- References ---------------------------------------------------------------------------------------

  /** A `{{...}}` outside any block: in an import or schema path, a var's value, a test's head. */
  private fileRead(interp: Interp): void {
    if (interp.root === '') return;
    const def = this.vars.get(interp.root) ?? BUILTIN_DEFINITIONS.get(interp.root);
    const ref: Reference = { name: interp.root, role: 'read', span: rootSpan(interp), path: this.path, interp };
    if (def) ref.definition = def;
    this.references.push(ref);
  }

  private read(interp: Interp, state: BlockState): void {
    if (interp.root === '') return;
    this.reference({ name: interp.root, role: 'read', span: rootSpan(interp), path: this.path, interp }, state.scope.lookup(interp.root), state);
  }

  private reference(ref: Reference, def: Definition | undefined, state: BlockState): void {
    if (def) ref.definition = def;
    else {
      if (state.uncertain) ref.uncertain = true;
      if (ref.role === 'read') state.unresolved.push(ref);
    }
    this.references.push(ref);
  }

  // ---- Files --------------------------------------------------------------------------------------------

  private linkDataFile(node: DataFile | FileBody | FileRef, path: StringLit): DataFileLink | undefined {
    if (path.interps.length > 0) return undefined;
    const target = resolveFrom(this.path, path.value);
    const link: DataFileLink = { node, target, inside: isInside(this.host.root, target), found: false };
    if (node.kind === 'DataFile') {
      const columns = this.cache.dataColumns(target, this.host);
      link.found = columns !== undefined;
      if (columns?.ok) link.columns = columns.columns;
      else if (columns) link.problem = columns.problem;
    } else link.found = this.host.exists(target);
    this.dataFiles.push(link);
    return link;
  }
}
