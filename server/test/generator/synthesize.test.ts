// Data synthesis from JSON Schema and samples for regex patterns: valid values, deterministic per seed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Random } from '../../src/core/generator/random';
import { sampleForPattern } from '../../src/core/generator/regex-sample';
import { synthesize } from '../../src/core/generator/synthesize';
import type { JsonSchema } from '../../src/core/schema';

const make = (schema: JsonSchema, seed = 1, direction: 'request' | 'response' = 'request') => synthesize(schema, 'value', { random: new Random(seed, 'op'), direction });

test('examples, const, default and enum win over synthesis', () => {
  assert.equal(make({ type: 'string', example: 'Rex' }), 'Rex');
  assert.equal(make({ type: 'string', examples: ['first', 'second'] }), 'first');
  assert.equal(make({ const: 7 }), 7);
  assert.equal(make({ type: 'integer', default: 10 }), 10);
  assert.equal(make({ type: 'string', enum: [null, 'available', 'sold'] }), 'available');
});

test('formats give values of their shape', () => {
  assert.match(make({ type: 'string', format: 'date-time' }) as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.match(make({ type: 'string', format: 'date' }) as string, /^\d{4}-\d\d-\d\d$/);
  assert.match(make({ type: 'string', format: 'email' }) as string, /^[^@]+@[^@]+\.[a-z]+$/);
  assert.match(make({ type: 'string', format: 'uuid' }) as string, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.match(make({ type: 'string', format: 'uri' }) as string, /^https:\/\//);
});

test('numbers respect minimum, maximum, exclusive bounds and multipleOf', () => {
  assert.equal(make({ type: 'integer', minimum: 200, maximum: 599 }), 200);
  assert.equal(make({ type: 'integer', maximum: -5 }), -5);
  assert.equal(make({ type: 'integer', minimum: 0, exclusiveMinimum: true }), 1);
  assert.equal(make({ type: 'integer', exclusiveMinimum: 10 }), 11);
  assert.equal(make({ type: 'integer', minimum: 7, multipleOf: 5 }), 10);
  assert.equal(make({ type: 'number', maximum: 0.25 }), 0.25);
});

test('strings respect lengths and patterns', () => {
  assert.equal((make({ type: 'string', minLength: 30 }) as string).length, 30);
  assert.ok((make({ type: 'string', maxLength: 3 }) as string).length <= 3);
  for (const pattern of ['^[0-9a-f]{64}$', '^\\d{3}-\\d{4}$', '^[A-Z]{2}[0-9]+$', '^/(?![/\\\\])[\\x21-\\x7e]*$', '^(foo|bar)-[a-z]{2,5}$', '^\\w+@\\w+\\.com$']) {
    const value = make({ type: 'string', pattern }) as string;
    assert.match(value, new RegExp(pattern), pattern);
  }
});

test('patterns the sampler cannot satisfy give undefined, and synthesis falls back to a plain string', () => {
  assert.equal(sampleForPattern('^(a)\\1$'), undefined);
  assert.equal(sampleForPattern('(unclosed'), undefined);
  assert.equal(typeof make({ type: 'string', pattern: '^(a)\\1$' }), 'string');
});

test('objects get their required properties, nested; optional ones only at the top with nothing required', () => {
  const schema: JsonSchema = {
    type: 'object',
    required: ['name', 'owner'],
    properties: {
      id: { type: 'integer', readOnly: true },
      name: { type: 'string', example: 'Rex' },
      nickname: { type: 'string' },
      owner: { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' }, phone: { type: 'string' } } },
    },
  };
  assert.deepEqual(make(schema), { name: 'Rex', owner: { email: 'user@example.com' } });
  const patch = make({ type: 'object', properties: { id: { type: 'integer', readOnly: true }, tag: { type: 'string', example: 'dog' } } });
  assert.deepEqual(patch, { tag: 'dog' });
});

test('allOf merges, oneOf takes the first option and sets its discriminator', () => {
  const pet: JsonSchema = { type: 'object', required: ['name'], properties: { name: { type: 'string', example: 'Rex' } } };
  assert.deepEqual(make({ allOf: [pet, { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } }] }), { name: 'Rex', id: 1 });
  const cat: JsonSchema = { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['cat'] }, meows: { type: 'boolean' } } };
  const dog: JsonSchema = { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['dog'] } } };
  assert.deepEqual(make({ oneOf: [cat, dog], discriminator: { propertyName: 'kind' } }), { kind: 'cat' });
  assert.equal(make({ anyOf: [{ type: 'null' }, { type: 'integer', minimum: 3 }] }), 3);
});

test('cyclic schemas terminate', () => {
  const node: JsonSchema = { type: 'object', required: ['value', 'next'], properties: { value: { type: 'integer' } } };
  node.properties!.next = node;
  const value = make(node) as Record<string, unknown>;
  assert.equal(value.value, 1);
  assert.deepEqual(value.next, {});
});

test('arrays honour minItems and maxItems', () => {
  assert.equal((make({ type: 'array', items: { type: 'string' }, minItems: 3 }) as unknown[]).length, 3);
  assert.deepEqual(make({ type: 'array', items: { type: 'integer' }, maxItems: 0 }), []);
  assert.deepEqual(make({ type: 'array', uniqueItems: true, minItems: 2, items: { type: 'string', enum: ['a', 'b', 'c'] } }), ['a', 'b']);
});

test('the same seed gives the same values; another seed other ones', () => {
  const schema: JsonSchema = { type: 'object', required: ['a', 'b', 'c'], properties: { a: { type: 'string' }, b: { type: 'string', format: 'uuid' }, c: { type: 'string' } } };
  assert.deepEqual(make(schema, 1), make(schema, 1));
  assert.notDeepEqual(make(schema, 1), make(schema, 2));
});
