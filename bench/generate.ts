/**
 * Generator benchmark: for every OpenAPI spec and GraphQL schema of the shared corpus
 * (server/test/corpus, MANIFEST.md), the time to load it (the schema loader: parsing, `$ref`s across
 * files, indexing; one run) and, separately, the time to generate its suite (building the tests and
 * writing their text, in memory; median of 5 after a warm-up), with the size of the output (files,
 * tests, bytes).
 *
 * Targets: generation under 2 s for the largest shared spec (digitalocean, multi-file) and under 0.5 s
 * for specs under 300 KB. A missed target is reported in the table; the run fails only if a spec
 * cannot be loaded or generates nothing for operations it has.
 *
 * Run: npm run bench -- generate   (or: node --import tsx bench/generate.ts)
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateGraphqlSuite, generateOpenApiSuite, renderFile, type GeneratedSuite } from '../server/src/core/generator';
import { loadSchemaFile } from '../server/src/core/schema';
import { median, reportTable, saveResults, type Row } from './lib/report';

const CORPUS = resolve(__dirname, '../server/test/corpus');
const SPECS = [
  'openapi/oai-webhook-example-3.1.yaml',
  'openapi/oai-callback-example-3.0.yaml',
  'openapi/oai-petstore-3.0.yaml',
  'openapi/oai-link-example-3.0.yaml',
  'openapi/oai-petstore-expanded-3.0.yaml',
  'openapi/oai-petstore-separate-2.0/spec/swagger.json',
  'openapi/oai-api-with-examples-3.0.yaml',
  'openapi/readme-security-3.1.yaml',
  'openapi/readme-schema-circular-3.0.json',
  'openapi/readme-discriminators-3.0.json',
  'openapi/swagger-petstore-3.0.yaml',
  'openapi/swagger-petstore-2.0.json',
  'openapi/spotify-web-api-3.0.yml',
  'openapi/slack-web-api-2.0.json',
  'openapi/box-platform-3.0.json',
  'openapi/digitalocean/specification/DigitalOcean-public.v2.yaml',
  'graphql/swapi.graphql',
  'graphql/saleor.graphql',
  'graphql/linear.graphql',
];
const LARGEST = 'openapi/digitalocean/specification/DigitalOcean-public.v2.yaml';
const SMALL_BYTES = 300 * 1024;
const REPEATS = 5;

async function main(): Promise<void> {
  const rows: Row[] = [];
  const missed: string[] = [];
  let failed = false;
  for (const name of SPECS) {
    const file = join(CORPUS, name);
    const t0 = performance.now();
    const loaded = await loadSchemaFile(file);
    const loadMs = performance.now() - t0;
    if (loaded.kind === 'broken') {
      console.error(`${name}: ${loaded.message}`);
      failed = true;
      continue;
    }
    const bytes = (loaded.kind === 'openapi' ? loaded.files : [file]).reduce((n, f) => n + statSync(f).size, 0);
    const generate = (): { suite: GeneratedSuite; texts: string[] } => {
      const suite = loaded.kind === 'openapi' ? generateOpenApiSuite(loaded, { specPath: './spec' }) : generateGraphqlSuite(loaded, { schemaPath: './schema.graphql' });
      return { suite, texts: suite.files.map(renderFile) };
    };
    let output = generate();
    const times: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const start = performance.now();
      output = generate();
      times.push(performance.now() - start);
    }
    const generateMs = median(times);
    const tests = output.suite.files.reduce((n, f) => n + f.tests.length, 0);
    const operations = loaded.kind === 'openapi' ? loaded.operations.length : tests;
    if (operations > 0 && tests === 0) failed = true;
    const target = name === LARGEST ? 2000 : bytes < SMALL_BYTES ? 500 : undefined;
    if (target !== undefined && generateMs >= target) missed.push(`${name}: ${generateMs.toFixed(0)} ms ≥ ${target} ms`);
    rows.push({
      spec: name.replace(/^(openapi|graphql)\//, '').replace(/\/.*$/, '/'),
      specKb: String(Math.round(bytes / 1024)),
      specFiles: String(loaded.kind === 'openapi' ? loaded.files.length : 1),
      loadMs,
      generateMs,
      totalMs: loadMs + generateMs,
      operations: String(operations),
      tests: String(tests),
      outFiles: String(output.suite.files.length),
      outKb: String(Math.round(output.texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024)),
      target: target === undefined ? '—' : `< ${target} ms ${generateMs < target ? 'met' : 'MISSED'}`,
    });
  }
  reportTable('Generation', rows, [
    `Generation is measured apart from loading: build the tests and write their text in memory, median of ${REPEATS} after a warm-up.`,
    missed.length === 0 ? 'Every target met.' : `Missed: ${missed.join('; ')}`,
  ]);
  saveResults('generate', rows);
  process.exit(failed ? 1 : 0);
}

void main();
