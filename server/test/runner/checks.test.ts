// Expectations and captures through the runner, against the sample API: every subject and predicate,
// captures of every source, and failures that say what was expected, what came, and where.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertions, runText, startApi, type SampleApi } from './helpers';

let api: SampleApi;
before(async () => (api = await startApi()));
after(() => api.close());

test('every subject and predicate passes where it should', async () => {
  const result = await runText(
    `test "all kinds" {
  GET {{baseUrl}}/pets?limit=2
  expect status == 200
  expect status != 500
  expect status in [200, 203]
  expect status not in [404]
  expect header "content-type" contains "application/json"
  expect header "LINK" matches /rel="next"/
  expect header "Retry-After" not exists
  expect header "link" exists
  expect $.items[0].name == "Rex"
  expect $.items[0].name != "Tom"
  expect $.total >= 3
  expect $.total > 2
  expect $.limit <= 2
  expect $.offset < 1
  expect count $.items == 2
  expect count $.items[*] == 2
  expect $.items[*].name contains "Tom"
  expect $.items[*].tag not contains "snake"
  expect $.items[?(@.age > 2)].name contains "Rex"
  expect $.items[0].tag in ["dog", "cat"]
  expect $.items[0].nickname not exists
  expect $.items[0].name is not empty
  expect $.items[0].id is integer
  expect $.items[-1].name == "Tom"
  expect $.items[0] contains "createdAt"
  expect $.items[0].createdAt is date-time
  expect duration < 5s
  expect duration >= 0
  expect body not contains "error"
  expect body matches /"items"/
  expect $.items[0].name matches /^R/
  expect $.items[0].name not matches /^T/
}`,
    api.url,
  );
  const failed = assertions(result).filter((a) => !a.passed);
  assert.deepEqual(failed, []);
  assert.equal(result.summary.passed, 1);
  assert.equal(assertions(result).length, 32);
});

test('captures: JSONPath keeps the type, header, regex group 1, status, body', async () => {
  const result = await runText(
    `test "captures" {
  GET {{baseUrl}}/headers
  capture requestId = header "x-request-id"
  capture code = status
  capture raw = body
  capture message = regex /"message":"([^"]+)"/
  capture whole = regex /see the/
  capture json = $
  expect {{code}} == 200
  expect {{requestId}} is uuid
  expect {{json.requestId}} == "{{requestId}}"
  expect {{message}} == "see the response headers"
  expect {{whole}} == "see the"
  expect {{raw}} contains "requestId"
  expect {{nothing}} not exists
}`,
    api.url,
  );
  assert.deepEqual(assertions(result).filter((a) => !a.passed), []);
  const captures = result.events.filter((e) => e.type === 'capture');
  assert.deepEqual(captures.map((c) => c.type === 'capture' && c.name), ['requestId', 'code', 'raw', 'message', 'whole', 'json']);
  const code = captures[1];
  assert.equal(code.type === 'capture' && code.value, 200);
});

test('a failure shows expected, actual, the source line and its location', async () => {
  const result = await runText(`test "fails" {\n  GET {{baseUrl}}/pets/1\n  expect $.name == "Tom"\n  expect status == 200\n}\n`, api.url);
  const [first, second] = assertions(result);
  assert.equal(first.passed, false);
  assert.equal(first.expected, 'Tom');
  assert.equal(first.actual, 'Rex');
  assert.equal(first.source, 'expect $.name == "Tom"');
  assert.equal(first.message, 'Expected "Tom", got "Rex".');
  assert.deepEqual({ line: first.location.line, column: first.location.column }, { line: 3, column: 3 });
  assert.equal(second.passed, true, 'all expectations of a step are checked');
  const end = result.tests.get('fails');
  assert.equal(end?.status, 'failed');
  assert.equal(end?.failures[0].location.line, 3);
});

test('a failed step ends the test; a capture that finds nothing fails its step', async () => {
  const result = await runText(
    `test "stops" {
  GET {{baseUrl}}/pets/1
  capture missing = $.nope
  expect status == 200

  GET {{baseUrl}}/pets/2
  expect status == 200
}`,
    api.url,
  );
  const [capture] = assertions(result);
  assert.equal(capture.passed, false);
  assert.match(capture.message, /Cannot capture missing: nothing is at \$\.nope/);
  assert.equal(result.events.filter((e) => e.type === 'request').length, 1);
  assert.equal(result.tests.get('stops')?.status, 'failed');
});

test('JSONPath on a body that is not JSON fails with the cause; body still works', async () => {
  const result = await runText(`test "malformed" {\n  GET {{baseUrl}}/malformed\n  expect body contains "ok"\n  expect $.ok == true\n}\n`, api.url);
  const [body, path] = assertions(result);
  assert.equal(body.passed, true);
  assert.equal(path.passed, false);
  assert.match(path.message, /the body is not valid JSON/);
});

test('values in expectations: interpolations keep their types, strings interpolate', async () => {
  const result = await runText(
    `vars {
  id = 2
  pet = { name: "Tom" }
}
test "typed" {
  GET {{baseUrl}}/pets/{{id}}
  expect $.id == {{id}}
  expect $.id != "{{id}}"
  expect $.name == {{pet.name}}
  expect $.name == "{{pet.name}}"
  expect $ matches schema "./pet.schema.json"
  expect $.name matches schema "./pet.schema.json"
}`,
    api.url,
    {
      'pet.schema.json': JSON.stringify({ type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' } } }),
    },
  );
  const results = assertions(result).map((a) => a.passed);
  assert.deepEqual(results, [true, true, true, true, true, false]);
  assert.match(assertions(result)[5].message, /\$ must be object/);
});

test('response matches schema without a bound schema fails and says so', async () => {
  const result = await runText(`test "unbound" {\n  GET {{baseUrl}}/pets/1\n  expect response matches schema\n}\n`, api.url);
  assert.match(assertions(result)[0].message, /not yet bound to a schema/);
});

test('response matches schema under use openapi: the operation, status and JSON body are checked', async () => {
  const doc = {
    openapi: '3.0.3',
    paths: {
      '/pets/{id}': {
        get: {
          responses: {
            '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } },
            default: { $ref: '#/components/responses/Error' },
          },
        },
      },
    },
    components: {
      schemas: { Pet: { type: 'object', required: ['id', 'nickname'], properties: { id: { type: 'integer' } } } },
      responses: { Error: { content: { 'application/json': { schema: { type: 'object', required: ['error'] } } } } },
    },
  };
  const result = await runText(
    `use openapi "./api.json"\ntest "openapi" {\n  GET {{baseUrl}}/pets/1\n  expect response matches schema\n  GET {{baseUrl}}/pets/999\n  expect response matches schema\n}\ntest "unknown path" {\n  GET {{baseUrl}}/health\n  expect response matches schema\n}\n`,
    api.url,
    { 'api.json': JSON.stringify(doc) },
  );
  const [pet, unknown] = assertions(result);
  assert.equal(assertions(result).length, 2, 'the failed step ended its test');
  assert.match(pet.message, /\(GET \/pets\/\{id\} → 200\).*\$\.nickname: expected a required property, got missing/);
  assert.match(unknown.message, /openapi "\.\/api\.json" has no GET operation for \/health/);
});

test('response matches schema under use graphql: the result is checked against the selection', async () => {
  const sdl = 'type Query { film(id: ID!): Film }\ntype Film { title: Int, episodeID: Int! }';
  const text = `use graphql "./schema.graphql"
test "graphql" {
  POST {{baseUrl}}/graphql
  graphql """query F($id: ID!) { film(id: $id) { title alias: episodeID } }"""
  variables { "id": "ZmlsbXM6MQ==" }
  expect response matches schema
}`;
  const result = await runText(text, api.url, { 'schema.graphql': sdl });
  assert.match(assertions(result)[0].message, /\$\.data\.film\.title: expected Int, got "A New Hope"/);
  const ok = await runText(text, api.url, { 'schema.graphql': sdl.replace('title: Int', 'title: String') });
  assert.equal(assertions(ok)[0].passed, true);
});
