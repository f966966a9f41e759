/**
 * The shape of a check: `meta` (its stable code, default severity and what it finds) and `create`,
 * which gets the file's context and returns the AST handlers it needs. `checkFile` walks the file once
 * for all checks together.
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
