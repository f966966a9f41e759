/**
 * What one Assay file offers to the files that import it, read from its AST alone: its file vars, its
 * components and the files it imports. Input: a path and its AST. Output: a `Module`. Pure, so a module
 * can be cached until its text changes.
 */
import type { AssayFile, ComponentDecl, ImportDecl } from '../ast';
import { resolveFrom } from './paths';
import type { Definition } from './symbols';

/** An `import` with the absolute path it names. */
export interface ModuleImport {
  decl: ImportDecl;
  target: string;
}

/** A component with its definition. */
export interface ComponentSymbol {
  decl: ComponentDecl;
  definition: Definition;
  /** The module that declares it: calls inside its body resolve there. */
  modulePath: string;
}

export interface Module {
  path: string;
  ast: AssayFile;
  /** The file's own vars by name; the first declaration of a name wins. */
  vars: Map<string, Definition>;
  /** The file's own components by name; the first declaration of a name wins. */
  components: Map<string, ComponentSymbol>;
  imports: ModuleImport[];
}

/** Reads the module of the file at `path` from its AST. */
export function moduleOf(path: string, ast: AssayFile): Module {
  const module: Module = { path, ast, vars: new Map(), components: new Map(), imports: [] };
  for (const item of ast.items) {
    switch (item.kind) {
      case 'Import':
        module.imports.push({ decl: item, target: resolveFrom(path, item.path.value) });
        break;
      case 'Vars':
        for (const v of item.vars) {
          if (module.vars.has(v.name.name)) continue;
          module.vars.set(v.name.name, { name: v.name.name, kind: v.secret ? 'secret' : 'var', span: v.name.span, path, node: v });
        }
        break;
      case 'Component': {
        if (module.components.has(item.name.name)) break;
        const definition: Definition = { name: item.name.name, kind: 'component', span: item.name.span, path, node: item };
        if (item.doc !== undefined) definition.doc = item.doc;
        module.components.set(item.name.name, { decl: item, definition, modulePath: path });
        break;
      }
    }
  }
  return module;
}
