/**
 * Parses and checks .assay files from the disk: what `assay check` prints and `assay run` checks first.
 * The schemas the files bind are loaded before checking, so that schema-aware checks can read them.
 */
import { checkFile, parse, type ParseResult, type WorkspaceHost } from '../core';
import { resolveFrom } from '../core/semantic/paths';
import { SchemaRegistry } from '../core/schema';
import type { FileDiagnostics } from './diagnostics-output';

/** A checked file with its parse result, which `assay run` hands to the runner instead of parsing again. */
export interface CheckedFile extends FileDiagnostics {
  parsed?: ParseResult;
}

/**
 * Parse errors and check diagnostics of each file, in the order given; `schemas` keeps the loaded schemas
 * for a run, and `parseText` may reuse what an earlier parse of the same file found (`assay run --watch`).
 */
export async function checkFiles(
  paths: string[],
  host: WorkspaceHost,
  schemas = new SchemaRegistry(host),
  parseText: (path: string, text: string) => ParseResult = (_path, text) => parse(text),
): Promise<CheckedFile[]> {
  const read = paths.map((path) => {
    const text = host.readFile(path);
    return { path, text, parsed: text === undefined ? undefined : parseText(path, text) };
  });
  const uses = read.flatMap(({ path, parsed }) => (parsed?.ast.items ?? []).flatMap((item) => (item.kind === 'Use' ? [schemas.load(resolveFrom(path, item.path.value), item.schema)] : [])));
  await Promise.all(uses);
  const withSchemas: WorkspaceHost = { ...host, schemas };
  return read.map(({ path, text, parsed }) => {
    if (text === undefined || !parsed) {
      const unreadable = { code: 'unreadable-file', severity: 'error' as const, message: `Cannot read ${path}`, span: { start: 0, end: 0 } };
      return { path, text: '', diagnostics: [unreadable] };
    }
    return { path, text, parsed, diagnostics: [...parsed.errors, ...checkFile({ path, ast: parsed.ast }, withSchemas)] };
  });
}

export function hasErrors(files: FileDiagnostics[]): boolean {
  return files.some((f) => f.diagnostics.some((d) => d.severity === 'error'));
}
