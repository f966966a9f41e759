/**
 * `assay generate` and `assay coverage` through the CLI's dispatcher: usage mistakes, unusable specs
 * reported at file:line:col, coverage as a table, JSON and a self-contained HTML page, and --min.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../../src/cli/run-cli';
import { captureIo, SAMPLES, tempDir } from './helpers';

async function assay(cwd: string, ...args: string[]) {
  const io = captureIo(cwd);
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

test('generate: usage mistakes exit 2 with one line', async () => {
  const dir = tempDir();
  assert.equal((await assay(dir, 'generate')).code, 2);
  assert.match((await assay(dir, 'generate', 'soap', 'x.wsdl')).stderr, /expected 'generate openapi SPEC' or 'generate graphql SCHEMA', not 'soap'/);
  assert.match((await assay(dir, 'generate', 'openapi')).stderr, /missing the spec file/);
  assert.match((await assay(dir, 'generate', 'graphql', join(SAMPLES, 'openapi.yaml'))).stderr, /is an OpenAPI document: use 'assay generate openapi'/);
  assert.match((await assay(dir, 'generate', 'openapi', join(SAMPLES, 'openapi.yaml'), '--seed', 'x')).stderr, /--seed must be a whole number/);
});

test('generate: a spec that does not parse is reported at file:line:col and exits 1', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'bad.yaml'), 'openapi: 3.0.0\npaths:\n  /a: [unclosed\n');
  const r = await assay(dir, 'generate', 'openapi', 'bad.yaml', '-o', 'out');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^bad\.yaml:\d+:\d+: error /);
  const missing = await assay(dir, 'generate', 'openapi', 'nope.yaml');
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /Cannot read/);
});

test('coverage: a table, JSON, HTML with a chart per tag, and --min', async () => {
  const dir = tempDir();
  const gen = await assay(dir, 'generate', 'openapi', join(SAMPLES, 'openapi.yaml'), '-o', 'tests');
  assert.equal(gen.code, 0, gen.stderr);
  assert.match(gen.stderr, /created tests\/pets\.assay \(6 tests\)/);

  const table = await assay(dir, 'coverage', join(SAMPLES, 'openapi.yaml'), 'tests');
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /^pets +6\/6 +100%/m);
  assert.match(table.stdout, /^total +(\d+)\/\1 +100%/m);

  const json = JSON.parse((await assay(dir, 'coverage', join(SAMPLES, 'openapi.yaml'), 'tests', '--format', 'json')).stdout);
  assert.equal(json.total.covered, json.total.operations);
  const getPet = json.operations.find((o: { key: string }) => o.key === 'getPet');
  assert.deepEqual(getPet.coveredStatuses, ['200']);

  const html = await assay(dir, 'coverage', join(SAMPLES, 'openapi.yaml'), 'tests', '--format', 'html', '-o', 'coverage.html');
  assert.equal(html.code, 0);
  const page = readFileSync(join(dir, 'coverage.html'), 'utf8');
  assert.match(page, /<svg [^>]*>[^]*>pets<\/text>[^]*<\/svg>/);
  assert.doesNotMatch(page, /<script|<link|src="http/);

  writeFileSync(join(dir, 'tests/pets.assay'), '');
  const partial = await assay(dir, 'coverage', join(SAMPLES, 'openapi.yaml'), 'tests', '--min', '90');
  assert.equal(partial.code, 1);
  assert.match(partial.stdout, /^pets +0\/6 +0%/m);
  assert.match(partial.stdout, /Not covered:\n {2}GET \/pets {2}\(listPets\)/);
  assert.match(partial.stderr, /below --min 90%/);
});

test('coverage of a GraphQL schema counts query and mutation fields, through fragments too', async () => {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'a.assay'),
    'test "films" {\n  POST http://x/graphql\n  graphql """\n    query { ...F }\n    fragment F on Query { films { title } }\n  """\n}\n',
  );
  const r = await assay(dir, 'coverage', join(SAMPLES, 'schema.graphql'), '.', '--format', 'json');
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.operations.filter((o: { covered: boolean }) => o.covered).map((o: { key: string }) => o.key), ['query.films']);
});

test('generate leaves alone a file of the same name that it did not write', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'pets.assay'), 'test "mine" {\n  GET http://x/pets\n}\n');
  const r = await assay(dir, 'generate', 'openapi', join(SAMPLES, 'openapi.yaml'));
  assert.equal(r.code, 0);
  assert.match(r.stderr, /warning: pets\.assay exists and was not written by assay generate: left as it is/);
  assert.equal(readFileSync(join(dir, 'pets.assay'), 'utf8'), 'test "mine" {\n  GET http://x/pets\n}\n');
});
