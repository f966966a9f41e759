// A loaded GraphQL schema is slimmed after building (graphql-load.ts `leanSchema`): no syntax trees,
// shared empties, one object per wrapped type. It must still describe and validate the same API.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getNamedType, parse, printSchema, validate, buildSchema, type GraphQLObjectType } from 'graphql';
import { loadGraphql } from '../../src/core/schema/graphql-load';

const SDL = `
type Pet { id: ID!, name: String!, tags: [String!]!, owner: Owner, friends: [Pet!]! }
type Owner { id: ID!, pets: [Pet!]! }
type Query { pet(id: ID!): Pet, pets(first: Int!, tags: [String!]): [Pet!]! }
`;

function load(sdl: string) {
  const loaded = loadGraphql('/api/schema.graphql', sdl);
  assert.equal(loaded.kind, 'graphql');
  return loaded.kind === 'graphql' ? loaded.schema : assert.fail('not loaded');
}

test('wrapped types written alike are one object: within a schema, and across schemas for built-in scalars', () => {
  const schema = load(SDL);
  const pet = schema.getType('Pet') as GraphQLObjectType;
  const owner = schema.getType('Owner') as GraphQLObjectType;
  const query = schema.getQueryType()!;
  assert.equal(pet.getFields().id.type, owner.getFields().id.type, 'ID! once');
  assert.equal(pet.getFields().friends.type, owner.getFields().pets.type, '[Pet!]! once');
  assert.equal(query.getFields().pet.args[0].type, pet.getFields().id.type, 'arguments share too');
  assert.equal(String(query.getFields().pets.args[1].type), '[String!]', 'a nullable list stays nullable');

  const other = load(SDL);
  assert.equal((other.getType('Pet') as GraphQLObjectType).getFields().tags.type, pet.getFields().tags.type, '[String!]! shared by both schemas');
  const otherFriends = (other.getType('Pet') as GraphQLObjectType).getFields().friends.type;
  assert.notEqual(otherFriends, pet.getFields().friends.type, "[Pet!]! wraps each schema's own Pet");
  assert.equal(getNamedType(otherFriends), other.getType('Pet'));
});

test('the slimmed schema prints and validates as the one graphql builds', () => {
  const schema = load(SDL);
  assert.equal(printSchema(schema), printSchema(buildSchema(SDL)));
  assert.deepEqual(validate(schema, parse('{ pets(first: 2) { id tags friends { name } } }')), []);
  const errors = validate(schema, parse('query ($id: ID) { pet(id: $id) { name nope } }')).map((e) => e.message);
  assert.equal(errors.length, 2, errors.join('\n'));
  assert.match(errors.join('\n'), /Variable "\$id" of type "ID" used in position expecting type "ID!"/);
  assert.match(errors.join('\n'), /Cannot query field "nope" on type "Pet"/);
});
