/**
 * Acceptance over the shared corpus: for every OpenAPI spec and GraphQL schema, generation succeeds,
 * every operation (every query and mutation field) gets a test, the files pass every check, are in the
 * formatter's layout, and `assay coverage` of the suite reports 100% of the operations.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { graphqlCoverage, openApiCoverage } from '../../src/core/generator';
import { generateGraphqlSuite, generateOpenApiSuite } from '../../src/core/generator';
import { operationKey } from '../../src/core/generator/openapi-tests';
import { writeSuite } from '../../src/cli/generate-files';
import { CORPUS, CORPUS_GRAPHQL, CORPUS_OPENAPI, loadGraphql, loadOpenApi, readSuite, tempDir } from './helpers';
import { relative } from 'node:path';

function assertClean(files: Awaited<ReturnType<typeof readSuite>>): void {
  assert.deepEqual(files.flatMap((f) => f.errors).slice(0, 5), []);
  assert.deepEqual(files.filter((f) => !f.formatted).map((f) => f.path), []);
}

for (const name of CORPUS_OPENAPI) {
  test(`openapi: ${name}`, async () => {
    const spec = await loadOpenApi(join(CORPUS, name));
    const dir = tempDir();
    const suite = generateOpenApiSuite(spec, { specPath: relative(dir, spec.file), negative: true });
    writeSuite(suite, { dir, cwd: dir, overwriteEdited: false, dryRun: false });
    const keys = new Set(suite.files.flatMap((f) => f.tests.map((t) => t.key)));
    assert.deepEqual(spec.operations.map(operationKey).filter((k) => !keys.has(k)), []);
    const files = await readSuite(dir);
    assertClean(files);
    const coverage = openApiCoverage(spec, files);
    assert.equal(coverage.total.covered, spec.operations.length, coverage.operations.filter((o) => !o.covered).map((o) => o.label).join(', '));
    assert.deepEqual(coverage.unmatched, []);
  });
}

for (const name of CORPUS_GRAPHQL) {
  test(`graphql: ${name}`, async () => {
    const schema = await loadGraphql(join(CORPUS, name));
    const dir = tempDir();
    const suite = generateGraphqlSuite(schema, { schemaPath: relative(dir, schema.file) });
    writeSuite(suite, { dir, cwd: dir, overwriteEdited: false, dryRun: false });
    const fields = [
      ...Object.keys(schema.schema.getQueryType()?.getFields() ?? {}).map((f) => `query.${f}`),
      ...Object.keys(schema.schema.getMutationType()?.getFields() ?? {}).map((f) => `mutation.${f}`),
    ];
    const keys = new Set(suite.files.flatMap((f) => f.tests.map((t) => t.key)));
    assert.deepEqual(fields.filter((k) => !keys.has(k)), []);
    const files = await readSuite(dir);
    assertClean(files);
    const coverage = graphqlCoverage(schema, files);
    assert.equal(coverage.total.covered, fields.length);
  });
}
