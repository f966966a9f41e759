// Specs that cannot be used load as `broken` with the parser's own message and the place it names,
// never a throw: bad YAML, bad JSON, a `$ref` to nothing, a missing file, bad SDL, a remote `$ref`
// (refused unless allowed), and a document that is not OpenAPI.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { loadSchemaFile, type BrokenSchema, type LoadedSchema } from '../../src/core/schema';
import { workspace } from '../checks/harness';

function broken(schema: LoadedSchema): BrokenSchema {
  assert.equal(schema.kind, 'broken');
  return schema as BrokenSchema;
}

test('a YAML syntax error is reported at its line and column', async () => {
  const root = workspace({ 'api.yaml': 'openapi: 3.0.3\ninfo: { title: x, version: "1" }\npaths:\n  /a:\n    get: [unclosed\n' });
  const result = broken(await loadSchemaFile(path.join(root, 'api.yaml')));
  assert.ok(result.message.length > 0);
  assert.equal(result.location?.file, path.join(root, 'api.yaml'));
  assert.ok(result.location!.line >= 4, JSON.stringify(result.location));
});

test('a JSON syntax error is reported at its position', async () => {
  const root = workspace({ 'api.json': '{\n  "openapi": "3.0.3",\n  "paths": { "/a": { "get": } }\n}\n' });
  const result = broken(await loadSchemaFile(path.join(root, 'api.json')));
  assert.match(result.message, /Invalid JSON/);
  assert.deepEqual(result.location, { file: path.join(root, 'api.json'), line: 2, col: 28 });
});

test('a $ref to nothing names the pointer and where it is written', async () => {
  const root = workspace({
    'api.yaml': 'openapi: 3.0.3\ninfo: { title: x, version: "1" }\npaths:\n  /a:\n    get:\n      responses:\n        "200": { $ref: "#/components/responses/Nope" }\n',
  });
  const result = broken(await loadSchemaFile(path.join(root, 'api.yaml')));
  assert.match(result.message, /Nope/);
  assert.equal(result.location?.line, 6);
});

test('a $ref to a missing file says which file', async () => {
  const root = workspace({ 'api.yaml': 'openapi: 3.0.3\ninfo: { title: x, version: "1" }\npaths:\n  /a:\n    $ref: "./paths/a.yaml"\n' });
  const result = broken(await loadSchemaFile(path.join(root, 'api.yaml')));
  assert.match(result.message, /paths\/a\.yaml/);
  assert.deepEqual(result.location, { file: path.join(root, "api.yaml"), line: 4, col: 19 });
});

test('remote $refs are not fetched unless allowed', async () => {
  const root = workspace({ 'api.yaml': 'openapi: 3.0.3\ninfo: { title: x, version: "1" }\npaths:\n  /a:\n    $ref: "https://example.invalid/a.yaml"\n' });
  const result = broken(await loadSchemaFile(path.join(root, 'api.yaml')));
  assert.match(result.message, /remote/);
  assert.equal(result.location?.line, 4);
});

test('a YAML file that is not OpenAPI, and an unreadable file', async () => {
  const root = workspace({ 'other.yaml': 'name: x\nitems: [1, 2]\n' });
  assert.match(broken(await loadSchemaFile(path.join(root, 'other.yaml'))).message, /Not an OpenAPI document/);
  assert.match(broken(await loadSchemaFile(path.join(root, 'missing.yaml'))).message, /Cannot read/);
});

test('bad SDL is reported where graphql says; introspection JSON loads as GraphQL', async () => {
  const sdl = 'type Query {\n  film: Film\n}\ntype Film {\n  title: Strin\n}\n';
  const introspection = JSON.stringify({ data: introspectionFromSchema(buildSchema('type Query { hello: String }')) });
  const root = workspace({ 'bad.graphql': sdl, 'schema.json': introspection, 'not-introspection.graphql': '{ "a": 1 }' });
  const bad = broken(await loadSchemaFile(path.join(root, 'bad.graphql')));
  assert.match(bad.message, /Strin/);
  assert.deepEqual(bad.location, { file: path.join(root, 'bad.graphql'), line: 4, col: 9 });
  const json = await loadSchemaFile(path.join(root, 'schema.json'));
  assert.equal(json.kind, 'graphql');
  assert.ok(json.kind === 'graphql' && json.schema.getQueryType()?.getFields().hello);
  assert.equal((await loadSchemaFile(path.join(root, 'not-introspection.graphql'))).kind, 'broken');
});
