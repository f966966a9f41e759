/** Prints diagnostics as `file:line:col: severity CODE message` lines (or JSON) and a summary. */
import { relative } from 'node:path';
import { LineIndex, type Diagnostic } from '../core';

export interface FileDiagnostics {
  path: string;
  text: string;
  diagnostics: Diagnostic[];
}

/** One line per diagnostic (1-based line and column), with its hint indented below it. */
export function formatText(files: FileDiagnostics[], cwd: string): string {
  let out = '';
  for (const file of files) {
    if (file.diagnostics.length === 0) continue;
    const lines = new LineIndex(file.text);
    const name = relative(cwd, file.path) || file.path;
    for (const d of sorted(file.diagnostics)) {
      const { line, character } = lines.position(d.span.start);
      out += `${name}:${line + 1}:${character + 1}: ${d.severity} ${d.code} ${d.message}\n`;
      if (d.hint) out += `    hint: ${d.hint}\n`;
    }
  }
  return out;
}

/** The same diagnostics as a JSON array with 1-based positions, for tools. */
export function formatJson(files: FileDiagnostics[], cwd: string): string {
  const rows = files.flatMap((file) => {
    const lines = new LineIndex(file.text);
    return sorted(file.diagnostics).map((d) => {
      const start = lines.position(d.span.start);
      const end = lines.position(d.span.end);
      return {
        file: relative(cwd, file.path) || file.path,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: d.severity,
        code: d.code,
        message: d.message,
        ...(d.hint ? { hint: d.hint } : {}),
      };
    });
  });
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export function summary(files: FileDiagnostics[]): string {
  const all = files.flatMap((f) => f.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files.length, 'file')} checked\n`;
}

function sorted(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.span.start - b.span.start);
}
