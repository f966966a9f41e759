/**
 * Completion from a bound OpenAPI document, over a real JSON-RPC connection, on the samples' spec and
 * two corpus specs (Swagger 2.0 petstore, Spotify 3.0): paths after the origin with parameters as
 * placeholders, methods of a written path, query parameters and values, security and header parameters,
 * JSON body properties at their nesting level with types, enums and required flags, and JSONPaths from
 * the response schema for the status the step expects.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-protocol/node';
import { loadSchemaFile } from '../../src/core/schema';
import { SPECS, startSchemaSession, type SchemaSession } from './session';

let s: SchemaSession;
before(async () => {
  s = await startSchemaSession();
});
after(() => s.lsp.close());

const SAMPLE = 'use openapi "./openapi.yaml"\n\nvars {\n  baseUrl = "http://127.0.0.1:4010"\n}\n\n';
const PETSTORE = 'use openapi "./petstore2.json"\n\n';
const SPOTIFY = 'use openapi "./spotify.yml"\n\n';

const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);
const byLabel = (items: CompletionItem[], label: string): CompletionItem => {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no item ${label} in ${labels(items).join(', ')}`);
  return found;
};
const edit = (item: CompletionItem): TextEdit => item.textEdit as TextEdit;

test('paths after {{baseUrl}}: every path of the spec, parameters as placeholders', async () => {
  const items = await s.complete(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/█\n}\n');
  const spec = await loadSchemaFile(SPECS['openapi.yaml']);
  assert.equal(spec.kind, 'openapi');
  const paths = [...new Set(spec.kind === 'openapi' ? spec.operations.map((op) => op.path) : [])];
  assert.ok(paths.length >= 20 && ['/login', '/pets', '/pets/{id}', '/jobs/{id}', '/graphql'].every((p) => paths.includes(p)));
  assert.deepEqual(labels(items), paths);
  const pet = byLabel(items, '/pets/{id}');
  assert.equal(pet.insertTextFormat, InsertTextFormat.Snippet);
  assert.deepEqual(edit(pet), { range: { start: { line: 7, character: 17 }, end: { line: 7, character: 18 } }, newText: '/pets/${1:id}$0' });
  assert.equal(pet.detail, 'GET · PUT · DELETE · PATCH');
});

test('paths narrow to the segments typed; the rest of the path is replaced', async () => {
  const items = await s.complete(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/pets/█1\n}\n');
  assert.deepEqual(labels(items), ['/pets/{id}']);
  assert.deepEqual(edit(items[0]).range, { start: { line: 7, character: 17 }, end: { line: 7, character: 24 } });
});

test('an empty URL starts with the base-URL variable', async () => {
  const items = await s.complete(SAMPLE + 'test "t" {\n  GET █\n}\n');
  assert.equal(edit(byLabel(items, '/jobs/{id}')).newText, '{{baseUrl\\}\\}/jobs/${1:id}$0');
});

test('Swagger 2.0: paths under the base path, and the path without it', async () => {
  const under = await s.complete(PETSTORE + 'test "t" {\n  GET {{base}}/v2/pet/█\n}\n');
  assert.deepEqual(labels(under), ['/pet/findByStatus', '/pet/findByTags', '/pet/{petId}', '/pet/{petId}/uploadImage']);
  assert.equal(edit(byLabel(under, '/pet/{petId}/uploadImage')).newText, '/v2/pet/${1:petId}/uploadImage$0');
  const bare = await s.complete(PETSTORE + 'test "t" {\n  POST {{base}}/st█\n}\n');
  assert.deepEqual(labels(bare), ['/store/inventory', '/store/order', '/store/order/{orderId}']);
});

test('Spotify: a whole URL with the server base path', async () => {
  const items = await s.complete(SPOTIFY + 'test "t" {\n  GET https://api.spotify.com/v1/artists/█\n}\n');
  assert.deepEqual(labels(items), ['/artists/{id}', '/artists/{id}/albums', '/artists/{id}/top-tracks', '/artists/{id}/related-artists']);
});

test('methods the spec declares for the path written after the cursor come first, with summaries', async () => {
  const items = await s.complete(SAMPLE + 'test "t" {\n  █ {{baseUrl}}/pets/1\n}\n');
  const methods = items.filter((i) => i.sortText?.startsWith('0'));
  assert.deepEqual(labels(methods), ['GET', 'PUT', 'PATCH', 'DELETE']);
  assert.equal(byLabel(items, 'DELETE').detail, 'Delete a pet.');
  assert.equal(edit(byLabel(items, 'GET')).newText, 'GET');
});

test('query parameters after ? and &, the ones written left out; values from the enum', async () => {
  assert.deepEqual(labels(await s.complete(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/pets?█\n}\n')), ['limit', 'offset', 'tag']);
  const more = await s.complete(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/pets?limit=1&█\n}\n');
  assert.deepEqual(labels(more), ['offset', 'tag']);
  assert.equal(edit(more[0]).newText, 'offset=');
  const search = await s.complete(SPOTIFY + 'test "t" {\n  GET {{base}}/search?█\n}\n');
  assert.deepEqual(labels(search), ['q', 'type', 'market', 'limit', 'offset', 'include_external']);
  assert.equal(byLabel(search, 'q').detail, 'string (required)');
  assert.deepEqual(labels(await s.complete(PETSTORE + 'test "t" {\n  GET {{base}}/v2/pet/findByStatus?status=█\n}\n')), ['available', 'pending', 'sold']);
});

test('query parameters in a query block', async () => {
  const items = await s.complete(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/pets\n  query {\n    limit = 2\n    █\n  }\n}\n');
  assert.deepEqual(labels(items), ['offset', 'tag']);
  assert.equal(edit(items[0]).newText, 'offset = ');
});

test('header names: header parameters and security scheme headers before the common ones', async () => {
  const items = await s.complete(PETSTORE + 'test "t" {\n  DELETE {{base}}/v2/pet/1\n  █\n}\n');
  const headers = items.filter((i) => i.detail !== 'request header' && edit(i).newText.endsWith(': '));
  assert.deepEqual(labels(headers), ['api_key', 'Authorization']);
  assert.equal(edit(headers[0]).newText, 'api_key: ');
  assert.ok(labels(items).includes('Accept'));
  const sample = await s.complete(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/me\n  X█\n}\n');
  assert.equal(byLabel(sample, 'X-API-Key').detail, 'security scheme');
});

test('JSON body: properties with types, enums and required flags, required first, written ones left out', async () => {
  const items = await s.complete(PETSTORE + 'test "t" {\n  POST {{base}}/v2/pet\n  json {\n    "name": "Rex",\n    █\n  }\n}\n');
  const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  assert.deepEqual(
    sorted.map((i) => `${i.label}: ${i.detail}`),
    ['photoUrls: array of string (required)', 'category: object', 'id: integer <int64>', 'status: "available" | "pending" | "sold"', 'tags: array of object'],
  );
  assert.equal(edit(byLabel(items, 'status')).newText, '"status": "$1"');
  assert.equal(edit(byLabel(items, 'category')).newText, '"category": {$1}');
  assert.equal(edit(byLabel(items, 'photoUrls')).newText, '"photoUrls": [$1]');
});

test('JSON body: nested objects and array items at their own level', async () => {
  const category = await s.complete(PETSTORE + 'test "t" {\n  POST {{base}}/v2/pet\n  json {\n    "category": { "█" }\n  }\n}\n');
  assert.deepEqual(labels(category), ['id', 'name']);
  assert.deepEqual(edit(category[0]), { range: { start: { line: 5, character: 18 }, end: { line: 5, character: 20 } }, newText: '"id": $1' });
  const tags = await s.complete(PETSTORE + 'test "t" {\n  POST {{base}}/v2/pet\n  json { "tags": [{ "id": 1, "n█" }] }\n}\n');
  assert.deepEqual(labels(tags), ['name']);
  const sample = await s.complete(SAMPLE + 'test "t" {\n  POST {{baseUrl}}/login\n  json { "user": "ada", █ }\n}\n');
  assert.deepEqual(labels(sample), ['password']);
});

test('JSON body: enum values where a value goes', async () => {
  const items = await s.complete(PETSTORE + 'test "t" {\n  POST {{base}}/v2/pet\n  json {\n    "status": "█"\n  }\n}\n');
  assert.deepEqual(labels(items), ['"available"', '"pending"', '"sold"']);
});

test('JSONPaths from the response schema: 2xx by default, the expected status when the step says', async () => {
  assert.deepEqual(labels(await s.complete(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/pets\n  expect $.█\n}\n')), ['items', 'total', 'limit', 'offset']);
  assert.deepEqual(labels(await s.complete(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/pets\n  expect $.items[0].n█\n}\n')), ['id', 'name', 'tag', 'age', 'createdAt']);
  assert.deepEqual(labels(await s.complete(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/pets/1\n  expect status == 404\n  capture message = $.error.█\n}\n')), ['code', 'message', 'details']);
  assert.deepEqual(labels(await s.complete(PETSTORE + 'test "t" {\n  GET {{base}}/v2/pet/findByStatus\n  expect $█\n}\n')), ['[0]', '[*]']);
  const album = labels(await s.complete(SPOTIFY + 'test "t" {\n  GET {{base}}/albums/{{id}}\n  expect $.█\n}\n'));
  assert.ok(['album_type', 'total_tracks', 'tracks', 'label', 'popularity'].every((l) => album.includes(l)), album.join(', '));
  assert.deepEqual(labels(await s.complete(SPOTIFY + 'test "t" {\n  GET {{base}}/albums/{{id}}\n  expect status == 401\n  expect $.█\n}\n')), ['error']);
});

test('without a binding, or on an unknown path, nothing from a schema', async () => {
  assert.deepEqual(labels(await s.complete('test "t" {\n  GET {{baseUrl}}/█\n}\n')), []);
  assert.deepEqual(labels(await s.complete(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/nowhere\n  expect $.█\n}\n')), []);
  assert.deepEqual(labels(await s.complete(SAMPLE + 'test "t" {\n  GET {{baseUrl}}/pets/1/x█\n}\n')), []);
});

test('form and multipart fields from the form body schema (Swagger 2.0 formData)', async () => {
  const form = await s.complete(PETSTORE + 'test "t" {\n  POST {{base}}/v2/pet/1\n  form {\n    name = "Rex"\n    █\n  }\n}\n');
  assert.deepEqual(form.map((i) => [i.label, edit(i).newText]), [['status', 'status = ']]);
  const upload = await s.complete(PETSTORE + 'test "t" {\n  POST {{base}}/v2/pet/1/uploadImage\n  multipart {\n    █\n  }\n}\n');
  assert.deepEqual(upload.map((i) => `${i.label}: ${i.detail}`), ['additionalMetadata: string', 'file: string <binary>']);
});
