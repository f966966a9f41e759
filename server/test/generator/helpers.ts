/**
 * Helpers for generator tests: the shared corpus (server/test/corpus, see its MANIFEST.md), loading a
 * spec, and checking what was written as `assay check` does, and with the formatter.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { format, parse } from '../../src/core';
import { checkFiles } from '../../src/cli/check-files';
import type { CoverageFile } from '../../src/core/generator';
import { loadSchemaFile, type LoadedGraphql, type LoadedOpenApi } from '../../src/core/schema';
import { diskHost } from '../../src/cli/fs-host';
import type { CliIo } from '../../src/cli/io';

export const REPO = resolve(__dirname, '../../..');
export const CORPUS = resolve(REPO, 'server/test/corpus');
export const SAMPLES = join(REPO, 'samples');

/** Root files of every OpenAPI spec and GraphQL schema in the corpus. */
export const CORPUS_OPENAPI = [
  'openapi/swagger-petstore-2.0.json',
  'openapi/oai-petstore-3.0.yaml',
  'openapi/oai-petstore-expanded-3.0.yaml',
  'openapi/oai-api-with-examples-3.0.yaml',
  'openapi/oai-link-example-3.0.yaml',
  'openapi/oai-callback-example-3.0.yaml',
  'openapi/oai-webhook-example-3.1.yaml',
  'openapi/oai-petstore-separate-2.0/spec/swagger.json',
  'openapi/swagger-petstore-3.0.yaml',
  'openapi/readme-discriminators-3.0.json',
  'openapi/readme-schema-circular-3.0.json',
  'openapi/readme-security-3.1.yaml',
  'openapi/spotify-web-api-3.0.yml',
  'openapi/slack-web-api-2.0.json',
  'openapi/box-platform-3.0.json',
  'openapi/digitalocean/specification/DigitalOcean-public.v2.yaml',
];
export const CORPUS_GRAPHQL = ['graphql/swapi.graphql', 'graphql/saleor.graphql', 'graphql/linear.graphql'];

export function tempDir(prefix = 'assay-gen-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function loadOpenApi(file: string): Promise<LoadedOpenApi> {
  const loaded = await loadSchemaFile(file);
  if (loaded.kind !== 'openapi') throw new Error(`${file} did not load as OpenAPI: ${loaded.kind === 'broken' ? loaded.message : loaded.kind}`);
  return loaded;
}

export async function loadGraphql(file: string): Promise<LoadedGraphql> {
  const loaded = await loadSchemaFile(file);
  if (loaded.kind !== 'graphql') throw new Error(`${file} did not load as GraphQL: ${loaded.kind === 'broken' ? loaded.message : loaded.kind}`);
  return loaded;
}

export interface WrittenFile extends CoverageFile {
  /** Errors from the parser and every check, as `file:offset code message`. */
  errors: string[];
  /** True when `assay fmt` would leave the file as it is. */
  formatted: boolean;
}

/**
 * Reads and checks every `.assay` file of `dir` as `assay check` does (the bound schemas loaded, so
 * schema-aware checks run too; host rooted at `/`, as specs lie outside the folder), and formats it.
 */
export async function readSuite(dir: string): Promise<WrittenFile[]> {
  const paths = readdirSync(dir)
    .filter((f) => f.endsWith('.assay'))
    .sort()
    .map((name) => join(dir, name));
  const checked = await checkFiles(paths, diskHost('/'));
  return checked.map((file) => {
    const name = basename(file.path);
    const errors = file.diagnostics.filter((d) => d.severity === 'error').map((d) => `${name}:${d.span.start} ${d.code} ${d.message}`);
    return { path: file.path, text: file.text, ast: file.parsed?.ast ?? parse(file.text).ast, errors, formatted: format(file.text) === file.text };
  });
}

/** A CLI io that collects output. */
export function captureIo(cwd: string, env: Record<string, string> = {}): CliIo & { stdout: string; stderr: string } {
  const io = {
    cwd,
    env,
    stdoutIsTTY: false,
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
    onInterrupt: () => () => undefined,
  };
  return io;
}
