/**
 * GraphQL editor services in a file bound with `use graphql`, over a real JSON-RPC connection, on the
 * samples' schema and the SWAPI schema from the corpus: completion and hover inside `graphql`
 * documents (triple-quoted and one-line), variable names from the operation, and JSONPaths in
 * assertions from the selection set.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-protocol/node';
import { startSchemaSession, type SchemaSession } from './session';

let s: SchemaSession;
before(async () => {
  s = await startSchemaSession();
});
after(() => s.lsp.close());

const SAMPLE = 'use graphql "./schema.graphql"\n\n';
const SWAPI = 'use graphql "./swapi.graphql"\n\n';
const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);

/** A GraphQL step with `document` (its `█` kept) and the lines after it. */
function step(document: string, after = ''): string {
  return `test "t" {\n  POST {{baseUrl}}/graphql\n  graphql """\n    ${document}\n  """\n${after}}\n`;
}

test('fields of the type at the cursor, inside a triple-quoted document', async () => {
  const films = await s.complete(SWAPI + step('{ allFilms { films { █ } } }'));
  assert.ok(['title', 'episodeID', 'openingCrawl', 'director', 'releaseDate'].every((l) => labels(films).includes(l)), labels(films).join(', '));
  assert.equal(films.find((i) => i.label === 'episodeID')?.detail, 'Int');
  const edit = films.find((i) => i.label === 'title')?.textEdit as TextEdit;
  assert.deepEqual(edit.range, { start: { line: 5, character: 25 }, end: { line: 5, character: 25 } });
});

test('root fields in a one-line document, the typed name replaced', async () => {
  const items = await s.complete(SAMPLE + 'test "t" {\n  POST {{baseUrl}}/graphql\n  graphql "{ pe█ }"\n}\n');
  assert.ok(labels(items).includes('pets') && labels(items).includes('pet'));
  const edit = items.find((i) => i.label === 'pets')?.textEdit as TextEdit;
  assert.deepEqual(edit, { range: { start: { line: 4, character: 13 }, end: { line: 4, character: 15 } }, newText: 'pets' });
});

test('arguments of a field', async () => {
  const items = await s.complete(SAMPLE + step('{ pets(█) { totalCount } }'));
  assert.deepEqual(labels(items).sort(), ['after', 'first', 'tag']);
});

test('hover on a field shows its type and description', async () => {
  assert.deepEqual(await s.hover(SAMPLE + step('{ pets { tot█alCount } }')), {
    value: '```graphql\nPetConnection.totalCount: Int!\n```\n\nHow many pets match, over all pages.',
    about: 'totalCount',
  });
  const film = await s.hover(SWAPI + step('{ fi█lm(id: "1") { title } }'));
  assert.match(film?.value ?? '', /Root\.film: Film/);
});

test('variables: the operation\'s variables, then the fields of an input type', async () => {
  const top = await s.complete(SAMPLE + step('query Film($id: ID!) { film(id: $id) { title } }', '  variables { "█" }\n'));
  assert.deepEqual(
    top.map((i) => [i.label, i.detail]),
    [['id', 'ID! (required)']],
  );
  const add = 'mutation Add($input: AddPetInput!) { addPet(input: $input) { id } }';
  const input = await s.complete(SAMPLE + step(add, '  variables { "input": { "name": "Rex", "█" } }\n'));
  assert.deepEqual(labels(input).sort(), ['age', 'tag']);
});

test('JSONPaths from the selection set, aliases and fragments included', async () => {
  const doc = 'query Pets { pets(first: 2) { total: totalCount edges { node { ...PetFields } } } } fragment PetFields on Pet { id name }';
  assert.deepEqual(labels(await s.complete(SAMPLE + step(doc, '  expect $.█\n'))), ['data', 'errors', 'extensions']);
  assert.deepEqual(labels(await s.complete(SAMPLE + step(doc, '  expect $.data.pets.█\n'))), ['total', 'edges']);
  assert.deepEqual(labels(await s.complete(SAMPLE + step(doc, '  expect $.data.pets.edges.█\n'))), ['[0]', '[*]']);
  const node = await s.complete(SAMPLE + step(doc, '  capture id = $.data.pets.edges[0].node.█\n'));
  assert.deepEqual(node.map((i) => `${i.label}: ${i.detail}`), ['id: ID!', 'name: String!']);
  const swapi = await s.complete(SWAPI + step('{ allFilms { films { title director } } }', '  expect $.data.allFilms.films[*].█\n'));
  assert.deepEqual(labels(swapi), ['title', 'director']);
});

test('hover on a JSONPath segment shows the selected field', async () => {
  const hover = await s.hover(SAMPLE + step('{ pets { totalCount } }', '  expect $.data.pets.total█Count == 3\n'));
  assert.deepEqual(hover, { value: '**totalCount**: `Int!`\n\nHow many pets match, over all pages.', about: 'totalCount' });
});

test('hover on a key of the variables shows its GraphQL type', async () => {
  const hover = await s.hover(SAMPLE + step('mutation Add($input: AddPetInput!) { addPet(input: $input) { id } }', '  variables { "input": { "na█me": "Rex" } }\n'));
  assert.deepEqual(hover, { value: '**name**: `String!` (required)\n\n1 to 64 characters.', about: '"name"' });
});
