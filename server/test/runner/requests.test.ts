// Requests as sent: interpolation in URLs, headers and JSON bodies, query fields, every body kind,
// auth helpers, GraphQL, redirects and timeouts, checked through the sample API's /echo and friends.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertions, runText, startApi, type SampleApi } from './helpers';

let api: SampleApi;
before(async () => (api = await startApi()));
after(() => api.close());

/** Runs `text` and asserts that all its tests passed, showing the failures otherwise. */
async function passes(text: string, extra: Record<string, string | Uint8Array> = {}): Promise<void> {
  const result = await runText(text, api.url, extra);
  const failures = [...result.tests.values()].flatMap((t) => t.failures.map((f) => `${t.name}: ${f.message}`));
  assert.deepEqual(failures, []);
  assert.ok(result.summary.passed > 0);
}

test('JSON bodies: a lone {{x}} inserts JSON, inside a string escaped text; built-ins', async () => {
  await passes(`vars {
  owner = { name: "Ada", "quote": "say \\"hi\\"" }
  n = 3
}
test "json" {
  POST {{baseUrl}}/echo
  X-Trace: abc#123
  X-Id: {{$uuid}}
  json { "owner": {{owner}}, "n": {{n}}, "text": "n={{n}} {{owner.quote}}", "id": "{{$uuid}}", "t": {{$timestamp}}, "r": {{$randomInt}}, "iso": "{{$isoTimestamp}}" }
  expect $.body.owner == { name: "Ada", quote: "say \\"hi\\"" }
  expect $.body.n == 3
  expect $.body.text == "n=3 say \\"hi\\""
  expect $.body.id is uuid
  expect $.headers["x-id"] is uuid
  expect $.headers["x-trace"] == "abc#123"
  expect $.body.t is integer
  expect $.body.r <= 1000
  expect $.body.iso is date-time
  expect $.headers["content-type"] == "application/json"
}`);
});

test('query fields add to the URL; repeated headers are sent twice; a header line wins over auth', async () => {
  await passes(`test "query" {
  GET {{baseUrl}}/echo?fixed=1
  X-Dup: a
  X-Dup: b
  Authorization: Custom mine
  auth bearer "theirs"
  query {
    name = "Rex & Tom"
    "sort by" = "name"
    page = 2
  }
  expect $.query == { fixed: "1", name: "Rex & Tom", "sort by": "name", page: "2" }
  expect $.headers["x-dup"] == "a, b"
  expect $.headers.authorization == "Custom mine"
}`);
});

test('form, text, file and multipart bodies with their content types', async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]);
  await passes(
    `test "bodies" {
  POST {{baseUrl}}/echo
  form {
    name = "Rex"
    "favourite toy" = "red ball"
  }
  expect $.form == { name: "Rex", "favourite toy": "red ball" }
  expect $.headers["content-type"] == "application/x-www-form-urlencoded"

  POST {{baseUrl}}/echo
  text "line one\\nline two"
  expect $.body == "line one\\nline two"
  expect $.headers["content-type"] == "text/plain; charset=utf-8"

  POST {{baseUrl}}/echo
  file "./data/pet.json"
  expect $.body == { name: "Biscuit" }
  expect $.headers["content-type"] == "application/json"

  POST {{baseUrl}}/upload
  X-API-Key: sample-key
  multipart {
    description = "bytes"
    image = file "./data/a.png" as "image/x-test"
    notes = file "./data/notes.txt"
  }
  expect status == 200
  expect $.files[0].size == 11
  expect $.files[0].contentType == "image/x-test"
  expect $.files[0].filename == "a.png"
  expect $.files[1].contentType == "text/plain"
  expect $.fields.description == "bytes"
}`,
    { 'data/pet.json': '{"name":"Biscuit"}', 'data/a.png': png, 'data/notes.txt': 'hello\n' },
  );
});

test('auth helpers: basic, bearer, apikey', async () => {
  await passes(`test "auth" {
  GET {{baseUrl}}/me
  auth basic "ada" "lovelace"
  expect $.user == "ada"

  POST {{baseUrl}}/login
  json { "user": "ada", "password": "lovelace" }
  capture token = $.token

  GET {{baseUrl}}/me
  auth bearer "{{token}}"
  expect $.user == "ada"

  GET {{baseUrl}}/me
  auth apikey "X-API-Key" "sample-key"
  expect $.user == "ada"
}`);
});

test('GraphQL: the document, variables and operation name are sent as JSON', async () => {
  await passes(`test "graphql" {
  POST {{baseUrl}}/echo
  graphql "query A { a } query B($id: ID!) { b(id: $id) }"
  variables { "id": "{{$randomInt}}" }
  operation "B"
  expect $.body.operationName == "B"
  expect $.body.variables.id is string
  expect $.body.query contains "query B"

  POST {{baseUrl}}/graphql
  graphql """query Film($id: ID!) { film(id: $id) { title } }"""
  variables { "id": "ZmlsbXM6MQ==" }
  expect $.data.film.title == "A New Hope"
}`);
});

test('redirects: followed by default, off shows the 3xx, N bounds the hops', async () => {
  await passes(`test "redirects" {
  GET {{baseUrl}}/redirect?to=/pets/2
  expect $.name == "Tom"

  GET {{baseUrl}}/redirect?to=/pets/2
  redirects off
  expect status == 302
  expect header "location" == "/pets/2"

  GET {{baseUrl}}/redirect/chain?n=3
  redirects 3
  expect $.name == "Rex"
}`);
  const result = await runText(`test "too many" {\n  GET {{baseUrl}}/redirect/chain?n=3\n  redirects 2\n}\n`, api.url);
  const end = result.tests.get('too many');
  assert.equal(end?.status, 'errored');
  assert.match(end?.failures[0].message ?? '', /Stopped after 2 redirects/);
});

test('timeout: a request without a full response in time errors with the cause', async () => {
  const started = Date.now();
  const result = await runText(`test "slow" {\n  GET {{baseUrl}}/slow?ms=3000\n  timeout 200ms\n}\n`, api.url);
  assert.ok(Date.now() - started < 2500);
  const end = result.tests.get('slow');
  assert.equal(end?.status, 'errored');
  assert.match(end?.failures[0].message ?? '', /No full response within 200 ms/);
  const stepEnd = result.events.find((e) => e.type === 'step-end');
  assert.match(stepEnd?.type === 'step-end' ? (stepEnd.error ?? '') : '', /timeout/);
});

test('the run timeout applies when a request sets none', async () => {
  const result = await runText(`test "slow" {\n  GET {{baseUrl}}/slow?ms=3000\n}\n`, api.url, {}, { timeoutMs: 150 });
  assert.match(result.tests.get('slow')?.failures[0].message ?? '', /within 150 ms/);
});

test('request and response events show what was sent and received', async () => {
  const result = await runText(`test "events" {\n  POST {{baseUrl}}/echo\n  json { "a": 1 }\n}\n`, api.url);
  const request = result.events.find((e) => e.type === 'request');
  const response = result.events.find((e) => e.type === 'response');
  assert.ok(request?.type === 'request' && response?.type === 'response');
  assert.equal(request.method, 'POST');
  assert.equal(request.url, `${api.url}/echo`);
  assert.equal(request.body, '{ "a": 1 }');
  assert.equal(request.headers['Content-Type'], 'application/json');
  assert.equal(response.status, 200);
  assert.match(response.body ?? '', /"method":"POST"/);
  assert.equal(response.bodyTruncated, false);
  assert.ok(response.bodyBytes > 0);
});

test('an undefined variable errors the step before sending; a text value inserts valid JSON', async () => {
  const result = await runText(`test "undefined" {\n  GET {{baseUrl}}/pets/{{nope}}\n}\ntest "text value" {\n  POST {{baseUrl}}/echo\n  json { "a": {{list}} }\n}\n`, api.url, {}, { vars: { baseUrl: api.url, list: 'x y' } });
  assert.match(result.tests.get('undefined')?.failures[0].message ?? '', /the variable "nope" is not defined/);
  assert.equal(result.tests.get('text value')?.status, 'passed', 'a string value inserts valid JSON');
  assert.equal(assertions(result).length, 0);
  assert.equal(result.events.filter((e) => e.type === 'request').length, 1);
});
