// Unit tests of the assertion predicates: one `check(predicate, value, passes)` table per predicate.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assert as check, jsonSchemaCheck, type Actual, type AssertionPredicate } from '../../src/core/assertions';
import { TYPE_NAMES } from '../../src/core/semantic';

const found = (value: unknown): Actual => ({ found: true, value });

function expectOutcome(predicate: AssertionPredicate, value: unknown, passes: boolean): void {
  const out = check(predicate, found(value));
  assert.equal(out.passed, passes, `${JSON.stringify(predicate)} on ${JSON.stringify(value)}: ${out.message}`);
  assert.equal(out.message === '', passes);
}

test('compare: deep equality without coercion, numeric and code-point order', () => {
  expectOutcome({ kind: 'compare', op: '==', expected: { a: [1, { b: 2 }], c: 'x' } }, { c: 'x', a: [1, { b: 2 }] }, true);
  expectOutcome({ kind: 'compare', op: '==', expected: 1 }, '1', false);
  expectOutcome({ kind: 'compare', op: '!=', expected: 1 }, '1', true);
  expectOutcome({ kind: 'compare', op: '!=', expected: null }, null, false);
  expectOutcome({ kind: 'compare', op: '<', expected: 500 }, 120, true);
  expectOutcome({ kind: 'compare', op: '<=', expected: 3 }, 3, true);
  expectOutcome({ kind: 'compare', op: '>', expected: 3 }, 3, false);
  expectOutcome({ kind: 'compare', op: '>=', expected: 'b' }, 'c', true);
  expectOutcome({ kind: 'compare', op: '<', expected: 5 }, '4', false);
});

test('compare: the message shows expected and actual', () => {
  const out = check({ kind: 'compare', op: '==', expected: 200 }, found(404));
  assert.equal(out.message, 'Expected 200, got 404.');
  assert.equal(out.expected, 200);
  assert.equal(out.actual, 404);
});

test('contains: substrings, array elements, object keys', () => {
  expectOutcome({ kind: 'contains', negated: false, expected: 'lo w' }, 'hello world', true);
  expectOutcome({ kind: 'contains', negated: false, expected: { id: 1 } }, [{ id: 1 }, { id: 2 }], true);
  expectOutcome({ kind: 'contains', negated: true, expected: 'snake' }, ['dog', 'cat'], true);
  expectOutcome({ kind: 'contains', negated: false, expected: 'name' }, { name: 'Rex' }, true);
  expectOutcome({ kind: 'contains', negated: false, expected: 1 }, 42, false);
});

test('matches: regular expressions over text, negated', () => {
  expectOutcome({ kind: 'matches', negated: false, regex: /^\d+$/ }, '123', true);
  expectOutcome({ kind: 'matches', negated: false, regex: /^\d+$/ }, 123, true);
  expectOutcome({ kind: 'matches', negated: true, regex: /error/i }, 'All fine', true);
  expectOutcome({ kind: 'matches', negated: false, regex: /x/ }, { x: 1 }, false);
});

test('is: every type of the shared type list', () => {
  const samples: Record<string, [unknown, unknown]> = {
    string: ['x', 1],
    integer: [3, 3.5],
    number: [3.5, '3'],
    boolean: [false, 0],
    array: [[], {}],
    object: [{}, []],
    null: [null, undefined],
    uuid: ['6f1c2b8e-3d4a-4f5b-9c6d-7e8f9a0b1c2d', '6f1c2b8e-3d4a'],
    email: ['vet@example.com', 'vet@example'],
    'date-time': ['2024-05-01T12:30:00.000Z', '2024-05-01'],
    date: ['2021-04-17', '2021-02-30'],
    uri: ['https://example.com/x', '/relative/path'],
    empty: ['', [0]],
  };
  for (const type of TYPE_NAMES) {
    const [yes, no] = samples[type];
    expectOutcome({ kind: 'is', negated: false, type }, yes, true);
    expectOutcome({ kind: 'is', negated: false, type }, no, false);
    expectOutcome({ kind: 'is', negated: true, type }, no, true);
  }
});

test('in, exists, and missing values', () => {
  expectOutcome({ kind: 'in', negated: false, values: [200, 201] }, 201, true);
  expectOutcome({ kind: 'in', negated: true, values: ['pending'] }, 'done', true);
  assert.equal(check({ kind: 'exists', negated: false }, found(null)).passed, true);
  assert.equal(check({ kind: 'exists', negated: true }, { found: false, reason: 'nothing is at $.x' }).passed, true);
  const missing = check({ kind: 'compare', op: '==', expected: 1 }, { found: false, reason: 'nothing is at $.x' });
  assert.equal(missing.passed, false);
  assert.match(missing.message, /nothing is at \$\.x/);
});

test('matches schema: a JSON Schema with refs, bounds and formats', () => {
  const schema = {
    type: 'object',
    required: ['id', 'name'],
    properties: { id: { type: 'integer', minimum: 1 }, name: { type: 'string', minLength: 1 }, tags: { type: 'array', items: { $ref: '#/$defs/tag' } } },
    additionalProperties: false,
    $defs: { tag: { enum: ['a', 'b'] } },
  };
  const s = jsonSchemaCheck('pet', schema);
  expectOutcome({ kind: 'schema', negated: false, schema: s }, { id: 1, name: 'Rex', tags: ['a'] }, true);
  const bad = check({ kind: 'schema', negated: false, schema: s }, found({ id: 0, tags: ['c'], extra: 1 }));
  assert.equal(bad.passed, false);
  assert.match(bad.message, /\$\.id must be >= 1/);
  assert.match(bad.message, /must have required property 'name'/);
  assert.match(bad.message, /\$\.tags\[0\] must be equal to one of the allowed values/);
  assert.match(bad.message, /must not have the property 'extra'/);
  expectOutcome({ kind: 'schema', negated: true, schema: s }, { id: 'x' }, true);
  expectOutcome({ kind: 'schema', negated: false, schema: jsonSchemaCheck('n', { type: ['string', 'null'], format: 'date-time' }) }, null, true);
});
