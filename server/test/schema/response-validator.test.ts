// Response validation in each spec's dialect: OpenAPI 3.0 `nullable` and boolean exclusive bounds,
// Swagger 2.0 likewise, JSON Schema 2020-12 for 3.1, and circular schemas from the corpus.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileResponseSchema, contentFor, loadSchemaFile, responseFor, type JsonSchema, type LoadedOpenApi } from '../../src/core/schema';
import { corpusPath } from './corpus';

test('OpenAPI 3.0: nullable, boolean exclusiveMinimum, enums with null', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: { tag: { type: 'string', nullable: true }, size: { type: 'number', minimum: 0, exclusiveMinimum: true }, kind: { type: 'string', enum: ['a'], nullable: true } },
  };
  const validate = compileResponseSchema(schema, '3.0');
  assert.deepEqual(validate({ tag: null, size: 1, kind: null }), []);
  assert.deepEqual(validate({ tag: 3, size: 0, kind: 'b' }), [
    { path: '$.tag', expected: 'string or null', actual: 'number 3' },
    { path: '$.size', expected: 'a value that must be > 0', actual: '0' },
    { path: '$.kind', expected: 'one of "a", null', actual: '"b"' },
  ]);
  assert.equal(compileResponseSchema(schema, '3.0'), validate, 'compiled once per schema');
});

test('OpenAPI 3.1: JSON Schema 2020-12 (type arrays, prefixItems, const)', () => {
  const validate = compileResponseSchema({ type: 'array', prefixItems: [{ type: 'integer' }, { const: 'x' }], items: false } as unknown as JsonSchema, '3.1');
  assert.deepEqual(validate([1, 'x']), []);
  assert.deepEqual(validate([1, 'y', 3]).map((m) => m.path).sort(), ['$', '$[1]']);
  assert.deepEqual(compileResponseSchema({ type: ['string', 'null'] }, '3.1')(null), []);
});

test('Swagger 2.0 schemas from the corpus validate, with `x-nullable` and formats', async () => {
  const spec = (await loadSchemaFile(corpusPath('openapi/swagger-petstore-2.0.json'))) as LoadedOpenApi;
  const op = spec.findOperation('GET', '/v2/pet/1')!;
  const schema = contentFor(responseFor(op, 200)!.content, 'application/json')!.schema!;
  const validate = compileResponseSchema(schema, '2.0');
  assert.deepEqual(validate({ name: 'Rex', photoUrls: [] }), []);
  assert.deepEqual(validate({ name: 'Rex', photoUrls: 'none', status: 'lost' }).map((m) => m.path), ['$.photoUrls', '$.status']);
});

test('circular schemas compile (shared objects become $defs) and validate deep values', async () => {
  const spec = (await loadSchemaFile(corpusPath('openapi/readme-schema-circular-3.0.json'))) as LoadedOpenApi;
  let compiled = 0;
  for (const op of spec.operations) {
    // This spec's circular schemas are in request bodies; bodies and responses share the validator.
    for (const content of [...(op.requestBody?.content ?? []), ...op.responses.flatMap((r) => r.content)]) {
      if (!content.schema) continue;
      const validate = compileResponseSchema(content.schema, spec.version);
      assert.ok(validate({}).every((m) => !/cannot be compiled/.test(m.actual)));
      compiled++;
    }
  }
  assert.equal(compiled, 3);
  const tree: JsonSchema = { type: 'object', properties: { name: { type: 'string' } } };
  tree.properties!.children = { type: 'array', items: tree };
  const deep = { name: 'a', children: [{ name: 'b', children: [{ name: 3, children: [] }] }] };
  assert.deepEqual(compileResponseSchema(tree, '3.0')(deep), [{ path: '$.children[0].children[0].name', expected: 'string', actual: 'number 3' }]);
});
