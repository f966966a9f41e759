/**
 * Brackets nested thousands deep (generated or pasted, never typed) are more than the parser's
 * recursion can follow: the block gets one error where it nests deepest, the other blocks parse, and
 * neither parsing nor completion throws.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { format, parse } from '../../src/core';
import { completionsAt } from '../../src/core/completion';

const DEPTH = 5000;
const deepBody = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const text = `test "deep" {\n  GET /x\n  json ${deepBody}\n}\n\ntest "fine" {\n  GET /y\n  expect status == 200\n}\n`;

test('a block nested too deep gives one error at its deepest bracket; the next block still parses', () => {
  const { ast, errors } = parse(text);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].code, 'parse-error');
  assert.match(errors[0].message, /nested too deeply/);
  assert.equal(errors[0].span.start, text.indexOf(deepBody) + DEPTH - 1);
  assert.deepEqual(
    ast.items.map((item) => item.kind),
    ['Broken', 'Test'],
  );
});

test('values nested a hundred deep still parse', () => {
  const hundred = '['.repeat(100) + ']'.repeat(100);
  const { errors } = parse(`test "t" {\n  GET /x\n  json ${hundred}\n  expect $.a == ${hundred}\n}\n`);
  assert.deepEqual(errors, []);
});

test('completion and formatting inside the deep block do not throw', () => {
  const inside = text.indexOf(deepBody) + DEPTH;
  assert.ok(Array.isArray(completionsAt(text, inside)));
  assert.equal(format(text), text);
});
