/**
 * Tests of the checks on expectations and captures: `unknown-assertion`, `unknown-type`,
 * `predicate-mismatch`, `invalid-regex` and `invalid-jsonpath`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TYPE_NAMES } from '../../src/core/semantic/vocabulary';
import { check } from './harness';

/** A test with one request and the given lines after it. */
const after = (lines: string): string => `test "t" {\n  GET /a\n${lines}\n}`;

const cases: [string, string, string[]][] = [
  ['known subjects', after('  expect status == 200\n  expect duration < 300ms\n  expect body contains "x"\n  expect header "a" exists\n  expect count $.items >= 1\n  expect $.a == 1\n  expect response matches schema'), []],
  ['an unknown subject', after('  expect ⟦statuss⟧ == 200'), ['unknown-assertion']],
  ['an unknown subject in retry until', after('  retry 3 until ⟦stat⟧ == 200'), ['unknown-assertion']],
  ['`count` without a JSONPath', after('  expect ⟦count⟧ == 2'), ['unknown-assertion']],
  ['every supported type', after(TYPE_NAMES.map((t) => `  expect $.a is ${t}`).join('\n')), []],
  ['an unknown type', after('  expect $.a is ⟦integr⟧\n  expect $.b is not ⟦int64⟧'), ['unknown-type', 'unknown-type']],
  ['matches schema on a header', after('  expect header "a" ⟦matches schema⟧'), ['predicate-mismatch']],
  ['matches schema on a JSONPath and on body', after('  expect $.pet matches schema "./pet.json"\n  expect body matches schema'), []],
  ['response with something else than a schema', after('  expect response ⟦== 1⟧'), ['predicate-mismatch']],
  ['status compared with a string', after('  expect status == ⟦"200"⟧\n  expect status in [200, ⟦"x"⟧]\n  expect status == {{$randomInt}}'), ['predicate-mismatch', 'predicate-mismatch']],
  ['duration compared with a number or a duration', after('  expect duration < 300\n  expect duration < 2s\n  expect duration < ⟦"fast"⟧'), ['predicate-mismatch']],
  ['count with contains', after('  expect count $.a ⟦contains 1⟧'), ['predicate-mismatch']],
  ['ordering a boolean', after('  expect $.a > ⟦true⟧\n  expect $.a == true\n  expect $.date > "2020-01-01"'), ['predicate-mismatch']],
  ['valid regular expressions', after('  expect body matches /^a+\\/b$/i\n  capture id = regex /id=(\\d+)/'), []],
  ['an invalid regular expression', after('  expect body matches ⟦/(a/⟧\n  capture id = regex ⟦/a{2,1}/⟧'), ['invalid-regex', 'invalid-regex']],
  ['invalid regex flags', after('  expect body matches ⟦/a/q⟧'), ['invalid-regex']],
  ['valid JSONPaths', after("  expect $.items[0].id exists\n  expect $.items[-1:] exists\n  expect $..name exists\n  expect $['a b'] exists\n  expect $.items[*] exists\n  expect $.items[0,1] exists\n  expect $.items[?(@.price < 10)] exists\n  expect $.items[?@.tags[0] == 'x'] exists\n  capture n = $.items.length"), []],
  ['an empty bracket', after('  expect $.items⟦[]⟧ exists'), ['invalid-jsonpath']],
  ['an unquoted name in brackets', after('  capture x = $⟦[name]⟧'), ['invalid-jsonpath']],
  ['unbalanced parentheses in a filter', after('  expect count $.items⟦[?(@.a == (1)]⟧ == 1'), ['invalid-jsonpath']],
  ['an unreadable bracket', after('  retry 2 until $.a⟦[1 2]⟧ exists'), ['invalid-jsonpath']],
];

for (const [name, input, codes] of cases) {
  test(name, () => {
    check(input, codes);
  });
}

test('a misspelled subject gets a fix', () => {
  const [d] = check(after('  expect ⟦statuss⟧ == 200'), ['unknown-assertion']);
  assert.equal(d.fix?.text, 'status');
});

test('a misspelled type gets a fix', () => {
  const [d] = check(after('  expect $.a is ⟦boolen⟧'), ['unknown-type']);
  assert.equal(d.fix?.text, 'boolean');
});

test('an invalid regex reports the engine message', () => {
  const [d] = check(after('  expect body matches ⟦/(a/⟧'), ['invalid-regex']);
  assert.equal(d.message, 'Invalid regular expression: Unterminated group');
});

test('a status compared with a string is a warning, a misplaced schema an error', () => {
  const [status, schema] = check(after('  expect status == ⟦"ok"⟧\n  expect status ⟦matches schema⟧'), ['predicate-mismatch', 'predicate-mismatch']);
  assert.equal(status.severity, 'warning');
  assert.equal(schema.severity, 'error');
});
