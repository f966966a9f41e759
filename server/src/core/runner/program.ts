/**
 * The files of a run, linked: each file's module (its vars, components, imports, read through the
 * semantic layer's `ModuleCache`), the vars visible in a module (its own first, then those of its
 * imports, transitively) evaluated once with `env()` and `--var` overrides, and the components visible
 * in a module. Secret vars are registered for masking as they are evaluated.
 */
import type { EnvCall, Literal, VarDecl } from '../ast';
import { ModuleCache, moduleOf, type ComponentSymbol, type Module } from '../semantic';
import { parse, type ParseResult } from '../syntax/document-parser';
import type { WorkspaceHost } from '../workspace/host';
import { evaluate } from './interpolate';
import { SourceFile } from './location';
import type { Lookup } from './scope';
import type { Secrets } from './secrets';
import { EvalError } from './values';

export class Program {
  private readonly cache = new ModuleCache();
  private readonly roots = new Map<string, Module>();
  private readonly sources = new Map<string, SourceFile>();
  private readonly values = new Map<string, unknown>();
  private readonly evaluating = new Set<string>();
  private readonly closures = new Map<string, Module[]>();

  constructor(
    private readonly host: WorkspaceHost,
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly overrides: Readonly<Record<string, string>>,
    private readonly secrets: Secrets,
    private readonly parsed?: ReadonlyMap<string, ParseResult>,
  ) {}

  /** Parses a file to run; its parse errors are returned, its module kept. Undefined when unreadable. */
  load(path: string): { module: Module; errors: ReturnType<typeof parse>['errors'] } | undefined {
    const text = this.host.readFile(path);
    if (text === undefined) return undefined;
    const { ast, errors } = this.parsed?.get(path) ?? parse(text);
    const module = moduleOf(path, ast);
    this.roots.set(path, module);
    this.sources.set(path, new SourceFile(path, text));
    return { module, errors };
  }

  /** The source of a loaded or imported file, for locations. */
  source(path: string): SourceFile {
    let source = this.sources.get(path);
    if (!source) {
      source = new SourceFile(path, this.host.readFile(path) ?? '');
      this.sources.set(path, source);
    }
    return source;
  }

  /** The modules reachable from `path` through imports, breadth first, itself first. */
  closure(path: string): Module[] {
    const cached = this.closures.get(path);
    if (cached) return cached;
    const start = this.module(path);
    if (!start) return [];
    const order = [start];
    const seen = new Set([path]);
    for (let i = 0; i < order.length; i++) {
      for (const imp of order[i].imports) {
        if (seen.has(imp.target)) continue;
        seen.add(imp.target);
        const module = this.module(imp.target);
        if (module) order.push(module);
      }
    }
    this.closures.set(path, order);
    return order;
  }

  /** The components visible in the module at `path`: its own, then its imports'. */
  components(path: string): Map<string, ComponentSymbol> {
    const visible = new Map<string, ComponentSymbol>();
    for (const m of this.closure(path)) for (const [name, sym] of m.components) if (!visible.has(name)) visible.set(name, sym);
    return visible;
  }

  /** Unreadable imports of the file at `path`, as messages. */
  missingImports(path: string): string[] {
    return (this.module(path)?.imports ?? []).filter((imp) => !this.module(imp.target)).map((imp) => `Cannot read the imported file ${imp.decl.path.value}.`);
  }

  /** Evaluates every var visible in the module at `path`; throws `EvalError` for the first that cannot be. */
  evaluateAll(path: string): void {
    for (const m of this.closure(path)) for (const name of m.vars.keys()) this.vars(m.path).get(name);
  }

  /** The vars visible in the module at `path`, `--var` overrides first, evaluated on first use. */
  vars(path: string): Lookup {
    return {
      get: (name) => {
        const owner = this.closure(path).find((m) => m.vars.has(name));
        const decl = owner?.vars.get(name)?.node as VarDecl | undefined;
        if (Object.prototype.hasOwnProperty.call(this.overrides, name)) {
          const value = this.overrides[name];
          if (decl?.secret) this.secrets.add(value);
          return { value };
        }
        if (!owner || !decl) return undefined;
        return { value: this.value(owner.path, decl) };
      },
    };
  }

  private value(path: string, decl: VarDecl): unknown {
    const key = `${path}\0${decl.name.name}`;
    if (this.values.has(key)) return this.values.get(key);
    if (this.evaluating.has(key)) throw new EvalError(`the var "${decl.name.name}" refers to itself`);
    this.evaluating.add(key);
    try {
      const scope = this.vars(path);
      const value = decl.value.kind === 'Env' ? this.envValue(decl.value, scope) : evaluate(decl.value as Literal, scope);
      if (decl.secret) this.secrets.add(value);
      this.values.set(key, value);
      return value;
    } finally {
      this.evaluating.delete(key);
    }
  }

  private envValue(call: EnvCall, scope: Lookup): unknown {
    const name = call.name.value;
    const given = Object.prototype.hasOwnProperty.call(this.overrides, name) ? this.overrides[name] : this.env[name];
    if (given !== undefined) return given;
    if (call.fallback) return evaluate(call.fallback, scope);
    throw new EvalError(`the environment variable ${name} is not set and env("${name}") has no fallback`);
  }

  /** The module of a loaded or imported file. */
  module(path: string): Module | undefined {
    return this.roots.get(path) ?? this.cache.module(path, this.host);
  }
}
