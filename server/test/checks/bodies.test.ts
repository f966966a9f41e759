/** Tests of `invalid-json-body`: JSON bodies and GraphQL variables, with `{{...}}` standing for values. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check } from './harness';

const VARS = 'vars {\n  v = 1\n}\n';
const json = (body: string): string => `${VARS}test "t" {\n  POST /a\n  json ${body}\n}`;

const cases: [string, string, string[]][] = [
  ['valid JSON', json('{ "a": [1, 2.5, true, null], "b": { "c": "d" } }'), []],
  ['a variable as a whole value, as a string and in a key', json('{ "a": {{v}}, "b": "x{{v}}y", "{{v}}": [{{v}}, {{ v }}] }'), []],
  ['a variable as the whole body', json('{{v}}'), []],
  ['a missing comma', json('{ "a": 1 ⟦"b"⟧: 2 }'), ['invalid-json-body']],
  ['a missing comma after a variable', json('{ "a": {{v}} ⟦"b"⟧: 2 }'), ['invalid-json-body']],
  ['a trailing comma', json('{ "a": 1, ⟦}⟧'), ['invalid-json-body']],
  ['an unquoted key', json('{ ⟦a⟧: 1 }'), ['invalid-json-body']],
  ['a missing value (no position from V8)', json('{ "a": ⟦}⟧'), ['invalid-json-body']],
  ['a bad word', json('{ "a": ⟦tru⟧ }'), ['invalid-json-body']],
  ['a missing comma without spaces', json('{"a":1⟦"b"⟧:2}'), ['invalid-json-body']],
  ['a variable where a key is expected', json('{ "a": 1, "b" ⟦{{v}}⟧ }'), ['invalid-json-body']],
  ['quotes and braces inside strings do not confuse placeholders', json('{ "a": "\\" {{v}} [", "b": {{v}}, ⟦c⟧: 1 }'), ['invalid-json-body']],
  ['valid GraphQL variables', `${VARS}test "t" {\n  POST /g\n  graphql """query { a }"""\n  variables { "id": {{v}} }\n}`, []],
  ['invalid GraphQL variables', `${VARS}test "t" {\n  POST /g\n  graphql """query { a }"""\n  variables { "id": 1, ⟦}⟧\n}`, ['invalid-json-body']],
];

for (const [name, input, codes] of cases) {
  test(name, () => {
    check(input, codes);
  });
}

test('the message says what JSON expected', () => {
  const [d] = check(json('{ "a": 1 ⟦"b"⟧: 2 }'), ['invalid-json-body']);
  assert.equal(d.message, "The JSON body is not valid JSON: expected ',' or '}' after property value");
});

test('a multi-line body maps the position across lines', () => {
  check(json('{\n    "a": 1,\n    "b": [1, 2 ⟦3⟧]\n  }'), ['invalid-json-body']);
});
