/**
 * `checkWithSchemas`: like the checks harness, but the schemas `main.assay` binds are loaded first (from
 * the workspace or from the shared corpus, by absolute path), as `assay check` and the language server
 * do. Compares the diagnostics of the schema-aware checks with the ranges marked `⟦...⟧`.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkFile } from '../../src/core/checks/index';
import type { Diagnostic } from '../../src/core/diagnostics';
import { SchemaRegistry } from '../../src/core/schema';
import { resolveFrom } from '../../src/core/semantic/paths';
import { parse } from '../../src/core/syntax/document-parser';
import { MAIN, unmark, workspace, type Files } from '../checks/harness';
import { fsHost } from '../helpers/fs-host';

export const SCHEMA_CODES = new Set([
  'schema-not-loadable',
  'unknown-operation',
  'missing-parameter',
  'missing-body-property',
  'unknown-body-property',
  'wrong-body-value',
  'undeclared-status',
  'jsonpath-not-in-schema',
  'invalid-graphql',
  'graphql-variables',
  'jsonpath-not-selected',
]);

export async function checkWithSchemas(input: string | Files, codes: string[]): Promise<Diagnostic[]> {
  const files = typeof input === 'string' ? { [MAIN]: input } : input;
  const { text, ranges } = unmark(files[MAIN]);
  assert.equal(ranges.length, codes.length, 'one marked range per expected code');
  const root = workspace({ ...files, [MAIN]: text });
  const parsed = parse(text);
  assert.deepEqual(parsed.errors.map((e) => e.message), [], 'the test input must parse');
  const main = path.join(root, MAIN);
  const host = fsHost(root);
  const schemas = new SchemaRegistry(host);
  for (const item of parsed.ast.items) if (item.kind === 'Use') await schemas.load(resolveFrom(main, item.path.value), item.schema);
  const diagnostics = checkFile({ path: main, ast: parsed.ast }, { ...host, schemas }).filter((d) => SCHEMA_CODES.has(d.code));
  const show = (code: string, r: { start: number; end: number }): string => `${code} ⟦${text.slice(r.start, r.end)}⟧ @${r.start}`;
  assert.deepEqual(
    diagnostics.map((d) => show(d.code, d.span)),
    ranges.map((r, i) => show(codes[i], r)),
    diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'),
  );
  return diagnostics;
}
