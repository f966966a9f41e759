/**
 * Hover and go to definition from a bound OpenAPI document, over a real JSON-RPC connection: the
 * operation on a request line, a query parameter (in the URL or a query block), a JSON body property
 * and a JSONPath segment; definitions jump into the spec file at the operation or parameter.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startSchemaSession, type SchemaSession } from './session';

let s: SchemaSession;
before(async () => {
  s = await startSchemaSession();
});
after(() => s.lsp.close());

const SAMPLE = 'use openapi "./openapi.yaml"\n\nvars {\n  baseUrl = "http://127.0.0.1:4010"\n}\n\n';
const PETSTORE = 'use openapi "./petstore2.json"\n\n';
const SPOTIFY = 'use openapi "./spotify.yml"\n\n';

test('hover on a request line: the operation with its summary, parameters and responses', async () => {
  assert.deepEqual(await s.hover(SAMPLE + 'test "t" {\n  GE█T {{baseUrl}}/pets?limit=2\n}\n'), {
    value: [
      '```http\nGET /pets\n```',
      'List pets in id order, a page at a time.',
      'Parameters:\n\n- `limit` (query): `integer` — Page size.\n- `offset` (query): `integer` — How many matching pets to skip.\n- `tag` (query): `string` — Only pets with exactly this tag.',
      'Responses: `200`, `400`, `default`',
      'Operation id: `listPets`',
    ].join('\n\n'),
    about: 'GET {{baseUrl}}/pets',
  });
  const spotify = await s.hover(SPOTIFY + 'test "t" {\n  GET {{base}}/albums/{{id}}/tr█acks\n}\n');
  assert.match(spotify?.value ?? '', /^```http\nGET \/albums\/\{id\}\/tracks\n```\n\nGet Album Tracks/);
});

test('a variable in the URL keeps its own hover', async () => {
  const hover = await s.hover(SAMPLE + 'test "t" {\n  GET {{base█Url}}/pets\n}\n');
  assert.equal(hover?.about, 'baseUrl');
  assert.match(hover?.value ?? '', /File variable/);
});

test('hover on a query parameter, in the URL and in a query block', async () => {
  const limit = '**limit**: `integer` (query parameter, optional)\n\nPage size.\n\nDefault: `10` · minimum: `1` · maximum: `100`';
  assert.deepEqual(await s.hover(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/pets?li█mit=2\n}\n'), { value: limit, about: 'limit' });
  assert.deepEqual(await s.hover(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/pets\n  query {\n    li█mit = 2\n  }\n}\n'), { value: limit, about: 'limit' });
  const status = await s.hover(PETSTORE + 'test "t" {\n  GET {{base}}/v2/pet/findByStatus?sta█tus=sold\n}\n');
  assert.match(status?.value ?? '', /^\*\*status\*\*: `array of "available" \| "pending" \| "sold"` \(query parameter, required\)\n\nStatus values that need to be considered for filter/);
});

test('hover on a JSON body property and on a JSONPath segment: description and schema', async () => {
  assert.deepEqual(await s.hover(PETSTORE + 'test "t" {\n  POST {{base}}/v2/pet\n  json { "name": "Rex", "sta█tus": "sold" }\n}\n'), {
    value: '**status**: `"available" | "pending" | "sold"` (optional)\n\npet status in the store',
    about: '"status"',
  });
  assert.deepEqual(await s.hover(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/pets\n  expect $.items[0].created█At is date-time\n}\n'), {
    value: '**createdAt**: `string <date-time>` (required)',
    about: 'createdAt',
  });
});

test('go to definition on the request line jumps to the operation in the spec', async () => {
  assert.deepEqual(await s.definition(SAMPLE + 'test "t" {\n  POST {{baseUrl}}/pe█ts\n}\n'), { file: 'openapi.yaml', line: 117, character: 4 });
  assert.deepEqual(await s.definition(SPOTIFY + 'test "t" {\n  GET {{base}}/albums/{{id}}█\n}\n'), { file: 'spotify.yml', line: 36, character: 4 });
  assert.deepEqual(await s.definition(PETSTORE + 'test "t" {\n  G█ET {{base}}/v2/pet/7\n}\n'), { file: 'petstore2.json', line: 193, character: 6 });
});

test('go to definition on a query parameter jumps to the parameter', async () => {
  assert.deepEqual(await s.definition(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/pets?ta█g=dog\n}\n'), { file: 'openapi.yaml', line: 101, character: 10 });
});

test('no definition off the request line or for an unknown path', async () => {
  assert.equal(await s.definition(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/nowhere█\n}\n'), null);
  assert.equal(await s.definition(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/pets\n  expect status == 2█00\n}\n'), null);
});

test('a multi-file spec: definition of a referenced parameter opens its file; JSONPaths from a referenced schema', async () => {
  const separate = 'use openapi "./separate/spec/swagger.json"\n\n';
  assert.deepEqual(await s.definition(separate + 'test "t" {\n  GET {{base}}/api/pets?li█mit=2\n}\n'), { file: 'parameters.json', line: 12, character: 2 });
  assert.deepEqual(
    (await s.complete(separate + 'test "t" {\n  GET {{base}}/api/pets\n  expect $[0].█\n}\n')).map((i) => i.label),
    ['id', 'name', 'tag'],
  );
});
