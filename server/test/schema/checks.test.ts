// The schema-aware checks on real specs: requests, bodies, statuses and JSONPaths of a file bound with
// `use openapi` (the corpus's Swagger Petstore 3.0, and a small spec for what Petstore does not have),
// GraphQL documents and variables under `use graphql` (the corpus's SWAPI), and broken specs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkWithSchemas } from './check-helper';
import { corpusPath } from './corpus';

const PETSTORE = corpusPath('openapi/swagger-petstore-3.0.yaml');
const SWAPI = corpusPath('graphql/swapi.graphql');
const HEAD = `use openapi "${PETSTORE}"\nvars {\n  baseUrl = "http://localhost"\n}\n`;

test('a deliberately wrong body property is flagged, with the closest name as a fix', async () => {
  const [typo] = await checkWithSchemas(
    `${HEAD}test "add a pet" {\n  POST {{baseUrl}}/pet\n  json { "name": "Rex", "photoUrls": [], ⟦"nmae"⟧: "Rex" }\n  expect status == 200\n}\n`,
    ['unknown-body-property'],
  );
  assert.match(typo.message, /\$ has no property `nmae`/);
  assert.equal(typo.fix?.text, 'name');
});

test('missing required properties, wrong types and enum values in a JSON body; {{...}} values are not judged', async () => {
  const diagnostics = await checkWithSchemas(
    `${HEAD}test "add a pet" {\n  POST {{baseUrl}}/pet\n  json ⟦{⟧ "id": ⟦"ten"⟧, "status": ⟦"asleep"⟧, "category": { "id": {{id}}, "name": ⟦7⟧ }, "tags": [{ "name": "{{tag}}" }] }\n}\n`,
    ['missing-body-property', 'wrong-body-value', 'wrong-body-value', 'wrong-body-value'],
  );
  assert.match(diagnostics[0].message, /misses the required properties `name`, `photoUrls`/);
  assert.match(diagnostics[1].message, /\$\.id should be integer, not string/);
  assert.match(diagnostics[2].message, /\$\.status should be one of "available", "pending", "sold"/);
  assert.match(diagnostics[3].message, /\$\.category\.name should be string, not integer/);
});

test('unknown paths and methods; URLs a variable stands for are not judged', async () => {
  const [method, path] = await checkWithSchemas(
    `${HEAD}test "t" {\n  ⟦GET⟧ {{baseUrl}}/pet\n  GET ⟦{{baseUrl}}/owners/1⟧\n  GET {{baseUrl}}/pet/{{petId}}\n  GET {{somewhere}}\n  GET https://elsewhere.example/pets\n}\n`,
    ['unknown-operation', 'unknown-operation'],
  );
  assert.match(method.message, /no GET operation for \/pet; it has PUT, POST/);
  assert.match(path.message, /no path that matches \/owners\/1/);
});

const SMALL = `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /search:
    get:
      parameters:
        - { name: q, in: query, required: true, schema: { type: string } }
        - { name: X-Tenant, in: header, required: true, schema: { type: string } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { hits: { type: array, items: { type: object, properties: { title: { type: string } } } } } }
        "404": { description: none }
  /things:
    post:
      requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { n: { type: integer } } } } } }
      responses: { "201": { description: ok } }
`;

test('missing required parameters and bodies, undeclared statuses, JSONPaths the response cannot have', async () => {
  const main = `use openapi "./api.yaml"
test "t" {
  ⟦⟦GET http://x/search⟧⟧
  GET http://x/search?q=cats
  X-Tenant: acme
  expect status == ⟦500⟧
  GET http://x/search
  query {
    q = "dogs"
  }
  X-Tenant: acme
  expect $.hits[0].title exists
  expect ⟦$.hits[0].score⟧ exists
  capture first = $.hits[*].title
  expect ⟦$.total⟧ == 1
  ⟦POST http://x/things⟧
}
`;
  const diagnostics = await checkWithSchemas({ 'main.assay': main, 'api.yaml': SMALL }, [
    'missing-parameter',
    'missing-parameter',
    'undeclared-status',
    'jsonpath-not-in-schema',
    'jsonpath-not-in-schema',
    'missing-parameter',
  ]);
  assert.deepEqual(
    diagnostics.map((d) => d.message),
    [
      'GET /search requires the query parameter `q`',
      'GET /search requires the header `X-Tenant`',
      'GET /search declares no response 500; it declares 200, 404',
      'The response schema of GET /search has no $.hits[0].score',
      'The response schema of GET /search has no $.total',
      'POST /things requires a request body (application/json)',
    ],
  );
});

test('a broken spec is reported on the use line with its own message and place', async () => {
  const [d] = await checkWithSchemas(
    { 'main.assay': '⟦use openapi "./api.yaml"⟧\ntest "t" {\n  GET http://x/a\n}\n', 'api.yaml': 'openapi: 3.0.3\npaths:\n  /a:\n    get: [unclosed\n' },
    ['schema-not-loadable'],
  );
  assert.match(d.message, /^`\.\/api\.yaml` cannot be loaded: .+ \(api\.yaml:\d+:\d+\)$/);
  await checkWithSchemas({ 'main.assay': `⟦use openapi "${SWAPI}"⟧\n` }, ['schema-not-loadable']);
});

test('GraphQL documents are validated against the bound schema, variables against their types', async () => {
  const diagnostics = await checkWithSchemas(
    `use graphql "${SWAPI}"
test "films" {
  POST http://x/graphql
  graphql """query Film($id: ID!, $first: Int) { film(id: $id) { title ⟦director2⟧ } allPeople(first: $first) { totalCount } }"""
  variables { "id": ⟦true⟧, "first": ⟦"ten"⟧, ⟦"extra"⟧: 1 }
  POST http://x/graphql
  graphql """query Film($id: ID!) { film(id: $id) { title } }"""
  variables ⟦{ }⟧
  POST http://x/graphql
  graphql """query { film(id: "1") { title } }"""
}
`,
    ['invalid-graphql', 'graphql-variables', 'graphql-variables', 'graphql-variables', 'graphql-variables'],
  );
  assert.match(diagnostics[0].message, /Cannot query field "director2" on type "Film"/);
  assert.match(diagnostics[1].message, /\$id should be ID/);
  assert.match(diagnostics[2].message, /\$first should be Int/);
  assert.match(diagnostics[3].message, /declares no variable `\$extra`/);
  assert.match(diagnostics[4].message, /miss `id`/);
});

test('JSONPaths under $.data that the GraphQL selection cannot produce', async () => {
  const diagnostics = await checkWithSchemas(
    `use graphql "${SWAPI}"
test "films" {
  POST http://x/graphql
  graphql """query { film(id: "1") { title ...Crew } allFilms { films { t: title } } }
fragment Crew on Film { director }"""
  expect $.data.film.title == "A New Hope"
  expect $.data.film.director exists
  expect ⟦$.data.film.producers⟧ exists
  expect ⟦$.data.film.title.length⟧ == 10
  capture first = $.data.allFilms.films[0].t
  expect count ⟦$.data.allFilms.films[*].title⟧ == 6
  expect $.errors[0].message not exists
  expect $.data.film.openingCrawl not exists
}
`,
    ['jsonpath-not-selected', 'jsonpath-not-selected', 'jsonpath-not-selected'],
  );
  assert.match(diagnostics[0].message, /does not select `producers`/);
  assert.match(diagnostics[1].message, /String has no `length`/);
});
