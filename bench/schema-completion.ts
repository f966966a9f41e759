/**
 * Schema-driven completion benchmark: for each OpenAPI spec of the shared corpus (and the samples'),
 * loaded once, the time to answer completion in a bound file at a path position
 * (`GET {{baseUrl}}/█`, every path of the spec), in a JSON body (`json { █ }` of the operation with the
 * most request-body properties) and at a JSONPath (`expect $.█` after the operation with a JSON
 * response schema); for each GraphQL schema, inside a document (`{ █ }`, every root field) and at a
 * JSONPath from the selection set. Each time is what the language server spends in the core: the model
 * around the cursor and `completionsAt`. Median of RUNS after WARMUP; `firstPathMs` is the first path
 * completion after the load, which also indexes the paths. Target: under 30 ms each.
 *
 * Run: npm run bench -- schema-completion   (or: node --import tsx bench/schema-completion.ts)
 */
import { readdirSync } from 'node:fs';
import { getNullableType, isNonNullType, isObjectType } from 'graphql';
import { join } from 'node:path';
import { parse, type WorkspaceHost } from '../server/src/core';
import { completionsAt, itemModelAt } from '../server/src/core/completion';
import { loadSchemaFile, propertiesOf, type LoadedSchema } from '../server/src/core/schema';
import { requestSchemaOf } from '../server/src/core/schema-editor';
import { median, reportTable, saveResults, type Row } from './lib/report';

const CORPUS = join(__dirname, '..', 'server', 'test', 'corpus');
const SAMPLES = join(__dirname, '..', 'samples');
const WARMUP = 5;
const RUNS = 20;
const TARGET_MS = 30;

/** The root file of every spec: single files, and the roots of the multi-file ones. */
function openApiSpecs(): string[] {
  const dir = join(CORPUS, 'openapi');
  const single = readdirSync(dir)
    .filter((f) => /\.(json|ya?ml)$/.test(f))
    .map((f) => join(dir, f));
  return [join(SAMPLES, 'openapi.yaml'), ...single, join(dir, 'oai-petstore-separate-2.0', 'spec', 'swagger.json'), join(dir, 'digitalocean', 'specification', 'DigitalOcean-public.v2.yaml')];
}

function graphqlSchemas(): string[] {
  const dir = join(CORPUS, 'graphql');
  return [join(SAMPLES, 'schema.graphql'), ...readdirSync(dir).map((f) => join(dir, f))];
}

const host: WorkspaceHost = { root: '/bench', readFile: () => undefined, exists: () => false };

/** Milliseconds of completion at the `█` of `marked`: the first answer and the median, and the number of items. */
function timeCompletion(marked: string, schemas: LoadedSchema[]): { firstMs: number; ms: number; items: number } {
  const offset = marked.indexOf('█');
  const text = marked.replace('█', '');
  const ast = parse(text).ast;
  const run = (): number => completionsAt(text, offset, { path: '/bench/x.assay', model: itemModelAt('/bench/x.assay', ast, offset, host), schemas }).length;
  const firstStart = performance.now();
  run();
  const firstMs = performance.now() - firstStart;
  for (let i = 1; i < WARMUP; i++) run();
  const times: number[] = [];
  let items = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    items = run();
    times.push(performance.now() - start);
  }
  return { firstMs, ms: median(times), items };
}

function fileName(path: string): string {
  return path.startsWith(SAMPLES) ? `samples/${path.slice(SAMPLES.length + 1)}` : path.slice(CORPUS.length + 1).replace(/^(openapi|graphql)\//, '');
}

async function main(): Promise<void> {
  const head = 'vars {\n  baseUrl = "http://127.0.0.1"\n}\n\n';
  const rows: Row[] = [];
  for (const file of openApiSpecs()) {
    const schema = await loadSchemaFile(file);
    if (schema.kind !== 'openapi') {
      rows.push({ spec: fileName(file), operations: 'not loaded' });
      continue;
    }
    const path = timeCompletion(`${head}test "t" {\n  GET {{baseUrl}}/█\n}\n`, [schema]);
    const withBody = schema.operations
      .map((op) => ({ op, count: propertiesOf(requestSchemaOf(op)).size }))
      .sort((a, b) => b.count - a.count)[0];
    const body = withBody?.count ? timeCompletion(`${head}test "t" {\n  ${withBody.op.method} {{baseUrl}}${withBody.op.path}\n  json { █ }\n}\n`, [schema]) : undefined;
    const withResponse = schema.operations.find((op) => op.method === 'GET' && op.responses.some((r) => r.status.startsWith('2') && r.content.some((c) => propertiesOf(c.schema).size > 0)));
    const jsonPath = withResponse ? timeCompletion(`${head}test "t" {\n  GET {{baseUrl}}${withResponse.path}\n  expect $.█\n}\n`, [schema]) : undefined;
    rows.push({
      spec: fileName(file),
      operations: String(schema.operations.length),
      firstPathMs: path.firstMs,
      pathMs: path.ms,
      pathItems: String(path.items),
      bodyMs: body?.ms ?? '-',
      bodyItems: body ? String(body.items) : '-',
      jsonPathMs: jsonPath?.ms ?? '-',
      jsonPathItems: jsonPath ? String(jsonPath.items) : '-',
    });
  }
  const graphqlRows: Row[] = [];
  for (const file of graphqlSchemas()) {
    const schema = await loadSchemaFile(file);
    if (schema.kind !== 'graphql') continue;
    const root = schema.schema.getQueryType();
    const field = root && Object.values(root.getFields()).find((f) => f.args.every((a) => !isNonNullType(a.type)) && isObjectType(getNullableType(f.type)));
    const document = timeCompletion(`test "t" {\n  POST {{baseUrl}}/graphql\n  graphql """\n    { █ }\n  """\n}\n`, [schema]);
    const jsonPath = field ? timeCompletion(`test "t" {\n  POST {{baseUrl}}/graphql\n  graphql """\n    { ${field.name} { __typename } }\n  """\n  expect $.data.${field.name}.█\n}\n`, [schema]) : undefined;
    graphqlRows.push({ schema: fileName(file), documentMs: document.ms, documentItems: String(document.items), jsonPathMs: jsonPath?.ms ?? '-', jsonPathItems: jsonPath ? String(jsonPath.items) : '-' });
  }
  const worst = Math.max(...[...rows, ...graphqlRows].flatMap((r) => [r.firstPathMs, r.pathMs, r.bodyMs, r.jsonPathMs, r.documentMs]).filter((v): v is number => typeof v === 'number'));
  reportTable('schema completion: OpenAPI', rows, [`Median of ${RUNS} after ${WARMUP} warm-up runs, spec loaded first; model around the cursor + completionsAt.`]);
  reportTable('schema completion: GraphQL', graphqlRows, [`Slowest completion: ${worst.toFixed(2)} ms (target < ${TARGET_MS} ms): ${worst < TARGET_MS ? 'met' : 'MISSED'}.`]);
  saveResults('schema-completion', [...rows, ...graphqlRows]);
}

void main();
