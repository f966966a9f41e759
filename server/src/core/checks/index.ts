/**
 * The semantic checks of an Assay file. Input: the file's path and AST, and the workspace host.
 * Output: diagnostics sorted by position. Parse errors are not included: the parser reports them and
 * the caller merges both lists. Pipeline: build the semantic model, then walk the AST once with the
 * handlers of every check in the registry. An editor that re-checks only what an edit touched runs the
 * same checks per item instead (by-item.ts, driven by document/assay-document.ts).
 */
import type { AssayFile } from '../ast';
import type { Diagnostic } from '../diagnostics';
import { buildFileModel, type FileModel } from '../semantic/file-model';
import type { ModuleCache } from '../semantic/module-cache';
import { mergeVisitors, walk } from '../semantic/walk';
import type { WorkspaceHost } from '../workspace/host';
import type { Check, CheckContext } from './check';
import { CHECKS } from './registry';

export { CHECKS } from './registry';
export { byPosition, checkFileLevel, ItemChecker, moveDiagnostic, type FileLevelInput, type FileLevelResult } from './by-item';
export type { Check, CheckContext, CheckMeta, Report } from './check';

/** Options of `checkFile`. */
export interface CheckOptions {
  /** Parsed imports and data files to reuse across runs (the language server keeps one). */
  cache?: ModuleCache;
  /** A model already built for this AST, e.g. by the language server for its other features. */
  model?: FileModel;
  /** The checks to run; all of them by default. */
  checks?: readonly Check[];
}

/** The semantic diagnostics of the file at `input.path` (absolute), sorted by position. */
export function checkFile(input: { path: string; ast: AssayFile }, host: WorkspaceHost, options: CheckOptions = {}): Diagnostic[] {
  const model = options.model ?? buildFileModel(input.path, input.ast, host, { cache: options.cache });
  const diagnostics: Diagnostic[] = [];
  const visitors = (options.checks ?? CHECKS).map((check) => {
    const ctx: CheckContext = {
      path: input.path,
      ast: input.ast,
      host,
      model,
      report(problem) {
        const d: Diagnostic = { code: check.meta.code, severity: problem.severity ?? check.meta.severity, message: problem.message, span: problem.span };
        if (problem.hint !== undefined) d.hint = problem.hint;
        if (problem.fix !== undefined) d.fix = problem.fix;
        diagnostics.push(d);
      },
    };
    return check.create(ctx);
  });
  walk(input.ast, mergeVisitors(visitors));
  return diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
