/**
 * Schema-aware completion, hover and definition on every sample suite with both sample schemas bound:
 * never a throw at any offset, and schema items where the samples call bound operations.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { completionsAt } from '../../src/core/completion';
import { schemaHover } from '../../src/core/hover/schema';
import { loadSchemaFile, type LoadedSchema } from '../../src/core/schema';
import { specLocationAt } from '../../src/core/schema-editor';
import { SPECS } from './session';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');
let schemas: LoadedSchema[];
before(async () => {
  schemas = [await loadSchemaFile(SPECS['openapi.yaml']), await loadSchemaFile(SPECS['schema.graphql'])];
});

for (const name of ['pets.assay', 'graphql.assay', 'http.assay', 'auth.assay', 'jobs.assay']) {
  test(`every offset of samples/${name}: hover and definition never throw`, () => {
    const text = readFileSync(join(SAMPLES, name), 'utf8');
    let hovers = 0;
    for (let offset = 0; offset <= text.length; offset++) {
      if (schemaHover(text, offset, schemas)) hovers++;
      // Definition reads the same targets as hover; a sample of offsets is enough.
      if (offset % 4 === 0) specLocationAt(text, offset, schemas);
    }
    assert.ok(hovers > 0, 'some offset has a schema hover');
  });

  test(`completion after each dot, slash, quote and question mark of samples/${name}`, () => {
    const text = readFileSync(join(SAMPLES, name), 'utf8');
    let fromSchema = 0;
    for (let offset = 1; offset <= text.length; offset++) {
      if (!/[./"?]/.test(text[offset - 1])) continue;
      const items = completionsAt(text, offset, { schemas });
      if (items.some((i) => i.kind === 'property' || i.kind === 'value' || i.kind === 'parameter')) fromSchema++;
    }
    assert.ok(fromSchema > 0, 'the schema gives items somewhere');
  });
}

test('a broken schema gives nothing from it, and no error', async () => {
  const broken = [await loadSchemaFile(join(SAMPLES, 'nowhere.yaml'))];
  const text = 'test "t" {\n  POST {{baseUrl}}/pets\n  json { "" }\n  expect $.\n}\n';
  for (let offset = 0; offset <= text.length; offset++) {
    assert.deepEqual(completionsAt(text, offset, { schemas: broken }), completionsAt(text, offset, {}));
    assert.equal(schemaHover(text, offset, broken), undefined);
  }
});
