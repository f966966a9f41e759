// Every OpenAPI and GraphQL description of the shared corpus loads, with the operation counts its
// MANIFEST.md gives, and what the editor and the runner need from it: versions, security headers,
// multi-file `files`, positions for go to definition, and circular schemas that are safe to walk.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { isIntrospectionType, isSpecifiedScalarType } from 'graphql';
import { loadSchemaFile, schemaAtPath, propertiesOf, type LoadedOpenApi, type LoadedSchema } from '../../src/core/schema';
import { corpusPath, GRAPHQL, OPENAPI } from './corpus';

function openapi(schema: LoadedSchema): LoadedOpenApi {
  assert.equal(schema.kind, 'openapi', schema.kind === 'broken' ? schema.message : '');
  return schema as LoadedOpenApi;
}

for (const entry of OPENAPI) {
  test(`loads ${entry.root}`, async () => {
    const spec = openapi(await loadSchemaFile(corpusPath(entry.root)));
    assert.equal(spec.version, entry.version);
    assert.equal(spec.operations.length, entry.operations);
    if (entry.files) assert.equal(spec.files.length, entry.files);
    for (const op of spec.operations) {
      // Box writes variants of one path as `/files/{file_id}#get_shared_link`: a URL reaches only one.
      if (!op.path.includes('#')) assert.equal(spec.findOperation(op.method, op.path), op, `${op.method} ${op.path} finds itself`);
      assert.ok(op.responses.length > 0 || entry.root.includes('digitalocean'), `${op.method} ${op.path} has responses`);
    }
  });
}

test('the DigitalOcean spec, which fails validation, loads by dereferencing: every file it reads is listed', async () => {
  const spec = openapi(await loadSchemaFile(corpusPath(OPENAPI.at(-1)!.root)));
  assert.ok(spec.files.length > 1000, `${spec.files.length} files`);
  assert.ok(spec.files.every((f) => path.isAbsolute(f)));
  assert.deepEqual(spec.securityHeaders, ['Authorization']);
  const op = spec.findOperation('GET', '/v2/droplets/{{dropletId}}');
  assert.equal(op?.path, '/v2/droplets/{droplet_id}');
  const source = op?.source;
  assert.ok(source && /droplets_get\.yml$/.test(source.file), JSON.stringify(source));
});

test('GraphQL SDL files build, with the types and query fields MANIFEST.md counts', async () => {
  for (const entry of GRAPHQL) {
    const loaded = await loadSchemaFile(corpusPath(entry.root));
    assert.equal(loaded.kind, 'graphql', entry.root);
    if (loaded.kind !== 'graphql') continue;
    const named = Object.values(loaded.schema.getTypeMap()).filter((t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t));
    assert.equal(named.length, entry.types, entry.root);
    assert.equal(Object.keys(loaded.schema.getQueryType()!.getFields()).length, entry.queries, entry.root);
  }
});

test('Swagger 2.0 bodies, form fields and responses come in the OpenAPI 3 shape', async () => {
  const spec = openapi(await loadSchemaFile(corpusPath('openapi/swagger-petstore-2.0.json')));
  const addPet = spec.operations.find((o) => o.operationId === 'addPet')!;
  assert.deepEqual(addPet.requestBody?.content.map((c) => c.mediaType), ['application/json', 'application/xml']);
  assert.ok(propertiesOf(addPet.requestBody!.content[0].schema).get('name')?.required);
  const upload = spec.operations.find((o) => o.operationId === 'uploadFile')!;
  assert.equal(upload.requestBody?.content[0].mediaType, 'multipart/form-data');
  assert.deepEqual(upload.requestBody?.content[0].schema?.properties?.file, { type: 'string', format: 'binary', description: 'file to upload' });
  assert.deepEqual(upload.parameters.map((p) => `${p.in}:${p.name}`), ['path:petId']);
  const find = spec.operations.find((o) => o.operationId === 'findPetsByStatus')!;
  assert.equal(find.parameters[0].schema?.type, 'array');
  assert.deepEqual(spec.securityHeaders.sort(), ['Authorization', 'api_key']);
});

test('circular schemas are shared objects that the schema walkers follow without end', async () => {
  const spec = openapi(await loadSchemaFile(corpusPath('openapi/readme-schema-circular-3.0.json')));
  for (const op of spec.operations) {
    for (const response of op.responses) {
      for (const content of response.content) {
        const deep = schemaAtPath(content.schema, Array.from({ length: 40 }, () => '*'));
        assert.ok(deep === undefined || Array.isArray(deep));
      }
    }
  }
});

test('positions for go to definition: operations and parameters in the root file, and across $refs', async () => {
  const file = corpusPath('openapi/oai-petstore-3.0.yaml');
  const spec = openapi(await loadSchemaFile(file));
  const show = spec.findOperation('GET', '/pets/7')!;
  assert.equal(show.operationId, 'showPetById');
  assert.deepEqual(show.source, { file, line: 63, col: 4 });
  assert.deepEqual(show.parameters[0].source, { file, line: 69, col: 10 });
  const separate = openapi(await loadSchemaFile(corpusPath('openapi/oai-petstore-separate-2.0/spec/swagger.json')));
  const limit = separate.findOperation('GET', '/api/pets')!.parameters.find((p) => p.name === 'limit')!;
  assert.match(limit.source!.file, /parameters\.json$/);
});
