/**
 * Loads one schema file through a workspace host: decides its kind (GraphQL SDL or introspection
 * JSON, or an OpenAPI document in YAML or JSON) and hands it to the loader of that kind. Never throws:
 * a file that cannot be used gives a `BrokenSchema` with the parser's message and location.
 */
import type { WorkspaceHost } from '../workspace/host';
import { diskHost } from './disk-host';
import type { LoadedSchema, SchemaKind } from './types';

export interface LoadOptions {
  /** Fetch `$ref`s to http(s) URLs. Off by default: a spec on disk never makes the tool go online. */
  allowRemoteRefs?: boolean;
  /**
   * Also validate OpenAPI documents against the OpenAPI/Swagger schema and list the problems as
   * `warnings`. Off by default: it costs more than loading (seconds on large multi-file specs).
   */
  validate?: boolean;
  /** The kind the `use` line declares; used when neither the extension nor the content decides. */
  kind?: SchemaKind;
}

type GraphqlLoader = typeof import('./graphql-load');
type OpenApiLoader = typeof import('./openapi-load');

const GRAPHQL_EXTENSIONS = /\.(graphql|graphqls|gql|sdl)$/i;

/** The schema at the absolute path `file`; `host` defaults to the local disk. */
export async function loadSchemaFile(file: string, host: WorkspaceHost = diskHost(), options: LoadOptions = {}): Promise<LoadedSchema> {
  let text: string | undefined;
  try {
    text = host.readFile(file);
  } catch {
    text = undefined;
  }
  if (text === undefined) return { kind: 'broken', file, message: `Cannot read ${file}`, files: [file] };
  try {
    // Each loader (with the OpenAPI parser or graphql behind it) is loaded on first use, so that a run
    // or check of files that bind no schema does not pay for them at start-up. A plain `require`: the
    // CLI build makes the OpenAPI loader a file of its own (scripts/build.mjs), which the CLI bundle,
    // compiled through node:vm for its code cache, can require but not import.
    if (kindOf(file, text, options.kind) === 'graphql') return (require('./graphql-load') as GraphqlLoader).loadGraphql(file, text);
    return await (require('./openapi-load') as OpenApiLoader).loadOpenApi(file, text, host, options);
  } catch (e) {
    // The loaders report what they expect; this is for what they do not (a bug must not crash a caller).
    return { kind: 'broken', file, message: e instanceof Error ? e.message : String(e), files: [file] };
  }
}

function kindOf(file: string, text: string, declared: SchemaKind | undefined): SchemaKind {
  if (GRAPHQL_EXTENSIONS.test(file)) return 'graphql';
  const start = text.trimStart();
  if (start.startsWith('{')) return /"__schema"\s*:/.test(start.slice(0, 4096)) ? 'graphql' : 'openapi';
  if (/^(openapi|swagger)\s*:/m.test(text.slice(0, 65536))) return 'openapi';
  if (/^\s*(type|schema|interface|enum|input|scalar|union|directive|extend)\b/m.test(text) && !/^\s*[\w-]+\s*:/.test(start)) return 'graphql';
  return declared ?? 'openapi';
}
