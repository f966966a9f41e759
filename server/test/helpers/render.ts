/**
 * Renders parse results as stable, readable text for golden files: spans become `line:col-line:col`
 * (1-based) and diagnostics one line each.
 */
import { LineIndex, type Diagnostic } from '../../src/core';

/** The AST as indented JSON with every span written as `L:C-L:C`. */
export function renderAst(ast: unknown, text: string): string {
  const lines = new LineIndex(text);
  const at = (offset: number) => {
    const p = lines.position(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  return JSON.stringify(
    ast,
    (_key, value) => (isSpan(value) ? `${at(value.start)}-${at(value.end)}` : value),
    2,
  );
}

/** One `L:C severity code message` line per diagnostic, in document order. */
export function renderDiagnostics(diagnostics: Diagnostic[], text: string): string {
  const lines = new LineIndex(text);
  return [...diagnostics]
    .sort((a, b) => a.span.start - b.span.start)
    .map((d) => {
      const p = lines.position(d.span.start);
      return `${p.line + 1}:${p.character + 1} ${d.severity} ${d.code} ${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}`;
    })
    .join('\n');
}

function isSpan(value: unknown): value is { start: number; end: number } {
  return (
    typeof value === 'object' && value !== null && Object.keys(value).length === 2 && 'start' in value && 'end' in value
  );
}
