/**
 * The symbols of the semantic model: where a name is defined and where it is used. Plain data, with
 * absolute file paths and UTF-16 offset spans into the file at `path`, as in the AST.
 */
import type { Capture, ComponentDecl, DataFile, Ident, Interp, ObjectEntry, Span, VarDecl } from '../ast';

/**
 * What a definition is: a file variable (`var`, or `secret` when masked), a `capture`, a component
 * parameter (`param`), a key of a parameterized test's rows (`row`), a `component`, or a `builtin`.
 */
export type SymbolKind = 'var' | 'secret' | 'capture' | 'param' | 'row' | 'component' | 'builtin';

/** The AST node behind a definition: a var, a capture, a parameter, a row key, a data file, a component. */
export type DefinitionNode = VarDecl | Capture | Ident | ObjectEntry | DataFile | ComponentDecl;

/** A place that gives a name its meaning. */
export interface Definition {
  name: string;
  kind: SymbolKind;
  /** The name in its file (for a `with file` row key: the data file's path string). Empty for built-ins. */
  span: Span;
  /** The absolute path of the file that defines it; '' for built-ins. */
  path: string;
  node?: DefinitionNode;
  /** Documentation for hover: a built-in's description, a component's doc comment. */
  doc?: string;
}

/**
 * How a reference uses its name: `read` a `{{variable}}`, `call` a component with `use`, pass a named
 * `argument` to a component's parameter, or `write` a variable with `capture`.
 */
export type ReferenceRole = 'read' | 'call' | 'argument' | 'write';

/** A use of a name. */
export interface Reference {
  name: string;
  role: ReferenceRole;
  /**
   * The name as written. For `{{...}}` it is the root name when it can be located exactly (no spaces
   * inside the braces), otherwise the whole `{{...}}` (see `rootSpan`).
   */
  span: Span;
  /** The absolute path of the file the reference is in. */
  path: string;
  /**
   * What the name means here. For a `write` (a capture), the definition it replaces from then on, if
   * the name was already visible; the capture's own definition is in `FileModel.definitions`.
   */
  definition?: Definition;
  /** For an unresolved `read`: the capture later in the same test or component that sets the name. */
  setLater?: Definition;
  /** For a `read`: the `{{...}}` it is in. */
  interp?: Interp;
  /** True when the reference is inside a block whose scope is not fully known (it did not parse, or its rows file is unreadable). */
  uncertain?: boolean;
}
