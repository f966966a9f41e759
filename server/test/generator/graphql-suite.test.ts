/**
 * What the GraphQL generator writes: a named operation with a variable per required argument, values
 * for input objects, scalar selections to the chosen depth, shape assertions, files by resource, and
 * no auth with `auth: 'none'`.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { introspectionFromSchema } from 'graphql';
import { test } from 'node:test';
import { generateGraphqlSuite, renderFile } from '../../src/core/generator';
import { CORPUS, loadGraphql, SAMPLES, tempDir } from './helpers';

test('a test per field: variables, selection, assertions; files by the resource returned', async () => {
  const suite = generateGraphqlSuite(await loadGraphql(join(SAMPLES, 'schema.graphql')), { schemaPath: '../schema.graphql' });
  assert.deepEqual(
    suite.files.map((f) => [f.path, f.tests.map((t) => t.key)]),
    [
      ['pet.assay', ['query.pet', 'query.pets', 'mutation.addPet', 'mutation.deletePet']],
      ['user.assay', ['query.me']],
      ['film.assay', ['query.films', 'query.film']],
    ],
  );
  const text = renderFile(suite.files[0]);
  assert.match(
    text,
    /test "mutation addPet" \{\n {2}POST \{\{baseUrl\}\}\/graphql\n {2}auth bearer "\{\{token\}\}"\n {2}graphql """\n {4}mutation AddPet\(\$input: AddPetInput!\) \{\n {6}addPet\(input: \$input\) \{\n {8}id\n {8}name\n {8}tag\n {8}age\n {8}createdAt\n {6}\}\n {4}\}\n {2}"""\n {2}variables \{ "input": \{ "name": "name-\d+" \} \}\n {2}expect status == 200\n {2}expect \$\.errors not exists\n {2}expect \$\.data\.addPet is object\n {2}expect response matches schema\n\}/,
  );
  assert.match(text, /expect \$\.data\.deletePet is boolean/);
  assert.match(text, /expect \$\.data\.pet exists/);
  assert.match(text, /token += secret env\("GRAPHQL_TOKEN"\)/);
});

test('depth bounds the selection; auth none sends no credentials', async () => {
  const schema = await loadGraphql(join(SAMPLES, 'schema.graphql'));
  const deep = renderFile(generateGraphqlSuite(schema, { schemaPath: 's', depth: 3, auth: 'none', endpoint: '/api/graphql' }).files[0]);
  assert.match(deep, /edges \{\n {10}cursor\n {10}node \{\n {12}id/);
  assert.match(deep, /POST \{\{baseUrl\}\}\/api\/graphql\n {2}graphql/);
  assert.doesNotMatch(deep, /auth bearer|token/);
  const shallow = renderFile(generateGraphqlSuite(schema, { schemaPath: 's', depth: 1 }).files[0]);
  assert.doesNotMatch(shallow, /edges \{/);
});

test('subscriptions are left out with a note', async () => {
  const suite = generateGraphqlSuite(await loadGraphql(join(CORPUS, 'graphql/linear.graphql')), { schemaPath: 's' });
  assert.deepEqual(suite.notes, ['80 subscription fields left out: subscriptions need a socket']);
});

test('an introspection result gives the same tests as the SDL it describes', async () => {
  const sdl = await loadGraphql(join(SAMPLES, 'schema.graphql'));
  const file = join(tempDir(), 'schema.json');
  writeFileSync(file, JSON.stringify({ data: introspectionFromSchema(sdl.schema) }));
  const fromJson = generateGraphqlSuite(await loadGraphql(file), { schemaPath: 's' });
  const fromSdl = generateGraphqlSuite(sdl, { schemaPath: 's' });
  assert.deepEqual(fromJson.files.map(renderFile), fromSdl.files.map(renderFile));
});
