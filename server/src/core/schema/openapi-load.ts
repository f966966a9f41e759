/**
 * Loads an OpenAPI 3.0/3.1 or Swagger 2.0 document (YAML or JSON, one file or many joined by relative
 * `$ref`s) with @readme/openapi-parser: every file is read through the workspace host, remote `$ref`s
 * are refused unless allowed, circular schemas become shared objects. Output: the dereferenced
 * document indexed by operation, or a `BrokenSchema` with the parser's message and location.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dereference, validate } from '@readme/openapi-parser';
import { parseDocument } from 'yaml';
import type { WorkspaceHost } from '../workspace/host';
import type { LoadOptions } from './load';
import { withoutCodeSamples } from './code-samples';
import { compactDocument } from './compact';
import { openApiIndex } from './openapi-index';
import { jsonErrorLocation, positionAt } from './text-position';
import type { BrokenSchema, LoadedOpenApi, SpecLocation } from './types';

type Doc = Record<string, unknown>;

/** Loads the document whose root is `file` (already read as `text`). */
export async function loadOpenApi(file: string, text: string, host: WorkspaceHost, options: LoadOptions): Promise<LoadedOpenApi | BrokenSchema> {
  const files: string[] = [];
  let refused: string | undefined;
  if (/\.json$/i.test(file)) {
    // Strict JSON for .json files: the parser would fall back to YAML, which accepts what JSON does not.
    try {
      JSON.parse(text);
    } catch (e) {
      const message = (e as Error).message;
      return { kind: 'broken', file, files: [file], message: `Invalid JSON: ${message}`, location: jsonErrorLocation(file, text, message) };
    }
  }
  const parserOptions = {
    resolve: {
      external: true,
      file: {
        order: 100,
        canRead: (ref: { url: string }) => !/^https?:\/\//i.test(ref.url),
        read: (ref: { url: string }) => {
          const path = pathOfUrl(ref.url);
          const content = path === file ? text : host.readFile(path);
          if (!files.includes(path)) files.push(path);
          if (content === undefined) throw new Error(`Cannot read ${path}, named by a $ref`);
          return /\.json$/i.test(path) ? content : withoutCodeSamples(content);
        },
      },
      http: options.allowRemoteRefs
        ? {}
        : {
            read: (ref: { url: string }) => {
              refused = ref.url;
              throw new Error(`The $ref ${ref.url} is remote, and remote references are not fetched`);
            },
          },
    },
    dereference: { circular: true as const },
  };
  let document: Doc;
  try {
    // The parser's options type does not list custom resolvers, which its resolver library accepts.
    document = compactDocument((await dereference(file, parserOptions as never)) as unknown as Doc);
  } catch (e) {
    if (refused) return { kind: 'broken', file, files, message: `The $ref to ${refused} is remote, and remote references are not fetched unless allowed`, location: written(files, refused, host) };
    return broken(file, files, e, host);
  }
  const version = versionOf(document);
  if (!version) {
    return { kind: 'broken', file, files, message: 'Not an OpenAPI document: it has no `openapi: 3.x` or `swagger: "2.0"` field', location: { file, line: 0, col: 0 } };
  }
  const warnings = options.validate ? await validationProblems(file, parserOptions) : [];
  return { kind: 'openapi', file, version, files: files.length > 0 ? files : [file], document, warnings, ...openApiIndex(document, version, file, host) };
}

function versionOf(document: Doc): LoadedOpenApi['version'] | undefined {
  if (!document || typeof document !== 'object') return undefined;
  if (String(document.swagger) === '2.0') return '2.0';
  const openapi = String(document.openapi ?? '');
  if (openapi.startsWith('3.1')) return '3.1';
  if (openapi.startsWith('3.')) return '3.0';
  return undefined;
}

async function validationProblems(file: string, parserOptions: object): Promise<string[]> {
  try {
    const result = await validate(file, parserOptions as never);
    return result.valid ? result.warnings.map((w) => w.message) : [...result.errors, ...result.warnings].map((p) => p.message);
  } catch (e) {
    return [e instanceof Error ? e.message : String(e)];
  }
}

function pathOfUrl(url: string): string {
  const bare = url.replace(/#.*$/, '');
  return bare.startsWith('file:') ? fileURLToPath(bare) : decodeURIComponent(bare);
}

/** The parser's error, placed: a YAML/JSON syntax error at its position, a bad `$ref` where it is written. */
function broken(file: string, files: string[], error: unknown, host: WorkspaceHost): BrokenSchema {
  const raw = error instanceof Error ? error.message : String(error);
  // Parsers append a code frame under the first line; the location says where instead.
  const message = raw.split('\n')[0].replace(/^Error (parsing|resolving) /, 'Cannot load ').trim();
  return { kind: 'broken', file, files, message, location: locate(raw, error, files, host) };
}

function locate(message: string, error: unknown, files: string[], host: WorkspaceHost): SpecLocation | undefined {
  const where = (error as { source?: unknown; path?: unknown }).source;
  const candidates = [...(typeof where === 'string' ? [pathOfUrl(where)] : []), ...files.slice().reverse()];
  for (const path of candidates) {
    const text = host.readFile(path);
    if (text === undefined) continue;
    const syntax = syntaxError(path, text, message);
    if (syntax) return syntax;
  }
  // A `$ref` that does not resolve: point at the first place it is written.
  const pointer = /(?:pointer|\$ref)\s*"?([^"\s]*#[^"\s]*)"?/i.exec(message)?.[1].replace(/^.*(#.*)$/, '$1');
  const missingFile = /(?:opening|reading|read) (?:file )?"?([^"\s,]+)/i.exec(message)?.[1];
  const needle = pointer ?? (missingFile ? basename(missingFile) : undefined);
  return (needle ? written(files, needle, host) : undefined) ?? (files[0] ? { file: files[0], line: 0, col: 0 } : undefined);
}

/** The first place `needle` is written in the files read, if any. */
function written(files: string[], needle: string, host: WorkspaceHost): SpecLocation | undefined {
  for (const path of files) {
    const text = host.readFile(path) ?? '';
    const at = text.indexOf(needle);
    if (at >= 0) return positionAt(path, text, at);
  }
  return undefined;
}

function syntaxError(path: string, text: string, message: string): SpecLocation | undefined {
  if (text.trimStart().startsWith('{')) {
    try {
      JSON.parse(text);
      return undefined;
    } catch (e) {
      return jsonErrorLocation(path, text, (e as Error).message) ?? jsonErrorLocation(path, text, message);
    }
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const first = doc.errors[0];
  return first ? positionAt(path, text, first.pos[0]) : undefined;
}
