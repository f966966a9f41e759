/** Folding ranges: every multi-line top-level item and step, and runs of comment lines. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AssayFile, Span } from '../../core';

export function foldingRanges(doc: TextDocument, ast: AssayFile): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (span: Span, kind?: FoldingRangeKind): void => {
    const start = doc.positionAt(span.start).line;
    const end = doc.positionAt(span.end).line;
    if (end > start) ranges.push({ startLine: start, endLine: end, ...(kind ? { kind } : {}) });
  };
  for (const item of ast.items) {
    add(item.span);
    if ('steps' in item) for (const step of item.steps) add(step.span);
  }
  const lines = doc.getText().split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trimStart().startsWith('#')) continue;
    let j = i;
    while (j + 1 < lines.length && lines[j + 1].trimStart().startsWith('#')) j++;
    if (j > i) ranges.push({ startLine: i, endLine: j, kind: FoldingRangeKind.Comment });
    i = j;
  }
  return ranges;
}
