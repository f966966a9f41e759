/** Parses and checks .assay files from the disk: what `assay check` prints and `assay run` checks first. */
import { checkFile, parse, type ParseResult, type WorkspaceHost } from '../core';
import type { FileDiagnostics } from './diagnostics-output';

/** A checked file with its parse result, which `assay run` hands to the runner instead of parsing again. */
export interface CheckedFile extends FileDiagnostics {
  parsed?: ParseResult;
}

/** Parse errors and check diagnostics of each file, in the order given. */
export function checkFiles(paths: string[], host: WorkspaceHost): CheckedFile[] {
  return paths.map((path) => {
    const text = host.readFile(path);
    if (text === undefined) {
      const unreadable = { code: 'unreadable-file', severity: 'error' as const, message: `Cannot read ${path}`, span: { start: 0, end: 0 } };
      return { path, text: '', diagnostics: [unreadable] };
    }
    const parsed = parse(text);
    return { path, text, parsed, diagnostics: [...parsed.errors, ...checkFile({ path, ast: parsed.ast }, host)] };
  });
}

export function hasErrors(files: FileDiagnostics[]): boolean {
  return files.some((f) => f.diagnostics.some((d) => d.severity === 'error'));
}
