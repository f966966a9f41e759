// `expect response matches schema` and `--validate-responses` at run time, against real servers: the
// sample API's /off-spec/pet?drift=true answers a pet that breaks the sample API's own OpenAPI description, and a
// tiny GraphQL server answers a result whose types break the SWAPI schema. Each mismatch is named with
// its JSON path, what was expected and what came.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { assertions, runText, SAMPLES, startApi, type SampleApi } from '../runner/helpers';
import { corpusPath } from './corpus';

const SPEC = { 'openapi.yaml': fs.readFileSync(path.join(SAMPLES, 'openapi.yaml'), 'utf8') };

let api: SampleApi;
let graphql: Server;
let graphqlUrl: string;

before(async () => {
  api = await startApi();
  // Answers every request with a film whose title is a number and whose episodeID is a string.
  graphql = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { film: { title: 4, episodeID: 'four', director: 'George Lucas' } } }));
    });
  });
  await new Promise<void>((resolve) => graphql.listen(0, '127.0.0.1', resolve));
  graphqlUrl = `http://127.0.0.1:${(graphql.address() as AddressInfo).port}`;
});
after(async () => {
  await api.close();
  await new Promise((resolve) => graphql.close(resolve));
});

test('a response that breaks its own OpenAPI schema fails `matches schema`, each mismatch named', async () => {
  const result = await runText(
    `use openapi "./openapi.yaml"\ntest "off spec" {\n  GET {{baseUrl}}/off-spec/pet?drift=true\n  expect response matches schema\n}\ntest "on spec" {\n  GET {{baseUrl}}/pets/1\n  expect response matches schema\n}\n`,
    api.url,
    SPEC,
  );
  const [offSpec, onSpec] = assertions(result);
  assert.equal(onSpec.passed, true, onSpec.message);
  assert.equal(offSpec.passed, false);
  assert.match(offSpec.message, /\(GET \/off-spec\/pet → 200\)/);
  for (const mismatch of [
    /\$\.createdAt: expected a required property, got missing/,
    /\$\.id: expected integer, got string "seven"/,
    /\$\.name: expected string, got number 42/,
    /\$\.age: expected a value that must be >= 0, got -3/,
  ]) {
    assert.match(offSpec.message, mismatch);
  }
  assert.deepEqual(offSpec.actual, [
    '$.createdAt: expected a required property, got missing',
    '$.id: expected integer, got string "seven"',
    '$.name: expected string, got number 42',
    '$.age: expected a value that must be >= 0, got -3',
  ]);
});

test('with validateResponses every response of a bound file is checked, without an expect', async () => {
  const text = `use openapi "./openapi.yaml"\ntest "off spec" {\n  GET {{baseUrl}}/off-spec/pet?drift=true\n  expect status == 200\n}\ntest "on spec" {\n  GET {{baseUrl}}/pets/2\n  expect status == 200\n}\n`;
  const checked = await runText(text, api.url, SPEC, { validateResponses: true });
  assert.equal(checked.tests.get('off spec')?.status, 'failed');
  assert.equal(checked.tests.get('on spec')?.status, 'passed');
  const automatic = assertions(checked).find((a) => a.source.includes('--validate-responses') && !a.passed);
  assert.match(automatic?.message ?? '', /\$\.id: expected integer/);
  const unchecked = await runText(text, api.url, SPEC);
  assert.equal(unchecked.tests.get('off spec')?.status, 'passed');
});

test('a GraphQL result that breaks the schema fails `matches schema`, each mismatch named', async () => {
  const result = await runText(
    `use graphql "./swapi.graphql"\ntest "film" {\n  POST {{baseUrl}}/graphql\n  graphql """query { film(id: "1") { title episodeID } }"""\n  expect response matches schema\n}\n`,
    graphqlUrl,
    { 'swapi.graphql': fs.readFileSync(corpusPath('graphql/swapi.graphql'), 'utf8') },
  );
  const [check] = assertions(result);
  assert.equal(check.passed, false);
  assert.deepEqual(check.actual, [
    '$.data.film.title: expected String, got 4',
    '$.data.film.episodeID: expected Int, got "four"',
    '$.data.film.director: expected no such field (the query does not select it), got "George Lucas"',
  ]);
});
