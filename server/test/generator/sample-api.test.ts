/**
 * The suites generated from samples/openapi.yaml and samples/schema.graphql run green against the
 * sample API (started on port 0), through the core runner with BASE_URL and the credentials set as a
 * user would set them: the API key, and a bearer token from logging in.
 */
import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { generateGraphqlSuite, generateOpenApiSuite } from '../../src/core/generator';
import { writeSuite } from '../../src/cli/generate-files';
import { diskHost, run, startApi } from '../runner/helpers';
import { loadGraphql, loadOpenApi, readSuite, SAMPLES, tempDir } from './helpers';

async function login(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'ada', password: 'lovelace' }) });
  return ((await response.json()) as { token: string }).token;
}

async function runSuite(dir: string, env: Record<string, string>): Promise<{ passed: number; problems: string[] }> {
  const files = await readSuite(dir);
  assert.deepEqual(files.flatMap((f) => f.errors), []);
  const result = await run(diskHost('/'), files.map((f) => f.path), { env, jobs: 1, timeoutMs: 10_000 });
  const problems = [...result.tests.values()]
    .filter((t) => t.status !== 'passed')
    .map((t) => `${t.name}: ${t.status} ${t.failures.map((f) => f.message).join('; ')}`);
  const fileErrors = result.events.flatMap((e) => (e.type === 'file-end' ? e.errors.map((x) => x.message) : []));
  return { passed: result.summary.passed, problems: [...problems, ...fileErrors] };
}

test('the suite generated from samples/openapi.yaml passes against the sample API', async () => {
  const spec = await loadOpenApi(join(SAMPLES, 'openapi.yaml'));
  const dir = tempDir();
  writeSuite(generateOpenApiSuite(spec, { specPath: relative(dir, spec.file) }), { dir, cwd: dir, overwriteEdited: false, dryRun: false });
  const api = await startApi();
  try {
    const outcome = await runSuite(dir, { BASE_URL: api.url, API_KEY_AUTH: 'sample-key', BEARER_AUTH: await login(api.url) });
    assert.deepEqual(outcome.problems, []);
    assert.equal(outcome.passed, spec.operations.length);
  } finally {
    await api.close();
  }
});

test('the suite generated from samples/schema.graphql passes against the sample API', async () => {
  const schema = await loadGraphql(join(SAMPLES, 'schema.graphql'));
  const dir = tempDir();
  const suite = generateGraphqlSuite(schema, { schemaPath: relative(dir, schema.file) });
  writeSuite(suite, { dir, cwd: dir, overwriteEdited: false, dryRun: false });
  const api = await startApi();
  try {
    const outcome = await runSuite(dir, { BASE_URL: api.url, GRAPHQL_TOKEN: await login(api.url) });
    assert.deepEqual(outcome.problems, []);
    assert.equal(outcome.passed, suite.files.reduce((n, f) => n + f.tests.length, 0));
  } finally {
    await api.close();
  }
});
