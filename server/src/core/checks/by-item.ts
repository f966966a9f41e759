/**
 * The checks run the way an editor runs them, so that results can be kept per top-level item:
 * item-scope checks on one item at a time (`ItemChecker`), file-scope checks over the heads of all
 * items (`checkFileLevel`). Input: models from semantic/file-context.ts. Output: together, the
 * diagnostics that `checkFile` gives for the same file.
 */
import type { TopItem } from '../ast';
import type { Diagnostic } from '../diagnostics';
import type { FileModel } from '../semantic/file-model';
import { mergeVisitors, walk, walkItemHead, type AstVisitor } from '../semantic/walk';
import type { WorkspaceHost } from '../workspace/host';
import type { Check, CheckContext, CheckMeta, Report } from './check';
import { CHECKS } from './registry';

/** Orders diagnostics by position, as `checkFile` does. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/** A copy of `d` moved by `delta`, with spans of its own. */
export function moveDiagnostic(d: Diagnostic, delta: number): Diagnostic {
  const moved: Diagnostic = { ...d, span: { start: d.span.start + delta, end: d.span.end + delta } };
  if (d.fix) moved.fix = { ...d.fix, span: { start: d.fix.span.start + delta, end: d.fix.span.end + delta } };
  return moved;
}

function diagnosticOf(meta: CheckMeta, problem: Report): Diagnostic {
  const d: Diagnostic = { code: meta.code, severity: problem.severity ?? meta.severity, message: problem.message, span: problem.span };
  if (problem.hint !== undefined) d.hint = problem.hint;
  if (problem.fix !== undefined) d.fix = problem.fix;
  return d;
}

/**
 * Runs the item-scope checks of `checks` on one top-level item at a time. Each check's handlers are
 * created once, on the first item, and see the model of the item being checked.
 */
export class ItemChecker {
  private readonly checks: readonly Check[];
  private readonly contexts: CheckContext[] = [];
  private visitor?: AstVisitor;
  private found: Diagnostic[] = [];

  constructor(
    private readonly path: string,
    private readonly host: WorkspaceHost,
    checks: readonly Check[] = CHECKS,
  ) {
    this.checks = checks.filter((c) => c.meta.scope === 'item');
  }

  /**
   * The diagnostics of the one item in `model` (see `FileContext.itemModel`), sorted by position.
   * Their spans are copies: moving the item later does not move them.
   */
  check(model: FileModel): Diagnostic[] {
    this.found = [];
    for (const ctx of this.contexts) {
      ctx.model = model;
      ctx.ast = model.ast;
    }
    this.visitor ??= this.createVisitor(model);
    walk(model.ast, this.visitor);
    return this.found.map((d) => moveDiagnostic(d, 0)).sort(byPosition);
  }

  private createVisitor(model: FileModel): AstVisitor {
    const visitors = this.checks.map((check) => {
      const ctx: CheckContext = {
        path: this.path,
        ast: model.ast,
        host: this.host,
        model,
        report: (problem) => {
          this.found.push(diagnosticOf(check.meta, problem));
        },
      };
      this.contexts.push(ctx);
      return check.create(ctx);
    });
    return mergeVisitors(visitors);
  }
}

/** Input of `checkFileLevel`. */
export interface FileLevelInput {
  path: string;
  /** The file's top-level items in order. */
  items: readonly TopItem[];
  /** The file-level model (see `FileContext.fileLevelModel`). */
  model: FileModel;
}

/** What `checkFileLevel` found: reports made by `File` handlers, and those made while visiting each item. */
export interface FileLevelResult {
  file: Diagnostic[];
  /** By index in `FileLevelInput.items`; only items with reports. Each list sorted by position. */
  byItem: Map<number, Diagnostic[]>;
}

/**
 * Runs the file-scope checks of `checks` over the heads of `items` (see `walkItemHead`). A report made
 * while visiting `items[i]` is moved by `shift(i)`, for items whose spans lag behind the text
 * (see `DocumentParser.settle`). The spans of the reports are copies, as in `ItemChecker.check`.
 */
export function checkFileLevel(input: FileLevelInput, host: WorkspaceHost, checks: readonly Check[] = CHECKS, shift: (index: number) => number = () => 0): FileLevelResult {
  const result: FileLevelResult = { file: [], byItem: new Map() };
  let found = result.file;
  let delta = 0;
  const visitors = checks
    .filter((c) => c.meta.scope === 'file')
    .map((check) =>
      check.create({
        path: input.path,
        ast: input.model.ast,
        host,
        model: input.model,
        report(problem) {
          found.push(moveDiagnostic(diagnosticOf(check.meta, problem), delta));
        },
      }),
    );
  const visitor = mergeVisitors(visitors);
  visitor.File?.(input.model.ast);
  for (let i = 0; i < input.items.length; i++) {
    delta = shift(i);
    found = [];
    walkItemHead(input.items[i], visitor);
    if (found.length > 0) result.byItem.set(i, found.sort(byPosition));
  }
  result.file.sort(byPosition);
  return result;
}
