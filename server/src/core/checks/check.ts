/**
 * The shape of a check: `meta` (its stable code, default severity, scope and what it finds) and
 * `create`, which gets the file's context and returns the AST handlers it needs. `checkFile` walks the
 * file once for all checks together; an editor runs item-scope checks per top-level item (see by-item.ts).
 */
import type { AssayFile, Span } from '../ast';
import type { Diagnostic, Severity } from '../diagnostics';
import type { FileModel } from '../semantic/file-model';
import type { AstVisitor } from '../semantic/walk';
import type { WorkspaceHost } from '../workspace/host';

export interface CheckMeta {
  /** Stable, kebab-case, documented in docs/language.md. */
  code: string;
  /** The usual severity; a report may raise or lower it. */
  severity: Severity;
  /**
   * What the check's reports depend on, so that an editor can re-check only what an edit touched.
   * - `item`: one top-level item and the file-level scopes of `ctx.model` (vars, components, setup
   *   captures, and of `definedAnywhere` only whether a name is there and its kind). It may be created
   *   once and run on many items, each with a model of that item alone (`ctx.model` and `ctx.ast`
   *   change between items): keep no state across items.
   * - `file`: several items together (duplicates, imports). Its handlers are only `File` and those of
   *   top-level items and vars (see `walkItemHead`), which read the item's head: everything but its
   *   `span` and `steps`. `File` reads `ctx.model.imports` (and no item); the model has no item's parts.
   * Either way, a report made while visiting an item lies inside that item.
   */
  scope: 'item' | 'file';
  /** One line: what the check finds. */
  description: string;
}

/** A problem as a check reports it; the code and (unless given) the severity come from the check's meta. */
export interface Report {
  span: Span;
  message: string;
  severity?: Severity;
  hint?: string;
  fix?: Diagnostic['fix'];
}

export interface CheckContext {
  /** The absolute path of the file. */
  path: string;
  ast: AssayFile;
  host: WorkspaceHost;
  model: FileModel;
  report(problem: Report): void;
}

export interface Check {
  meta: CheckMeta;
  create(ctx: CheckContext): AstVisitor;
}

/** "Did you mean" as a hint and as a fix that puts `guess` at `span`. */
export function suggest(span: Span, guess: string): Pick<Report, 'hint' | 'fix'> {
  return { hint: `Did you mean \`${guess}\`?`, fix: { span: { start: span.start, end: span.end }, text: guess, title: `Change to \`${guess}\`` } };
}
