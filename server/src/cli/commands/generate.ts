/**
 * `assay generate openapi|graphql SPEC [-o DIR]`: writes a suite of `.assay` files for a spec (see
 * docs/generate.md), or updates the one already in DIR keeping the user's edits. Exit 0 when written,
 * 1 when the spec cannot be used, 2 on a usage mistake.
 */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { generateGraphqlSuite, generateOpenApiSuite } from '../../core/generator';
import type { LoadedGraphql, LoadedOpenApi } from '../../core/schema';
import { parseCommandArgs } from '../args';
import { writeSuite } from '../generate-files';
import { loadForCommand, SchemaUnusable } from '../generate-schema';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliIo } from '../io';

export async function generateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    output: { type: 'string', short: 'o', default: '.' },
    seed: { type: 'string', default: '1' },
    negative: { type: 'boolean', default: false },
    endpoint: { type: 'string', default: '/graphql' },
    'base-url': { type: 'string' },
    auth: { type: 'string', default: 'bearer' },
    depth: { type: 'string', default: '2' },
    'overwrite-edited': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
  });
  const [kind, spec, ...extra] = positionals;
  if (kind !== 'openapi' && kind !== 'graphql') throw new UsageError(`expected 'generate openapi SPEC' or 'generate graphql SCHEMA'${kind ? `, not '${kind}'` : ''}`);
  if (!spec) throw new UsageError(`missing the ${kind === 'openapi' ? 'spec' : 'schema'} file: assay generate ${kind} FILE -o DIR`);
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
  const seed = integer(String(values.seed), '--seed');
  const depth = integer(String(values.depth), '--depth');
  if (values.auth !== 'bearer' && values.auth !== 'none') throw new UsageError(`--auth must be bearer or none, not '${values.auth}'`);
  const dir = resolve(io.cwd, String(values.output));
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`-o must name a folder: ${values.output} is a file`);
  let loaded: LoadedOpenApi | LoadedGraphql;
  try {
    loaded = await loadForCommand(spec, io, kind);
  } catch (e) {
    if (!(e instanceof SchemaUnusable)) throw e;
    io.err(`${e.message}\n`);
    return EXIT_FAILED;
  }
  const specPath = usePath(dir, loaded.file);
  const suite =
    loaded.kind === 'openapi'
      ? generateOpenApiSuite(loaded, { specPath, seed, negative: values.negative === true })
      : generateGraphqlSuite(loaded, {
          schemaPath: specPath,
          seed,
          depth,
          endpoint: String(values.endpoint),
          baseUrl: values['base-url'] === undefined ? undefined : String(values['base-url']),
          auth: values.auth,
        });
  const written = writeSuite(suite, { dir, cwd: io.cwd, overwriteEdited: values['overwrite-edited'] === true, dryRun: values['dry-run'] === true });
  for (const line of written.lines) io.err(`${line}\n`);
  for (const line of [...written.warnings, ...suite.notes]) io.err(`warning: ${line}\n`);
  const tests = suite.files.reduce((n, f) => n + f.tests.length, 0);
  const target = relative(io.cwd, dir) || '.';
  io.err(`${tests} test${tests === 1 ? '' : 's'} in ${suite.files.length} file${suite.files.length === 1 ? '' : 's'} under ${target}; ${written.changedFiles} file${written.changedFiles === 1 ? '' : 's'} changed\n`);
  return EXIT_OK;
}

/** The spec's path as a `use` line in DIR writes it: relative, with forward slashes, starting with `.`. */
function usePath(dir: string, file: string): string {
  const rel = relative(dir, file).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

function integer(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number, not '${text}'`);
  return Number(text);
}
