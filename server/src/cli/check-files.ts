/** Parses and checks .assay files from the disk: what `assay check` prints and `assay run` checks first. */
import { checkFile, parse, type WorkspaceHost } from '../core';
import type { FileDiagnostics } from './diagnostics-output';

/** Parse errors and check diagnostics of each file, in the order given. */
export function checkFiles(paths: string[], host: WorkspaceHost): FileDiagnostics[] {
  return paths.map((path) => {
    const text = host.readFile(path);
    if (text === undefined) {
      const unreadable = { code: 'unreadable-file', severity: 'error' as const, message: `Cannot read ${path}`, span: { start: 0, end: 0 } };
      return { path, text: '', diagnostics: [unreadable] };
    }
    const { ast, errors } = parse(text);
    return { path, text, diagnostics: [...errors, ...checkFile({ path, ast }, host)] };
  });
}

export function hasErrors(files: FileDiagnostics[]): boolean {
  return files.some((f) => f.diagnostics.some((d) => d.severity === 'error'));
}
