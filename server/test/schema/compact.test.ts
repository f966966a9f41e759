// Loaded documents are shrunk after dereferencing (compact.ts): objects with numeric keys and arrays are
// replaced by compact copies, strings by their own copies. What the document says must not change:
// the same keys, values and order, shared objects still shared, cycles still cycles.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadSchemaFile, type LoadedOpenApi } from '../../src/core/schema';
import { compactDocument } from '../../src/core/schema/compact';
import { workspace } from '../checks/harness';

test('compacting keeps keys, values, sharing and cycles', () => {
  const pet: Record<string, unknown> = { type: 'object', properties: {} };
  (pet.properties as Record<string, unknown>).parent = pet;
  const responses: Record<string, unknown> = {};
  for (const status of ['500', '200', 'default', '404']) responses[status] = { description: `status ${status} of the operation`, schema: pet };
  const tags: string[] = [];
  tags.push('pets');
  const document = { paths: { '/pets': { get: { tags, responses } }, '/pets/{id}': { get: { responses } } }, components: { schemas: { pet } } };

  const compact = compactDocument(document);
  const get = compact.paths['/pets'].get;
  assert.deepEqual(Object.keys(get.responses), ['200', '404', '500', 'default']);
  assert.notEqual(get.responses, responses, 'the numeric-keyed map is a copy');
  assert.equal(compact.paths['/pets/{id}'].get.responses, get.responses, 'a shared map stays shared');
  assert.deepEqual(get.tags, ['pets']);
  const schema = compact.components.schemas.pet;
  assert.equal((get.responses['200'] as { schema: unknown }).schema, schema);
  assert.equal((schema.properties as Record<string, unknown>).parent, schema, 'a cycle stays a cycle');
  assert.equal((get.responses['404'] as { description: string }).description, 'status 404 of the operation');
});

test('a loaded YAML spec answers the same after compacting: numeric response keys, examples, shared schemas', async () => {
  const root = workspace({
    'api.yaml': `openapi: 3.0.3
info: { title: x, version: "1" }
paths:
  /pets/{id}:
    get:
      parameters: [{ name: id, in: path, required: true, schema: { type: integer } }]
      responses:
        "200": { description: found, content: { application/json: { schema: { $ref: "#/components/schemas/Pet" }, example: { id: 1 } } } }
        "404": { description: missing }
        "500": { description: broken, content: { application/json: { schema: { $ref: "#/components/schemas/Pet" } } } }
components:
  schemas:
    Pet: { type: object, properties: { id: { type: integer }, parent: { $ref: "#/components/schemas/Pet" } } }
`,
  });
  const spec = (await loadSchemaFile(path.join(root, 'api.yaml'))) as LoadedOpenApi;
  const show = spec.findOperation('GET', '/pets/1')!;
  assert.deepEqual(show.responses.map((r) => [r.status, r.description]), [['200', 'found'], ['404', 'missing'], ['500', 'broken']]);
  const found = show.responses[0].content[0];
  assert.deepEqual(found.examples, [{ id: 1 }]);
  assert.deepEqual(show.responses[1].content, []);
  assert.deepEqual(show.responses[2].content[0].examples, []);
  const pet = found.schema!;
  assert.equal(show.responses[2].content[0].schema, pet);
  assert.equal(pet.properties!.parent, pet);
});
