/**
 * Loads the spec or schema a `generate` or `coverage` command names, and turns a file that cannot be
 * used into a one-line `file:line:col: error ...` message (exit 1) instead of a stack trace.
 */
import { relative, resolve } from 'node:path';
import { loadSchemaFile, type LoadedGraphql, type LoadedOpenApi } from '../core/schema';
import { UsageError, type CliIo } from './io';

export class SchemaUnusable extends Error {}

/** The loaded schema at `path` (relative to the working directory), of the kind asked for if any. */
export async function loadForCommand(path: string, io: CliIo, kind?: 'openapi' | 'graphql'): Promise<LoadedOpenApi | LoadedGraphql> {
  const file = resolve(io.cwd, path);
  const loaded = await loadSchemaFile(file, undefined, { kind });
  const name = relative(io.cwd, file) || file;
  if (loaded.kind === 'broken') {
    const at = loaded.location ? `:${loaded.location.line + 1}:${loaded.location.col + 1}` : '';
    throw new SchemaUnusable(`${name}${at}: error ${loaded.message}`);
  }
  if (kind && loaded.kind !== kind) {
    throw new UsageError(`${name} is ${loaded.kind === 'openapi' ? 'an OpenAPI document' : 'a GraphQL schema'}: use 'assay generate ${loaded.kind}'`);
  }
  return loaded;
}
